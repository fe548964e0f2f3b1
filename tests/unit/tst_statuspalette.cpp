// StatusPalette: the colours of the SLA states are the ones the map, the table and the aging chart
// have always used, and the aging buckets run from the on-time green to the overdue red.
#include "queueaggregations.h"
#include "statuspalette.h"

#include <QtTest>

class TestStatusPalette : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void slaColours()
    {
        QCOMPARE(StatusPalette::slaColor(SlaState::OnTime), QColor(0x3a, 0x9e, 0x64));
        QCOMPARE(StatusPalette::slaColor(SlaState::DueSoon), QColor(0xf0, 0xa8, 0x30));
        QCOMPARE(StatusPalette::slaColor(SlaState::Overdue), QColor(0xd6, 0x45, 0x45));
        QCOMPARE(StatusPalette::slaColor(SlaState::None), QColor(0x94, 0x9c, 0xa6));
        QCOMPARE(StatusPalette::slaTextOnColor(SlaState::DueSoon), QColor(0x3d, 0x2a, 0x00));
        QCOMPARE(StatusPalette::slaTextOnColor(SlaState::Overdue), QColor(Qt::white));
    }

    void tableColours()
    {
        QCOMPARE(StatusPalette::slaForeground(SlaState::OnTime), QColor(0x1e, 0x6b, 0x34));
        QCOMPARE(StatusPalette::slaForeground(SlaState::DueSoon), QColor(0x8a, 0x53, 0x00));
        QCOMPARE(StatusPalette::slaForeground(SlaState::Overdue), QColor(0xa3, 0x1d, 0x1d));
        QVERIFY(!StatusPalette::slaForeground(SlaState::None).isValid());
        QCOMPARE(StatusPalette::slaBackground(SlaState::DueSoon), QColor(0xfd, 0xf1, 0xd6));
        QCOMPARE(StatusPalette::slaBackground(SlaState::Overdue), QColor(0xfb, 0xe4, 0xe4));
        QVERIFY(!StatusPalette::slaBackground(SlaState::OnTime).isValid());
        QVERIFY(!StatusPalette::slaBackground(SlaState::None).isValid());
    }

    void agingBuckets()
    {
        QCOMPARE(StatusPalette::agingBucketColor(AgingBuckets::UnderQuarter), QColor(0x3a, 0x9e, 0x64));
        QCOMPARE(StatusPalette::agingBucketColor(AgingBuckets::QuarterToHalf), QColor(0x9c, 0xc7, 0x5a));
        QCOMPARE(StatusPalette::agingBucketColor(AgingBuckets::HalfToDue), QColor(0xf0, 0xa8, 0x30));
        QCOMPARE(StatusPalette::agingBucketColor(AgingBuckets::Overdue), QColor(0xd6, 0x45, 0x45));
        QCOMPARE(StatusPalette::agingBucketColor(AgingBuckets::NoSla), QColor(0xb8, 0xbe, 0xc6));
    }
};

QTEST_APPLESS_MAIN(TestStatusPalette)
#include "tst_statuspalette.moc"
