// QueueAggregations: the figures behind the chart panels and the store map, as pure functions of
// the queue items (plus stores, decisions and Odoo's approval history where needed) and a clock. No models
// and no GUI: safe to call from a worker thread (see AggregationWorker). Days are UTC days.
#pragma once

#include "domain/decidedapproval.h"
#include "domain/decision.h"
#include "domain/queueitem.h"
#include "domain/storeinfo.h"
#include "queuerules.h"
#include "queuesnapshot.h"
#include "storecounts.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>

#include <array>

// Open items per kind in one region ("" = HQ and stores without a known region).
struct RegionKindCounts
{
    QString region;
    QMap<ItemKind, int> byKind;
    int total = 0;

    bool operator==(const RegionKindCounts &other) const = default;
};

// How far open items are into their SLA (elapsed share of created -> slaDue). Buckets are
// half-open: exactly 25 % elapsed is in QuarterToHalf, exactly at the due time is Overdue.
struct AgingBuckets
{
    enum Bucket { UnderQuarter, QuarterToHalf, HalfToDue, Overdue, NoSla, BucketCount };
    using Counts = std::array<int, BucketCount>;

    Counts counts{};
    QMap<ItemKind, Counts> byKind;

    bool operator==(const AgingBuckets &other) const = default;
};

// A store ranked by its open items of one kind.
struct StoreRanking
{
    int storeId = 0;
    QString name;
    int count = 0;

    bool operator==(const StoreRanking &other) const = default;
};

// Approvals decided on one UTC day (as Odoo's history shows them, plus HQ Tower's applied approve
// or reject decisions the history does not hold yet), and the median time from the request to
// the decision among those whose request time is known.
struct DailyApprovals
{
    QDate day;
    int approved = 0;
    int rejected = 0;
    int cycleCount = 0;
    double medianCycleSeconds = 0.0; // 0 when cycleCount is 0

    int decided() const { return approved + rejected; }
    bool operator==(const DailyApprovals &other) const = default;
};

// Open integration failures that arose (item created) on one UTC day, per source profile.
struct DailyFailures
{
    QDate day;
    QMap<QString, int> byProfile;
    int total = 0;

    bool operator==(const DailyFailures &other) const = default;
};

struct AggregationInput
{
    QueueSnapshot items; // QueueModel::items(), or makeQueueSnapshot(list)
    QList<StoreInfo> stores;
    QList<Decision> decisions;      // applied approve/reject ones feed approvals per day
    QList<DecidedApproval> history; // Odoo's decided approvals (ApprovalHistoryReader)
    QDateTime now;                  // invalid: the current time
    int days = 30;                  // the window of the per-day series, ending today
    ItemKind topKind = ItemKind::Exception;
    int topCount = 10;
    SlaPolicy slaPolicy;
};

struct AggregationResult
{
    QDateTime now;
    QList<RegionKindCounts> openByRegion;
    AgingBuckets aging;
    QHash<int, StoreCounts> storeCounts;
    QList<StoreRanking> topStores;
    QList<DailyApprovals> approvalsPerDay;
    QList<DailyFailures> failuresPerDay;
};

namespace QueueAggregations {

// Sorted by region name; the "" region (HQ, unknown stores) last.
QList<RegionKindCounts> openByKindPerRegion(const QList<QueueItem> &items, const QList<StoreInfo> &stores);

AgingBuckets::Bucket agingBucket(const QueueItem &item, const QDateTime &now);
AgingBuckets agingBuckets(const QList<QueueItem> &items, const QDateTime &now);

// Per store id (0 = HQ / no store included): open count, counts per kind, worst SLA state.
QHash<int, StoreCounts> storeCounts(const QList<QueueItem> &items, const QDateTime &now,
                                    const SlaPolicy &policy = {});
// The stores (never HQ) with the most open items of `kind`, at most `limit`; ties by name
// (case-insensitive), then id. Stores without such items are left out.
QList<StoreRanking> topStores(const QHash<int, StoreCounts> &counts, const QList<StoreInfo> &stores,
                              ItemKind kind, int limit = 10);

// One entry per UTC day of the last `days` days (today included), oldest first, zero days
// included. Counts `history` (Odoo's decided approvals) by decidedAt, with the cycle
// decidedAt - requestedAt where requestedAt is valid and not later. Adds the Applied
// approve/reject `decisions` by the day they were taken (createdAt) unless the history already
// holds a decision on the same item id on that UTC day (the same decision, counted once); their
// request time is the item's `created` (from items) or the create_date the user saw.
QList<DailyApprovals> approvalsPerDay(const QList<Decision> &decisions, const QList<QueueItem> &items,
                                      const QDateTime &now, int days,
                                      const QList<DecidedApproval> &history = {});
// One entry per UTC day of the last `days` days, oldest first: open integration_failure items by
// the day they were created, per profile.
QList<DailyFailures> failuresPerDay(const QList<QueueItem> &items, const QDateTime &now, int days);

// The median (the mean of the two middle values for an even count); 0 for no values.
double median(QList<qint64> values);

AggregationResult aggregate(const AggregationInput &input);

} // namespace QueueAggregations

Q_DECLARE_METATYPE(AggregationResult)
