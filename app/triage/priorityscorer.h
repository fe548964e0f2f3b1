// PriorityScorer: an item's priority and its reasons from the policy: severity, the share of its
// SLA used in its store's business hours and how long it is overdue, and the money at stake on a
// log scale. Deterministic; nothing is decided with it, it only orders and explains.
#pragma once

#include "businessclock.h"
#include "domain/priority.h"
#include "domain/queueitem.h"
#include "prioritypolicy.h"

#include <QCoreApplication>

class PriorityScorer
{
    Q_DECLARE_TR_FUNCTIONS(PriorityScorer)

public:
    explicit PriorityScorer(PriorityPolicy policy);

    // `slaHours`: the item's SLA in business hours (0: none); `clock`: its store's business time
    // (null: wall-clock hours); `now` in UTC.
    Priority score(const QueueItem &item, double slaHours, const BusinessClock *clock,
                   const QDateTime &now) const;

    // "3 business hours", "2 business days" (a business day being the calendar's hours per day).
    static QString businessDuration(qint64 seconds, double hoursPerDay);

private:
    void addSeverity(const QueueItem &item, QList<PriorityReason> *reasons) const;
    void addSla(const QueueItem &item, double slaHours, const BusinessClock *clock, const QDateTime &now,
                QList<PriorityReason> *reasons) const;
    void addMoney(const QueueItem &item, QList<PriorityReason> *reasons) const;

    PriorityPolicy m_policy;
};
