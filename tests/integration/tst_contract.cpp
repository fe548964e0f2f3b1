// Contract tests, driven by the exchanges captured from real Odoo 17, 18 and 19 servers
// (../shared/odoo-contract). For every HTTP exchange a client makes, the real job sends its
// request to a loopback server that answers with the recorded response; the test checks that
// the request matches the recorded one and that the outcome is the right result or error.
#include "contractlibrary.h"
#include "odoo/executejob.h"
#include "odoo/json2transport.h"
#include "odoo/jsonrpccodec.h"
#include "odoo/jsonrpctransport.h"
#include "odoo/loginjob.h"
#include "odoo/versionjob.h"
#include "odoo/websessionjob.h"
#include "odoo/websessiontransport.h"
#include "scriptedhttpserver.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QtTest>

#include <memory>

Q_DECLARE_METATYPE(ContractExchange)

namespace {

using Kind = OdooError::Kind;

// What the README and METHODS.md of the contract say each server exception means.
Kind expectedKindForException(const QString &name, const QString &message)
{
    static const QHash<QString, Kind> kinds = {
        {QStringLiteral("odoo.exceptions.AccessDenied"), Kind::Auth},
        {QStringLiteral("odoo.exceptions.AccessError"), Kind::Access},
        {QStringLiteral("odoo.exceptions.ValidationError"), Kind::Validation},
        {QStringLiteral("odoo.exceptions.MissingError"), Kind::Missing},
        {QStringLiteral("odoo.http.SessionExpiredException"), Kind::SessionExpired},
        {QStringLiteral("werkzeug.exceptions.Unauthorized"), Kind::Auth},
        {QStringLiteral("werkzeug.exceptions.NotFound"), Kind::NotFound},
        {QStringLiteral("builtins.AttributeError"), Kind::NotFound},
        {QStringLiteral("builtins.ValueError"), Kind::Server},
        {QStringLiteral("builtins.TypeError"), Kind::Server},
        {QStringLiteral("builtins.KeyError"), Kind::Server},
        {QStringLiteral("psycopg2.OperationalError"), Kind::Auth}, // unknown database
    };
    if (name == QLatin1String("odoo.exceptions.UserError"))
        return message.startsWith(QLatin1String("Object ")) &&
                       message.endsWith(QLatin1String("doesn't exist"))
                   ? Kind::NotFound
                   : Kind::UserError;
    return kinds.value(name, Kind::None);
}

struct Expectation
{
    Kind kind = Kind::None;
    QString message;   // the server's message the error must carry (empty: not checked)
    QJsonValue result; // on success
};

struct ParsedRequest
{
    QString path;
    QJsonObject body;
    QJsonObject params;
    QString service;
    QString rpcMethod;
    QJsonArray rpcArgs;
};

ParsedRequest parse(const ContractExchange &exchange)
{
    ParsedRequest parsed;
    parsed.path = exchange.urlPath();
    parsed.body = exchange.requestBody();
    parsed.params = parsed.body.value(QLatin1String("params")).toObject();
    parsed.service = parsed.params.value(QLatin1String("service")).toString();
    parsed.rpcMethod = parsed.params.value(QLatin1String("method")).toString();
    parsed.rpcArgs = parsed.params.value(QLatin1String("args")).toArray();
    return parsed;
}

bool isLogin(const ParsedRequest &request)
{
    return request.path == QLatin1String("/jsonrpc") && request.service == QLatin1String("common") &&
           request.rpcMethod == QLatin1String("login");
}

Expectation expectationFor(const ContractExchange &exchange)
{
    const ParsedRequest request = parse(exchange);
    Expectation expected;
    QJsonValue body;
    const bool isJson = Json2Transport::parseJsonValue(exchange.responseBody, &body, nullptr);
    if (!isJson) {
        // 17 answers /json/2 with its HTML 404 page, 18 with a redirect to /web/login, and a
        // malformed body with a plain-text 400.
        expected.kind = exchange.status == 400 ? Kind::Protocol : Kind::NotFound;
        return expected;
    }
    if (request.path.startsWith(QLatin1String("/json/2/"))) {
        if (exchange.status == 200) {
            expected.result = body;
            return expected;
        }
        const QJsonObject error = body.toObject();
        expected.message = error.value(QLatin1String("message")).toString();
        expected.kind =
            expectedKindForException(error.value(QLatin1String("name")).toString(), expected.message);
        return expected;
    }
    const QJsonObject envelope = body.toObject();
    if (envelope.contains(QLatin1String("error"))) {
        const QJsonObject error = envelope.value(QLatin1String("error")).toObject();
        const QJsonObject data = error.value(QLatin1String("data")).toObject();
        expected.message = data.value(QLatin1String("message")).toString();
        expected.kind =
            error.value(QLatin1String("code")).toInt() == 100
                ? Kind::SessionExpired
                : expectedKindForException(data.value(QLatin1String("name")).toString(), expected.message);
        if (data.value(QLatin1String("name")).toString().startsWith(QLatin1String("psycopg2")))
            expected.message.clear(); // replaced by a plain sentence naming the database
        return expected;
    }
    expected.result = envelope.value(QLatin1String("result")); // undefined when absent: a None result
    if (expected.result.isUndefined())
        expected.result = QJsonValue::Null;
    if (isLogin(request) && expected.result == QJsonValue(false))
        expected.kind = Kind::Auth; // common.login answers false for a bad password
    return expected;
}

QString bearerKey(const ContractExchange &exchange)
{
    const QString header = exchange.request.value(QLatin1String("headers"))
                               .toObject()
                               .value(QLatin1String("Authorization"))
                               .toString();
    return header.startsWith(QLatin1String("bearer ")) ? header.mid(7) : QString();
}

QString databaseHeader(const ContractExchange &exchange)
{
    return exchange.request.value(QLatin1String("headers"))
        .toObject()
        .value(QLatin1String("X-Odoo-Database"))
        .toString();
}

// Splits a JSON-2 body back into the positional `ids` and keyword arguments a caller writes.
OdooCallSpec json2CallSpec(const ContractExchange &exchange)
{
    const QStringList parts = exchange.urlPath().split(QLatin1Char('/'));
    OdooCallSpec spec{parts.value(3), parts.value(4), {}, exchange.requestBody()};
    if (spec.kwargs.contains(QLatin1String("ids")))
        spec.args.append(spec.kwargs.take(QLatin1String("ids")));
    return spec;
}

} // namespace

class TestContract : public QObject
{
    Q_OBJECT

private:
    ScriptedHttpServer m_server;
    QNetworkAccessManager m_network;
    HttpEndpoint m_endpoint;

    // Creates the job a client would use for this exchange, or nullptr when no client call
    // produces it (then the recorded response is only decoded).
    OdooJob *jobFor(const ContractExchange &exchange)
    {
        const ParsedRequest request = parse(exchange);
        const RetryPolicy once = RetryPolicy::singleAttempt(std::chrono::seconds(10));
        if (request.path == QLatin1String("/jsonrpc") && request.service == QLatin1String("common")) {
            if (request.rpcMethod == QLatin1String("version"))
                return new VersionJob(&m_network, m_endpoint, once);
            if (request.rpcMethod == QLatin1String("login"))
                return new LoginJob(&m_network, m_endpoint, once, request.rpcArgs.at(0).toString(),
                                    request.rpcArgs.at(1).toString(), request.rpcArgs.at(2).toString());
            return nullptr; // common.authenticate: HQ Tower logs in with common.login
        }
        if (request.path == QLatin1String("/jsonrpc") && request.service == QLatin1String("object")) {
            const QJsonArray a = request.rpcArgs;
            auto transport =
                std::make_shared<JsonRpcTransport>(a.at(0).toString(), a.at(1).toInt(), a.at(2).toString());
            return new ExecuteJob(
                &m_network, m_endpoint, once, transport,
                {a.at(3).toString(), a.at(4).toString(), a.at(5).toArray(), a.at(6).toObject()});
        }
        if (request.path.startsWith(QLatin1String("/web/session/")))
            return new WebSessionJob(&m_network, m_endpoint, once, request.path, request.params);
        if (request.path.startsWith(QLatin1String("/web/dataset/call_kw"))) {
            return new ExecuteJob(&m_network, m_endpoint, once, std::make_shared<WebSessionTransport>(),
                                  {request.params.value(QLatin1String("model")).toString(),
                                   request.params.value(QLatin1String("method")).toString(),
                                   request.params.value(QLatin1String("args")).toArray(),
                                   request.params.value(QLatin1String("kwargs")).toObject()});
        }
        const bool clientShaped =
            exchange.request.value(QLatin1String("method")).toString() == QLatin1String("POST") &&
            !databaseHeader(exchange).isEmpty() && !bearerKey(exchange).isEmpty();
        if (request.path.startsWith(QLatin1String("/json/2/")) && clientShaped) {
            auto transport = std::make_shared<Json2Transport>(databaseHeader(exchange), bearerKey(exchange));
            return new ExecuteJob(&m_network, m_endpoint, once, transport, json2CallSpec(exchange));
        }
        return nullptr;
    }

    static OdooResult decodeOnly(const ContractExchange &exchange)
    {
        if (exchange.urlPath().startsWith(QLatin1String("/json/2/")))
            return Json2Transport(QString(), QString()).decode(exchange.asHttpReply());
        return JsonRpcCodec::decodeReply(exchange.asHttpReply());
    }

    void checkRequestMatches(const ContractExchange &exchange)
    {
        const QList<RecordedRequest> sent = m_server.requestsTo(exchange.urlPath().toUtf8());
        QVERIFY2(!sent.isEmpty(), "the client did not call the recorded route");
        const RecordedRequest &request = sent.last();
        QCOMPARE(QString::fromLatin1(request.method),
                 exchange.request.value(QLatin1String("method")).toString());
        QJsonObject body = QJsonDocument::fromJson(request.body).object();
        QJsonObject recorded = exchange.requestBody();
        body.remove(QStringLiteral("id"));
        recorded.remove(QStringLiteral("id"));
        QCOMPARE(body, recorded);
        if (exchange.urlPath().startsWith(QLatin1String("/json/2/"))) {
            QCOMPARE(QString::fromUtf8(request.headers.value("authorization")),
                     QStringLiteral("bearer ") + bearerKey(exchange));
            QCOMPARE(QString::fromUtf8(request.headers.value("x-odoo-database")), databaseHeader(exchange));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!ContractLibrary::isAvailable()) {
            const QByteArray message = "Odoo contract not found at " + ContractLibrary::directory().toUtf8() +
                                       " (tests/fixtures/odoo-contract, or HQ_ODOO_CONTRACT_DIR)";
            QFAIL(message.constData());
        }
        QVERIFY(m_server.listen());
        m_endpoint.baseUrl = m_server.baseUrl();
        m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    }

    void exchange_data()
    {
        QTest::addColumn<ContractExchange>("exchange");
        int rows = 0;
        for (const QString &version : {QStringLiteral("17"), QStringLiteral("18"), QStringLiteral("19")}) {
            for (const ContractExchange &exchange : ContractLibrary::exchanges(version)) {
                if (exchange.urlPath() == QLatin1String("/websocket"))
                    continue; // the bus websocket comes with the sync issue
                QTest::newRow(qPrintable(version + QLatin1Char('/') + exchange.name)) << exchange;
                ++rows;
            }
        }
        QVERIFY2(rows >= 150, "fewer contract exchanges than expected");
    }

    void exchange()
    {
        QFETCH(ContractExchange, exchange);
        const Expectation expected = expectationFor(exchange);
        m_server.clearRequests();
        m_server.setHandler([&exchange](const RecordedRequest &request) {
            if (request.path() == "/web/version")
                return CannedResponse::html(404, "<title>404: Not Found</title>");
            return exchange.asCannedResponse();
        });

        OdooResult outcome;
        OdooJob *job = jobFor(exchange);
        if (job) {
            job->setAutoDelete(false);
            std::unique_ptr<OdooJob> owner(job);
            QSignalSpy finished(job, &OdooJob::finished);
            QSignalSpy succeeded(job, &OdooJob::succeeded);
            QSignalSpy failed(job, &OdooJob::failed);
            job->start();
            QVERIFY(finished.wait(10000));
            QTest::qWait(20); // nothing more may arrive
            QCOMPARE(finished.size(), 1);
            QCOMPARE(succeeded.size() + failed.size(), 1);
            outcome = job->status() == OdooJob::Status::Succeeded ? OdooResult::success(job->result())
                                                                  : OdooResult::failure(job->error());
            checkRequestMatches(exchange);
            if (QTest::currentTestFailed())
                return;
        } else {
            outcome = decodeOnly(exchange);
        }

        QCOMPARE(outcome.error.kind(), expected.kind);
        if (expected.kind == Kind::None) {
            QCOMPARE(outcome.value, expected.result);
            return;
        }
        if (!expected.message.isEmpty())
            QCOMPARE(outcome.error.message(), expected.message.trimmed());
        QVERIFY(!outcome.error.userMessage().isEmpty());
        QVERIFY(!outcome.error.userMessage().contains(QStringLiteral("traceback")));
        QVERIFY(!outcome.error.userMessage().contains(QStringLiteral("<!DOCTYPE")));
    }
};

QTEST_GUILESS_MAIN(TestContract)
#include "tst_contract.moc"
