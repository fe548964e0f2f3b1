#include "statuspalette.h"

#include "queueaggregations.h"

QColor StatusPalette::slaColor(SlaState state)
{
    switch (state) {
    case SlaState::Overdue:
        return QColor(0xd6, 0x45, 0x45);
    case SlaState::DueSoon:
        return QColor(0xf0, 0xa8, 0x30);
    case SlaState::OnTime:
        return QColor(0x3a, 0x9e, 0x64);
    case SlaState::None:
        break;
    }
    return QColor(0x94, 0x9c, 0xa6);
}

QColor StatusPalette::slaTextOnColor(SlaState state)
{
    return state == SlaState::DueSoon ? QColor(0x3d, 0x2a, 0x00) : QColor(Qt::white);
}

QColor StatusPalette::slaForeground(SlaState state)
{
    switch (state) {
    case SlaState::OnTime:
        return QColor(0x1e, 0x6b, 0x34);
    case SlaState::DueSoon:
        return QColor(0x8a, 0x53, 0x00);
    case SlaState::Overdue:
        return QColor(0xa3, 0x1d, 0x1d);
    case SlaState::None:
        break;
    }
    return {};
}

QColor StatusPalette::slaBackground(SlaState state)
{
    switch (state) {
    case SlaState::DueSoon:
        return QColor(0xfd, 0xf1, 0xd6);
    case SlaState::Overdue:
        return QColor(0xfb, 0xe4, 0xe4);
    case SlaState::OnTime:
    case SlaState::None:
        break;
    }
    return {};
}

QColor StatusPalette::agingBucketColor(int bucket)
{
    switch (bucket) {
    case AgingBuckets::UnderQuarter:
        return slaColor(SlaState::OnTime);
    case AgingBuckets::QuarterToHalf:
        return QColor(0x9c, 0xc7, 0x5a);
    case AgingBuckets::HalfToDue:
        return slaColor(SlaState::DueSoon);
    case AgingBuckets::Overdue:
        return slaColor(SlaState::Overdue);
    default:
        return QColor(0xb8, 0xbe, 0xc6);
    }
}
