// hqtower-cli against the simulator, as a support engineer would run it: `check` gives the same
// kind of report as against real Odoo, for each simulated version.
#include "sim/odoosimulator.h"
#include "sim/simbackend.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

class TestSimCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void check_data()
    {
        QTest::addColumn<int>("flavor");
        QTest::addColumn<bool>("apiKey");
        QTest::addColumn<QString>("transport");
        QTest::newRow("17 password") << 17 << false << QStringLiteral("jsonrpc");
        QTest::newRow("18 api key") << 18 << true << QStringLiteral("jsonrpc");
        QTest::newRow("19 api key") << 19 << true << QStringLiteral("json2");
    }

    void check()
    {
        QFETCH(int, flavor);
        QFETCH(bool, apiKey);
        QFETCH(QString, transport);
        SimulatorOptions options;
        options.flavor = flavor;
        options.populate = false;
        options.optionalModules = {QStringLiteral("queue_job")};
        OdooSimulator simulator(options);
        QVERIFY(simulator.start());
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HQ_TEST_SECRET"),
                           apiKey ? simulator.backend()->apiKeys().value(QStringLiteral("manager1"))
                                  : QStringLiteral("manager1"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(HQ_CLI_PATH),
                      {QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--url"),
                       simulator.url().toString(), QStringLiteral("--db"), simulator.options().database,
                       QStringLiteral("--login"), QStringLiteral("manager1"),
                       apiKey ? QStringLiteral("--api-key-env") : QStringLiteral("--password-env"),
                       QStringLiteral("HQ_TEST_SECRET")});
        QVERIFY(QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 30000));
        const QByteArray errors = process.readAllStandardError();
        QVERIFY2(process.exitCode() == 0, errors.constData());
        const QJsonObject report = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        QCOMPARE(report.value(QLatin1String("server_version")).toString(),
                 simulator.backend()->versionInfo().value(QLatin1String("server_version")).toString());
        QCOMPARE(report.value(QLatin1String("transport")).toString(), transport);
        QCOMPARE(report.value(QLatin1String("uid")).toInt(),
                 simulator.backend()->uidForLogin(QStringLiteral("manager1")));
        QCOMPARE(report.value(QLatin1String("user")).toString(), QStringLiteral("manager1"));
        const QJsonObject modules = report.value(QLatin1String("modules")).toObject();
        QCOMPARE(modules.size(), 9);
        QVERIFY(modules.value(QLatin1String("purchase")).toBool());
        QVERIFY(modules.value(QLatin1String("queue_job")).toBool());
        QVERIFY(!modules.value(QLatin1String("approvals")).toBool());
        QVERIFY(!report.contains(QLatin1String("warning")));
    }
};

QTEST_GUILESS_MAIN(TestSimCli)
#include "tst_simcli.moc"
