// hqtower-cli approve|reject|delegate as a user runs them against the in-process simulator: exit
// codes and output, a decision left pending while the server answers 502 and finished by the next
// run, and crash safety: the CLI killed with SIGKILL at each checkpoint of the outbox flow (and
// while Odoo's answer is on its way) never loses the decision nor applies it twice.
#include "cliprocess.h"
#include "sim/odoosimulator.h"
#include "sim/simbackend.h"
#include "sim/simdatabase.h"
#include "sim/simfaults.h"
#include "sim/simhttpserver.h"
#include "storage/outbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace std::chrono_literals;

namespace {

const QString kSecretVariable = QStringLiteral("HQ_TEST_SECRET");
const QString kPurchase = QStringLiteral("purchase.order");

} // namespace

class TestCliDecisions : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<OdooSimulator> m_simulator;
    QTemporaryDir m_dir;
    QList<int> m_orders;

    // A flavour 17 server with `amounts.size()` purchase orders waiting for approval.
    bool startServer(const QList<double> &amounts)
    {
        SimulatorOptions options;
        options.flavor = 17;
        options.populate = false;
        m_simulator = std::make_unique<OdooSimulator>(options);
        if (!m_simulator->start())
            return false;
        SimDatabase *db = m_simulator->database();
        const int vendor = db->insert(QStringLiteral("res.partner"),
                                      {{QStringLiteral("name"), QStringLiteral("Vendor")}}, 1);
        m_orders.clear();
        for (const double amount : amounts)
            m_orders.append(
                db->insert(kPurchase,
                           {{QStringLiteral("name"),
                             QStringLiteral("P%1").arg(m_orders.size() + 1, 5, 10, QLatin1Char('0'))},
                            {QStringLiteral("partner_id"), vendor},
                            {QStringLiteral("state"), QStringLiteral("to approve")},
                            {QStringLiteral("amount_total"), amount}},
                           1));
        return true;
    }

    QString cacheFile(const QString &login) const
    {
        QString tag = QString::fromLatin1(QTest::currentDataTag());
        tag.replace(QLatin1Char(' '), QLatin1Char('_'));
        return m_dir.filePath(QStringLiteral("%1-%2-%3.sqlite")
                                  .arg(QString::fromLatin1(QTest::currentTestFunction()), tag, login));
    }

    QStringList connection(const QString &login) const
    {
        return {QStringLiteral("--url"),          m_simulator->url().toString(),
                QStringLiteral("--db"),           m_simulator->options().database,
                QStringLiteral("--login"),        login,
                QStringLiteral("--password-env"), kSecretVariable,
                QStringLiteral("--cache"),        cacheFile(login)};
    }

    static QString itemId(int orderId) { return QStringLiteral("purchase.order:%1").arg(orderId); }

    static QProcessEnvironment environment(const QString &login, const QString &pauseAt = QString())
    {
        // The simulator's password is the login.
        QMap<QString, QString> variables{{kSecretVariable, login}};
        if (!pauseAt.isEmpty())
            variables.insert(QStringLiteral("HQ_TOWER_TEST_PAUSE_AT"), pauseAt);
        return CliProcess::environmentWith(variables, {QStringLiteral("HQ_TOWER_TEST_PAUSE_AT")});
    }

    static CliRun runCli(const QStringList &arguments, const QProcessEnvironment &environment)
    {
        return CliProcess::run(arguments, environment, 60000, QStringLiteral(HQ_CLI_CRASHTEST_PATH));
    }

    // `command` (approve, reject, delegate…) on the item, as `login`, against its own cache.
    CliRun decide(const QString &command, const QString &item, const QStringList &options,
                  const QString &login = QStringLiteral("manager1"))
    {
        return runCli(QStringList{command, item} + options + connection(login), environment(login));
    }

    bool sync(const QString &login)
    {
        const CliRun run =
            runCli(QStringList{QStringLiteral("sync"), QStringLiteral("--once")} + connection(login),
                   environment(login));
        if (run.exitCode != 0)
            qWarning("sync failed (%d): %s", run.exitCode, qPrintable(run.err));
        return run.exitCode == 0;
    }

    // `outbox --json` or `audit --json` (no network).
    QJsonArray report(const QString &command, const QString &login = QStringLiteral("manager1")) const
    {
        const CliRun run =
            runCli({command, QStringLiteral("--json"), QStringLiteral("--cache"), cacheFile(login)},
                   environment(login));
        if (run.exitCode != 0)
            qWarning("%s failed (%d): %s", qPrintable(command), run.exitCode, qPrintable(run.err));
        return QJsonDocument::fromJson(run.out).array();
    }

    static QList<QJsonObject> entriesFor(const QJsonArray &entries, const QString &item)
    {
        QList<QJsonObject> found;
        for (const QJsonValue &value : entries) {
            if (value.toObject().value(QLatin1String("item_id")).toString() == item)
                found.append(value.toObject());
        }
        return found;
    }

    static QList<QJsonObject> pendingIn(const QJsonArray &outbox)
    {
        QList<QJsonObject> found;
        for (const QJsonValue &value : outbox) {
            if (value.toObject().value(QLatin1String("status")).toString() == QLatin1String("pending"))
                found.append(value.toObject());
        }
        return found;
    }

    QString orderState(int id) const
    {
        return m_simulator->database()->rawValue(kPurchase, id, QStringLiteral("state")).toString();
    }

    int approvals() const
    {
        return m_simulator->backend()->callCount(kPurchase, QStringLiteral("button_approve"));
    }

    int chatterNotesMentioning(int orderId, const QString &text) const
    {
        int count = 0;
        SimDatabase *db = m_simulator->database();
        const QString model = QStringLiteral("mail.message");
        for (const int id : db->allIds(model)) {
            if (db->rawValue(model, id, QStringLiteral("model")).toString() == kPurchase &&
                db->rawValue(model, id, QStringLiteral("res_id")).toInt() == orderId &&
                db->rawValue(model, id, QStringLiteral("body")).toString().contains(text))
                ++count;
        }
        return count;
    }

    QList<int> activitiesFor(int orderId, int userId) const
    {
        QList<int> found;
        SimDatabase *db = m_simulator->database();
        const QString model = QStringLiteral("mail.activity");
        for (const int id : db->allIds(model)) {
            if (db->rawValue(model, id, QStringLiteral("res_model")).toString() == kPurchase &&
                db->rawValue(model, id, QStringLiteral("res_id")).toInt() == orderId &&
                db->rawValue(model, id, QStringLiteral("user_id")).toInt() == userId)
                found.append(id);
        }
        return found;
    }

    // Runs the CLI and kills it (SIGKILL) when it prints "PAUSED <pauseAt>" or, without a pause,
    // as soon as the server did what `serverDid` checks: from then on every answer takes 3 s (far
    // within the CLI's --timeout), so the CLI is killed while it waits for Odoo's answer.
    bool killMidway(const QStringList &arguments, const QString &pauseAt,
                    const std::function<bool()> &serverDid, QString *err)
    {
        SimFaults &faults = m_simulator->server()->faults();
        QMetaObject::Connection slowAnswers;
        if (pauseAt.isEmpty())
            slowAnswers = connect(m_simulator->database(), &SimDatabase::recordsChanged, this,
                                  [&faults, &serverDid](const QString &, const QList<int> &) {
                                      if (serverDid())
                                          faults.setLatency(3000ms);
                                  });
        QProcess process;
        process.setProcessEnvironment(environment(QStringLiteral("manager1"), pauseAt));
        process.start(QStringLiteral(HQ_CLI_CRASHTEST_PATH), arguments);
        const bool reached = QTest::qWaitFor(
            [&] {
                if (process.state() == QProcess::NotRunning)
                    return true;
                if (pauseAt.isEmpty())
                    return serverDid();
                *err += QString::fromUtf8(process.readAllStandardError());
                return err->contains(QStringLiteral("PAUSED %1").arg(pauseAt));
            },
            30000);
        const bool wasRunning = process.state() == QProcess::Running;
        process.kill(); // SIGKILL: no destructor, no flush, no goodbye
        const bool ended = process.waitForFinished(10000);
        disconnect(slowAnswers);
        faults.setLatency(0ms);
        *err += QString::fromUtf8(process.readAllStandardError());
        return reached && wasRunning && ended;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFile::exists(QStringLiteral(HQ_CLI_CRASHTEST_PATH)));
        QVERIFY(m_dir.isValid());
    }

    void cleanup() { m_simulator.reset(); }

    void exitCodesAndOutput()
    {
        QVERIFY(startServer({1000, 1100, 1200, 1300, 1400, 25000}));
        QVERIFY(sync(QStringLiteral("manager1")));
        QVERIFY(sync(QStringLiteral("buyer1")));
        QTest::qWait(1100); // write_date has second granularity: someone else's decision moves it

        // approve with a reason: applied once, the reason in the order's chatter.
        const CliRun approved =
            decide(QStringLiteral("approve"), itemId(m_orders.at(0)),
                   {QStringLiteral("--reason"), QStringLiteral("Budget checked with Anna")});
        QVERIFY2(approved.exitCode == 0, qPrintable(approved.err));
        QVERIFY2(approved.out.startsWith("Applied"), approved.out.constData());
        QCOMPARE(orderState(m_orders.at(0)), QStringLiteral("purchase"));
        QCOMPARE(approvals(), 1);
        QCOMPARE(chatterNotesMentioning(m_orders.at(0), QStringLiteral("Budget checked with Anna")), 1);

        // reject without --reason: a usage error before anything is saved or sent.
        const CliRun noReason = decide(QStringLiteral("reject"), itemId(m_orders.at(1)), {});
        QCOMPARE(noReason.exitCode, 2);
        QVERIFY2(noReason.err.contains(QStringLiteral("--reason")), qPrintable(noReason.err));
        QCOMPARE(m_simulator->backend()->callCount(kPurchase, QStringLiteral("button_cancel")), 0);
        QCOMPARE(orderState(m_orders.at(1)), QStringLiteral("to approve"));
        QVERIFY(entriesFor(report(QStringLiteral("outbox")), itemId(m_orders.at(1))).isEmpty());

        // Decided in the browser after the sync: a conflict, nothing sent.
        QVERIFY(m_simulator->backend()->decideAsSomeoneElse(kPurchase, m_orders.at(2)));
        const CliRun conflict = decide(QStringLiteral("approve"), itemId(m_orders.at(2)), {});
        QVERIFY2(conflict.exitCode == 6, qPrintable(conflict.err));
        QVERIFY2(conflict.out.startsWith("Conflict"), conflict.out.constData());
        QCOMPARE(approvals(), 1);

        // A purchase user: Odoo's button_approve silently does nothing.
        const CliRun refused =
            decide(QStringLiteral("approve"), itemId(m_orders.at(3)), {}, QStringLiteral("buyer1"));
        QVERIFY2(refused.exitCode == 7, qPrintable(refused.err));
        QVERIFY2(refused.out.startsWith("Refused by Odoo"), refused.out.constData());
        QCOMPARE(orderState(m_orders.at(3)), QStringLiteral("to approve"));
        QCOMPARE(approvals(), 2); // Odoo ran it (counted), it changed nothing

        // An id that is not in the cached queue.
        const CliRun unknown = decide(QStringLiteral("approve"), QStringLiteral("purchase.order:999999"), {});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(QStringLiteral("not in the cached queue")), qPrintable(unknown.err));

        // --json: one line, one object with the outcome.
        const CliRun json =
            decide(QStringLiteral("approve"), itemId(m_orders.at(4)), {QStringLiteral("--json")});
        QVERIFY2(json.exitCode == 0, qPrintable(json.err));
        QCOMPARE(json.out.trimmed().count('\n'), 0);
        QJsonParseError parseError;
        const QJsonObject outcome = QJsonDocument::fromJson(json.out, &parseError).object();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QCOMPARE(outcome.value(QLatin1String("status")).toString(), QStringLiteral("applied"));
        QCOMPARE(outcome.value(QLatin1String("item_id")).toString(), itemId(m_orders.at(4)));
        QVERIFY(!outcome.value(QLatin1String("decision_id")).toString().isEmpty());
        QCOMPARE(approvals(), 3);

        // Above --confirm-above: refused without --yes (nothing saved, nothing sent), fine with it.
        const QString big = itemId(m_orders.at(5));
        const CliRun unconfirmed = decide(QStringLiteral("approve"), big,
                                          {QStringLiteral("--confirm-above"), QStringLiteral("20000")});
        QCOMPARE(unconfirmed.exitCode, 2);
        QVERIFY2(unconfirmed.err.contains(QStringLiteral("--yes")), qPrintable(unconfirmed.err));
        QVERIFY(entriesFor(report(QStringLiteral("outbox")), big).isEmpty());
        QCOMPARE(approvals(), 3);
        const CliRun confirmed = decide(QStringLiteral("approve"), big,
                                        {QStringLiteral("--confirm-above"), QStringLiteral("20000"),
                                         QStringLiteral("--yes"), QStringLiteral("--json")});
        QVERIFY2(confirmed.exitCode == 0, qPrintable(confirmed.err));
        QCOMPARE(QJsonDocument::fromJson(confirmed.out).object().value(QLatin1String("status")).toString(),
                 QStringLiteral("applied"));
        QCOMPARE(orderState(m_orders.at(5)), QStringLiteral("purchase"));
        QCOMPARE(approvals(), 4);

        // The audit trail has one line per decision that reached the outbox.
        const QJsonArray audit = report(QStringLiteral("audit"));
        QCOMPARE(audit.size(), 4);
        QCOMPARE(entriesFor(audit, itemId(m_orders.at(2))).first().value(QLatin1String("outcome")).toString(),
                 QStringLiteral("conflict"));
    }

    void stillPendingIsFinishedByTheNextRun_data()
    {
        QTest::addColumn<bool>("beforeLogin");
        // Odoo answered the login; every request after it (the decision's reads and write) gets 502.
        QTest::newRow("502 after the login") << false;
        // Every request gets 502, the login too.
        QTest::newRow("502 from the start") << true;
    }

    void stillPendingIsFinishedByTheNextRun()
    {
        QFETCH(bool, beforeLogin);
        QVERIFY(startServer({1000}));
        QVERIFY(sync(QStringLiteral("manager1")));
        const QString item = itemId(m_orders.first());
        const QStringList options{QStringLiteral("--reason"), QStringLiteral("Fine by me")};

        SimFaults &faults = m_simulator->server()->faults();
        QMetaObject::Connection afterLogin;
        if (beforeLogin) {
            faults.setBadGatewayShare(1.0);
        } else {
            // The CLI asks GET /web/version, then logs in with the first /jsonrpc request.
            afterLogin = connect(m_simulator->server(), &SimHttpServer::requestAnswered, this,
                                 [&faults](const QByteArray &, const QByteArray &path, int status) {
                                     if (path == "/jsonrpc" && status == 200)
                                         faults.setBadGatewayShare(1.0);
                                 });
        }
        const CliRun pending = decide(QStringLiteral("approve"), item,
                                      options + QStringList{QStringLiteral("--wait"), QStringLiteral("3")});
        disconnect(afterLogin);
        QVERIFY2(pending.exitCode == 8, qPrintable(pending.err));
        QVERIFY2(pending.out.contains("Still pending"), pending.out.constData());
        const QList<QJsonObject> queued = entriesFor(report(QStringLiteral("outbox")), item);
        QCOMPARE(queued.size(), 1);
        QCOMPARE(queued.first().value(QLatin1String("status")).toString(), QStringLiteral("pending"));
        const QString decisionId = queued.first().value(QLatin1String("decision_id")).toString();
        QCOMPARE(approvals(), 0);
        {
            // As after a few failed attempts (here or in the desktop app): the next one is minutes away.
            const std::unique_ptr<Outbox> outbox = Outbox::open(cacheFile(QStringLiteral("manager1")));
            QVERIFY(outbox);
            std::optional<Decision> backedOff = outbox->decision(decisionId);
            QVERIFY(backedOff);
            backedOff->nextAttemptAt = QDateTime::currentDateTimeUtc().addSecs(600);
            QVERIFY(outbox->update(*backedOff));
        }

        // Run again by the user, it is sent now, not when the backoff ends.
        faults.setBadGatewayShare(0.0);
        const CliRun finished = decide(QStringLiteral("approve"), item,
                                       options + QStringList{QStringLiteral("--wait"), QStringLiteral("10")});
        QVERIFY2(finished.exitCode == 0, qPrintable(finished.err));
        QCOMPARE(approvals(), 1);
        QCOMPARE(orderState(m_orders.first()), QStringLiteral("purchase"));
        QVERIFY(pendingIn(report(QStringLiteral("outbox"))).isEmpty());
        const QList<QJsonObject> audit = entriesFor(report(QStringLiteral("audit")), item);
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().value(QLatin1String("decision_id")).toString(), decisionId);
        QCOMPARE(audit.first().value(QLatin1String("outcome")).toString(), QStringLiteral("applied"));
        QCOMPARE(chatterNotesMentioning(m_orders.first(), QStringLiteral("Fine by me")), 1);
    }

    void killedAndRunAgain_data()
    {
        QTest::addColumn<QString>("pauseAt");   // the CLI's checkpoint where it is killed, or:
        QTest::addColumn<QString>("killAfter"); // what Odoo did when the CLI is killed waiting for its answer
        QTest::addColumn<QString>("stageAtKill");
        QTest::addColumn<int>("approvalsAtKill");
        QTest::addColumn<int>("notesAtKill");
        QTest::newRow("queued") << QStringLiteral("queued") << QString() << QStringLiteral("queued") << 0
                                << 0;
        QTest::newRow("sending") << QStringLiteral("sending") << QString() << QStringLiteral("sending") << 0
                                 << 0;
        QTest::newRow("after the request was sent")
            << QString() << QStringLiteral("approval") << QStringLiteral("sending") << 1 << 0;
        QTest::newRow("answered") << QStringLiteral("answered") << QString() << QStringLiteral("sending") << 1
                                  << 0;
        QTest::newRow("after the note was posted")
            << QString() << QStringLiteral("note") << QStringLiteral("sending") << 1 << 1;
    }

    void killedAndRunAgain()
    {
        QFETCH(QString, pauseAt);
        QFETCH(QString, killAfter);
        QFETCH(QString, stageAtKill);
        QFETCH(int, approvalsAtKill);
        QFETCH(int, notesAtKill);
        QVERIFY(startServer({1000}));
        QVERIFY(sync(QStringLiteral("manager1")));
        const int order = m_orders.first();
        const QString item = itemId(order);
        const QString reason =
            QStringLiteral("Crash-tested reason %1").arg(QString::fromLatin1(QTest::currentDataTag()));
        const QStringList arguments = QStringList{QStringLiteral("approve"),   item,
                                                  QStringLiteral("--reason"),  reason,
                                                  QStringLiteral("--timeout"), QStringLiteral("10")} +
                                      connection(QStringLiteral("manager1"));
        const std::function<bool()> serverDid = [&]() -> bool {
            if (killAfter == QLatin1String("approval"))
                return orderState(order) == QLatin1String("purchase");
            return chatterNotesMentioning(order, reason) > 0;
        };
        QString err;
        QVERIFY2(killMidway(arguments, pauseAt, serverDid, &err), qPrintable(err));

        // What the killed process left behind: the decision, pending, at the expected stage.
        const QList<QJsonObject> left = entriesFor(report(QStringLiteral("outbox")), item);
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().value(QLatin1String("status")).toString(), QStringLiteral("pending"));
        QCOMPARE(left.first().value(QLatin1String("stage")).toString(), stageAtKill);
        QCOMPARE(approvals(), approvalsAtKill);
        QCOMPARE(chatterNotesMentioning(order, reason), notesAtKill);
        QVERIFY(report(QStringLiteral("audit")).isEmpty());

        // The same command again finishes that decision, whether or not Odoo had already applied it.
        const CliRun again = runCli(arguments, environment(QStringLiteral("manager1")));
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY2(again.out.startsWith("Applied"), again.out.constData());
        QCOMPARE(approvals(), 1);
        QCOMPARE(orderState(order), QStringLiteral("purchase"));
        QVERIFY(pendingIn(report(QStringLiteral("outbox"))).isEmpty());
        const QList<QJsonObject> audit = entriesFor(report(QStringLiteral("audit")), item);
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().value(QLatin1String("outcome")).toString(), QStringLiteral("applied"));
        QCOMPARE(audit.first().value(QLatin1String("decision_id")),
                 left.first().value(QLatin1String("decision_id")));
        QCOMPARE(chatterNotesMentioning(order, reason), 1);
    }

    void delegateSchedulesOneActivityPerDecision()
    {
        QVERIFY(startServer({1000, 1100}));
        QVERIFY(sync(QStringLiteral("manager1")));
        const int order = m_orders.first();
        const int buyer = m_simulator->backend()->uidForLogin(QStringLiteral("buyer1"));
        QVERIFY(buyer > 0);
        const QStringList options{QStringLiteral("--to"), QStringLiteral("buyer1"), QStringLiteral("--note"),
                                  QStringLiteral("Please check the prices")};

        const CliRun first = decide(QStringLiteral("delegate"), itemId(order), options);
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY2(first.out.startsWith("Applied"), first.out.constData());
        const QList<int> once = activitiesFor(order, buyer);
        QCOMPARE(once.size(), 1);
        const QString note =
            m_simulator->database()
                ->rawValue(QStringLiteral("mail.activity"), once.first(), QStringLiteral("note"))
                .toString();
        QVERIFY2(note.contains(QStringLiteral("Please check the prices")), qPrintable(note));
        QCOMPARE(orderState(order), QStringLiteral("to approve")); // still waits, now for buyer1

        // The same command again is a new decision (a new id, so a new marker): Odoo gets a second
        // activity. The marker only keeps one decision from scheduling twice (resumed after a crash).
        const CliRun second = decide(QStringLiteral("delegate"), itemId(order), options);
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        const QList<int> twice = activitiesFor(order, buyer);
        QCOMPARE(twice.size(), 2);
        const QList<QJsonObject> audit = entriesFor(report(QStringLiteral("audit")), itemId(order));
        QCOMPARE(audit.size(), 2);
        QVERIFY(audit.at(0).value(QLatin1String("decision_id")) !=
                audit.at(1).value(QLatin1String("decision_id")));

        // Killed once Odoo made the activity, before its answer arrived: the run that finishes the
        // decision finds the activity by its marker and makes no second one.
        const int other = m_orders.at(1);
        const QStringList arguments = QStringList{QStringLiteral("delegate"), itemId(other)} + options +
                                      connection(QStringLiteral("manager1"));
        QString err;
        QVERIFY2(killMidway(
                     arguments, QString(), [&] { return !activitiesFor(other, buyer).isEmpty(); }, &err),
                 qPrintable(err));
        const QList<QJsonObject> left = entriesFor(report(QStringLiteral("outbox")), itemId(other));
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().value(QLatin1String("stage")).toString(), QStringLiteral("sending"));
        const CliRun resumed = runCli(arguments, environment(QStringLiteral("manager1")));
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
        QCOMPARE(activitiesFor(other, buyer).size(), 1);
        QCOMPARE(chatterNotesMentioning(other, QStringLiteral("Please check the prices")), 1);
        const QList<QJsonObject> finished = entriesFor(report(QStringLiteral("audit")), itemId(other));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().value(QLatin1String("outcome")).toString(), QStringLiteral("applied"));
    }
};

QTEST_GUILESS_MAIN(TestCliDecisions)
#include "tst_clidecisions.moc"
