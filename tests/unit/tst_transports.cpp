// Request encoding of the three transports, JSON-2 value parsing, URL normalisation, version
// parsing, the retry table and the transport choice.
#include "odoo/httpendpoint.h"
#include "odoo/json2transport.h"
#include "odoo/jsonrpccodec.h"
#include "odoo/jsonrpctransport.h"
#include "odoo/odooconnection.h"
#include "odoo/retrypolicy.h"
#include "odoo/serverversion.h"
#include "odoo/websessiontransport.h"

#include <QJsonDocument>
#include <QtTest>

using namespace std::chrono_literals;

class TestTransports : public QObject
{
    Q_OBJECT

private:
    static QJsonObject parseObject(const QByteArray &body) { return QJsonDocument::fromJson(body).object(); }

private Q_SLOTS:
    void jsonRpcExecuteKw()
    {
        const JsonRpcTransport transport(QStringLiteral("odoo17"), 9, QStringLiteral("s3cret"));
        OdooError error;
        const HttpRequestSpec spec = transport.encode({QStringLiteral("purchase.order"),
                                                       QStringLiteral("button_approve"),
                                                       QJsonArray{QJsonArray{19}},
                                                       {}},
                                                      &error);
        QVERIFY(!error.isError());
        QCOMPARE(spec.verb, QByteArray("POST"));
        QCOMPARE(spec.path, QStringLiteral("/jsonrpc"));
        const QJsonObject envelope = parseObject(spec.body);
        QCOMPARE(envelope.value(QLatin1String("jsonrpc")).toString(), QStringLiteral("2.0"));
        QCOMPARE(envelope.value(QLatin1String("method")).toString(), QStringLiteral("call"));
        QVERIFY(envelope.value(QLatin1String("id")).isDouble());
        const QJsonObject params = envelope.value(QLatin1String("params")).toObject();
        QCOMPARE(params.value(QLatin1String("service")).toString(), QStringLiteral("object"));
        QCOMPARE(params.value(QLatin1String("method")).toString(), QStringLiteral("execute_kw"));
        // No kwargs given: the argument list stops after args, as Odoo's own clients send it.
        const QJsonArray expected{QStringLiteral("odoo17"),         9,
                                  QStringLiteral("s3cret"),         QStringLiteral("purchase.order"),
                                  QStringLiteral("button_approve"), QJsonArray{QJsonArray{19}}};
        QCOMPARE(params.value(QLatin1String("args")).toArray(), expected);
    }

    void jsonRpcKwargsAppended()
    {
        const JsonRpcTransport transport(QStringLiteral("db"), 2, QStringLiteral("k"));
        const QJsonObject kwargs{{QStringLiteral("fields"), QJsonArray{QStringLiteral("name")}}};
        const HttpRequestSpec spec = transport.encode(
            {QStringLiteral("res.partner"), QStringLiteral("read"), QJsonArray{QJsonArray{1}}, kwargs},
            nullptr);
        const QJsonArray args = parseObject(spec.body)
                                    .value(QLatin1String("params"))
                                    .toObject()
                                    .value(QLatin1String("args"))
                                    .toArray();
        QCOMPARE(args.size(), 7);
        QCOMPARE(args.at(6).toObject(), kwargs);
    }

    void requestIdsIncrease()
    {
        const int first = parseObject(JsonRpcCodec::encodeRequest({})).value(QLatin1String("id")).toInt();
        const int second = parseObject(JsonRpcCodec::encodeRequest({})).value(QLatin1String("id")).toInt();
        QVERIFY(second > first);
    }

    void requestIdIsReadBack()
    {
        const QByteArray body = JsonRpcCodec::encodeRequest({});
        QCOMPARE(JsonRpcCodec::requestId(body), parseObject(body).value(QLatin1String("id")).toInt());
        QVERIFY(JsonRpcCodec::requestId(body) > 0);
        QCOMPARE(JsonRpcCodec::requestId(QByteArrayLiteral("{\"id\": 4}")), 0); // not JSON-RPC
        QCOMPARE(JsonRpcCodec::requestId(QByteArray()), 0);
    }

    void answerMustEchoTheRequestId_data()
    {
        QTest::addColumn<QByteArray>("id");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("same id") << QByteArray("7") << true;
        QTest::newRow("null id (Odoo, no session)") << QByteArray("null") << true;
        QTest::newRow("no id") << QByteArray() << true;
        QTest::newRow("another request's id") << QByteArray("8") << false;
        QTest::newRow("the id as text") << QByteArray("\"7\"") << false;
        QTest::newRow("a list") << QByteArray("[7]") << false;
    }

    void answerMustEchoTheRequestId()
    {
        QFETCH(QByteArray, id);
        QFETCH(bool, accepted);
        HttpReply reply;
        reply.status = 200;
        reply.expectedJsonRpcId = 7;
        reply.body = "{\"jsonrpc\": \"2.0\", " + (id.isEmpty() ? QByteArray() : "\"id\": " + id + ", ") +
                     "\"result\": [1, 2]}";
        const OdooResult result = JsonRpcCodec::decodeReply(reply);
        QCOMPARE(result.ok(), accepted);
        if (!accepted) {
            QCOMPARE(result.error.kind(), OdooError::Kind::Protocol);
            QVERIFY2(result.error.userMessage().contains(QLatin1String("another request")),
                     qPrintable(result.error.userMessage()));
        }
        reply.expectedJsonRpcId = 0; // a reply decoded without its request is not checked
        QVERIFY(JsonRpcCodec::decodeReply(reply).ok());
    }

    void webSessionCallKw()
    {
        const WebSessionTransport transport;
        const HttpRequestSpec spec = transport.encode({QStringLiteral("purchase.order"),
                                                       QStringLiteral("search_read"),
                                                       {},
                                                       {{QStringLiteral("limit"), 5}}},
                                                      nullptr);
        QCOMPARE(spec.path, QStringLiteral("/web/dataset/call_kw/purchase.order/search_read"));
        const QJsonObject params = parseObject(spec.body).value(QLatin1String("params")).toObject();
        QCOMPARE(params.value(QLatin1String("model")).toString(), QStringLiteral("purchase.order"));
        QCOMPARE(params.value(QLatin1String("method")).toString(), QStringLiteral("search_read"));
        QCOMPARE(params.value(QLatin1String("args")).toArray(), QJsonArray());
        QCOMPARE(params.value(QLatin1String("kwargs")).toObject().value(QLatin1String("limit")).toInt(), 5);
        QVERIFY(spec.headers.isEmpty()); // the session travels as a cookie from the jar
    }

    void json2NamedArguments_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QJsonArray>("args");
        QTest::addColumn<QJsonObject>("kwargs");
        QTest::addColumn<QJsonObject>("expectedBody");
        const QJsonArray domain{
            QJsonArray{QStringLiteral("state"), QStringLiteral("="), QStringLiteral("to approve")}};
        const QJsonArray fields{QStringLiteral("name")};
        QTest::newRow("search_read positional")
            << QStringLiteral("search_read") << QJsonArray{domain, fields} << QJsonObject()
            << QJsonObject{{QStringLiteral("domain"), domain}, {QStringLiteral("fields"), fields}};
        QTest::newRow("read ids + kwargs")
            << QStringLiteral("read") << QJsonArray{QJsonArray{12}}
            << QJsonObject{{QStringLiteral("fields"), fields}}
            << QJsonObject{{QStringLiteral("ids"), QJsonArray{12}}, {QStringLiteral("fields"), fields}};
        QTest::newRow("business method")
            << QStringLiteral("button_approve") << QJsonArray{QJsonArray{12}} << QJsonObject()
            << QJsonObject{{QStringLiteral("ids"), QJsonArray{12}}};
        QTest::newRow("create") << QStringLiteral("create")
                                << QJsonArray{QJsonArray{QJsonObject{{QStringLiteral("name"), 1}}}}
                                << QJsonObject()
                                << QJsonObject{{QStringLiteral("vals_list"),
                                                QJsonArray{QJsonObject{{QStringLiteral("name"), 1}}}}};
        QTest::newRow("write") << QStringLiteral("write")
                               << QJsonArray{QJsonArray{10}, QJsonObject{{QStringLiteral("name"), 1}}}
                               << QJsonObject()
                               << QJsonObject{
                                      {QStringLiteral("ids"), QJsonArray{10}},
                                      {QStringLiteral("vals"), QJsonObject{{QStringLiteral("name"), 1}}}};
        QTest::newRow("model method without args")
            << QStringLiteral("context_get") << QJsonArray() << QJsonObject() << QJsonObject();
        QTest::newRow("kwargs only") << QStringLiteral("search_count") << QJsonArray()
                                     << QJsonObject{{QStringLiteral("domain"), QJsonArray()}}
                                     << QJsonObject{{QStringLiteral("domain"), QJsonArray()}};
    }

    void json2NamedArguments()
    {
        QFETCH(QString, method);
        QFETCH(QJsonArray, args);
        QFETCH(QJsonObject, kwargs);
        QFETCH(QJsonObject, expectedBody);
        const Json2Transport transport(QStringLiteral("odoo19"), QStringLiteral("KEY123"));
        OdooError error;
        const HttpRequestSpec spec =
            transport.encode({QStringLiteral("purchase.order"), method, args, kwargs}, &error);
        QVERIFY2(!error.isError(), qPrintable(error.message()));
        QCOMPARE(spec.path, QStringLiteral("/json/2/purchase.order/") + method);
        QCOMPARE(parseObject(spec.body), expectedBody);
        QVERIFY(spec.headers.contains(qMakePair(QByteArray("Authorization"), QByteArray("bearer KEY123"))));
        QVERIFY(spec.headers.contains(qMakePair(QByteArray("X-Odoo-Database"), QByteArray("odoo19"))));
    }

    void json2RejectsUnnamedExtraArguments()
    {
        const Json2Transport transport(QStringLiteral("odoo19"), QStringLiteral("KEY"));
        OdooError error;
        transport.encode({QStringLiteral("purchase.order"),
                          QStringLiteral("message_post"),
                          QJsonArray{QJsonArray{1}, QStringLiteral("body text")},
                          {}},
                         &error);
        QCOMPARE(error.kind(), OdooError::Kind::Protocol);
        QVERIFY(error.message().contains(QStringLiteral("by name")));
    }

    void json2ParsesBareValues_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QJsonValue>("expected");
        QTest::newRow("number") << QByteArray("15") << true << QJsonValue(15);
        QTest::newRow("null") << QByteArray("null") << true << QJsonValue(QJsonValue::Null);
        QTest::newRow("true") << QByteArray("true") << true << QJsonValue(true);
        QTest::newRow("string") << QByteArray("\"x\"") << true << QJsonValue(QStringLiteral("x"));
        QTest::newRow("empty object") << QByteArray("{}") << true << QJsonValue(QJsonObject());
        QTest::newRow("truncated") << QByteArray("[{\"id\": 1") << false << QJsonValue();
        QTest::newRow("two values") << QByteArray("1, 2") << false << QJsonValue();
    }

    void json2ParsesBareValues()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, valid);
        QFETCH(QJsonValue, expected);
        QJsonValue value;
        QString errorText;
        QCOMPARE(Json2Transport::parseJsonValue(body, &value, &errorText), valid);
        if (valid)
            QCOMPARE(value, expected);
        else
            QVERIFY(!errorText.isEmpty());
    }

    void normalizedServerUrl_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bare host") << QStringLiteral("odoo.example.com")
                                   << QStringLiteral("https://odoo.example.com");
        QTest::newRow("trailing slash")
            << QStringLiteral("http://127.0.0.1:8069/") << QStringLiteral("http://127.0.0.1:8069");
        QTest::newRow("web client url")
            << QStringLiteral("https://x.odoo.com/web#action=12&model=purchase.order")
            << QStringLiteral("https://x.odoo.com");
        QTest::newRow("odoo 18 url") << QStringLiteral("https://x.example.com/odoo/action-purchase.order/7")
                                     << QStringLiteral("https://x.example.com");
        QTest::newRow("proxy prefix kept") << QStringLiteral("https://erp.example.com/shop/web/login")
                                           << QStringLiteral("https://erp.example.com/shop");
        QTest::newRow("webshop not cut") << QStringLiteral("https://erp.example.com/webshop")
                                         << QStringLiteral("https://erp.example.com/webshop");
        QTest::newRow("credentials dropped")
            << QStringLiteral("https://admin:pw@host.example/") << QStringLiteral("https://host.example");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("garbage") << QStringLiteral("http://") << QString();
    }

    void normalizedServerUrl()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const QUrl url = HttpEndpoint::normalizedServerUrl(input);
        QCOMPARE(url.isValid() ? url.toString() : QString(), expected);
    }

    void requestForJoinsPathAndQuery()
    {
        HttpEndpoint endpoint;
        endpoint.baseUrl = QUrl(QStringLiteral("https://erp.example.com/shop"));
        const QNetworkRequest request =
            endpoint.requestFor({"GET", QStringLiteral("/websocket?version=18.0-5"), {}, {}});
        QCOMPARE(request.url().toString(),
                 QStringLiteral("https://erp.example.com/shop/websocket?version=18.0-5"));
        QCOMPARE(request.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
                 int(QNetworkRequest::ManualRedirectPolicy));
    }

    void serverVersion_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("major");
        QTest::addColumn<int>("minor");
        QTest::newRow("17")
            << QByteArray(
                   R"({"server_version": "17.0-20240709", "server_version_info": [17, 0, 0, "final", 0, ""], "server_serie": "17.0"})")
            << 17 << 0;
        QTest::newRow("saas")
            << QByteArray(
                   R"({"server_version": "saas~18.2+e", "server_version_info": ["saas~18", 2, 0, "final", 0, "e"], "server_serie": "saas~18.2"})")
            << 18 << 2;
        // Odoo 19's GET /web/version (17 and 18 answer that route with an HTML page).
        QTest::newRow("19 web version")
            << QByteArray(R"({"version_info": [19, 0, 0, "final", 0, ""], "version": "19.0"})") << 19 << 0;
        QTest::newRow("newer than verified")
            << QByteArray(R"({"version_info": [20, 0, 0, "final", 0, ""], "version": "20.0"})") << 20 << 0;
        QTest::newRow("nothing") << QByteArray(R"({"hello": 1})") << 0 << 0;
    }

    void serverVersion()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, major);
        QFETCH(int, minor);
        const ServerVersion version = ServerVersion::fromVersionInfo(QJsonDocument::fromJson(json).object());
        QCOMPARE(version.major, major);
        QCOMPARE(version.minor, minor);
        QCOMPARE(version.isValid(), major > 0);
    }

    void retryPolicyTable()
    {
        const RetryPolicy policy = RetryPolicy::forReads();
        QCOMPARE(policy.attemptCount(), 4);
        QCOMPARE(policy.step(0).delayBefore, 0ms);
        QRandomGenerator random(42);
        std::chrono::milliseconds previous{0};
        for (int attempt = 1; attempt < policy.attemptCount(); ++attempt) {
            const auto base = policy.step(attempt).delayBefore;
            QVERIFY(base > previous); // exponential: every step waits longer than the one before
            QVERIFY(policy.step(attempt).timeout >= policy.step(attempt - 1).timeout);
            for (int sample = 0; sample < 200; ++sample) {
                const auto delay = policy.delayBefore(attempt, random);
                QVERIFY(delay.count() >= qRound64(base.count() * (1.0 - policy.jitter())));
                QVERIFY(delay.count() <= qRound64(base.count() * (1.0 + policy.jitter())));
            }
            previous = base;
        }
        const RetryPolicy single = RetryPolicy::singleAttempt(5s);
        QCOMPARE(single.attemptCount(), 1);
        QCOMPARE(single.step(0).timeout, 5s);
    }

    void jitterVaries()
    {
        const RetryPolicy policy({{1s, 0ms}, {1s, 1000ms}}, 0.5);
        QRandomGenerator random(7);
        QSet<qint64> seen;
        for (int i = 0; i < 20; ++i)
            seen.insert(policy.delayBefore(1, random).count());
        QVERIFY(seen.size() > 5);
    }

    void transportChoice_data()
    {
        QTest::addColumn<int>("major");
        QTest::addColumn<bool>("apiKey");
        QTest::addColumn<bool>("push");
        QTest::addColumn<int>("expected");
        using Kind = OdooTransport::Kind;
        QTest::newRow("17 password") << 17 << false << false << int(Kind::JsonRpc);
        QTest::newRow("17 password push") << 17 << false << true << int(Kind::WebSession);
        QTest::newRow("17 api key") << 17 << true << false << int(Kind::JsonRpc);
        QTest::newRow("17 api key push") << 17 << true << true << int(Kind::JsonRpc);
        QTest::newRow("18 api key") << 18 << true << false << int(Kind::JsonRpc);
        QTest::newRow("19 api key") << 19 << true << false << int(Kind::Json2);
        QTest::newRow("19 api key push") << 19 << true << true << int(Kind::Json2);
        QTest::newRow("19 password") << 19 << false << false << int(Kind::JsonRpc);
        QTest::newRow("19 password push") << 19 << false << true << int(Kind::WebSession);
        QTest::newRow("20 api key") << 20 << true << false << int(Kind::Json2);
    }

    void transportChoice()
    {
        QFETCH(int, major);
        QFETCH(bool, apiKey);
        QFETCH(bool, push);
        QFETCH(int, expected);
        ServerVersion version;
        version.major = major;
        const auto kind = OdooConnection::preferredTransport(
            version,
            apiKey ? ConnectionSettings::SecretKind::ApiKey : ConnectionSettings::SecretKind::Password, push);
        QCOMPARE(int(kind), expected);
    }

    void readOnlyMethods()
    {
        QVERIFY(OdooConnection::isReadOnlyMethod(QStringLiteral("search_read")));
        QVERIFY(OdooConnection::isReadOnlyMethod(QStringLiteral("read")));
        QVERIFY(!OdooConnection::isReadOnlyMethod(QStringLiteral("button_approve")));
        QVERIFY(!OdooConnection::isReadOnlyMethod(QStringLiteral("write")));
        QVERIFY(!OdooConnection::isReadOnlyMethod(QStringLiteral("action_apply_inventory")));
    }
};

QTEST_GUILESS_MAIN(TestTransports)
#include "tst_transports.moc"
