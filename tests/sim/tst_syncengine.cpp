// SyncEngine and ProfileSync against the simulator: first sync in pages, idle polls of one small
// request, departures on the next poll, equal timestamps, deletions found by reconciliation,
// concurrency limit, recovery under injected faults (502, truncated and dropped answers, an
// expired web session), stores found through links, the status while offline, and a restart
// that starts from the cache.
#include "odoo/odooconnection.h"
#include "odooreplies.h"
#include "sim/odoosimulator.h"
#include "sim/simbackend.h"
#include "sim/simdatabase.h"
#include "sim/simfaults.h"
#include "sim/simhttpserver.h"
#include "storage/cache.h"
#include "sync/syncengine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace std::chrono_literals;

namespace {

SourceProfile purchaseProfile(const QString &id = QStringLiteral("po_to_approve"))
{
    const QByteArray json = R"({
        "id": ")" + id.toUtf8() +
                            R"(",
        "title": "Purchase orders to approve",
        "kind": "approval",
        "model": "purchase.order",
        "domain": [["state", "=", "to approve"]],
        "fields": ["name", "state", "amount_total", "partner_id", "create_date", "write_date"],
        "title_field": "name",
        "amount_field": "amount_total",
        "sla_hours": 24
    })";
    QString error;
    const auto profile = SourceProfile::fromJson(json, QStringLiteral("test.json"), &error);
    if (!profile)
        qFatal("test profile does not parse: %s", qPrintable(error));
    return *profile;
}

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<OdooSimulator> m_simulator;
    std::unique_ptr<OdooConnection> m_connection;
    std::unique_ptr<Cache> m_cache;
    QTemporaryDir m_dir;
    // The server's clock runs this far ahead of the wall clock: a test moves it instead of waiting
    // (Odoo writes write_date to the second).
    std::shared_ptr<qint64> m_serverAheadMs = std::make_shared<qint64>(0);

    // The next write on the server lands in a later second than everything read so far.
    void leaveTheCurrentSecondBehind() { *m_serverAheadMs += 1100; }
    int m_vendor = 0;

    int serverCount(const QString &state = QStringLiteral("to approve")) const
    {
        int count = 0;
        for (const int id : m_simulator->database()->allIds(QStringLiteral("purchase.order"))) {
            if (m_simulator->database()
                    ->rawValue(QStringLiteral("purchase.order"), id, QStringLiteral("state"))
                    .toString() == state)
                ++count;
        }
        return count;
    }

    int addOrder()
    {
        return m_simulator->database()->insert(QStringLiteral("purchase.order"),
                                               {{QStringLiteral("partner_id"), m_vendor},
                                                {QStringLiteral("state"), QStringLiteral("to approve")},
                                                {QStringLiteral("amount_total"), 900.0}},
                                               1);
    }

    static SyncLogEntry runOnce(SyncEngine &engine)
    {
        QSignalSpy done(&engine, &SyncEngine::roundFinished);
        engine.syncOnce();
        if (!done.wait(30000))
            return SyncLogEntry{QString(), {}, {}, 0, 0, 0, 0, QStringLiteral("timeout")};
        return engine.lastResults().value(0);
    }

    static SyncLogEntry resultOf(const SyncEngine &engine, const QString &profileId)
    {
        for (const SyncLogEntry &entry : engine.lastResults()) {
            if (entry.profileId == profileId)
                return entry;
        }
        return {};
    }

    SyncEngine::Options options(int pageSize = 500) const
    {
        SyncEngine::Options result;
        result.profile.pageSize = pageSize;
        result.profile.reconcileEverySeconds = 3600;
        return result;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        SimulatorOptions simulatorOptions;
        simulatorOptions.flavor = 17;
        simulatorOptions.populate = false;
        m_simulator = std::make_unique<OdooSimulator>(simulatorOptions);
        *m_serverAheadMs = 0;
        m_simulator->database()->setClock(
            [ahead = m_serverAheadMs] { return QDateTime::currentDateTimeUtc().addMSecs(*ahead); });
        QVERIFY(m_simulator->start());
        m_vendor = m_simulator->database()->insert(QStringLiteral("res.partner"),
                                                   {{QStringLiteral("name"), QStringLiteral("Vendor")}}, 1);
        for (int i = 0; i < 23; ++i)
            addOrder();
        m_simulator->database()->insert(
            QStringLiteral("purchase.order"),
            {{QStringLiteral("partner_id"), m_vendor}, {QStringLiteral("state"), QStringLiteral("draft")}},
            1);
        ConnectionSettings settings;
        settings.serverUrl = m_simulator->url();
        settings.database = m_simulator->options().database;
        settings.login = QStringLiteral("manager1");
        settings.readPolicy = RetryPolicy({{5s, 0ms}, {5s, 20ms}, {5s, 40ms}, {5s, 80ms}, {5s, 160ms}}, 0.0);
        m_connection = std::make_unique<OdooConnection>(settings, QStringLiteral("manager1"));
        QSignalSpy opened(m_connection.get(), &OdooConnection::opened);
        m_connection->open();
        QVERIFY(opened.wait(10000));
        QString error;
        m_cache = Cache::open(m_dir.filePath(QStringLiteral("cache-%1-%2.sqlite")
                                                 .arg(QString::fromLatin1(QTest::currentTestFunction()),
                                                      QString::fromLatin1(QTest::currentDataTag())
                                                          .replace(QLatin1Char(' '), QLatin1Char('_')))),
                              &error);
        QVERIFY2(m_cache, qPrintable(error));
    }

    void cleanup()
    {
        m_cache.reset();
        m_connection.reset();
        m_simulator.reset();
    }

    void firstSyncInPagesThenIdlePollsAreOneRequest()
    {
        SyncEngine engine(m_connection.get(), m_cache.get(), {purchaseProfile()}, options(5));
        QSignalSpy progress(&engine, &SyncEngine::progress);
        const SyncLogEntry first = runOnce(engine);
        QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
        QCOMPARE(m_cache->itemCount(), serverCount());
        QCOMPARE(first.requests, 1 + (23 + 4) / 5 + (23 % 5 == 0 ? 1 : 0)); // count + pages
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toInt(), 23);
        const auto item = m_cache->item(
            QStringLiteral("purchase.order:%1")
                .arg(m_simulator->database()->allIds(QStringLiteral("purchase.order")).first()));
        QVERIFY(item.has_value());
        QCOMPARE(item->kind, ItemKind::Approval);
        QCOMPARE(item->amount, 900.0);

        leaveTheCurrentSecondBehind(); // and the overlap second with it
        // The first incremental poll re-checks the overlap window once (records outside the
        // domain written in the cursor's second); from then on an idle poll is one request.
        QVERIFY(runOnce(engine).error.isEmpty());
        const SyncLogEntry idle = runOnce(engine);
        QVERIFY2(idle.error.isEmpty(), qPrintable(idle.error));
        QCOMPARE(idle.requests, 1);
        QCOMPARE(idle.changed, 0);
    }

    void recordsWithoutAValidIdAreNeverStored_data()
    {
        QTest::addColumn<QJsonValue>("badId"); // Undefined: the entry is not an object at all
        QTest::newRow("missing") << QJsonValue(QJsonValue::Null);
        QTest::newRow("text") << QJsonValue(QStringLiteral("7"));
        QTest::newRow("fraction") << QJsonValue(7.5);
        QTest::newRow("negative") << QJsonValue(-7);
        QTest::newRow("zero") << QJsonValue(0);
        QTest::newRow("not a record") << QJsonValue(QJsonValue::Undefined);
    }

    void recordsWithoutAValidIdAreNeverStored()
    {
        // A hostile server: in every purchase.order search_read answer, the first two records get
        // a bad id, and the third is sent twice.
        QFETCH(QJsonValue, badId);
        m_simulator->server()->faults().setRewrite(
            [badId](const QByteArray &, const QByteArray &request, const QByteArray &answer) {
                if (!request.contains("\"search_read\"") || !request.contains("purchase.order"))
                    return answer;
                QJsonObject envelope = QJsonDocument::fromJson(answer).object();
                QJsonArray records = envelope.value(QLatin1String("result")).toArray();
                if (records.size() < 3)
                    return answer;
                for (int i = 0; i < 2; ++i) {
                    QJsonObject record = records.at(i).toObject();
                    if (badId.isNull())
                        record.remove(QStringLiteral("id"));
                    else
                        record.insert(QStringLiteral("id"), badId);
                    records[i] = badId.isUndefined() ? QJsonValue(QStringLiteral("#0")) : QJsonValue(record);
                }
                records.append(records.at(2));
                envelope.insert(QStringLiteral("result"), records);
                return QJsonDocument(envelope).toJson(QJsonDocument::Compact);
            });
        SyncEngine engine(m_connection.get(), m_cache.get(), {purchaseProfile()}, options());
        const SyncLogEntry result = runOnce(engine);
        // The others are stored, once each; the source reports a protocol problem.
        QCOMPARE(m_cache->itemCount(), serverCount() - 2);
        QCOMPARE(result.fetched, serverCount() - 2);
        QCOMPARE(result.changed, serverCount() - 2);
        QVERIFY2(result.error.contains(QStringLiteral("2 records of purchase.order without a valid id")),
                 qPrintable(result.error));
        for (const QueueItem &item : m_cache->items(ItemFilter())) {
            QVERIFY2(item.resId > 0, qPrintable(item.id));
            QVERIFY(m_simulator->database()->allIds(QStringLiteral("purchase.order")).contains(item.resId));
        }
        QVERIFY(!m_cache->item(QStringLiteral("purchase.order:0")));
    }

    void answersThatAreNotListsFailTheSource()
    {
        m_simulator->server()->faults().setRewrite(
            [](const QByteArray &, const QByteArray &request, const QByteArray &answer) {
                if (!request.contains("\"search_read\""))
                    return answer;
                return OdooReplies::answering(
                    request, QByteArray(R"({"jsonrpc": "2.0", "id": 1, "result": "no records today"})"));
            });
        SyncEngine engine(m_connection.get(), m_cache.get(), {purchaseProfile()}, options());
        const SyncLogEntry result = runOnce(engine);
        QVERIFY2(result.error.contains(QStringLiteral("not a list of records: \"no records today\"")),
                 qPrintable(result.error));
        QCOMPARE(m_cache->itemCount(), 0);
    }

    void reportsTheItemsAsStored()
    {
        // One way from a reply to a row: what the engine reports is what the cache holds.
        SyncEngine engine(m_connection.get(), m_cache.get(), {purchaseProfile()}, options(5));
        QList<QueueItem> reported;
        QStringList removed;
        connect(&engine, &SyncEngine::itemsChanged, this,
                [&](const QList<QueueItem> &upserts, const QStringList &removedIds) {
                    reported += upserts;
                    removed += removedIds;
                });
        QVERIFY(runOnce(engine).error.isEmpty());
        QCOMPARE(reported.size(), serverCount());
        QVERIFY(removed.isEmpty());
        for (const QueueItem &item : std::as_const(reported)) {
            const auto stored = m_cache->item(item.id);
            QVERIFY2(stored.has_value(), qPrintable(item.id));
            QVERIFY2(*stored == item, qPrintable(item.id));
        }

        reported.clear();
        const int approved = m_simulator->database()->allIds(QStringLiteral("purchase.order")).at(2);
        leaveTheCurrentSecondBehind();
        QVERIFY(m_simulator->backend()->decideAsSomeoneElse(QStringLiteral("purchase.order"), approved));
        QVERIFY(runOnce(engine).error.isEmpty());
        QCOMPARE(removed, QStringList{QStringLiteral("purchase.order:%1").arg(approved)});
    }

    void approvedInTheBrowserLeavesOnTheNextPoll()
    {
        SyncEngine engine(m_connection.get(), m_cache.get(), {purchaseProfile()}, options());
        QVERIFY(runOnce(engine).error.isEmpty());
        const int approved = m_simulator->database()->allIds(QStringLiteral("purchase.order")).at(3);
        QVERIFY(m_cache->item(QStringLiteral("purchase.order:%1").arg(approved)));
        // Odoo reports write_date to the second: a write in a later second than our read is seen
        // by the cursor; one in the very same second waits for the id reconciliation.
        leaveTheCurrentSecondBehind();
        QVERIFY(m_simulator->backend()->decideAsSomeoneElse(QStringLiteral("purchase.order"), approved));
        const int added = addOrder();
        QSignalSpy changed(&engine, &SyncEngine::itemsChanged);
        const SyncLogEntry poll = runOnce(engine);
        QVERIFY2(poll.error.isEmpty(), qPrintable(poll.error));
        QVERIFY(!m_cache->item(QStringLiteral("purchase.order:%1").arg(approved)));
        QVERIFY(m_cache->item(QStringLiteral("purchase.order:%1").arg(added)));
        QCOMPARE(m_cache->itemCount(), serverCount());
        QCOMPARE(poll.removed, 1);
        QVERIFY(!changed.isEmpty());
    }

    void equalTimestampsAreNotSkipped()
    {
        // Every record written in the same second: the (write_date, id) cursor must page through all.
        const QDateTime frozen = QDateTime::currentDateTimeUtc().addSecs(-60);
        m_simulator->database()->setClock([frozen] { return frozen; });
        for (int i = 0; i < 17; ++i)
            addOrder();
        for (const int id : m_simulator->database()->allIds(QStringLiteral("purchase.order")))
            m_simulator->database()->update(QStringLiteral("purchase.order"), {id},
                                            {{QStringLiteral("origin"), QStringLiteral("x")}}, 1);
        SyncEngine engine(m_connection.get(), m_cache.get(), {purchaseProfile()}, options(4));
        QVERIFY(runOnce(engine).error.isEmpty());
        QCOMPARE(m_cache->itemCount(), serverCount());
        QCOMPARE(m_cache->itemCount(), 40);
    }

    void deletionsAreFoundByReconciliation()
    {
        SyncEngine::Options opts = options();
        opts.profile.reconcileEverySeconds = 0;
        SyncEngine engine(m_connection.get(), m_cache.get(), {purchaseProfile()}, opts);
        QVERIFY(runOnce(engine).error.isEmpty());
        const int deleted = m_simulator->database()->allIds(QStringLiteral("purchase.order")).first();
        m_simulator->database()->remove(QStringLiteral("purchase.order"), {deleted});
        QVERIFY(runOnce(engine).error.isEmpty());
        QVERIFY(!m_cache->item(QStringLiteral("purchase.order:%1").arg(deleted)));
        QCOMPARE(m_cache->itemCount(), serverCount());
    }

    void atMostNProfilesAtOnce()
    {
        QList<SourceProfile> profiles;
        for (int i = 0; i < 5; ++i)
            profiles.append(purchaseProfile(QStringLiteral("po_%1").arg(i)));
        SyncEngine::Options opts = options(3);
        opts.maxConcurrent = 2;
        SyncEngine engine(m_connection.get(), m_cache.get(), profiles, opts);
        int most = 0;
        QTimer sampler;
        connect(&sampler, &QTimer::timeout, this, [&] { most = qMax(most, engine.runningCount()); });
        connect(&engine, &SyncEngine::progress, this, [&] { most = qMax(most, engine.runningCount()); });
        sampler.start(1);
        QSignalSpy done(&engine, &SyncEngine::roundFinished);
        engine.syncOnce();
        QVERIFY(done.wait(30000));
        QCOMPARE(most, 2);
        QCOMPARE(engine.lastResults().size(), 5);
    }

    void recoversUnderFaults()
    {
        m_simulator->server()->faults().setSeed(11);
        m_simulator->server()->faults().setBadGatewayShare(0.3);
        SyncEngine engine(m_connection.get(), m_cache.get(), {purchaseProfile()}, options(4));
        SyncLogEntry result;
        for (int attempt = 0; attempt < 5; ++attempt) {
            result = runOnce(engine);
            if (result.error.isEmpty())
                break;
        }
        m_simulator->server()->faults().setBadGatewayShare(0.0);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(m_cache->itemCount(), serverCount());
    }

    void recoversUnderEachFault_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("truncated answers") << QStringLiteral("truncate");
        QTest::newRow("dropped connections") << QStringLiteral("drop");
        QTest::newRow("expired web session") << QStringLiteral("expire");
        // The mix of #12: gateways, cut-off answers and dropped connections at once, several seeds.
        for (const char *seed : {"1", "5", "42"})
            QTest::newRow(qPrintable(QStringLiteral("fault mix, seed %1").arg(QLatin1String(seed))))
                << QStringLiteral("mix:%1").arg(QLatin1String(seed));
    }

    void recoversUnderEachFault()
    {
        QFETCH(QString, fault);
        if (fault == QLatin1String("expire")) {
            // A web session (the live-push login) that the server forgets between two polls.
            ConnectionSettings settings = m_connection->settings();
            settings.wantLivePush = true;
            m_connection = std::make_unique<OdooConnection>(settings, QStringLiteral("manager1"));
            QSignalSpy opened(m_connection.get(), &OdooConnection::opened);
            m_connection->open();
            QVERIFY(opened.wait(10000));
        }
        SyncEngine engine(m_connection.get(), m_cache.get(), {purchaseProfile()}, options(4));
        QVERIFY(runOnce(engine).error.isEmpty());
        const int approved = m_simulator->database()->allIds(QStringLiteral("purchase.order")).at(2);
        leaveTheCurrentSecondBehind();
        QVERIFY(m_simulator->backend()->decideAsSomeoneElse(QStringLiteral("purchase.order"), approved));
        SimFaults &faults = m_simulator->server()->faults();
        faults.setSeed(5);
        if (fault.startsWith(QLatin1String("mix:"))) {
            faults.setSeed(fault.mid(4).toUInt());
            faults.setBadGatewayShare(0.3);
            faults.setTruncateShare(0.2);
            faults.setDropShare(0.1);
        } else if (fault == QLatin1String("truncate"))
            faults.setTruncateShare(0.4);
        else if (fault == QLatin1String("drop"))
            faults.setDropShare(0.4);
        else
            faults.expireSessionOnNextCall();
        SyncLogEntry result;
        for (int attempt = 0; attempt < 20; ++attempt) {
            result = runOnce(engine);
            if (result.error.isEmpty())
                break;
        }
        faults.clear();
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QVERIFY(!m_cache->item(QStringLiteral("purchase.order:%1").arg(approved)));
        QCOMPARE(m_cache->itemCount(), serverCount());
    }

    void statusSaysOfflineThenRecovers()
    {
        SyncEngine::Options opts = options();
        opts.pollInterval = 300ms;
        opts.maxBackoff = 600ms;
        opts.jitter = 0.0;
        SyncEngine engine(m_connection.get(), m_cache.get(), {purchaseProfile()}, opts);
        QCOMPARE(engine.status().state, SyncStatus::State::NotSynced);
        QCOMPARE(engine.status().text(), QStringLiteral("Not synced yet"));
        QVERIFY(runOnce(engine).error.isEmpty());
        QCOMPARE(engine.status().state, SyncStatus::State::UpToDate);
        QVERIFY(engine.status().text().startsWith(QStringLiteral("Up to date — last sync at ")));

        m_simulator->server()->faults().setBadGatewayShare(1.0); // the proxy answers, Odoo does not
        engine.start();
        QTRY_COMPARE_WITH_TIMEOUT(engine.status().state, SyncStatus::State::Offline, 15000);
        const SyncStatus offline = engine.status();
        QVERIFY(offline.offlineSince.isValid());
        QVERIFY(offline.retryAt.isValid());
        QVERIFY2(offline.text(offline.retryAt.addSecs(-7)).contains(QStringLiteral("— retrying in 7 s")),
                 qPrintable(offline.text()));
        QVERIFY(offline.text().startsWith(QStringLiteral("Offline since ")));
        QVERIFY(!offline.problem.isEmpty());

        m_simulator->server()->faults().setBadGatewayShare(0.0);
        QTRY_COMPARE_WITH_TIMEOUT(engine.status().state, SyncStatus::State::UpToDate, 15000);
        QVERIFY(!engine.status().offlineSince.isValid());
        QVERIFY(engine.status().problem.isEmpty());
        engine.stop();
    }

    void itemsFindTheirStore()
    {
        SimDatabase *db = m_simulator->database();
        const int storePartner = db->insert(QStringLiteral("res.partner"),
                                            {{QStringLiteral("name"), QStringLiteral("Gent Korenmarkt")}}, 1);
        const int warehouse = db->insert(QStringLiteral("stock.warehouse"),
                                         {{QStringLiteral("name"), QStringLiteral("Gent")},
                                          {QStringLiteral("code"), QStringLiteral("GEN1")},
                                          {QStringLiteral("partner_id"), storePartner}},
                                         1);
        const int location = db->insert(QStringLiteral("stock.location"),
                                        {{QStringLiteral("name"), QStringLiteral("GEN1/Stock")},
                                         {QStringLiteral("warehouse_id"), warehouse}},
                                        1);
        const QList<int> orders = db->allIds(QStringLiteral("purchase.order"));
        // An order delivered to the store's address (a partner path); another order stays at HQ.
        db->update(QStringLiteral("purchase.order"), {orders.at(0)},
                   {{QStringLiteral("dest_address_id"), storePartner}}, 1);
        SourceProfile orderProfile = purchaseProfile();
        orderProfile.fields += QStringLiteral("dest_address_id");
        orderProfile.storePaths = {QStringLiteral("dest_address_id")};
        // A picking into a location of the store: the link stock.location -> warehouse_id.
        const int picking = db->insert(QStringLiteral("stock.picking"),
                                       {{QStringLiteral("name"), QStringLiteral("GEN1/IN/00001")},
                                        {QStringLiteral("state"), QStringLiteral("assigned")},
                                        {QStringLiteral("location_dest_id"), location}},
                                       1);
        QString error;
        auto pickingProfile = SourceProfile::fromJson(R"({
            "id": "pickings", "title": "Pickings", "kind": "exception", "model": "stock.picking",
            "domain": [["state", "=", "assigned"]],
            "fields": ["name", "location_dest_id", "create_date", "write_date"],
            "title_field": "name",
            "store_path": ["picking_type_id.warehouse_id", "location_dest_id.warehouse_id"]
        })",
                                                      QStringLiteral("pickings.json"), &error);
        QVERIFY2(pickingProfile, qPrintable(error));
        // What CapabilityDetector reads from fields_get (relation of each path's first step).
        pickingProfile->fieldRelations = {
            {QStringLiteral("location_dest_id"), QStringLiteral("stock.location")}};
        SyncEngine engine(m_connection.get(), m_cache.get(), {orderProfile, *pickingProfile}, options());
        QVERIFY(runOnce(engine).error.isEmpty());
        QVERIFY2(engine.storesError().isEmpty(), qPrintable(engine.storesError()));
        QCOMPARE(m_cache->item(QStringLiteral("purchase.order:%1").arg(orders.at(0)))->storeId, warehouse);
        QCOMPARE(m_cache->item(QStringLiteral("purchase.order:%1").arg(orders.at(1)))->storeId, 0);
        QCOMPARE(m_cache->item(QStringLiteral("stock.picking:%1").arg(picking))->storeId, warehouse);

        // The link read (stock.location -> warehouse) fails in a later session: the picking
        // source fails for the round and its item keeps its store; the other source is fine.
        bool failLinks = true;
        m_simulator->server()->faults().setRewrite(
            [&failLinks](const QByteArray &, const QByteArray &request, const QByteArray &answer) {
                if (!failLinks || !request.contains("\"stock.location\"") || !request.contains("search_read"))
                    return answer;
                return OdooReplies::answering(
                    request,
                    QByteArray("{\"jsonrpc\": \"2.0\", \"id\": 1, \"error\": {\"code\": 200, \"message\": "
                               "\"Odoo Server Error\", \"data\": {\"name\": \"builtins.RuntimeError\", "
                               "\"message\": \"link read failed\"}}}"));
            });
        db->update(QStringLiteral("stock.picking"), {picking},
                   {{QStringLiteral("name"), QStringLiteral("GEN1/IN/2")}}, 1);
        SyncEngine restarted(m_connection.get(), m_cache.get(), {orderProfile, *pickingProfile}, options());
        QSignalSpy round(&restarted, &SyncEngine::roundFinished);
        restarted.syncOnce();
        QVERIFY(round.wait(20000));
        const SyncLogEntry pickings = resultOf(restarted, QStringLiteral("pickings"));
        QVERIFY2(pickings.error.contains(QStringLiteral("stock.location.warehouse_id")),
                 qPrintable(pickings.error));
        QVERIFY(pickings.error.contains(QStringLiteral("link read failed")));
        QVERIFY(resultOf(restarted, orderProfile.id).error.isEmpty());
        const auto kept = m_cache->item(QStringLiteral("stock.picking:%1").arg(picking));
        QCOMPARE(kept->storeId, warehouse);
        QCOMPARE(kept->title, QStringLiteral("GEN1/IN/00001")); // not rewritten with "no store"

        // The next round reads the link again and brings the change, with its store.
        failLinks = false;
        restarted.syncOnce();
        QVERIFY(round.wait(20000));
        QVERIFY(resultOf(restarted, QStringLiteral("pickings")).error.isEmpty());
        const auto synced = m_cache->item(QStringLiteral("stock.picking:%1").arg(picking));
        QCOMPARE(synced->title, QStringLiteral("GEN1/IN/2"));
        QCOMPARE(synced->storeId, warehouse);
    }

    void unreadableStoresFailThePartnerPaths()
    {
        // No store known yet and stock.warehouse cannot be read: a source that finds its store
        // through a partner would save "no store" for everything; it fails for the round instead.
        SimDatabase *db = m_simulator->database();
        const int storePartner =
            db->insert(QStringLiteral("res.partner"), {{QStringLiteral("name"), QStringLiteral("Gent")}}, 1);
        const int warehouse = db->insert(QStringLiteral("stock.warehouse"),
                                         {{QStringLiteral("name"), QStringLiteral("Gent")},
                                          {QStringLiteral("code"), QStringLiteral("GEN1")},
                                          {QStringLiteral("partner_id"), storePartner}},
                                         1);
        const int order = db->allIds(QStringLiteral("purchase.order")).at(0);
        db->update(QStringLiteral("purchase.order"), {order},
                   {{QStringLiteral("dest_address_id"), storePartner}}, 1);
        SourceProfile orderProfile = purchaseProfile();
        orderProfile.fields += QStringLiteral("dest_address_id");
        orderProfile.storePaths = {QStringLiteral("dest_address_id")};
        m_simulator->server()->faults().setRewrite(
            [](const QByteArray &, const QByteArray &request, const QByteArray &answer) {
                if (!request.contains("\"stock.warehouse\""))
                    return answer;
                return QByteArray("<html><body>502 Bad Gateway</body></html>");
            });
        SyncEngine engine(m_connection.get(), m_cache.get(), {orderProfile}, options());
        const SyncLogEntry result = runOnce(engine);
        QVERIFY2(result.error.contains(QStringLiteral("the stores could not be read")),
                 qPrintable(result.error));
        QVERIFY(!engine.storesError().isEmpty());
        QCOMPARE(m_cache->itemCount(), 0);

        m_simulator->server()->faults().setRewrite({});
        QVERIFY2(runOnce(engine).error.isEmpty(), qPrintable(engine.storesError()));
        QVERIFY(m_cache->item(QStringLiteral("purchase.order:%1").arg(order)));
        QCOMPARE(m_cache->item(QStringLiteral("purchase.order:%1").arg(order))->storeId, warehouse);
    }

    void storesComeWithTheRound()
    {
        SimDatabase *db = m_simulator->database();
        const int state = db->insert(QStringLiteral("res.country.state"),
                                     {{QStringLiteral("name"), QStringLiteral("Antwerpen")}}, 1);
        const int placed = db->insert(QStringLiteral("res.partner"),
                                      {{QStringLiteral("name"), QStringLiteral("Meir")},
                                       {QStringLiteral("city"), QStringLiteral("Antwerpen")},
                                       {QStringLiteral("state_id"), state},
                                       {QStringLiteral("partner_latitude"), 51.2180},
                                       {QStringLiteral("partner_longitude"), 4.4100}},
                                      1);
        const int unplaced = db->insert(QStringLiteral("res.partner"),
                                        {{QStringLiteral("name"), QStringLiteral("Nowhere")}}, 1);
        db->insert(QStringLiteral("stock.warehouse"),
                   {{QStringLiteral("name"), QStringLiteral("Antwerp Meir")},
                    {QStringLiteral("code"), QStringLiteral("ANT1")},
                    {QStringLiteral("partner_id"), placed}},
                   1);
        db->insert(QStringLiteral("stock.warehouse"),
                   {{QStringLiteral("name"), QStringLiteral("Pop-up")},
                    {QStringLiteral("code"), QStringLiteral("POP")},
                    {QStringLiteral("partner_id"), unplaced}},
                   1);
        SyncEngine engine(m_connection.get(), m_cache.get(), {purchaseProfile()}, options());
        QVERIFY(runOnce(engine).error.isEmpty());
        QVERIFY2(engine.storesError().isEmpty(), qPrintable(engine.storesError()));
        const QList<StoreInfo> stores = m_cache->stores();
        QCOMPARE(stores.size(), 2);
        QCOMPARE(stores.at(0).name, QStringLiteral("Antwerp Meir"));
        QCOMPARE(stores.at(0).region, QStringLiteral("Antwerpen"));
        QVERIFY(stores.at(0).hasCoordinates);
        QCOMPARE(stores.at(0).latitude, 51.2180);
        QVERIFY(!stores.at(1).hasCoordinates); // listed, not dropped
    }

    void restartStartsFromTheCache()
    {
        const QString path = m_cache->filePath();
        {
            SyncEngine engine(m_connection.get(), m_cache.get(), {purchaseProfile()}, options());
            QVERIFY(runOnce(engine).error.isEmpty());
        }
        m_cache.reset();
        m_simulator.reset(); // the server is gone: the app starts offline
        QString error;
        auto reopened = Cache::open(path, &error);
        QVERIFY2(reopened, qPrintable(error));
        QCOMPARE(reopened->itemCount(), 23);
        QVERIFY(reopened->lastSyncedAt().isValid());
        QVERIFY(reopened->cursor(QStringLiteral("po_to_approve")).has_value());
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
