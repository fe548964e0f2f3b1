#include "queuerules.h"

#include "domain/enumnames.h"

#include <cmath>

namespace {

constexpr EnumNames::Table<SlaState, 4> slaNames{{
    {SlaState::None, "none"},
    {SlaState::OnTime, "on_time"},
    {SlaState::DueSoon, "due_soon"},
    {SlaState::Overdue, "overdue"},
}};

qint64 secondsOf(const QDateTime &time)
{
    return time.isValid() ? time.toSecsSinceEpoch() : -1;
}

} // namespace

SlaState QueueRules::slaState(const QueueItem &item, const QDateTime &now, const SlaPolicy &policy)
{
    if (!item.slaDue.isValid() || !now.isValid())
        return SlaState::None;
    return slaState(secondsOf(item.created), secondsOf(item.slaDue), now.toSecsSinceEpoch(), policy);
}

SlaState QueueRules::slaState(qint64 createdSecs, qint64 dueSecs, qint64 nowSecs, const SlaPolicy &policy)
{
    if (dueSecs < 0)
        return SlaState::None;
    if (nowSecs >= dueSecs)
        return SlaState::Overdue;
    if (dueSecs - nowSecs <= dueSoonWindowSeconds(createdSecs, dueSecs, policy))
        return SlaState::DueSoon;
    return SlaState::OnTime;
}

qint64 QueueRules::dueSoonWindowSeconds(qint64 createdSecs, qint64 dueSecs, const SlaPolicy &policy)
{
    if (createdSecs < 0 || dueSecs <= createdSecs)
        return policy.fallbackWindowSeconds;
    return qint64(std::floor(double(dueSecs - createdSecs) * policy.dueSoonFraction));
}

Severity QueueRules::severityRank(const QString &severity)
{
    return EnumNames::fromName<Severity>(severity).value_or(Severity::Unknown);
}

QString QueueRules::slaStateName(SlaState state)
{
    return EnumNames::nameOf(slaNames, state);
}

std::optional<SlaState> QueueRules::slaStateFromName(const QString &name)
{
    return EnumNames::valueOf(slaNames, name);
}

QString QueueRules::severityText(Severity rank)
{
    switch (rank) {
    case Severity::Low:
        return tr("Low");
    case Severity::Medium:
        return tr("Medium");
    case Severity::High:
        return tr("High");
    case Severity::Critical:
        return tr("Critical");
    case Severity::Unknown:
        break;
    }
    return tr("Unknown");
}

QString QueueRules::slaStateText(SlaState state)
{
    switch (state) {
    case SlaState::OnTime:
        return tr("On time");
    case SlaState::DueSoon:
        return tr("Due soon");
    case SlaState::Overdue:
        return tr("Overdue");
    case SlaState::None:
        break;
    }
    return {};
}

QString QueueRules::kindText(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Approval:
        return tr("Approval");
    case ItemKind::Exception:
        return tr("Exception");
    case ItemKind::IntegrationFailure:
        return tr("Integration failure");
    case ItemKind::Unknown:
        break;
    }
    return tr("Other");
}

QString QueueRules::noStoreText()
{
    return tr("HQ / no store");
}
