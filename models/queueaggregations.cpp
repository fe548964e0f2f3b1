#include "queueaggregations.h"

#include "odoo/odoovalues.h"

#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace {

// The implementations below read items from a QList<QueueItem> or a QueueSnapshot alike.
const QueueItem &itemOf(const QueueItem &item)
{
    return item;
}

const QueueItem &itemOf(const std::shared_ptr<const QueueItem> &item)
{
    return *item;
}

// The first day of a window of `days` days ending on now's UTC day; invalid when days < 1.
QDate firstDayOf(const QDateTime &now, int days)
{
    if (days < 1 || !now.isValid())
        return {};
    return now.toUTC().date().addDays(-(days - 1));
}

template<typename Items>
QList<RegionKindCounts> openByKindPerRegionOf(const Items &items, const QList<StoreInfo> &stores)
{
    QHash<int, QString> regionOf;
    for (const StoreInfo &store : stores)
        regionOf.insert(store.id, store.region);

    QHash<QString, RegionKindCounts> byRegion;
    for (const auto &entry : items) {
        const QueueItem &item = itemOf(entry);
        const QString region = regionOf.value(item.storeId);
        RegionKindCounts &counts = byRegion[region];
        counts.region = region;
        ++counts.byKind[item.kind];
        ++counts.total;
    }

    QList<RegionKindCounts> result = byRegion.values();
    std::sort(result.begin(), result.end(), [](const RegionKindCounts &a, const RegionKindCounts &b) {
        if (a.region.isEmpty() != b.region.isEmpty())
            return b.region.isEmpty();
        return a.region < b.region;
    });
    return result;
}

template<typename Items>
AgingBuckets agingBucketsOf(const Items &items, const QDateTime &now)
{
    AgingBuckets buckets;
    for (const auto &entry : items) {
        const QueueItem &item = itemOf(entry);
        const AgingBuckets::Bucket bucket = QueueAggregations::agingBucket(item, now);
        ++buckets.counts[bucket];
        auto kind = buckets.byKind.find(item.kind);
        if (kind == buckets.byKind.end())
            kind = buckets.byKind.insert(item.kind, AgingBuckets::Counts{});
        ++(*kind)[bucket];
    }
    return buckets;
}

template<typename Items>
QHash<int, StoreCounts> storeCountsOf(const Items &items, const QDateTime &now, const SlaPolicy &policy)
{
    QHash<int, StoreCounts> counts;
    for (const auto &entry : items) {
        const QueueItem &item = itemOf(entry);
        StoreCounts &store = counts[item.storeId];
        ++store.open;
        ++store.byKind[item.kind];
        store.worstSla = std::max(store.worstSla, QueueRules::slaState(item, now, policy));
    }
    return counts;
}

template<typename Items>
QList<DailyApprovals> approvalsPerDayOf(const QList<DecidedApproval> &history,
                                        const QList<Decision> &decisions, const Items &items,
                                        const QDateTime &now, int days)
{
    const QDate first = firstDayOf(now, days);
    if (!first.isValid())
        return {};
    QHash<QString, QDateTime> createdOf;
    for (const auto &entry : items) {
        const QueueItem &item = itemOf(entry);
        if (item.created.isValid())
            createdOf.insert(item.id, item.created);
    }

    QList<DailyApprovals> result(days);
    QList<QList<qint64>> cycles(days);
    for (int day = 0; day < days; ++day)
        result[day].day = first.addDays(day);
    // Odoo's history first; "<item id> <UTC day>" of each, to know HQ Tower's decisions it holds.
    QSet<QString> inHistory;
    const auto dayKey = [](const QString &itemId, const QDateTime &moment) {
        return itemId + QLatin1Char(' ') + moment.toUTC().date().toString(Qt::ISODate);
    };
    for (const DecidedApproval &decided : history) {
        if (!decided.decidedAt.isValid())
            continue;
        inHistory.insert(dayKey(decided.itemId, decided.decidedAt));
        const qint64 day = first.daysTo(decided.decidedAt.toUTC().date());
        if (day < 0 || day >= days)
            continue;
        ++(decided.approved ? result[day].approved : result[day].rejected);
        if (decided.requestedAt.isValid() && decided.requestedAt <= decided.decidedAt)
            cycles[day].append(decided.requestedAt.secsTo(decided.decidedAt));
    }
    for (const Decision &decision : decisions) {
        if (decision.status != Decision::Status::Applied || !decision.createdAt.isValid())
            continue;
        const bool approved = decision.action == Decision::Action::Approve;
        if (!approved && decision.action != Decision::Action::Reject)
            continue;
        const qint64 day = first.daysTo(decision.createdAt.toUTC().date());
        if (day < 0 || day >= days || inHistory.contains(dayKey(decision.itemId, decision.createdAt)))
            continue;
        ++(approved ? result[day].approved : result[day].rejected);
        QDateTime requested = createdOf.value(decision.itemId);
        if (!requested.isValid())
            requested = OdooValues::parseDateTime(decision.seenRecord.value(QLatin1String("create_date")));
        if (requested.isValid() && requested <= decision.createdAt)
            cycles[day].append(requested.secsTo(decision.createdAt));
    }
    for (int day = 0; day < days; ++day) {
        result[day].cycleCount = int(cycles.at(day).size());
        result[day].medianCycleSeconds = QueueAggregations::median(cycles.at(day));
    }
    return result;
}

template<typename Items>
QList<DailyFailures> failuresPerDayOf(const Items &items, const QDateTime &now, int days)
{
    const QDate first = firstDayOf(now, days);
    if (!first.isValid())
        return {};
    QList<DailyFailures> result(days);
    for (int day = 0; day < days; ++day)
        result[day].day = first.addDays(day);
    for (const auto &entry : items) {
        const QueueItem &item = itemOf(entry);
        if (item.kind != ItemKind::IntegrationFailure || !item.created.isValid())
            continue;
        const qint64 day = first.daysTo(item.created.toUTC().date());
        if (day < 0 || day >= days)
            continue;
        ++result[day].byProfile[item.profileId];
        ++result[day].total;
    }
    return result;
}

} // namespace

namespace QueueAggregations {

QList<RegionKindCounts> openByKindPerRegion(const QList<QueueItem> &items, const QList<StoreInfo> &stores)
{
    return openByKindPerRegionOf(items, stores);
}

AgingBuckets::Bucket agingBucket(const QueueItem &item, const QDateTime &now)
{
    if (!item.slaDue.isValid())
        return AgingBuckets::NoSla;
    const qint64 nowSecs = now.toSecsSinceEpoch();
    const qint64 dueSecs = item.slaDue.toSecsSinceEpoch();
    if (nowSecs >= dueSecs)
        return AgingBuckets::Overdue;
    if (!item.created.isValid())
        return AgingBuckets::UnderQuarter;
    const qint64 total = dueSecs - item.created.toSecsSinceEpoch();
    const qint64 elapsed = nowSecs - item.created.toSecsSinceEpoch();
    if (total <= 0 || elapsed * 4 < total)
        return AgingBuckets::UnderQuarter;
    if (elapsed * 2 < total)
        return AgingBuckets::QuarterToHalf;
    return AgingBuckets::HalfToDue;
}

AgingBuckets agingBuckets(const QList<QueueItem> &items, const QDateTime &now)
{
    return agingBucketsOf(items, now);
}

QHash<int, StoreCounts> storeCounts(const QList<QueueItem> &items, const QDateTime &now,
                                    const SlaPolicy &policy)
{
    return storeCountsOf(items, now, policy);
}

QList<StoreRanking> topStores(const QHash<int, StoreCounts> &counts, const QList<StoreInfo> &stores,
                              ItemKind kind, int limit)
{
    QHash<int, QString> nameOf;
    for (const StoreInfo &store : stores)
        nameOf.insert(store.id, store.name);

    QList<StoreRanking> ranking;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const int count = it->count(kind);
        if (it.key() != 0 && count > 0)
            ranking.append({it.key(), nameOf.value(it.key()), count});
    }
    std::sort(ranking.begin(), ranking.end(), [](const StoreRanking &a, const StoreRanking &b) {
        if (a.count != b.count)
            return a.count > b.count;
        if (const int byName = QString::compare(a.name, b.name, Qt::CaseInsensitive); byName != 0)
            return byName < 0;
        return a.storeId < b.storeId;
    });
    if (limit >= 0 && ranking.size() > limit)
        ranking.resize(limit);
    return ranking;
}

QList<DailyApprovals> approvalsPerDay(const QList<Decision> &decisions, const QList<QueueItem> &items,
                                      const QDateTime &now, int days, const QList<DecidedApproval> &history)
{
    return approvalsPerDayOf(history, decisions, items, now, days);
}

QList<DailyFailures> failuresPerDay(const QList<QueueItem> &items, const QDateTime &now, int days)
{
    return failuresPerDayOf(items, now, days);
}

double median(QList<qint64> values)
{
    if (values.isEmpty())
        return 0.0;
    const qsizetype middle = values.size() / 2;
    std::nth_element(values.begin(), values.begin() + middle, values.end());
    const double upper = double(values.at(middle));
    if (values.size() % 2 == 1)
        return upper;
    const double lower = double(*std::max_element(values.begin(), values.begin() + middle));
    return (lower + upper) / 2.0;
}

AggregationResult aggregate(const AggregationInput &input)
{
    AggregationResult result;
    result.now = input.now.isValid() ? input.now.toUTC() : QDateTime::currentDateTimeUtc();
    result.openByRegion = openByKindPerRegionOf(input.items, input.stores);
    result.aging = agingBucketsOf(input.items, result.now);
    result.storeCounts = storeCountsOf(input.items, result.now, input.slaPolicy);
    result.topStores = topStores(result.storeCounts, input.stores, input.topKind, input.topCount);
    result.approvalsPerDay =
        approvalsPerDayOf(input.history, input.decisions, input.items, result.now, input.days);
    result.failuresPerDay = failuresPerDayOf(input.items, result.now, input.days);
    return result;
}

} // namespace QueueAggregations
