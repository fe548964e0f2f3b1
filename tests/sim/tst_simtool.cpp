// The hqtower-sim executable as a user starts it: it prints where it listens, serves
// hqtower-cli, prints every user's API key, and refuses bad options with exit code 2.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

class TestSimTool : public QObject
{
    Q_OBJECT

private:
    static int runToEnd(QProcess &process, const QStringList &arguments, QByteArray *output = nullptr)
    {
        process.start(QStringLiteral(HQ_SIM_PATH), arguments);
        if (!process.waitForFinished(60000))
            return -1;
        if (output)
            *output = process.readAllStandardOutput() + process.readAllStandardError();
        return process.exitCode();
    }

private Q_SLOTS:
    void servesTheCli()
    {
        QProcess simulator;
        simulator.start(QStringLiteral(HQ_SIM_PATH),
                        {QStringLiteral("--flavor"), QStringLiteral("18"), QStringLiteral("--port"),
                         QStringLiteral("0"), QStringLiteral("--seed"), QStringLiteral("3")});
        QByteArray banner;
        const QRegularExpression urlPattern(QStringLiteral("(http://127\\.0\\.0\\.1:\\d+)"));
        QRegularExpressionMatch match;
        QVERIFY(QTest::qWaitFor(
            [&] {
                banner += simulator.readAllStandardOutput();
                match = urlPattern.match(QString::fromUtf8(banner));
                return match.hasMatch() && banner.contains("records");
            },
            30000));
        QVERIFY2(banner.contains("60 stores"), banner.constData());
        QProcess cli;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HQ_TEST_SECRET"), QStringLiteral("admin"));
        cli.setProcessEnvironment(environment);
        cli.start(QStringLiteral(HQ_CLI_PATH),
                  {QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--url"),
                   match.captured(1), QStringLiteral("--db"), QStringLiteral("odoo18"),
                   QStringLiteral("--login"), QStringLiteral("admin"), QStringLiteral("--password-env"),
                   QStringLiteral("HQ_TEST_SECRET")});
        QVERIFY(QTest::qWaitFor([&cli] { return cli.state() == QProcess::NotRunning; }, 30000));
        QCOMPARE(cli.exitCode(), 0);
        const QJsonObject report = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        QCOMPARE(report.value(QLatin1String("server_version")).toString(), QStringLiteral("18.0-20250925"));
        QVERIFY(report.value(QLatin1String("modules")).toObject().value(QLatin1String("stock")).toBool());
        simulator.kill();
        simulator.waitForFinished();
    }

    void printsApiKeys()
    {
        QProcess process;
        QByteArray output;
        QCOMPARE(
            runToEnd(process,
                     {QStringLiteral("--flavor"), QStringLiteral("19"), QStringLiteral("--print-api-keys")},
                     &output),
            0);
        const QStringList lines = QString::fromUtf8(output).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.size() >= 9, output.constData()); // contract users + regional managers and buyers
        QVERIFY(output.contains("admin ") && output.contains("viewer1 "));
        for (const QString &line : lines)
            QVERIFY2(QRegularExpression(QStringLiteral("^\\S+ [0-9a-f]{40}$")).match(line).hasMatch(),
                     qPrintable(line));
    }

    void refusesBadOptions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("flavor") << QStringList{QStringLiteral("--flavor"), QStringLiteral("16")};
        QTest::newRow("scale") << QStringList{QStringLiteral("--scale"), QStringLiteral("-1")};
        QTest::newRow("fault share") << QStringList{QStringLiteral("--bad-gateway-share"),
                                                    QStringLiteral("lots")};
    }

    void refusesBadOptions()
    {
        QFETCH(QStringList, arguments);
        QProcess process;
        QByteArray output;
        QCOMPARE(runToEnd(process,
                          arguments + QStringList{QStringLiteral("--port"), QStringLiteral("0"),
                                                  QStringLiteral("--empty")},
                          &output),
                 2);
        QVERIFY(output.contains("hqtower-sim"));
    }
};

QTEST_GUILESS_MAIN(TestSimTool)
#include "tst_simtool.moc"
