// QueueRules and QueueAggregations against hand-computed tables: SLA states and aging buckets at
// their edges, medians of odd and even counts, top stores with ties, per-day series cut at UTC
// midnight, approvals per day from Odoo's history and HQ Tower's decisions (a decision in both
// counted once); and AggregationWorker delivering only the newest request's result.
#include "aggregationworker.h"
#include "queueaggregations.h"
#include "queuerules.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

namespace {

constexpr qint64 Hour = 3600;
const QDateTime T0(QDate(2024, 5, 10), QTime(0, 0), Qt::UTC);

QDateTime utc(int month, int day, int hour, int minute, int second = 0)
{
    return QDateTime(QDate(2024, month, day), QTime(hour, minute, second), Qt::UTC);
}

QueueItem makeItem(const QString &id, ItemKind kind, int storeId, const QDateTime &created = QDateTime(),
                   const QDateTime &slaDue = QDateTime(), const QString &profileId = QString())
{
    QueueItem item;
    item.id = id;
    item.kind = kind;
    item.storeId = storeId;
    item.created = created;
    item.slaDue = slaDue;
    item.profileId = profileId;
    item.severity = Severity::Medium;
    return item;
}

StoreInfo makeStore(int id, const QString &name, const QString &region = QString())
{
    StoreInfo store;
    store.id = id;
    store.name = name;
    store.region = region;
    return store;
}

Decision makeDecision(Decision::Action action, const QDateTime &createdAt, const QString &itemId,
                      const QString &seenCreateDate = QString(),
                      Decision::Status status = Decision::Status::Applied)
{
    Decision decision;
    decision.id = QStringLiteral("decision-") + itemId;
    decision.itemId = itemId;
    decision.action = action;
    decision.status = status;
    decision.createdAt = createdAt;
    decision.updatedAt = createdAt.addSecs(5);
    if (!seenCreateDate.isEmpty())
        decision.seenRecord.insert(QStringLiteral("create_date"), seenCreateDate);
    return decision;
}

DecidedApproval decided(const QString &itemId, bool approved, const QDateTime &decidedAt,
                        const QDateTime &requestedAt = QDateTime())
{
    return DecidedApproval{itemId, itemId.section(QLatin1Char(':'), 0, 0), requestedAt, decidedAt, approved};
}

QString describe(const QList<DailyApprovals> &days)
{
    QStringList parts;
    for (const DailyApprovals &day : days) {
        parts.append(QStringLiteral("%1:a%2 r%3 c%4 m%5")
                         .arg(day.day.toString(Qt::ISODate))
                         .arg(day.approved)
                         .arg(day.rejected)
                         .arg(day.cycleCount)
                         .arg(day.medianCycleSeconds, 0, 'f', 0));
    }
    return parts.join(QLatin1Char('|'));
}

QString describe(const QList<DailyFailures> &days)
{
    QStringList parts;
    for (const DailyFailures &day : days) {
        QStringList counts;
        for (auto it = day.byProfile.cbegin(); it != day.byProfile.cend(); ++it)
            counts.append(QStringLiteral("%1=%2").arg(it.key()).arg(it.value()));
        parts.append(QStringLiteral("%1:%2 %3")
                         .arg(day.day.toString(Qt::ISODate))
                         .arg(day.total)
                         .arg(counts.join(u',')));
    }
    return parts.join(QLatin1Char('|'));
}

QString describe(const QList<StoreRanking> &ranking)
{
    QStringList ids;
    for (const StoreRanking &store : ranking)
        ids.append(QString::number(store.storeId));
    return ids.join(QLatin1Char(','));
}

AggregationInput inputWithItems(int count, const QDateTime &now)
{
    AggregationInput input;
    input.now = now;
    QList<QueueItem> items;
    for (int i = 0; i < count; ++i) {
        items.append(makeItem(QStringLiteral("x:%1").arg(i), ItemKind::Exception, 1 + i % 50,
                              now.addSecs(-Hour * (i % 100)), now.addSecs(Hour * (50 - i % 100))));
    }
    input.items = makeQueueSnapshot(items);
    for (int id = 1; id <= 50; ++id)
        input.stores.append(
            makeStore(id, QStringLiteral("Store %1").arg(id), QStringLiteral("R%1").arg(id % 5)));
    return input;
}

} // namespace

Q_DECLARE_METATYPE(QList<DecidedApproval>)
Q_DECLARE_METATYPE(QList<Decision>)

class TestQueueAggregations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void slaStates_data()
    {
        QTest::addColumn<bool>("hasCreated");
        QTest::addColumn<qint64>("slaSeconds"); // 0 = no SLA
        QTest::addColumn<qint64>("elapsed");    // now - T0
        QTest::addColumn<QString>("expected");
        // 48 h SLA: the due-soon window is its last 25 %, 12 h.
        QTest::newRow("start") << true << 48 * Hour << qint64(0) << QStringLiteral("on_time");
        QTest::newRow("1 s before the window")
            << true << 48 * Hour << 36 * Hour - 1 << QStringLiteral("on_time");
        QTest::newRow("window starts") << true << 48 * Hour << 36 * Hour << QStringLiteral("due_soon");
        QTest::newRow("1 s before due") << true << 48 * Hour << 48 * Hour - 1 << QStringLiteral("due_soon");
        QTest::newRow("due") << true << 48 * Hour << 48 * Hour << QStringLiteral("overdue");
        QTest::newRow("long overdue") << true << 48 * Hour << 480 * Hour << QStringLiteral("overdue");
        // Without a creation time the window is 4 h.
        QTest::newRow("no created, 4 h 1 s left")
            << false << 48 * Hour << 44 * Hour - 1 << QStringLiteral("on_time");
        QTest::newRow("no created, 4 h left")
            << false << 48 * Hour << 44 * Hour << QStringLiteral("due_soon");
        QTest::newRow("no SLA") << true << qint64(0) << 100 * Hour << QStringLiteral("none");
    }

    void slaStates()
    {
        QFETCH(bool, hasCreated);
        QFETCH(qint64, slaSeconds);
        QFETCH(qint64, elapsed);
        QFETCH(QString, expected);
        QueueItem item;
        item.created = T0;
        if (slaSeconds > 0)
            item.slaDue = T0.addSecs(slaSeconds);
        if (!hasCreated)
            item.created = QDateTime();
        QCOMPARE(QueueRules::slaStateName(QueueRules::slaState(item, T0.addSecs(elapsed))), expected);
        QCOMPARE(QueueRules::slaStateFromName(expected), QueueRules::slaState(item, T0.addSecs(elapsed)));
    }

    void severityRanks()
    {
        const QStringList names{QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high"),
                                QStringLiteral("critical")};
        QCOMPARE(QueueRules::severityRank(QStringLiteral("urgent")), Severity::Unknown);
        Severity previous = Severity::Unknown;
        for (const QString &name : names) {
            const Severity rank = QueueRules::severityRank(name);
            QVERIFY(rank > previous);
            QCOMPARE(EnumNames::name(rank), name);
            previous = rank;
        }
        QVERIFY(!EnumNames::fromName<Severity>(QStringLiteral("High")));
        QCOMPARE(QueueRules::severityText(Severity::Critical), QStringLiteral("Critical"));
    }

    void agingBucketEdges_data()
    {
        QTest::addColumn<bool>("hasCreated");
        QTest::addColumn<qint64>("slaSeconds");
        QTest::addColumn<qint64>("elapsed");
        QTest::addColumn<int>("expected");
        const qint64 sla = 100 * Hour;
        QTest::newRow("0 %") << true << sla << qint64(0) << int(AgingBuckets::UnderQuarter);
        QTest::newRow("just under 25 %") << true << sla << 25 * Hour - 1 << int(AgingBuckets::UnderQuarter);
        QTest::newRow("25 %") << true << sla << 25 * Hour << int(AgingBuckets::QuarterToHalf);
        QTest::newRow("just under 50 %") << true << sla << 50 * Hour - 1 << int(AgingBuckets::QuarterToHalf);
        QTest::newRow("50 %") << true << sla << 50 * Hour << int(AgingBuckets::HalfToDue);
        QTest::newRow("just under 100 %") << true << sla << sla - 1 << int(AgingBuckets::HalfToDue);
        QTest::newRow("100 %") << true << sla << sla << int(AgingBuckets::Overdue);
        QTest::newRow("300 %") << true << sla << 3 * sla << int(AgingBuckets::Overdue);
        QTest::newRow("before creation") << true << sla << -Hour << int(AgingBuckets::UnderQuarter);
        QTest::newRow("10 s SLA, 2 s") << true << qint64(10) << qint64(2) << int(AgingBuckets::UnderQuarter);
        QTest::newRow("10 s SLA, 3 s") << true << qint64(10) << qint64(3) << int(AgingBuckets::QuarterToHalf);
        QTest::newRow("10 s SLA, 5 s") << true << qint64(10) << qint64(5) << int(AgingBuckets::HalfToDue);
        QTest::newRow("no SLA") << true << qint64(0) << 10 * Hour << int(AgingBuckets::NoSla);
        QTest::newRow("no created, not due") << false << sla << qint64(0) << int(AgingBuckets::UnderQuarter);
        QTest::newRow("no created, due") << false << sla << sla << int(AgingBuckets::Overdue);
    }

    void agingBucketEdges()
    {
        QFETCH(bool, hasCreated);
        QFETCH(qint64, slaSeconds);
        QFETCH(qint64, elapsed);
        QFETCH(int, expected);
        const QueueItem item =
            makeItem(QStringLiteral("x:1"), ItemKind::Approval, 1, hasCreated ? T0 : QDateTime(),
                     slaSeconds > 0 ? T0.addSecs(slaSeconds) : QDateTime());
        QCOMPARE(int(QueueAggregations::agingBucket(item, T0.addSecs(elapsed))), expected);
    }

    void agingBucketCounts()
    {
        const QDateTime now = T0.addSecs(100 * Hour);
        const QList<QueueItem> items{
            makeItem(QStringLiteral("a:1"), ItemKind::Approval, 1, now.addSecs(-10 * Hour),
                     now.addSecs(90 * Hour)),
            makeItem(QStringLiteral("a:2"), ItemKind::Approval, 1, now.addSecs(-30 * Hour),
                     now.addSecs(70 * Hour)),
            makeItem(QStringLiteral("a:3"), ItemKind::Approval, 2, now.addSecs(-60 * Hour),
                     now.addSecs(40 * Hour)),
            makeItem(QStringLiteral("e:4"), ItemKind::Exception, 2, now.addSecs(-60 * Hour),
                     now.addSecs(-Hour)),
            makeItem(QStringLiteral("e:5"), ItemKind::Exception, 3, now.addSecs(-5 * Hour),
                     now.addSecs(Hour)),
            makeItem(QStringLiteral("i:6"), ItemKind::IntegrationFailure, 0, now.addSecs(-Hour)),
        };
        const AgingBuckets buckets = QueueAggregations::agingBuckets(items, now);
        QCOMPARE(buckets.counts, (AgingBuckets::Counts{1, 1, 2, 1, 1}));
        QCOMPARE(buckets.byKind.value(ItemKind::Approval), (AgingBuckets::Counts{1, 1, 1, 0, 0}));
        QCOMPARE(buckets.byKind.value(ItemKind::Exception), (AgingBuckets::Counts{0, 0, 1, 1, 0}));
        QCOMPARE(buckets.byKind.value(ItemKind::IntegrationFailure), (AgingBuckets::Counts{0, 0, 0, 0, 1}));
        QCOMPARE(buckets.byKind.size(), 3);
    }

    void median_data()
    {
        QTest::addColumn<QList<qint64>>("values");
        QTest::addColumn<double>("expected");
        QTest::newRow("none") << QList<qint64>{} << 0.0;
        QTest::newRow("one") << QList<qint64>{7} << 7.0;
        QTest::newRow("odd") << QList<qint64>{3, 1, 2} << 2.0;
        QTest::newRow("odd with repeats") << QList<qint64>{5, 5, 1, 9, 5} << 5.0;
        QTest::newRow("even") << QList<qint64>{4, 1, 3, 2} << 2.5;
        QTest::newRow("even, equal middles") << QList<qint64>{10, 10} << 10.0;
        QTest::newRow("even, far apart") << QList<qint64>{1, 100} << 50.5;
        QTest::newRow("even, unsorted") << QList<qint64>{9, 1, 8, 2, 7, 3} << 5.0;
    }

    void median()
    {
        QFETCH(QList<qint64>, values);
        QFETCH(double, expected);
        QCOMPARE(QueueAggregations::median(values), expected);
    }

    void openByKindPerRegion()
    {
        const QList<StoreInfo> stores{
            makeStore(1, QStringLiteral("Lille"), QStringLiteral("North")),
            makeStore(2, QStringLiteral("Metz"), QStringLiteral("East")),
            makeStore(3, QStringLiteral("Arras"), QStringLiteral("North")),
            makeStore(4, QStringLiteral("Nowhere")),
        };
        const ItemKind approval = ItemKind::Approval;
        const ItemKind exception = ItemKind::Exception;
        const ItemKind failure = ItemKind::IntegrationFailure;
        const QList<QueueItem> items{
            makeItem(QStringLiteral("a:1"), approval, 1),  makeItem(QStringLiteral("a:2"), approval, 1),
            makeItem(QStringLiteral("e:3"), exception, 1), makeItem(QStringLiteral("e:4"), exception, 2),
            makeItem(QStringLiteral("i:5"), failure, 3),   makeItem(QStringLiteral("a:6"), approval, 0),
            makeItem(QStringLiteral("e:7"), exception, 9), makeItem(QStringLiteral("a:8"), approval, 4),
        };
        const QList<RegionKindCounts> expected{
            {QStringLiteral("East"), {{exception, 1}}, 1},
            {QStringLiteral("North"), {{approval, 2}, {exception, 1}, {failure, 1}}, 4},
            {QString(), {{approval, 2}, {exception, 1}}, 3},
        };
        QCOMPARE(QueueAggregations::openByKindPerRegion(items, stores), expected);
        QVERIFY(QueueAggregations::openByKindPerRegion({}, stores).isEmpty());
    }

    void storeCounts()
    {
        const QDateTime now = T0;
        const ItemKind approval = ItemKind::Approval;
        const ItemKind exception = ItemKind::Exception;
        const QList<QueueItem> items{
            makeItem(QStringLiteral("a:1"), approval, 1, now.addSecs(-Hour), now.addSecs(47 * Hour)),
            makeItem(QStringLiteral("e:2"), exception, 1, now.addSecs(-50 * Hour), now.addSecs(-2 * Hour)),
            makeItem(QStringLiteral("a:3"), approval, 2, now.addSecs(-40 * Hour), now.addSecs(8 * Hour)),
            makeItem(QStringLiteral("a:4"), approval, 2),
            makeItem(QStringLiteral("i:5"), ItemKind::IntegrationFailure, 0),
        };
        const QHash<int, StoreCounts> counts = QueueAggregations::storeCounts(items, now);
        QCOMPARE(counts.size(), 3);
        QCOMPARE(counts.value(1), (StoreCounts{2, {{approval, 1}, {exception, 1}}, SlaState::Overdue}));
        QCOMPARE(counts.value(2), (StoreCounts{2, {{approval, 2}}, SlaState::DueSoon}));
        QCOMPARE(counts.value(0), (StoreCounts{1, {{ItemKind::IntegrationFailure, 1}}, SlaState::None}));
    }

    void topStores_data()
    {
        QTest::addColumn<ItemKind>("kind");
        QTest::addColumn<int>("limit");
        QTest::addColumn<QString>("expected");
        // Exceptions: Paris 7, Toulouse 6, annecy 5 = Lyon 5 (by name, case-insensitive), Caen 4,
        // Metz 3, Dijon 2 = Dijon 2 (by id), then the 1s: the nameless store 13 first.
        QTest::newRow("top 10") << ItemKind::Exception << 10 << QStringLiteral("2,11,3,1,9,8,6,7,13,10");
        QTest::newRow("all") << ItemKind::Exception << 100 << QStringLiteral("2,11,3,1,9,8,6,7,13,10,12,4");
        QTest::newRow("top 3") << ItemKind::Exception << 3 << QStringLiteral("2,11,3");
        QTest::newRow("none") << ItemKind::Exception << 0 << QString();
        QTest::newRow("approvals") << ItemKind::Approval << 10 << QStringLiteral("5");
    }

    void topStores()
    {
        QFETCH(ItemKind, kind);
        QFETCH(int, limit);
        QFETCH(QString, expected);
        const QList<std::pair<int, QString>> names{
            {1, QStringLiteral("Lyon")},      {2, QStringLiteral("Paris")},
            {3, QStringLiteral("annecy")},    {4, QStringLiteral("Nice")},
            {5, QStringLiteral("Brest")},     {6, QStringLiteral("Dijon")},
            {7, QStringLiteral("Dijon")},     {8, QStringLiteral("Metz")},
            {9, QStringLiteral("Caen")},      {10, QStringLiteral("Amiens")},
            {11, QStringLiteral("Toulouse")}, {12, QStringLiteral("Bordeaux")},
        };
        QList<StoreInfo> stores;
        for (const auto &[id, name] : names)
            stores.append(makeStore(id, name));
        const QList<std::pair<int, int>> exceptions{{1, 5}, {2, 7},  {3, 5},  {4, 1},  {6, 2}, {7, 2}, {8, 3},
                                                    {9, 4}, {10, 1}, {11, 6}, {12, 1}, {0, 9}, {13, 1}};
        QHash<int, StoreCounts> counts;
        for (const auto &[id, count] : exceptions) {
            counts[id].open += count;
            counts[id].byKind[ItemKind::Exception] = count;
        }
        counts[5].open = 3;
        counts[5].byKind[ItemKind::Approval] = 3;

        const QList<StoreRanking> ranking = QueueAggregations::topStores(counts, stores, kind, limit);
        QCOMPARE(describe(ranking), expected);
        if (!ranking.isEmpty() && kind == ItemKind::Exception) {
            QCOMPARE(ranking.first(), (StoreRanking{2, QStringLiteral("Paris"), 7}));
        }
    }

    void approvalsPerDay_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<QString>("expected");
        // 05-08: cycles 2 h, 6 h, 10 h, 1 h -> median (2 h + 6 h) / 2 = 14400 s.
        // 05-09: 3 approvals, only one known cycle (3599 s; one unknown, one "before the request").
        // 05-10: cycles 1 d, 1 h, 20 min -> median 3600 s.
        QTest::newRow("3 days") << 3
                                << QStringLiteral("2024-05-08:a2 r2 c4 m14400|2024-05-09:a3 r0 c1 m3599|"
                                                  "2024-05-10:a2 r1 c3 m3600");
        QTest::newRow("5 days") << 5
                                << QStringLiteral("2024-05-06:a0 r0 c0 m0|2024-05-07:a1 r0 c0 m0|"
                                                  "2024-05-08:a2 r2 c4 m14400|2024-05-09:a3 r0 c1 m3599|"
                                                  "2024-05-10:a2 r1 c3 m3600");
        QTest::newRow("today") << 1 << QStringLiteral("2024-05-10:a2 r1 c3 m3600");
        QTest::newRow("no days") << 0 << QString();
    }

    void approvalsPerDay()
    {
        QFETCH(int, days);
        QFETCH(QString, expected);
        const QDateTime now = utc(5, 10, 0, 30);
        const Decision::Action approve = Decision::Action::Approve;
        const Decision::Action reject = Decision::Action::Reject;
        const QList<QueueItem> items{
            makeItem(QStringLiteral("po:1"), ItemKind::Approval, 1, utc(5, 7, 22, 0)),
            makeItem(QStringLiteral("po:12"), ItemKind::Approval, 1, utc(5, 8, 22, 0)),
            makeItem(QStringLiteral("po:8"), ItemKind::Approval, 1, utc(5, 9, 0, 0)),
            makeItem(QStringLiteral("po:13"), ItemKind::Approval, 1, utc(5, 10, 0, 0)),
        };
        const QList<Decision> decisions{
            makeDecision(approve, utc(5, 8, 0, 0), QStringLiteral("po:1")),
            makeDecision(reject, utc(5, 8, 10, 0), QStringLiteral("po:2"),
                         QStringLiteral("2024-05-08 04:00:00")),
            makeDecision(approve, utc(5, 7, 23, 59, 59), QStringLiteral("po:3")),
            makeDecision(approve, utc(5, 9, 23, 59, 59), QStringLiteral("po:4"),
                         QStringLiteral("2024-05-09 23:00:00")),
            makeDecision(approve, utc(5, 9, 12, 0), QStringLiteral("po:5")),
            makeDecision(approve, utc(5, 9, 13, 0), QStringLiteral("po:6"), QString(),
                         Decision::Status::Conflict),
            makeDecision(Decision::Action::Delegate, utc(5, 9, 14, 0), QStringLiteral("po:7")),
            makeDecision(approve, utc(5, 10, 0, 0), QStringLiteral("po:8")),
            makeDecision(approve, utc(5, 10, 0, 1), QStringLiteral("po:9"), QString(),
                         Decision::Status::Pending),
            makeDecision(approve, QDateTime(QDate(2024, 5, 10), QTime(2, 10), Qt::OffsetFromUTC, 7200),
                         QStringLiteral("po:10"), QStringLiteral("2024-05-09 23:10:00")),
            makeDecision(reject, utc(5, 8, 20, 0), QStringLiteral("po:11"),
                         QStringLiteral("2024-05-08 10:00:00")),
            makeDecision(approve, utc(5, 8, 23, 0), QStringLiteral("po:12")),
            makeDecision(reject, utc(5, 10, 0, 20), QStringLiteral("po:13")),
            makeDecision(approve, utc(5, 9, 6, 0), QStringLiteral("po:14"),
                         QStringLiteral("2024-05-09 07:00:00")),
        };
        QCOMPARE(describe(QueueAggregations::approvalsPerDay(decisions, items, now, days)), expected);
    }

    void approvalsWithHistory_data()
    {
        QTest::addColumn<QList<DecidedApproval>>("history");
        QTest::addColumn<QList<Decision>>("decisions");
        QTest::addColumn<int>("days");
        QTest::addColumn<QString>("expected");
        const Decision::Action approve = Decision::Action::Approve;
        const Decision::Action reject = Decision::Action::Reject;
        const auto id = [](int number) { return QStringLiteral("purchase.order:%1").arg(number); };

        // 05-08: cycles 2 h and 6 h -> 4 h; an unknown request time and one "after the decision"
        // give no cycle.
        QTest::newRow("history only")
            << QList<DecidedApproval>{decided(id(1), true, utc(5, 8, 10, 0), utc(5, 8, 8, 0)),
                                      decided(id(2), false, utc(5, 8, 12, 0), utc(5, 8, 6, 0)),
                                      decided(id(3), true, utc(5, 9, 9, 0)),
                                      decided(id(4), true, utc(5, 10, 0, 10), utc(5, 10, 0, 20))}
            << QList<Decision>{} << 3
            << QStringLiteral("2024-05-08:a1 r1 c2 m14400|2024-05-09:a1 r0 c0 m0|2024-05-10:a1 r0 c0 m0");
        QTest::newRow("decisions only")
            << QList<DecidedApproval>{}
            << QList<Decision>{makeDecision(approve, utc(5, 9, 10, 0), id(5),
                                            QStringLiteral("2024-05-09 09:00:00")),
                               makeDecision(reject, utc(5, 10, 0, 5), id(6)),
                               makeDecision(approve, utc(5, 10, 0, 6), id(7), QString(),
                                            Decision::Status::Conflict)}
            << 2 << QStringLiteral("2024-05-09:a1 r0 c1 m3600|2024-05-10:a0 r1 c0 m0");
        // The decision taken in HQ Tower at 10:00:00 is the one Odoo dated 10:00:05: counted once,
        // with Odoo's figures.
        QTest::newRow("overlap counted once")
            << QList<DecidedApproval>{decided(id(8), true, utc(5, 9, 10, 0, 5), utc(5, 9, 4, 0))}
            << QList<Decision>{makeDecision(approve, utc(5, 9, 10, 0), id(8),
                                            QStringLiteral("2024-05-09 04:00:00"))}
            << 2 << QStringLiteral("2024-05-09:a1 r0 c1 m21605|2024-05-10:a0 r0 c0 m0");
        // Same item on another UTC day, or another item on the same day: both count.
        QTest::newRow("no overlap") << QList<DecidedApproval>{decided(id(9), false, utc(5, 9, 23, 59, 59)),
                                                              decided(id(11), true, utc(5, 9, 13, 0))}
                                    << QList<Decision>{makeDecision(approve, utc(5, 10, 0, 0, 1), id(9)),
                                                       makeDecision(reject, utc(5, 9, 12, 0), id(10))}
                                    << 2 << QStringLiteral("2024-05-09:a1 r2 c0 m0|2024-05-10:a1 r0 c0 m0");
        // History cycles 1 h and 3 h plus a decision of HQ Tower's own (2 h): median 2 h.
        QTest::newRow("cycle median")
            << QList<DecidedApproval>{decided(id(12), true, utc(5, 10, 0, 10), utc(5, 9, 23, 10)),
                                      decided(id(13), false, utc(5, 10, 0, 20), utc(5, 9, 21, 20))}
            << QList<Decision>{makeDecision(approve, utc(5, 10, 0, 15), id(14),
                                            QStringLiteral("2024-05-09 22:15:00"))}
            << 1 << QStringLiteral("2024-05-10:a2 r1 c3 m7200");
        // The window is 05-08 00:00:00 to the end of today (UTC), whatever the time zone given.
        const QDateTime eastern(QDate(2024, 5, 8), QTime(1, 30), Qt::OffsetFromUTC, 7200); // 05-07 23:30 UTC
        const QDateTime western(QDate(2024, 5, 9), QTime(20, 0), Qt::OffsetFromUTC,
                                -18000); // 05-10 01:00 UTC
        QTest::newRow("window edges")
            << QList<DecidedApproval>{decided(id(15), true, utc(5, 7, 23, 59, 59)),
                                      decided(id(16), true, utc(5, 8, 0, 0, 0)),
                                      decided(id(17), false, utc(5, 10, 0, 30)),
                                      decided(id(18), true, utc(5, 11, 0, 0)),
                                      decided(id(20), true, eastern),
                                      decided(id(21), true, western)}
            << QList<Decision>{makeDecision(approve, utc(5, 7, 23, 59, 59), id(19))} << 3
            << QStringLiteral("2024-05-08:a1 r0 c0 m0|2024-05-09:a0 r0 c0 m0|2024-05-10:a1 r1 c0 m0");
        QTest::newRow("no days") << QList<DecidedApproval>{decided(id(22), true, utc(5, 10, 0, 0))}
                                 << QList<Decision>{} << 0 << QString();
    }

    void approvalsWithHistory()
    {
        QFETCH(QList<DecidedApproval>, history);
        QFETCH(QList<Decision>, decisions);
        QFETCH(int, days);
        QFETCH(QString, expected);
        const QDateTime now = utc(5, 10, 0, 30);
        QCOMPARE(describe(QueueAggregations::approvalsPerDay(decisions, {}, now, days, history)), expected);
        // aggregate() counts the same from its input.
        AggregationInput input;
        input.now = now;
        input.days = days;
        input.decisions = decisions;
        input.history = history;
        QCOMPARE(describe(QueueAggregations::aggregate(input).approvalsPerDay), expected);
    }

    void failuresPerDay_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<QString>("expected");
        QTest::newRow("3 days") << 3
                                << QStringLiteral("2024-05-08:3 mail=2,queue_jobs=1|2024-05-09:1 mail=1|"
                                                  "2024-05-10:2 mail=1,queue_jobs=1");
        QTest::newRow("4 days") << 4
                                << QStringLiteral("2024-05-07:1 mail=1|2024-05-08:3 mail=2,queue_jobs=1|"
                                                  "2024-05-09:1 mail=1|2024-05-10:2 mail=1,queue_jobs=1");
        QTest::newRow("today") << 1 << QStringLiteral("2024-05-10:2 mail=1,queue_jobs=1");
        QTest::newRow("no days") << 0 << QString();
    }

    void failuresPerDay()
    {
        QFETCH(int, days);
        QFETCH(QString, expected);
        const QDateTime now = utc(5, 10, 0, 30);
        const ItemKind failure = ItemKind::IntegrationFailure;
        const QString mail = QStringLiteral("mail");
        const QString jobs = QStringLiteral("queue_jobs");
        const QDateTime localLate(QDate(2024, 5, 9), QTime(1, 30), Qt::OffsetFromUTC, 7200);
        const QList<QueueItem> items{
            makeItem(QStringLiteral("m:1"), failure, 0, utc(5, 7, 23, 59, 59), {}, mail),
            makeItem(QStringLiteral("m:2"), failure, 0, utc(5, 8, 0, 0), {}, mail),
            makeItem(QStringLiteral("j:3"), failure, 0, utc(5, 8, 23, 59, 59), {}, jobs),
            makeItem(QStringLiteral("m:4"), failure, 0, localLate, {}, mail), // 05-08 23:30 UTC
            makeItem(QStringLiteral("m:5"), failure, 0, utc(5, 9, 0, 0), {}, mail),
            makeItem(QStringLiteral("j:6"), failure, 0, utc(5, 10, 0, 29), {}, jobs),
            makeItem(QStringLiteral("m:7"), failure, 0, utc(5, 10, 1, 0), {}, mail),
            makeItem(QStringLiteral("e:8"), ItemKind::Exception, 0, utc(5, 9, 12, 0), {}, mail),
            makeItem(QStringLiteral("m:9"), failure, 0, QDateTime(), {}, mail),
        };
        QCOMPARE(describe(QueueAggregations::failuresPerDay(items, now, days)), expected);
    }

    void aggregateComputesEverything()
    {
        const AggregationInput input = inputWithItems(500, T0);
        const AggregationResult result = QueueAggregations::aggregate(input);
        QCOMPARE(result.now, T0);
        int total = 0;
        for (const RegionKindCounts &region : result.openByRegion)
            total += region.total;
        QCOMPARE(total, 500);
        int bucketed = 0;
        for (const int count : result.aging.counts)
            bucketed += count;
        QCOMPARE(bucketed, 500);
        QList<QueueItem> items;
        for (const auto &item : input.items)
            items.append(*item);
        QCOMPARE(result.storeCounts, QueueAggregations::storeCounts(items, T0));
        QCOMPARE(result.aging, QueueAggregations::agingBuckets(items, T0));
        QCOMPARE(result.openByRegion, QueueAggregations::openByKindPerRegion(items, input.stores));
        QCOMPARE(result.failuresPerDay, QueueAggregations::failuresPerDay(items, T0, 30));
        QCOMPARE(result.topStores.size(), 10);
        QCOMPARE(result.approvalsPerDay.size(), 30);
        QCOMPARE(result.failuresPerDay.size(), 30);
    }

    void workerDeliversTheResult()
    {
        AggregationWorker worker;
        QSignalSpy aggregated(&worker, &AggregationWorker::aggregated);
        const int id = worker.request(inputWithItems(100, T0));
        QCOMPARE(id, 1);
        QVERIFY(worker.isBusy());
        QTRY_COMPARE(aggregated.count(), 1);
        QCOMPARE(aggregated.first().at(0).toInt(), 1);
        const auto result = aggregated.first().at(1).value<AggregationResult>();
        QCOMPARE(result.now, T0);
        QCOMPARE(result.storeCounts.size(), 50);
        QVERIFY(!worker.isBusy());
    }

    void workerDropsStaleResults()
    {
        AggregationWorker worker;
        QSignalSpy aggregated(&worker, &AggregationWorker::aggregated);
        QSignalSpy dropped(&worker, &AggregationWorker::dropped);
        const QDateTime newest = T0.addSecs(Hour);
        QCOMPARE(worker.request(inputWithItems(50000, T0)), 1);  // runs
        QCOMPARE(worker.request(inputWithItems(10, T0)), 2);     // waits
        QCOMPARE(worker.request(inputWithItems(20, newest)), 3); // replaces 2
        QCOMPARE(dropped.count(), 1);
        QCOMPARE(dropped.at(0).at(0).toInt(), 2);
        QCOMPARE(worker.latestRequestId(), 3);

        QTRY_COMPARE(aggregated.count(), 1);
        QTRY_VERIFY(!worker.isBusy());
        QCOMPARE(dropped.count(), 2);
        QCOMPARE(dropped.at(1).at(0).toInt(), 1);
        QCOMPARE(aggregated.first().at(0).toInt(), 3);
        const auto result = aggregated.first().at(1).value<AggregationResult>();
        QCOMPARE(result.now, newest);
        int total = 0;
        for (const RegionKindCounts &region : result.openByRegion)
            total += region.total;
        QCOMPARE(total, 20);

        QTest::qWait(50); // nothing else arrives
        QCOMPARE(aggregated.count(), 1);
    }
};

QTEST_MAIN(TestQueueAggregations)
#include "tst_queueaggregations.moc"
