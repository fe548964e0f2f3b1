// BusListener against the simulator's /websocket: hints arrive after writes, push is refused
// without a web session, and the listener recovers from dropped sockets and expired sessions.
#include "odoo/buslistener.h"
#include "odoo/odooconnection.h"
#include "sim/odoosimulator.h"
#include "sim/simbackend.h"
#include "sim/simbus.h"
#include "sim/simdatabase.h"
#include "sim/simhttpserver.h"
#include "sim/simsessions.h"

#include <QJsonArray>
#include <QtTest>

using namespace std::chrono_literals;

class TestBusListener : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<OdooSimulator> m_simulator;
    int m_order = 0;

    std::unique_ptr<OdooConnection> connect(ConnectionSettings::SecretKind kind)
    {
        ConnectionSettings settings;
        settings.serverUrl = m_simulator->url();
        settings.database = m_simulator->options().database;
        settings.login = QStringLiteral("manager1");
        settings.secretKind = kind;
        settings.wantLivePush = true;
        const QString secret = kind == ConnectionSettings::SecretKind::ApiKey
                                   ? m_simulator->backend()->apiKeys().value(QStringLiteral("manager1"))
                                   : QStringLiteral("manager1");
        auto connection = std::make_unique<OdooConnection>(settings, secret);
        QSignalSpy opened(connection.get(), &OdooConnection::opened);
        connection->open();
        if (!opened.wait(10000))
            return nullptr;
        return connection;
    }

    void writeOrder(OdooConnection &connection, const QString &note)
    {
        OdooCall *call =
            connection.call(QStringLiteral("purchase.order"), QStringLiteral("write"),
                            QJsonArray{QJsonArray{m_order}, QJsonObject{{QStringLiteral("origin"), note}}});
        QSignalSpy finished(call, &OdooCall::finished);
        QVERIFY(finished.wait(5000));
    }

    static bool waitForOrder(QSignalSpy &changes, int order)
    {
        return QTest::qWaitFor(
            [&] {
                for (const auto &change : changes) {
                    if (change.at(0).toString() == QLatin1String("purchase.order") &&
                        change.at(1).value<QList<int>>().contains(order))
                        return true;
                }
                return false;
            },
            5000);
    }

private Q_SLOTS:
    void init()
    {
        QFETCH_GLOBAL(int, flavor);
        SimulatorOptions options;
        options.flavor = flavor;
        options.populate = false;
        m_simulator = std::make_unique<OdooSimulator>(options);
        QVERIFY(m_simulator->start());
        m_simulator->server()->bus().setDeliveryDelay(20ms);
        SimDatabase *db = m_simulator->database();
        const int vendor = db->insert(QStringLiteral("res.partner"),
                                      {{QStringLiteral("name"), QStringLiteral("Vendor")}}, 1);
        m_order = db->insert(
            QStringLiteral("purchase.order"),
            {{QStringLiteral("partner_id"), vendor}, {QStringLiteral("state"), QStringLiteral("to approve")}},
            1);
    }

    void initTestCase_data()
    {
        QTest::addColumn<int>("flavor");
        QTest::newRow("17") << 17;
        QTest::newRow("18") << 18;
        QTest::newRow("19") << 19;
    }

    void hintsArriveAfterAWrite()
    {
        auto connection = connect(ConnectionSettings::SecretKind::Password);
        QVERIFY(connection);
        BusListener listener(connection.get());
        QSignalSpy changes(&listener, &BusListener::recordsChanged);
        listener.start();
        QTRY_COMPARE_WITH_TIMEOUT(listener.state(), BusListener::State::Listening, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(m_simulator->server()->bus().subscribedCount() > 0, 5000);
        writeOrder(*connection, QStringLiteral("first"));
        QVERIFY(waitForOrder(changes, m_order));
        QVERIFY(listener.lastNotificationId() > 0);
        QCOMPARE(listener.stateText(), QStringLiteral("Live updates on"));
    }

    void apiKeyGetsNoPush()
    {
        auto connection = connect(ConnectionSettings::SecretKind::ApiKey);
        QVERIFY(connection);
        BusListener listener(connection.get());
        listener.start();
        QCOMPARE(listener.state(), BusListener::State::Unavailable);
        QVERIFY(listener.stateText().contains(QStringLiteral("password")));
    }

    void recoversFromDroppedSocketsAndExpiredSessions()
    {
        auto connection = connect(ConnectionSettings::SecretKind::Password);
        QVERIFY(connection);
        BusListener listener(connection.get());
        listener.setReconnectDelays({50ms, 100ms});
        QSignalSpy changes(&listener, &BusListener::recordsChanged);
        listener.start();
        QTRY_COMPARE_WITH_TIMEOUT(listener.state(), BusListener::State::Listening, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(m_simulator->server()->bus().subscribedCount() > 0, 5000);

        m_simulator->server()->bus().dropAllConnections();
        QTRY_COMPARE_WITH_TIMEOUT(listener.state(), BusListener::State::Reconnecting, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(listener.state(), BusListener::State::Listening, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(m_simulator->server()->bus().subscribedCount() > 0, 5000);
        writeOrder(*connection, QStringLiteral("after drop"));
        QVERIFY(waitForOrder(changes, m_order));

        changes.clear();
        m_simulator->server()->sessions().expireAll();
        m_simulator->server()->bus().dropAllConnections();
        QTRY_COMPARE_WITH_TIMEOUT(listener.state(), BusListener::State::Reconnecting, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(listener.state(), BusListener::State::Listening, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(m_simulator->server()->bus().subscribedCount() > 0, 5000);
        writeOrder(*connection, QStringLiteral("after expiry"));
        QVERIFY2(waitForOrder(changes, m_order), "no hint after the session was renewed");
    }
};

QTEST_GUILESS_MAIN(TestBusListener)
#include "tst_buslistener.moc"
