// GUI smoke test: the real `hqtower --demo` binary under QT_QPA_PLATFORM=offscreen waits for its
// first sync and reports that the queue, the map and the charts show data.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

// ChartsPanel::ChartCount (this test runs the binary and links no GUI code).
constexpr int ChartCount = 5;

class TestSmoke : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoShowsQueueMapAndCharts()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcess app;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("HOME"), home.path()); // no saved connection, fresh settings
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        app.setProcessEnvironment(environment);
        app.start(QStringLiteral(HQ_APP_PATH),
                  {QStringLiteral("--demo"), QStringLiteral("--self-check"), QStringLiteral("120")});
        QVERIFY2(app.waitForFinished(180000), "hqtower did not finish");
        const QByteArray out = app.readAllStandardOutput();
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QVERIFY2(app.exitCode() == 0, out.constData());
        const QJsonObject summary = QJsonDocument::fromJson(out.trimmed().split('\n').last()).object();
        QVERIFY2(summary.value(QLatin1String("queue_rows")).toInt() > 500, out.constData());
        QVERIFY2(summary.value(QLatin1String("map_markers")).toInt() > 0, out.constData());
        // Every chart: four come from the queue, "approvals decided per day" from Odoo's own
        // history of decided approvals (read after the first sync).
        QVERIFY2(summary.value(QLatin1String("charts_with_data")).toInt() == ChartCount, out.constData());
        QCOMPARE(summary.value(QLatin1String("sync")).toString(), QStringLiteral("up_to_date"));
    }
};

QTEST_GUILESS_MAIN(TestSmoke)
#include "tst_smoke.moc"
