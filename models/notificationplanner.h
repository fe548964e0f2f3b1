// NotificationPlanner: decides which desktop notifications a queue change deserves: items that
// arrive at or above a severity, and items whose SLA just ran out. Many at once become one
// summary, so the desktop is never flooded. Pure logic, no GUI.
#pragma once

#include "domain/queueitem.h"
#include "queuerules.h"
#include "queuesnapshot.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

struct Notice
{
    QString title;
    QString body;
    QString itemId; // the item to open when clicked; empty for a summary

    bool operator==(const Notice &other) const = default;
};

class NotificationPlanner
{
    Q_DECLARE_TR_FUNCTIONS(NotificationPlanner)

public:
    // Severity::Unknown switches notifications about new items off.
    void setMinimumSeverity(Severity minimum) { m_minimum = minimum; }
    void setSlaBreaches(bool enabled) { m_slaBreaches = enabled; }
    // More notices than this at once become one summary.
    void setSummaryThreshold(int threshold) { m_threshold = qMax(1, threshold); }

    // The queue as it was at start (from the cache): known, never announced.
    void markKnown(const QList<QueueItem> &items);
    // Items written by a sync: the ones not seen before are announced when severe enough.
    QList<Notice> itemsArrived(const QList<QueueItem> &upserts);
    // The clock moved from `previous` to `now`: items whose SLA ran out in between.
    QList<Notice> clockMoved(const QueueSnapshot &items, const QDateTime &previous, const QDateTime &now);

private:
    QList<Notice> summarised(QList<Notice> notices, const QString &summaryTitle) const;

    QSet<QString> m_known;
    Severity m_minimum = Severity::High;
    bool m_slaBreaches = true;
    int m_threshold = 3;
};
