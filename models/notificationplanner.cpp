#include "notificationplanner.h"

void NotificationPlanner::markKnown(const QList<QueueItem> &items)
{
    for (const QueueItem &item : items)
        m_known.insert(item.id);
}

QList<Notice> NotificationPlanner::itemsArrived(const QList<QueueItem> &upserts)
{
    QList<Notice> notices;
    for (const QueueItem &item : upserts) {
        if (m_known.contains(item.id))
            continue;
        m_known.insert(item.id);
        const Severity rank = item.severity;
        if (m_minimum == Severity::Unknown || rank < m_minimum)
            continue;
        notices.append(
            {tr("New: %1").arg(item.title), item.reason.isEmpty() ? item.summary : item.reason, item.id});
    }
    return summarised(notices, tr("%n new items need attention", nullptr, int(notices.size())));
}

QList<Notice> NotificationPlanner::clockMoved(const QueueSnapshot &items, const QDateTime &previous,
                                              const QDateTime &now)
{
    if (!m_slaBreaches || !previous.isValid() || !now.isValid() || now <= previous)
        return {};
    QList<Notice> notices;
    for (const auto &item : items) {
        if (item->slaDue.isValid() && item->slaDue > previous && item->slaDue <= now)
            notices.append({tr("Overdue: %1").arg(item->title), tr("Its SLA ran out just now."), item->id});
    }
    return summarised(notices, tr("%n items just became overdue", nullptr, int(notices.size())));
}

QList<Notice> NotificationPlanner::summarised(QList<Notice> notices, const QString &summaryTitle) const
{
    if (notices.size() <= m_threshold)
        return notices;
    QStringList titles;
    for (int i = 0; i < 3; ++i)
        titles.append(notices.at(i).title);
    return {{summaryTitle, titles.join(QLatin1Char('\n')) + QStringLiteral("\n…"), QString()}};
}
