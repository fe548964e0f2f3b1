#include "priorityscorer.h"

#include <QLocale>

#include <cmath>

PriorityScorer::PriorityScorer(PriorityPolicy policy)
    : m_policy(std::move(policy))
{}

QString PriorityScorer::businessDuration(qint64 seconds, double hoursPerDay)
{
    // Two forms written out (not %n): the sentences read right in English without an English
    // translation file; German and French have the same two forms.
    const double hours = double(seconds) / 3600.0;
    if (hoursPerDay > 0 && hours >= hoursPerDay) {
        const int days = int(std::floor(hours / hoursPerDay));
        return days == 1 ? tr("1 business day") : tr("%1 business days").arg(days);
    }
    if (hours >= 1) {
        const int whole = int(std::floor(hours));
        return whole == 1 ? tr("1 business hour") : tr("%1 business hours").arg(whole);
    }
    const int minutes = std::max(1, int(seconds / 60));
    return minutes == 1 ? tr("1 business minute") : tr("%1 business minutes").arg(minutes);
}

void PriorityScorer::addSeverity(const QueueItem &item, QList<PriorityReason> *reasons) const
{
    const int points = m_policy.severityPoints.value(item.severity, 0);
    if (points <= 0)
        return;
    const QString text = item.reason.isEmpty()
                             ? tr("Severity %1").arg(EnumNames::name(item.severity))
                             : tr("Severity %1: %2").arg(EnumNames::name(item.severity), item.reason);
    reasons->append({points, text});
}

void PriorityScorer::addSla(const QueueItem &item, double slaHours, const BusinessClock *clock,
                            const QDateTime &now, QList<PriorityReason> *reasons) const
{
    if (slaHours <= 0 || !item.created.isValid())
        return;
    const qint64 slaSeconds = qRound64(slaHours * 3600);
    const bool business = clock && clock->isValid();
    const qint64 used = business ? clock->secondsBetween(item.created, now) : item.created.secsTo(now);
    const double hoursPerDay = business ? clock->calendar().hoursPerDay() : 24.0;
    if (used >= slaSeconds) {
        const qint64 over = used - slaSeconds;
        const int overduePoints = std::min<int>(
            m_policy.overdueMaxPoints,
            int(std::lround(double(over) / (hoursPerDay * 3600.0) * m_policy.overduePointsPerDay)));
        reasons->append({m_policy.slaPointsAtDue,
                         tr("Its SLA of %1 is used up").arg(businessDuration(slaSeconds, hoursPerDay))});
        if (over > 0 && overduePoints > 0)
            reasons->append({overduePoints, tr("Overdue by %1").arg(businessDuration(over, hoursPerDay))});
        return;
    }
    const double share = double(used) / double(slaSeconds);
    if (share < m_policy.slaFromShare || m_policy.slaFromShare >= 1)
        return;
    const int points = int(std::lround(m_policy.slaPointsAtDue * (share - m_policy.slaFromShare) /
                                       (1.0 - m_policy.slaFromShare)));
    if (points > 0)
        reasons->append({points, tr("%1% of its SLA used, due in %2")
                                     .arg(int(share * 100))
                                     .arg(businessDuration(slaSeconds - used, hoursPerDay))});
}

void PriorityScorer::addMoney(const QueueItem &item, QList<PriorityReason> *reasons) const
{
    const double limit = m_policy.moneyLimitFor(item.profileId);
    const double amount = std::abs(item.amount);
    if (!item.hasAmount || limit <= 0 || amount < limit)
        return;
    const double tenfolds = std::log10(amount / limit);
    const int points = std::min<int>(
        m_policy.moneyMaxPoints,
        int(std::lround(m_policy.moneyPointsAtLimit + tenfolds * m_policy.moneyPointsPerTenfold)));
    if (points <= 0)
        return;
    const QLocale locale;
    reasons->append(
        {points, tr("%1 %2, above the %3 limit")
                     .arg(locale.toString(amount, 'f', 0), item.currency, locale.toString(limit, 'f', 0))});
}

Priority PriorityScorer::score(const QueueItem &item, double slaHours, const BusinessClock *clock,
                               const QDateTime &now) const
{
    Priority priority;
    addSeverity(item, &priority.reasons);
    addSla(item, slaHours, clock, now, &priority.reasons);
    addMoney(item, &priority.reasons);
    int sum = 0;
    for (const PriorityReason &reason : std::as_const(priority.reasons))
        sum += reason.points;
    if (sum > 100) {
        // The reasons still add up to the score: the cut is a reason of its own.
        priority.reasons.append({100 - sum, tr("Capped at 100")});
        sum = 100;
    }
    priority.score = sum;
    return priority;
}
