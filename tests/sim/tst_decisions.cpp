// DecisionService and DecisionSender against the simulator: a decision is applied once with its
// reason in the chatter, someone else's decision ends as a Conflict without a write, a silent
// no-op ends as Refused by Odoo, faults on the send (502, truncated answer, timeout after Odoo
// applied it) never double a decision, and a bulk of 200 with conflicts reports per item.
#include "decisions/decisionservice.h"
#include "odoo/odooconnection.h"
#include "sim/odoosimulator.h"
#include "sim/simbackend.h"
#include "sim/simdatabase.h"
#include "sim/simfaults.h"
#include "sim/simhttpserver.h"
#include "storage/cache.h"
#include "storage/outbox.h"
#include "sync/sourcecatalog.h"
#include "sync/syncengine.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace std::chrono_literals;

class TestDecisions : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<OdooSimulator> m_simulator;
    std::unique_ptr<OdooConnection> m_connection;
    std::unique_ptr<Cache> m_cache;
    std::unique_ptr<Outbox> m_outbox;
    QList<SourceProfile> m_profiles;
    QTemporaryDir m_dir;
    QList<int> m_orders;

    QString orderState(int id) const
    {
        return m_simulator->database()
            ->rawValue(QStringLiteral("purchase.order"), id, QStringLiteral("state"))
            .toString();
    }

    bool startServer(int flavor, int orders)
    {
        SimulatorOptions options;
        options.flavor = flavor;
        options.populate = false;
        m_simulator = std::make_unique<OdooSimulator>(options);
        if (!m_simulator->start())
            return false;
        SimDatabase *db = m_simulator->database();
        const int vendor = db->insert(QStringLiteral("res.partner"),
                                      {{QStringLiteral("name"), QStringLiteral("Vendor")}}, 1);
        m_orders.clear();
        for (int i = 0; i < orders; ++i)
            m_orders.append(db->insert(
                QStringLiteral("purchase.order"),
                {{QStringLiteral("name"), QStringLiteral("P%1").arg(i + 1, 5, 10, QLatin1Char('0'))},
                 {QStringLiteral("partner_id"), vendor},
                 {QStringLiteral("state"), QStringLiteral("to approve")},
                 {QStringLiteral("amount_total"), 1000.0 + i}},
                1));
        return true;
    }

    // Connects, syncs the purchase orders into the cache (the queue the user sees) and opens the outbox.
    bool connectAndSync(const QString &login, std::chrono::milliseconds writeTimeout = 5s)
    {
        ConnectionSettings settings;
        settings.serverUrl = m_simulator->url();
        settings.database = m_simulator->options().database;
        settings.login = login;
        settings.readPolicy = RetryPolicy({{5s, 0ms}, {5s, 20ms}, {5s, 40ms}}, 0.0);
        settings.writePolicy = RetryPolicy::singleAttempt(writeTimeout);
        m_connection = std::make_unique<OdooConnection>(settings, login);
        QSignalSpy opened(m_connection.get(), &OdooConnection::opened);
        m_connection->open();
        if (!opened.wait(10000))
            return false;
        const QString file = m_dir.filePath(QStringLiteral("cache-%1-%2.sqlite")
                                                .arg(QString::fromLatin1(QTest::currentTestFunction()))
                                                .arg(QString::fromLatin1(QTest::currentDataTag())));
        QFile::remove(file);
        m_cache = Cache::open(file);
        m_outbox = Outbox::open(file);
        if (!m_cache || !m_outbox)
            return false;
        SourceCatalog catalog;
        catalog.loadBuiltIn();
        m_profiles.clear();
        for (const SourceProfile &profile : catalog.profiles())
            m_profiles.append(profile.forVersion(m_simulator->options().flavor));
        const auto purchase = catalog.profile(QStringLiteral("purchase_to_approve"));
        if (!purchase)
            return false;
        SyncEngine engine(m_connection.get(), m_cache.get(),
                          {purchase->forVersion(m_simulator->options().flavor)}, SyncEngine::Options());
        QSignalSpy done(&engine, &SyncEngine::roundFinished);
        engine.syncOnce();
        return done.wait(30000) && m_cache->itemCount() == m_orders.size();
    }

    QueueItem itemOf(int orderId) const
    {
        return m_cache->item(QStringLiteral("purchase.order:%1").arg(orderId)).value_or(QueueItem());
    }

    static DecisionService::Options fastRetries()
    {
        DecisionService::Options options;
        options.firstRetry = 50ms;
        options.maxRetry = 200ms;
        return options;
    }

    // Decides and waits until every decision settled; returns them as settled.
    QList<Decision> decideAndWait(DecisionService &service, const QList<DecisionService::Request> &requests)
    {
        QString error;
        const auto decided = service.decide(requests, &error);
        if (!decided) {
            qWarning("decide failed: %s", qPrintable(error));
            return {};
        }
        QSet<QString> open;
        for (const Decision &decision : *decided)
            open.insert(decision.id);
        QHash<QString, Decision> settled;
        connect(&service, &DecisionService::decisionSettled, this, [&](const Decision &decision) {
            if (open.remove(decision.id))
                settled.insert(decision.id, decision);
        });
        if (!QTest::qWaitFor([&] { return open.isEmpty(); }, 60000))
            qWarning("%d decisions did not settle in time", int(open.size()));
        QList<Decision> result;
        for (const Decision &decision : *decided)
            result.append(settled.value(decision.id, decision));
        return result;
    }

    int chatterNotesMentioning(int orderId, const QString &text) const
    {
        int count = 0;
        SimDatabase *db = m_simulator->database();
        for (const int id : db->allIds(QStringLiteral("mail.message"))) {
            if (db->rawValue(QStringLiteral("mail.message"), id, QStringLiteral("model")).toString() ==
                    QLatin1String("purchase.order") &&
                db->rawValue(QStringLiteral("mail.message"), id, QStringLiteral("res_id")).toInt() ==
                    orderId &&
                db->rawValue(QStringLiteral("mail.message"), id, QStringLiteral("body"))
                    .toString()
                    .contains(text))
                ++count;
        }
        return count;
    }

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void cleanup()
    {
        m_outbox.reset();
        m_cache.reset();
        m_connection.reset();
        m_simulator.reset();
    }

    void flavors_data()
    {
        QTest::addColumn<int>("flavor");
        QTest::newRow("17") << 17;
        QTest::newRow("18") << 18;
        QTest::newRow("19") << 19;
    }

    void approveOnceWithReasonInTheChatter_data() { flavors_data(); }
    void approveOnceWithReasonInTheChatter()
    {
        QFETCH(int, flavor);
        QVERIFY(startServer(flavor, 3));
        QVERIFY(connectAndSync(QStringLiteral("manager1")));
        DecisionService service(m_connection.get(), m_outbox.get(), m_profiles, fastRetries());
        QCOMPARE(service.actionsFor(itemOf(m_orders.at(0))),
                 (QList<Decision::Action>{Decision::Action::Approve, Decision::Action::Reject,
                                          Decision::Action::Delegate}));
        const QList<Decision> decided =
            decideAndWait(service, {{itemOf(m_orders.at(0)), Decision::Action::Approve,
                                     QStringLiteral("Budget checked with Anna"), QString()}});
        QCOMPARE(decided.size(), 1);
        QCOMPARE(decided.first().status, Decision::Status::Applied);
        QCOMPARE(orderState(m_orders.at(0)), QStringLiteral("purchase"));
        QCOMPARE(m_simulator->backend()->callCount(QStringLiteral("purchase.order"),
                                                   QStringLiteral("button_approve")),
                 1);
        QCOMPARE(service.writeCalls(), 1);
        QCOMPARE(chatterNotesMentioning(m_orders.at(0), QStringLiteral("Budget checked with Anna")), 1);
        const QList<AuditEntry> audit = m_outbox->audit(10);
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().outcome, Decision::Status::Applied);
        QCOMPARE(audit.first().userLogin, QStringLiteral("manager1"));
        QCOMPARE(audit.first().reason, QStringLiteral("Budget checked with Anna"));
        QVERIFY(m_outbox->pending().isEmpty());

        // Reject needs a reason; the reason lands in the chatter; the order is cancelled.
        QString error;
        QVERIFY(!service.decide(
            {{itemOf(m_orders.at(1)), Decision::Action::Reject, QStringLiteral(" "), QString()}}, &error));
        QVERIFY2(error.contains(QStringLiteral("reason")), qPrintable(error));
        QVERIFY(m_outbox->pending().isEmpty());
        const QList<Decision> rejected =
            decideAndWait(service, {{itemOf(m_orders.at(1)), Decision::Action::Reject,
                                     QStringLiteral("Duplicate of P00001"), QString()}});
        QCOMPARE(rejected.first().status, Decision::Status::Applied);
        QCOMPARE(orderState(m_orders.at(1)), QStringLiteral("cancel"));
        QCOMPARE(chatterNotesMentioning(m_orders.at(1), QStringLiteral("Duplicate of P00001")), 1);
    }

    void someoneElseDecidedFirst_data() { flavors_data(); }
    void someoneElseDecidedFirst()
    {
        QFETCH(int, flavor);
        QVERIFY(startServer(flavor, 2));
        QVERIFY(connectAndSync(QStringLiteral("manager1")));
        const QueueItem seen = itemOf(m_orders.at(0)); // what the user looks at
        QTest::qWait(1100);                            // a later second: write_date moves
        QVERIFY(
            m_simulator->backend()->decideAsSomeoneElse(QStringLiteral("purchase.order"), m_orders.at(0)));
        DecisionService service(m_connection.get(), m_outbox.get(), m_profiles, fastRetries());
        const QList<Decision> decided =
            decideAndWait(service, {{seen, Decision::Action::Approve, QString(), QString()}});
        QCOMPARE(decided.first().status, Decision::Status::Conflict);
        QVERIFY2(decided.first().message.contains(QStringLiteral("Someone else")),
                 qPrintable(decided.first().message));
        QCOMPARE(service.writeCalls(), 0);
        QCOMPARE(m_simulator->backend()->callCount(QStringLiteral("purchase.order"),
                                                   QStringLiteral("button_approve")),
                 0);
        QCOMPARE(m_outbox->audit(5).first().outcome, Decision::Status::Conflict);
    }

    void silentNoOpIsRefusedByOdoo()
    {
        QVERIFY(startServer(17, 1));
        QVERIFY(connectAndSync(QStringLiteral("buyer1"))); // a purchase user: approving does nothing
        DecisionService service(m_connection.get(), m_outbox.get(), m_profiles, fastRetries());
        const QList<Decision> decided = decideAndWait(
            service, {{itemOf(m_orders.at(0)), Decision::Action::Approve, QString(), QString()}});
        QCOMPARE(decided.first().status, Decision::Status::Refused);
        QVERIFY2(decided.first().message.contains(QStringLiteral("not allowed")),
                 qPrintable(decided.first().message));
        QCOMPARE(orderState(m_orders.at(0)), QStringLiteral("to approve"));
    }

    void faultsOnTheSend_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<int>("expectedWrites"); // write calls the client made
        // 502 from the proxy: Odoo never saw it, so it is sent again after re-reading.
        QTest::newRow("502") << int(SimFaults::Kind::BadGateway) << 2;
        // Odoo applied it, the answer was cut: the re-read shows it applied, nothing is re-sent.
        QTest::newRow("truncated answer") << int(SimFaults::Kind::Truncate) << 1;
        // The request hangs before Odoo runs it: it is sent again after re-reading.
        QTest::newRow("hang before applying") << int(SimFaults::Kind::Hang) << 2;
        // Odoo applied it but answered after the client's timeout: the re-read shows it applied.
        QTest::newRow("timeout after applying") << -1 << 1;
        QTest::newRow("connection dropped after applying") << int(SimFaults::Kind::Drop) << 1;
    }

    void faultsOnTheSend()
    {
        QFETCH(int, fault);
        QFETCH(int, expectedWrites);
        QVERIFY(startServer(18, 1));
        QVERIFY(connectAndSync(QStringLiteral("manager1"), 1500ms));
        DecisionService service(m_connection.get(), m_outbox.get(), m_profiles, fastRetries());
        // The fault hits the very request that carries the write.
        bool injected = false;
        connect(&service, &DecisionService::checkpoint, this,
                [this, fault, &injected](const QString &name, const QString &) {
                    if (name == QLatin1String("sending") && !injected) {
                        injected = true;
                        if (fault < 0)
                            m_simulator->server()->faults().setLatency(2500ms); // > the 1.5 s write timeout
                        else
                            m_simulator->server()->faults().failNext(1, SimFaults::Kind(fault));
                    }
                });
        connect(&service, &DecisionService::decisionChanged, this, [this](const Decision &decision) {
            if (decision.nextAttemptAt.isValid()) // the attempt ended: the network is fine again
                m_simulator->server()->faults().setLatency(0ms);
        });
        int sendings = 0;
        connect(&service, &DecisionService::checkpoint, this,
                [&sendings](const QString &name, const QString &) {
                    sendings += name == QLatin1String("sending") ? 1 : 0;
                });
        const QList<Decision> decided = decideAndWait(
            service,
            {{itemOf(m_orders.at(0)), Decision::Action::Approve, QStringLiteral("Fine by me"), QString()}});
        QVERIFY2(decided.first().status == Decision::Status::Applied, qPrintable(decided.first().message));
        QVERIFY(decided.first().attempts >= 2);
        QCOMPARE(orderState(m_orders.at(0)), QStringLiteral("purchase"));
        QCOMPARE(service.writeCalls(), expectedWrites);
        const int approvals = m_simulator->backend()->callCount(QStringLiteral("purchase.order"),
                                                                QStringLiteral("button_approve"));
        QCOMPARE(approvals, 1); // Odoo ran it exactly once
        QCOMPARE(chatterNotesMentioning(m_orders.at(0), QStringLiteral("Fine by me")), 1);
        QVERIFY(sendings >= 1);
    }

    void bulkWithConflictsReportsPerItem()
    {
        QVERIFY(startServer(17, 200));
        QVERIFY(connectAndSync(QStringLiteral("manager1")));
        QList<DecisionService::Request> requests;
        for (const int id : std::as_const(m_orders))
            requests.append({itemOf(id), Decision::Action::Approve, QString(), QString()});
        QTest::qWait(1100);
        QSet<int> decidedElsewhere;
        for (int i = 0; i < m_orders.size(); i += 10) {
            QVERIFY(m_simulator->backend()->decideAsSomeoneElse(QStringLiteral("purchase.order"),
                                                                m_orders.at(i)));
            decidedElsewhere.insert(m_orders.at(i));
        }
        DecisionService service(m_connection.get(), m_outbox.get(), m_profiles, fastRetries());
        const QList<Decision> decided = decideAndWait(service, requests);
        QCOMPARE(decided.size(), 200);
        const QString bulkId = decided.first().bulkId;
        QVERIFY(!bulkId.isEmpty());
        int applied = 0;
        int conflicts = 0;
        for (const Decision &decision : decided) {
            QCOMPARE(decision.bulkId, bulkId);
            const bool elsewhere = decidedElsewhere.contains(decision.resId);
            QCOMPARE(decision.status, elsewhere ? Decision::Status::Conflict : Decision::Status::Applied);
            applied += decision.status == Decision::Status::Applied;
            conflicts += decision.status == Decision::Status::Conflict;
        }
        QCOMPARE(applied, 180);
        QCOMPARE(conflicts, 20);
        QCOMPARE(service.writeCalls(), 180);
        QCOMPARE(m_simulator->backend()->callCount(QStringLiteral("purchase.order"),
                                                   QStringLiteral("button_approve")),
                 180);
        QCOMPARE(m_outbox->bulk(bulkId).size(), 200);
        QCOMPARE(m_outbox->audit(500).size(), 200);
    }

    void pendingDecisionsResumeAfterARestart()
    {
        QVERIFY(startServer(17, 1));
        QVERIFY(connectAndSync(QStringLiteral("manager1")));
        QString decisionId;
        {
            // The server is unreachable right now: the decision is saved and stays pending.
            m_simulator->server()->faults().setBadGatewayShare(1.0);
            DecisionService::Options options = fastRetries();
            options.firstRetry = 10min;
            DecisionService service(m_connection.get(), m_outbox.get(), m_profiles, options);
            QString error;
            const auto decided = service.decide(
                {{itemOf(m_orders.at(0)), Decision::Action::Approve, QString(), QString()}}, &error);
            QVERIFY2(decided, qPrintable(error));
            decisionId = decided->first().id;
            QTRY_VERIFY_WITH_TIMEOUT(m_outbox->decision(decisionId)->nextAttemptAt.isValid(), 20000);
            QCOMPARE(m_outbox->decision(decisionId)->status, Decision::Status::Pending);
        }
        m_simulator->server()->faults().setBadGatewayShare(0.0);
        // A new service (the app started again) finds it in the outbox and finishes it.
        Decision stored = *m_outbox->decision(decisionId);
        stored.nextAttemptAt = QDateTime();
        QVERIFY(m_outbox->update(stored));
        DecisionService service(m_connection.get(), m_outbox.get(), m_profiles, fastRetries());
        QSignalSpy settled(&service, &DecisionService::decisionSettled);
        service.resume();
        QVERIFY(settled.wait(20000));
        QCOMPARE(m_outbox->decision(decisionId)->status, Decision::Status::Applied);
        QCOMPARE(orderState(m_orders.at(0)), QStringLiteral("purchase"));
        QCOMPARE(m_simulator->backend()->callCount(QStringLiteral("purchase.order"),
                                                   QStringLiteral("button_approve")),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestDecisions)
#include "tst_decisions.moc"
