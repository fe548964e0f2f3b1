// ConnectionSupervisor against real servers on 127.0.0.1: a server that is down when the app starts
// is tried again with growing delays and connected to once it is up; a refused password is handed
// on once and not tried again; an answer that is not Odoo's is given up on at once.
#include "odoo/odooconnection.h"
#include "scriptedhttpserver.h"
#include "session/connectionsupervisor.h"
#include "sim/odoosimulator.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace std::chrono_literals;

namespace {

quint16 freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    return server.serverPort();
}

ConnectionSettings settingsFor(const QUrl &url, const QString &database)
{
    ConnectionSettings settings;
    settings.serverUrl = url;
    settings.database = database;
    settings.login = QStringLiteral("manager1");
    // One quick attempt per open: the supervisor, not the job's retry table, is under test here.
    settings.readPolicy = RetryPolicy::singleAttempt(2s);
    return settings;
}

// A clock the test moves by hand.
struct FakeClock
{
    QDateTime now = QDateTime(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC);
};

} // namespace

class ConnectionSupervisorTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void delaysDoubleUpToTheLimit_data()
    {
        QTest::addColumn<int>("failures");
        QTest::addColumn<int>("delayMs");
        QTest::newRow("first") << 1 << 5000;
        QTest::newRow("second") << 2 << 10000;
        QTest::newRow("third") << 3 << 20000;
        QTest::newRow("seventh") << 7 << 300000;
        QTest::newRow("many") << 40 << 300000;
    }

    void delaysDoubleUpToTheLimit()
    {
        QFETCH(int, failures);
        QFETCH(int, delayMs);
        QCOMPARE(ConnectionSupervisor::delayAfter(failures, ConnectionSupervisor::Options()).count(),
                 delayMs);
    }

    void whatIsWorthRetrying_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("retry");
        QTest::newRow("network") << int(OdooError::Kind::Network) << 0 << true;
        QTest::newRow("timeout") << int(OdooError::Kind::Timeout) << 0 << true;
        QTest::newRow("502") << int(OdooError::Kind::Server) << 502 << true;
        QTest::newRow("500") << int(OdooError::Kind::Server) << 500 << true;
        QTest::newRow("auth") << int(OdooError::Kind::Auth) << 0 << false;
        QTest::newRow("tls") << int(OdooError::Kind::Tls) << 0 << false;
        QTest::newRow("protocol") << int(OdooError::Kind::Protocol) << 200 << false;
    }

    void whatIsWorthRetrying()
    {
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(bool, retry);
        QCOMPARE(ConnectionSupervisor::isWorthRetrying(
                     OdooError(OdooError::Kind(kind), QStringLiteral("x"), {}, status)),
                 retry);
    }

    void serverDownAtStartIsTriedAgainUntilItIsUp()
    {
        const quint16 port = freePort();
        OdooConnection connection(
            settingsFor(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), QStringLiteral("odoo17")),
            QStringLiteral("manager1"));
        FakeClock clock;
        ConnectionSupervisor::Options options;
        options.firstDelay = 50ms;
        options.maxDelay = 200ms;
        options.now = [&clock] { return clock.now; };
        ConnectionSupervisor supervisor(&connection, options);
        QList<QDateTime> retryTimes;
        connect(&supervisor, &ConnectionSupervisor::stateChanged, this,
                [&](ConnectionSupervisor::State state) {
                    if (state == ConnectionSupervisor::State::WaitingToRetry) {
                        retryTimes.append(supervisor.retryAt());
                        clock.now = clock.now.addSecs(1);
                    }
                });
        QSignalSpy gaveUp(&supervisor, &ConnectionSupervisor::gaveUp);
        supervisor.start();
        QTRY_VERIFY_WITH_TIMEOUT(supervisor.failures() >= 3, 10000);
        QCOMPARE(supervisor.lastError().kind(), OdooError::Kind::Network);
        QCOMPARE(supervisor.firstFailureAt(), QDateTime(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC));
        // 50, 100, 200 ms after the clock of each failure.
        QVERIFY(retryTimes.size() >= 3);
        QCOMPARE(retryTimes.at(0), QDateTime(QDate(2026, 12, 3), QTime(9, 0, 0, 50), Qt::UTC));
        QCOMPARE(retryTimes.at(1), QDateTime(QDate(2026, 12, 3), QTime(9, 0, 1, 100), Qt::UTC));
        QCOMPARE(retryTimes.at(2), QDateTime(QDate(2026, 12, 3), QTime(9, 0, 2, 200), Qt::UTC));

        // The server comes up on that port: the next attempt connects.
        SimulatorOptions simulatorOptions;
        simulatorOptions.populate = false;
        OdooSimulator simulator(simulatorOptions);
        QString error;
        QVERIFY2(simulator.start(QHostAddress::LocalHost, port, &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(supervisor.state(), ConnectionSupervisor::State::Connected, 10000);
        QCOMPARE(connection.state(), OdooConnection::State::Connected);
        QCOMPARE(supervisor.failures(), 0);
        QVERIFY(!supervisor.retryAt().isValid());
        QCOMPARE(gaveUp.size(), 0);
    }

    void retryNowSkipsTheWait()
    {
        const quint16 port = freePort();
        OdooConnection connection(
            settingsFor(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), QStringLiteral("odoo17")),
            QStringLiteral("manager1"));
        ConnectionSupervisor::Options options;
        options.firstDelay = 1h;
        ConnectionSupervisor supervisor(&connection, options);
        supervisor.start();
        QTRY_COMPARE_WITH_TIMEOUT(supervisor.state(), ConnectionSupervisor::State::WaitingToRetry, 10000);
        SimulatorOptions simulatorOptions;
        simulatorOptions.populate = false;
        OdooSimulator simulator(simulatorOptions);
        QVERIFY(simulator.start(QHostAddress::LocalHost, port));
        supervisor.retryNow();
        QTRY_COMPARE_WITH_TIMEOUT(supervisor.state(), ConnectionSupervisor::State::Connected, 10000);
    }

    void refusedPasswordIsHandedOnOnceAndNotRetried()
    {
        SimulatorOptions simulatorOptions;
        simulatorOptions.populate = false;
        OdooSimulator simulator(simulatorOptions);
        QVERIFY(simulator.start());
        OdooConnection connection(settingsFor(simulator.url(), simulator.options().database),
                                  QStringLiteral("not-the-password"));
        ConnectionSupervisor::Options options;
        options.firstDelay = 10ms;
        ConnectionSupervisor supervisor(&connection, options);
        QSignalSpy refused(&supervisor, &ConnectionSupervisor::secretRefused);
        supervisor.start();
        QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, 10000);
        QCOMPARE(supervisor.state(), ConnectionSupervisor::State::SecretRefused);
        QTest::qWait(100);
        QCOMPARE(refused.size(), 1);
        QCOMPARE(supervisor.failures(), 1);
    }

    void anAnswerThatIsNotOdooIsGivenUpOn()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const RecordedRequest &) {
            return CannedResponse::html(200, "<html><body>Welcome to our intranet</body></html>");
        });
        OdooConnection connection(settingsFor(server.baseUrl(), QStringLiteral("odoo17")),
                                  QStringLiteral("x"));
        ConnectionSupervisor::Options options;
        options.firstDelay = 10ms;
        ConnectionSupervisor supervisor(&connection, options);
        QSignalSpy gaveUp(&supervisor, &ConnectionSupervisor::gaveUp);
        supervisor.start();
        QTRY_COMPARE_WITH_TIMEOUT(gaveUp.size(), 1, 10000);
        QCOMPARE(supervisor.state(), ConnectionSupervisor::State::GaveUp);
        const qsizetype requests = server.requests().size();
        QTest::qWait(100);
        QCOMPARE(server.requests().size(), requests);
    }
};

QTEST_GUILESS_MAIN(ConnectionSupervisorTest)
#include "tst_connectionsupervisor.moc"
