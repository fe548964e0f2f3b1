// hqtower-cli as a user runs it: a real process against a loopback server that answers with the
// responses captured from real Odoo servers. Checks output, exit codes and that no secret leaks.
#include "cliprocess.h"
#include "contractlibrary.h"
#include "odooreplies.h"
#include "scriptedhttpserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSslKey>
#include <QTcpServer>
#include <QtTest>

namespace {

const QString kSecret = QStringLiteral("admin"); // the contract's admin password
const QString kApiKey = QStringLiteral("<API_KEY>");

// Answers like the captured Odoo of one version: recorded exchanges where the contract has
// them, and for the probe's two reads the rows the recorded installation implies.
class ContractOdoo
{
public:
    explicit ContractOdoo(QString version)
        : m_version(std::move(version))
    {
        QFile modulesFile(ContractLibrary::directory() +
                          QStringLiteral("/schema/%1/_installed_modules.json").arg(m_version));
        if (modulesFile.open(QIODevice::ReadOnly)) {
            for (const QJsonValue &row : QJsonDocument::fromJson(modulesFile.readAll()).array())
                m_installed.insert(row.toArray().at(0).toString());
        }
    }

    QString database() const { return QStringLiteral("odoo") + m_version; }
    bool forbidPurchase = false;

    CannedResponse handle(const RecordedRequest &request) const
    {
        if (request.path() == "/web/version")
            return CannedResponse::html(404, "<!DOCTYPE html><title>404 | Page not found</title>");
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        const QJsonObject params = body.value(QLatin1String("params")).toObject();
        const QJsonArray args = params.value(QLatin1String("args")).toArray();
        const QString method = params.value(QLatin1String("method")).toString();
        if (request.path() == "/jsonrpc" && method == QLatin1String("version"))
            return recorded(QStringLiteral("04"));
        if (request.path() == "/jsonrpc" && method == QLatin1String("login")) {
            if (args.at(0).toString() != database())
                return recorded(QStringLiteral("10"));
            return recorded(args.at(2).toString() == kSecret || args.at(2).toString() == kApiKey
                                ? QStringLiteral("05")
                                : QStringLiteral("07"));
        }
        if (request.path() == "/jsonrpc" && method == QLatin1String("execute_kw"))
            return answer(args.at(3).toString(), args.at(4).toString(), args.at(5).toArray().first());
        if (request.path().startsWith("/json/2/")) {
            if (m_version != QLatin1String("19"))
                return recorded(QStringLiteral("56"));
            if (request.headers.value("authorization") != "bearer " + kApiKey.toUtf8())
                return recorded(QStringLiteral("57"));
            const QList<QByteArray> parts = request.path().split('/');
            if (parts.value(4) == "context_get")
                return recorded(QStringLiteral("70"));
            const QJsonObject named = QJsonDocument::fromJson(request.body).object();
            CannedResponse response =
                answer(QString::fromUtf8(parts.value(3)), QString::fromUtf8(parts.value(4)),
                       named.value(QLatin1String("domain")));
            // JSON-2 returns the bare result.
            response.body =
                QJsonDocument(
                    QJsonDocument::fromJson(response.body).object().value(QLatin1String("result")).toArray())
                    .toJson(QJsonDocument::Compact);
            return response;
        }
        return CannedResponse::html(404, "<title>404</title>");
    }

private:
    CannedResponse recorded(const QString &number) const
    {
        return ContractLibrary::exchange(m_version, number).asCannedResponse();
    }

    CannedResponse answer(const QString &model, const QString &method, const QJsonValue &firstArg) const
    {
        if (model == QLatin1String("res.users") && method == QLatin1String("read")) {
            return CannedResponse::json(OdooReplies::result(QJsonArray{
                QJsonObject{{QStringLiteral("id"), 2},
                            {QStringLiteral("name"), QStringLiteral("Mitchell Admin")},
                            {QStringLiteral("company_id"), QJsonArray{1, QStringLiteral("YourCompany")}}}}));
        }
        if (model == QLatin1String("ir.module.module") && method == QLatin1String("search_read")) {
            QJsonArray rows;
            const QJsonArray names = firstArg.toArray().first().toArray().at(2).toArray();
            for (const QJsonValue &name : names) {
                if (m_installed.contains(name.toString()))
                    rows.append(QJsonObject{{QStringLiteral("name"), name},
                                            {QStringLiteral("state"), QStringLiteral("installed")}});
            }
            return CannedResponse::json(OdooReplies::result(rows));
        }
        if (model == QLatin1String("purchase.order") && forbidPurchase)
            return recorded(QStringLiteral("28"));
        if (model == QLatin1String("purchase.order") && method == QLatin1String("search_read"))
            return recorded(QStringLiteral("27"));
        return recorded(QStringLiteral("39"));
    }

    QString m_version;
    QSet<QString> m_installed;
};

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<ContractOdoo> m_odoo;

    void serve(const QString &version)
    {
        m_odoo = std::make_unique<ContractOdoo>(version);
        m_server->setHandler([this](const RecordedRequest &request) { return m_odoo->handle(request); });
    }

    static CliRun runCli(const QStringList &arguments, const QMap<QString, QString> &environment = {})
    {
        return CliProcess::run(arguments, CliProcess::environmentWith(environment), 30000);
    }

    QStringList connectionArguments(const QString &database,
                                    const QString &secretOption = QStringLiteral("--password-env"),
                                    const QString &variable = QStringLiteral("HQ_TEST_SECRET")) const
    {
        return {QStringLiteral("--url"),   m_server->baseUrl().toString(), QStringLiteral("--db"), database,
                QStringLiteral("--login"), QStringLiteral("admin"),        secretOption,           variable};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFile::exists(QStringLiteral(HQ_CLI_PATH)));
        if (!ContractLibrary::isAvailable())
            QFAIL("Odoo contract not found (tests/fixtures/odoo-contract, or HQ_ODOO_CONTRACT_DIR)");
    }

    void init()
    {
        m_server = std::make_unique<ScriptedHttpServer>();
        QVERIFY(m_server->listen());
        serve(QStringLiteral("17"));
    }

    void versionAndHelp()
    {
        const CliRun version = runCli({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(version.outText().startsWith(QStringLiteral("hqtower-cli ")), version.out.constData());
        const CliRun help = runCli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const QString &word :
             {QStringLiteral("check"), QStringLiteral("call"), QStringLiteral("--password-env"),
              QStringLiteral("--api-key-env"), QStringLiteral("--json"), QStringLiteral("Exit codes")})
            QVERIFY2(help.outText().contains(word), qPrintable(word));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no command") << QStringList() << QStringLiteral("no command");
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("unknown command");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("check"), QStringLiteral("--bogus")} << QStringLiteral("bogus");
        QTest::newRow("missing db") << QStringList{QStringLiteral("check"),
                                                   QStringLiteral("--url"),
                                                   QStringLiteral("http://127.0.0.1:1"),
                                                   QStringLiteral("--login"),
                                                   QStringLiteral("admin"),
                                                   QStringLiteral("--password-env"),
                                                   QStringLiteral("HQ_TEST_SECRET")}
                                    << QStringLiteral("--db");
        QTest::newRow("no secret option") << QStringList{QStringLiteral("check"),
                                                         QStringLiteral("--url"),
                                                         QStringLiteral("http://127.0.0.1:1"),
                                                         QStringLiteral("--db"),
                                                         QStringLiteral("x"),
                                                         QStringLiteral("--login"),
                                                         QStringLiteral("admin")}
                                          << QStringLiteral("--password-env");
        QTest::newRow("unset variable") << QStringList{QStringLiteral("check"),
                                                       QStringLiteral("--url"),
                                                       QStringLiteral("http://127.0.0.1:1"),
                                                       QStringLiteral("--db"),
                                                       QStringLiteral("x"),
                                                       QStringLiteral("--login"),
                                                       QStringLiteral("admin"),
                                                       QStringLiteral("--password-env"),
                                                       QStringLiteral("HQ_TEST_NOT_SET_ANYWHERE")}
                                        << QStringLiteral("HQ_TEST_NOT_SET_ANYWHERE");
        QTest::newRow("bad args json")
            << QStringList{QStringLiteral("call"), QStringLiteral("res.partner"), QStringLiteral("read"),
                           QStringLiteral("--args"), QStringLiteral("{not json")}
            << QStringLiteral("--args");
        QTest::newRow("call without method")
            << QStringList{QStringLiteral("call"), QStringLiteral("res.partner")}
            << QStringLiteral("MODEL and METHOD");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const CliRun run = runCli(arguments, {{QStringLiteral("HQ_TEST_SECRET"), kSecret}});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
        QVERIFY(m_server->requests().isEmpty());
    }

    void checkPrintsJson_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("secretOption");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("transport");
        QTest::newRow("17 password") << QStringLiteral("17") << QStringLiteral("--password-env") << kSecret
                                     << QStringLiteral("jsonrpc");
        QTest::newRow("18 api key") << QStringLiteral("18") << QStringLiteral("--api-key-env") << kApiKey
                                    << QStringLiteral("jsonrpc");
        QTest::newRow("19 api key") << QStringLiteral("19") << QStringLiteral("--api-key-env") << kApiKey
                                    << QStringLiteral("json2");
    }

    void checkPrintsJson()
    {
        QFETCH(QString, version);
        QFETCH(QString, secretOption);
        QFETCH(QString, secret);
        QFETCH(QString, transport);
        serve(version);
        const CliRun run = runCli(QStringList{QStringLiteral("check"), QStringLiteral("--json")} +
                                      connectionArguments(m_odoo->database(), secretOption),
                                  {{QStringLiteral("HQ_TEST_SECRET"), secret}});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject result = QJsonDocument::fromJson(run.out).object();
        const QString recordedVersion =
            QJsonDocument::fromJson(ContractLibrary::exchange(version, QStringLiteral("04")).responseBody)
                .object()
                .value(QLatin1String("result"))
                .toObject()
                .value(QLatin1String("server_version"))
                .toString();
        QCOMPARE(result.value(QLatin1String("server_version")).toString(), recordedVersion);
        QCOMPARE(result.value(QLatin1String("transport")).toString(), transport);
        QCOMPARE(result.value(QLatin1String("uid")).toInt(), 2);
        QCOMPARE(result.value(QLatin1String("user")).toString(), QStringLiteral("Mitchell Admin"));
        const QJsonObject modules = result.value(QLatin1String("modules")).toObject();
        QCOMPARE(modules.size(), 9);
        QCOMPARE(modules.value(QLatin1String("purchase")).toBool(), true);
        QCOMPARE(modules.value(QLatin1String("base_automation")).toBool(), true);
        QCOMPARE(modules.value(QLatin1String("queue_job")).toBool(), false);
        QCOMPARE(modules.value(QLatin1String("approvals")).toBool(), false);
        QVERIFY(!run.outText().contains(secret) || secret == QStringLiteral("admin"));
        QVERIFY(!run.err.contains(secret) || secret == QStringLiteral("admin"));
    }

    void checkPrintsPlainText()
    {
        const CliRun run =
            runCli(QStringList{QStringLiteral("check")} + connectionArguments(QStringLiteral("odoo17")),
                   {{QStringLiteral("HQ_TEST_SECRET"), kSecret}});
        QCOMPARE(run.exitCode, 0);
        qInfo().noquote() << "hqtower-cli check printed:\n" << run.outText();
        for (const QString &expected :
             {QStringLiteral("17.0-20240709"), QStringLiteral("jsonrpc"),
              QStringLiteral("Mitchell Admin (uid 2)"), QStringLiteral("YourCompany"),
              QStringLiteral("point_of_sale"), QStringLiteral("not installed")})
            QVERIFY2(run.outText().contains(expected),
                     qPrintable(expected + QStringLiteral(" missing in:\n") + run.outText()));
    }

    void checkFailures_data()
    {
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<bool>("refused");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("wrong password") << QStringLiteral("odoo17") << QStringLiteral("not-the-password-91")
                                        << false << 3 << QStringLiteral("Wrong login");
        QTest::newRow("unknown database") << QStringLiteral("no_such_db") << kSecret << false << 3
                                          << QStringLiteral("\"no_such_db\" does not exist");
        QTest::newRow("connection refused")
            << QStringLiteral("odoo17") << kSecret << true << 4 << QStringLiteral("refused");
    }

    void checkFailures()
    {
        QFETCH(QString, database);
        QFETCH(QString, secret);
        QFETCH(bool, refused);
        QFETCH(int, exitCode);
        QFETCH(QString, mentions);
        QStringList arguments =
            QStringList{QStringLiteral("check"), QStringLiteral("--timeout"), QStringLiteral("5")} +
            connectionArguments(database);
        if (refused) {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            arguments[4] = QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort());
            probe.close();
        }
        const CliRun run = runCli(arguments, {{QStringLiteral("HQ_TEST_SECRET"), secret}});
        qInfo().noquote() << "hqtower-cli check failed with" << run.exitCode << ":" << run.err;
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
        QVERIFY(!run.err.contains(QStringLiteral("Traceback")));
        QVERIFY(!run.err.contains(QStringLiteral("5432"))); // no database server details
        QVERIFY(!run.outText().contains(secret));
        QVERIFY(!run.err.contains(secret));
    }

    void callPrintsResult()
    {
        const CliRun run =
            runCli(QStringList{QStringLiteral("call"), QStringLiteral("purchase.order"),
                               QStringLiteral("search_read"), QStringLiteral("--args"),
                               QStringLiteral(R"([[["state", "=", "to approve"]]])"),
                               QStringLiteral("--kwargs"), QStringLiteral(R"({"fields": ["name"]})")} +
                       connectionArguments(QStringLiteral("odoo17")),
                   {{QStringLiteral("HQ_TEST_SECRET"), kSecret}});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonArray rows = QJsonDocument::fromJson(run.out).array();
        QVERIFY(!rows.isEmpty());
        QCOMPARE(rows.first().toObject().value(QLatin1String("state")).toString(),
                 QStringLiteral("to approve"));
        const QList<RecordedRequest> calls = m_server->requestsTo("/jsonrpc");
        const QJsonArray sentArgs = QJsonDocument::fromJson(calls.last().body)
                                        .object()
                                        .value(QLatin1String("params"))
                                        .toObject()
                                        .value(QLatin1String("args"))
                                        .toArray();
        QCOMPARE(sentArgs.at(4).toString(), QStringLiteral("search_read"));
        QCOMPARE(sentArgs.at(6).toObject().value(QLatin1String("fields")).toArray().first().toString(),
                 QStringLiteral("name"));
    }

    void callReportsTypedError()
    {
        m_odoo->forbidPurchase = true;
        const CliRun run = runCli(QStringList{QStringLiteral("call"), QStringLiteral("purchase.order"),
                                              QStringLiteral("button_approve"), QStringLiteral("--args"),
                                              QStringLiteral("[[19]]")} +
                                      connectionArguments(QStringLiteral("odoo17")),
                                  {{QStringLiteral("HQ_TEST_SECRET"), kSecret}});
        QCOMPARE(run.exitCode, 5);
        QVERIFY2(run.err.contains(QStringLiteral("Error (Access)")), qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("not allowed to access 'Purchase Order'")));
        QVERIFY(!run.err.contains(QStringLiteral("traceback omitted")));
    }

    void tlsNeedsTrust()
    {
        m_server = std::make_unique<ScriptedHttpServer>();
        QVERIFY(m_server->listenTlsWithTestCertificate());
        serve(QStringLiteral("17"));
        const QStringList arguments =
            QStringList{QStringLiteral("check")} + connectionArguments(QStringLiteral("odoo17"));
        const CliRun untrusted = runCli(arguments, {{QStringLiteral("HQ_TEST_SECRET"), kSecret}});
        QCOMPARE(untrusted.exitCode, 4);
        QVERIFY2(untrusted.err.contains(QStringLiteral("certificate")), qPrintable(untrusted.err));
        const CliRun trusted = runCli(
            arguments + QStringList{QStringLiteral("--ca-file"), ScriptedHttpServer::testCertificatePath()},
            {{QStringLiteral("HQ_TEST_SECRET"), kSecret}});
        QVERIFY2(trusted.exitCode == 0, qPrintable(trusted.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
