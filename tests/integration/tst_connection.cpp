// OdooConnection over real loopback sockets: version detection and transport choice, login,
// session expiry and renewal, the retry table, timeouts, broken answers, refused connections,
// TLS, and secrets kept out of every log.
#include "logcapture.h"
#include "odoo/odooconnection.h"
#include "odooreplies.h"
#include "scriptedhttpserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSslKey>
#include <QTcpServer>
#include <QtTest>

using namespace std::chrono_literals;

namespace {

const QString kPassword = QStringLiteral("pw-Secret-7781");
const QString kApiKey = QStringLiteral("key-Secret-4410");

// Just enough Odoo behind a ScriptedHttpServer: version routes, the three logins, call routes,
// and a queue of injected faults per path that are served first.
class MiniOdoo
{
public:
    enum class Json2Route { Available, Html404, RedirectToLogin };

    int major = 17;
    bool webVersionRoute = true;
    Json2Route json2 = Json2Route::Html404;
    bool expireEverySession = false;
    QByteArray validSession;
    int sessionsIssued = 0;
    QMap<QByteArray, QList<CannedResponse>> faults;

    void expireSession() { validSession.clear(); }

    CannedResponse handle(const RecordedRequest &request)
    {
        if (!faults.value(request.path()).isEmpty())
            return faults[request.path()].takeFirst();
        const QJsonObject versionInfo{{QStringLiteral("server_version"), QStringLiteral("%1.0").arg(major)},
                                      {QStringLiteral("server_version_info"),
                                       QJsonArray{major, 0, 0, QStringLiteral("final"), 0, QString()}},
                                      {QStringLiteral("server_serie"), QStringLiteral("%1.0").arg(major)},
                                      {QStringLiteral("protocol_version"), 1}};
        if (request.path() == "/web/version") {
            if (!webVersionRoute)
                return CannedResponse::html(404, "<!DOCTYPE html><title>404 | Page not found</title>");
            return CannedResponse::json(QJsonDocument(versionInfo).toJson());
        }
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        const QJsonObject params = body.value(QLatin1String("params")).toObject();
        if (request.path() == "/jsonrpc") {
            const QString method = params.value(QLatin1String("method")).toString();
            const QJsonArray args = params.value(QLatin1String("args")).toArray();
            if (method == QLatin1String("version"))
                return CannedResponse::json(OdooReplies::result(versionInfo));
            if (method == QLatin1String("login")) {
                const bool ok = args.at(2).toString() == kPassword || args.at(2).toString() == kApiKey;
                return CannedResponse::json(OdooReplies::result(ok ? QJsonValue(2) : QJsonValue(false)));
            }
            if (method == QLatin1String("execute_kw")) {
                const QString secret = args.at(2).toString();
                if (secret != kPassword && secret != kApiKey)
                    return CannedResponse::json(
                        OdooReplies::error(200, QStringLiteral("odoo.exceptions.AccessDenied"),
                                           QStringLiteral("Access Denied")));
                return CannedResponse::json(
                    OdooReplies::result(answer(args.at(3).toString(), args.at(4).toString())));
            }
        }
        if (request.path() == "/web/session/authenticate") {
            if (params.value(QLatin1String("password")).toString() != kPassword)
                return CannedResponse::json(OdooReplies::error(
                    200, QStringLiteral("odoo.exceptions.AccessDenied"), QStringLiteral("Access Denied")));
            validSession = "s" + QByteArray::number(++sessionsIssued);
            CannedResponse response =
                CannedResponse::json(OdooReplies::result(QJsonObject{{QStringLiteral("uid"), 2}}));
            response.headers.append(
                qMakePair(QByteArray("Set-Cookie"), "session_id=" + validSession + "; HttpOnly; Path=/"));
            return response;
        }
        if (request.path().startsWith("/web/dataset/call_kw/")) {
            const QByteArray cookie = request.headers.value("cookie");
            if (validSession.isEmpty() || cookie != "session_id=" + validSession || expireEverySession)
                return CannedResponse::json(
                    OdooReplies::error(100, QStringLiteral("odoo.http.SessionExpiredException"),
                                       QStringLiteral("Session expired")));
            return CannedResponse::json(
                OdooReplies::result(answer(params.value(QLatin1String("model")).toString(),
                                           params.value(QLatin1String("method")).toString())));
        }
        if (request.path().startsWith("/json/2/")) {
            if (json2 == Json2Route::Html404)
                return CannedResponse::html(404, "<!DOCTYPE html><html><title>Odoo</title></html>");
            if (json2 == Json2Route::RedirectToLogin) {
                CannedResponse response = CannedResponse::html(303, "<title>Redirecting...</title>");
                response.headers.append(
                    qMakePair(QByteArray("Location"), QByteArray("/web/login?redirect=%2Fjson%2F2")));
                return response;
            }
            if (request.headers.value("authorization") != "bearer " + kApiKey.toUtf8())
                return CannedResponse::json(
                    R"({"name": "werkzeug.exceptions.Unauthorized", "message": "Invalid apikey", "arguments": ["Invalid apikey", 401], "context": {}, "debug": ""})",
                    401);
            const QList<QByteArray> parts = request.path().split('/');
            if (parts.value(4) == "context_get")
                return CannedResponse::json(R"({"lang": "en_US", "tz": "Europe/Brussels", "uid": 2})");
            return CannedResponse::json(QJsonDocument(QJsonArray{answer(QString::fromUtf8(parts.value(3)),
                                                                        QString::fromUtf8(parts.value(4)))})
                                            .toJson()
                                            .mid(1)
                                            .chopped(2));
        }
        return CannedResponse::html(404, "<title>404</title>");
    }

private:
    static QJsonValue answer(const QString &model, const QString &method)
    {
        if (model == QLatin1String("res.users") && method == QLatin1String("read"))
            return QJsonArray{
                QJsonObject{{QStringLiteral("id"), 2},
                            {QStringLiteral("name"), QStringLiteral("Mitchell Admin")},
                            {QStringLiteral("company_id"), QJsonArray{1, QStringLiteral("YourCompany")}}}};
        if (method == QLatin1String("search_read"))
            return QJsonArray{
                QJsonObject{{QStringLiteral("id"), 19}, {QStringLiteral("name"), QStringLiteral("P00019")}}};
        if (method == QLatin1String("button_approve"))
            return QJsonObject();
        return QJsonValue::Null;
    }
};

RetryPolicy fastReads()
{
    return RetryPolicy({{2s, 0ms}, {2s, 50ms}, {2s, 100ms}}, 0.0);
}

} // namespace

class TestConnection : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ScriptedHttpServer> m_server;
    MiniOdoo m_odoo;

    ConnectionSettings
    settings(ConnectionSettings::SecretKind kind = ConnectionSettings::SecretKind::Password,
             bool push = false) const
    {
        ConnectionSettings result;
        result.serverUrl = m_server->baseUrl();
        result.database = QStringLiteral("odoo17");
        result.login = QStringLiteral("admin");
        result.secretKind = kind;
        result.wantLivePush = push;
        result.readPolicy = fastReads();
        result.writePolicy = RetryPolicy::singleAttempt(2s);
        return result;
    }

    static QString secretFor(ConnectionSettings::SecretKind kind)
    {
        return kind == ConnectionSettings::SecretKind::ApiKey ? kApiKey : kPassword;
    }

    // Opens and returns true when opened; the connection reports exactly once either way.
    static bool openConnection(OdooConnection &connection)
    {
        QSignalSpy opened(&connection, &OdooConnection::opened);
        QSignalSpy failed(&connection, &OdooConnection::openFailed);
        connection.open();
        if (!QTest::qWaitFor([&] { return opened.size() + failed.size() > 0; }, 10000))
            return false;
        QTest::qWait(10);
        return opened.size() == 1 && failed.isEmpty();
    }

    struct CallOutcome
    {
        bool finished = false;
        int reports = 0;
        QJsonValue result;
        OdooError error;
        QList<QList<QVariant>> retries;
    };

    static CallOutcome runCall(OdooConnection &connection, const QString &model, const QString &method,
                               const QJsonArray &args = {}, const QJsonObject &kwargs = {})
    {
        CallOutcome outcome;
        OdooCall *call = connection.call(model, method, args, kwargs);
        QSignalSpy finished(call, &OdooCall::finished);
        QSignalSpy retries(call, &OdooCall::retryScheduled);
        QObject::connect(call, &OdooCall::succeeded, call, [&outcome](const QJsonValue &value) {
            ++outcome.reports;
            outcome.result = value;
        });
        QObject::connect(call, &OdooCall::failed, call, [&outcome](const OdooError &error) {
            ++outcome.reports;
            outcome.error = error;
        });
        outcome.finished = finished.wait(15000);
        for (const auto &retry : retries)
            outcome.retries.append(retry);
        return outcome;
    }

private Q_SLOTS:
    void init()
    {
        m_odoo = MiniOdoo();
        m_server = std::make_unique<ScriptedHttpServer>();
        QVERIFY(m_server->listen());
        m_server->setHandler([this](const RecordedRequest &request) { return m_odoo.handle(request); });
    }

    void opensWithJsonRpcOn17()
    {
        OdooConnection connection(settings(), kPassword);
        QVERIFY(openConnection(connection));
        QCOMPARE(connection.state(), OdooConnection::State::Connected);
        QCOMPARE(connection.serverInfo().version.major, 17);
        QCOMPARE(connection.serverInfo().transport, OdooTransport::Kind::JsonRpc);
        QCOMPARE(connection.serverInfo().uid, 2);
        QCOMPARE(m_server->requests().at(0).path(), QByteArray("/web/version"));
        QCOMPARE(m_server->requests().at(0).method, QByteArray("GET"));
        const CallOutcome outcome = runCall(connection, QStringLiteral("purchase.order"),
                                            QStringLiteral("search_read"), QJsonArray{QJsonArray()});
        QVERIFY(outcome.finished);
        QCOMPARE(outcome.reports, 1);
        QVERIFY(!outcome.error.isError());
        QCOMPARE(outcome.result.toArray().first().toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("P00019"));
    }

    void fallsBackToCommonVersion()
    {
        m_odoo.webVersionRoute = false;
        OdooConnection connection(settings(), kPassword);
        QVERIFY(openConnection(connection));
        QCOMPARE(connection.serverInfo().version.major, 17);
        QCOMPARE(m_server->requestsTo("/web/version").size(), 1);
        const QByteArray second = m_server->requests().at(1).body;
        QVERIFY(second.contains("\"version\"") && second.contains("\"common\""));
    }

    void json2On19WithApiKey()
    {
        m_odoo.major = 19;
        m_odoo.json2 = MiniOdoo::Json2Route::Available;
        OdooConnection connection(settings(ConnectionSettings::SecretKind::ApiKey), kApiKey);
        QVERIFY(openConnection(connection));
        QCOMPARE(connection.serverInfo().transport, OdooTransport::Kind::Json2);
        QCOMPARE(connection.serverInfo().uid, 2);
        const CallOutcome outcome = runCall(connection, QStringLiteral("purchase.order"),
                                            QStringLiteral("search_read"), QJsonArray{QJsonArray()},
                                            {{QStringLiteral("fields"), QJsonArray{QStringLiteral("name")}}});
        QVERIFY(!outcome.error.isError());
        QCOMPARE(outcome.result.toArray().size(), 1);
        const QList<RecordedRequest> calls = m_server->requestsTo("/json/2/purchase.order/search_read");
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls.first().headers.value("x-odoo-database"), QByteArray("odoo17"));
        QVERIFY(m_server->requestsTo("/jsonrpc").isEmpty());
    }

    void json2UnavailableFallsBackToJsonRpc_data()
    {
        QTest::addColumn<int>("route");
        QTest::newRow("redirect to login (as 18 does)") << int(MiniOdoo::Json2Route::RedirectToLogin);
        QTest::newRow("html 404 (as 17 does)") << int(MiniOdoo::Json2Route::Html404);
    }

    void json2UnavailableFallsBackToJsonRpc()
    {
        QFETCH(int, route);
        m_odoo.major = 19;
        m_odoo.json2 = MiniOdoo::Json2Route(route);
        OdooConnection connection(settings(ConnectionSettings::SecretKind::ApiKey), kApiKey);
        QVERIFY(openConnection(connection));
        QCOMPARE(connection.serverInfo().transport, OdooTransport::Kind::JsonRpc);
        QVERIFY(connection.serverInfo().transportNote.contains(QStringLiteral("JSON-2")));
        QVERIFY(m_server->requestsTo("/web/login").isEmpty()); // redirects are never followed
    }

    void wrongApiKeyOn19IsAuth()
    {
        m_odoo.major = 19;
        m_odoo.json2 = MiniOdoo::Json2Route::Available;
        OdooConnection connection(settings(ConnectionSettings::SecretKind::ApiKey),
                                  QStringLiteral("not-the-key"));
        QVERIFY(!openConnection(connection));
        QCOMPARE(connection.lastError().kind(), OdooError::Kind::Auth);
        QCOMPARE(connection.lastError().message(), QStringLiteral("Invalid apikey"));
    }

    void wrongPassword_data()
    {
        QTest::addColumn<bool>("push");
        QTest::newRow("jsonrpc login answers false") << false;
        QTest::newRow("web session raises AccessDenied") << true;
    }

    void wrongPassword()
    {
        QFETCH(bool, push);
        OdooConnection connection(settings(ConnectionSettings::SecretKind::Password, push),
                                  QStringLiteral("wrong"));
        QVERIFY(!openConnection(connection));
        QCOMPARE(connection.state(), OdooConnection::State::Failed);
        QCOMPARE(connection.lastError().kind(), OdooError::Kind::Auth);
        QVERIFY(!connection.lastError().userMessage().contains(QStringLiteral("Traceback")));
        // Login failures are not transient: no retry hammered the server.
        QCOMPARE(m_server->requests().size(), 2);
    }

    void malformedLoginAnswers_data()
    {
        QTest::addColumn<QJsonValue>("uid");
        QTest::newRow("text") << QJsonValue(QStringLiteral("2"));
        QTest::newRow("array") << QJsonValue(QJsonArray{2});
        QTest::newRow("object") << QJsonValue(QJsonObject{{QStringLiteral("uid"), 2}});
        QTest::newRow("fraction") << QJsonValue(2.5);
        QTest::newRow("negative") << QJsonValue(-2);
        QTest::newRow("zero") << QJsonValue(0);
        QTest::newRow("true") << QJsonValue(true);
        QTest::newRow("null") << QJsonValue(QJsonValue::Null);
    }

    void malformedLoginAnswers()
    {
        // Only false means "refused"; an answer that is not a user id is the server's fault, and the
        // credentials are not blamed (a user would otherwise retype a right password).
        QFETCH(QJsonValue, uid);
        m_odoo.faults["/jsonrpc"] = {CannedResponse::json(OdooReplies::result(uid))};
        OdooConnection connection(settings(), kPassword);
        QVERIFY(!openConnection(connection));
        QCOMPARE(connection.lastError().kind(), OdooError::Kind::Protocol);
        QVERIFY2(connection.lastError().userMessage().contains(QStringLiteral("not a user id")),
                 qPrintable(connection.lastError().userMessage()));
        QVERIFY(!connection.lastError().userMessage().contains(QStringLiteral("password")));
    }

    void malformedSessionAnswers_data()
    {
        QTest::addColumn<QJsonValue>("uid");
        QTest::newRow("text") << QJsonValue(QStringLiteral("2"));
        QTest::newRow("array") << QJsonValue(QJsonArray{2});
        QTest::newRow("negative") << QJsonValue(-3);
    }

    void malformedSessionAnswers()
    {
        QFETCH(QJsonValue, uid);
        m_odoo.faults["/web/session/authenticate"] = {
            CannedResponse::json(OdooReplies::result(QJsonObject{{QStringLiteral("uid"), uid}}))};
        OdooConnection connection(settings(ConnectionSettings::SecretKind::Password, true), kPassword);
        QVERIFY(!openConnection(connection));
        QCOMPARE(connection.lastError().kind(), OdooError::Kind::Protocol);
        QVERIFY2(connection.lastError().userMessage().contains(QStringLiteral("no user id")),
                 qPrintable(connection.lastError().userMessage()));
    }

    void webSessionCarriesCookie()
    {
        OdooConnection connection(settings(ConnectionSettings::SecretKind::Password, true), kPassword);
        QVERIFY(openConnection(connection));
        QCOMPARE(connection.serverInfo().transport, OdooTransport::Kind::WebSession);
        QVERIFY(connection.serverInfo().livePushPossible);
        const CallOutcome outcome =
            runCall(connection, QStringLiteral("purchase.order"), QStringLiteral("search_read"));
        QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.userMessage()));
        const QList<RecordedRequest> calls =
            m_server->requestsTo("/web/dataset/call_kw/purchase.order/search_read");
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls.first().headers.value("cookie"), QByteArray("session_id=s1"));
        // The session id is a secret too: it never travels in a body or a URL.
        QVERIFY(!calls.first().body.contains("s1\""));
    }

    void expiredSessionRenewsOnceAndRepeats()
    {
        OdooConnection connection(settings(ConnectionSettings::SecretKind::Password, true), kPassword);
        QVERIFY(openConnection(connection));
        QSignalSpy renewed(&connection, &OdooConnection::sessionRenewed);
        m_odoo.expireSession();
        const CallOutcome outcome = runCall(connection, QStringLiteral("purchase.order"),
                                            QStringLiteral("button_approve"), QJsonArray{QJsonArray{19}});
        QVERIFY(outcome.finished);
        QCOMPARE(outcome.reports, 1);
        QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.userMessage()));
        QCOMPARE(renewed.size(), 1);
        QCOMPARE(m_server->requestsTo("/web/session/authenticate").size(), 2);
        const QList<RecordedRequest> calls =
            m_server->requestsTo("/web/dataset/call_kw/purchase.order/button_approve");
        QCOMPARE(calls.size(), 2);
        QCOMPARE(calls.last().headers.value("cookie"), QByteArray("session_id=s2"));
    }

    void sessionThatKeepsExpiringFailsAfterOneRenewal()
    {
        OdooConnection connection(settings(ConnectionSettings::SecretKind::Password, true), kPassword);
        QVERIFY(openConnection(connection));
        m_odoo.expireEverySession = true;
        const CallOutcome outcome =
            runCall(connection, QStringLiteral("purchase.order"), QStringLiteral("search_read"));
        QCOMPARE(outcome.reports, 1);
        QCOMPARE(outcome.error.kind(), OdooError::Kind::SessionExpired);
        QCOMPARE(m_server->requestsTo("/web/session/authenticate").size(), 2);
        QCOMPARE(m_server->requestsTo("/web/dataset/call_kw/purchase.order/search_read").size(), 2);
    }

    void concurrentExpiriesShareOneLogin()
    {
        OdooConnection connection(settings(ConnectionSettings::SecretKind::Password, true), kPassword);
        QVERIFY(openConnection(connection));
        m_odoo.expireSession();
        QList<OdooCall *> calls;
        int succeeded = 0;
        for (int i = 0; i < 3; ++i) {
            OdooCall *call = connection.call(QStringLiteral("purchase.order"), QStringLiteral("search_read"));
            connect(call, &OdooCall::succeeded, this, [&succeeded] { ++succeeded; });
            calls.append(call);
        }
        QTRY_COMPARE_WITH_TIMEOUT(succeeded, 3, 10000);
        QCOMPARE(m_server->requestsTo("/web/session/authenticate").size(), 2);
    }

    void readsFollowTheRetryTable()
    {
        OdooConnection connection(settings(), kPassword);
        QVERIFY(openConnection(connection));
        const CannedResponse badGateway = CannedResponse::html(
            502, "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>");
        m_odoo.faults["/jsonrpc"] = {badGateway, badGateway};
        m_server->clearRequests();
        const CallOutcome outcome = runCall(connection, QStringLiteral("purchase.order"),
                                            QStringLiteral("search_read"), QJsonArray{QJsonArray()});
        QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.userMessage()));
        QCOMPARE(outcome.retries.size(), 2);
        QCOMPARE(outcome.retries.at(0).at(0).toInt(), 2);  // attempt number
        QCOMPARE(outcome.retries.at(0).at(1).toInt(), 50); // delay from the table (no jitter)
        QCOMPARE(outcome.retries.at(1).at(0).toInt(), 3);
        QCOMPARE(outcome.retries.at(1).at(1).toInt(), 100);
        QCOMPARE(outcome.retries.at(0).at(2).value<OdooError>().kind(), OdooError::Kind::Server);
        const QList<RecordedRequest> sent = m_server->requestsTo("/jsonrpc");
        QCOMPARE(sent.size(), 3);
        // Spacing: each retry waited at least its delay (timers never fire early).
        QVERIFY(sent.at(1).receivedAtMs - sent.at(0).receivedAtMs >= 50);
        QVERIFY(sent.at(2).receivedAtMs - sent.at(1).receivedAtMs >= 100);
    }

    void readsGiveUpWhenTheTableEnds()
    {
        OdooConnection connection(settings(), kPassword);
        QVERIFY(openConnection(connection));
        const CannedResponse unavailable =
            CannedResponse::html(503, "<title>503 Service Unavailable</title>");
        m_odoo.faults["/jsonrpc"] = QList<CannedResponse>(10, unavailable);
        m_server->clearRequests();
        const CallOutcome outcome = runCall(connection, QStringLiteral("purchase.order"),
                                            QStringLiteral("read"), QJsonArray{QJsonArray{1}});
        QCOMPARE(outcome.reports, 1);
        QCOMPARE(outcome.error.kind(), OdooError::Kind::Server);
        QCOMPARE(outcome.error.httpStatus(), 503);
        QCOMPARE(outcome.retries.size(), 2);
        QCOMPARE(m_server->requestsTo("/jsonrpc").size(), 3);
    }

    void writesAreNeverRetried_data()
    {
        QTest::addColumn<CannedResponse>("fault");
        QTest::addColumn<OdooError::Kind>("kind");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("proxy 502") << CannedResponse::html(502, "<title>502 Bad Gateway</title>")
                                   << OdooError::Kind::Server << QStringLiteral("502");
        QTest::newRow("timeout after send") << CannedResponse::withDelivery(CannedResponse::Delivery::Hang)
                                            << OdooError::Kind::Timeout << QStringLiteral("in time");
        // Qt would quietly send the request again on a fresh connection here; a write must not.
        QTest::newRow("dropped before answer")
            << CannedResponse::withDelivery(CannedResponse::Delivery::CloseWithoutAnswer)
            << OdooError::Kind::Network << QStringLiteral("not known");
    }

    void writesAreNeverRetried()
    {
        QFETCH(CannedResponse, fault);
        QFETCH(OdooError::Kind, kind);
        QFETCH(QString, mentions);
        ConnectionSettings options = settings();
        options.writePolicy = RetryPolicy::singleAttempt(300ms);
        OdooConnection connection(options, kPassword);
        QVERIFY(openConnection(connection));
        m_odoo.faults["/jsonrpc"] = {fault};
        m_server->clearRequests();
        const CallOutcome outcome = runCall(connection, QStringLiteral("purchase.order"),
                                            QStringLiteral("button_approve"), QJsonArray{QJsonArray{19}});
        QTest::qWait(150);
        QCOMPARE(m_server->requestsTo("/jsonrpc").size(), 1);
        QCOMPARE(outcome.reports, 1);
        QCOMPARE(outcome.error.kind(), kind);
        QVERIFY2(outcome.error.userMessage().contains(mentions), qPrintable(outcome.error.userMessage()));
        QVERIFY(outcome.retries.isEmpty());
    }

    void readsMayBeResentAfterADrop()
    {
        OdooConnection connection(settings(), kPassword);
        QVERIFY(openConnection(connection));
        m_odoo.faults["/jsonrpc"] = {
            CannedResponse::withDelivery(CannedResponse::Delivery::CloseWithoutAnswer)};
        const CallOutcome outcome = runCall(connection, QStringLiteral("purchase.order"),
                                            QStringLiteral("search_read"), QJsonArray{QJsonArray()});
        QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.userMessage()));
    }

    void readTimeoutIsRetried()
    {
        ConnectionSettings options = settings();
        options.readPolicy = RetryPolicy({{300ms, 0ms}, {2s, 50ms}}, 0.0);
        OdooConnection connection(options, kPassword);
        QVERIFY(openConnection(connection));
        m_odoo.faults["/jsonrpc"] = {CannedResponse::withDelivery(CannedResponse::Delivery::Hang)};
        const CallOutcome outcome = runCall(connection, QStringLiteral("purchase.order"),
                                            QStringLiteral("search_read"), QJsonArray{QJsonArray()});
        QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.userMessage()));
        QCOMPARE(outcome.retries.size(), 1);
        QCOMPARE(outcome.retries.first().at(2).value<OdooError>().kind(), OdooError::Kind::Timeout);
    }

    void brokenAnswers_data()
    {
        QTest::addColumn<CannedResponse>("fault");
        QTest::addColumn<OdooError::Kind>("kind");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("html error page")
            << CannedResponse::html(502, "<html><title>502 Bad Gateway</title></html>")
            << OdooError::Kind::Server << QStringLiteral("502");
        QTest::newRow("html login page with 200")
            << CannedResponse::html(200, "<!DOCTYPE html><html><title>Login | Odoo</title></html>")
            << OdooError::Kind::Protocol << QStringLiteral("web page");
        QTest::newRow("empty body") << CannedResponse::json(QByteArray()) << OdooError::Kind::Protocol
                                    << QStringLiteral("empty");
        QTest::newRow("truncated json")
            << CannedResponse::json("{\"jsonrpc\": \"2.0\", \"id\": 1, \"result\": [{\"id\"")
            << OdooError::Kind::Incomplete << QStringLiteral("incomplete");
        QTest::newRow("malformed json")
            << CannedResponse::json("{\"jsonrpc\": \"2.0\", \"id\": 1, \"result\": nope}")
            << OdooError::Kind::Protocol << QStringLiteral("not valid JSON");
        QTest::newRow("connection cut mid-body") << [] {
            CannedResponse response =
                CannedResponse::json(OdooReplies::result(QJsonArray{1, 2, 3, 4, 5, 6, 7, 8}));
            response.delivery = CannedResponse::Delivery::CutBody;
            return response;
        }() << OdooError::Kind::Network << QStringLiteral("closed the connection");
    }

    void brokenAnswers()
    {
        QFETCH(CannedResponse, fault);
        QFETCH(OdooError::Kind, kind);
        QFETCH(QString, mentions);
        OdooConnection connection(settings(), kPassword);
        QVERIFY(openConnection(connection));
        m_odoo.faults["/jsonrpc"] = {fault};
        const CallOutcome outcome = runCall(connection, QStringLiteral("purchase.order"),
                                            QStringLiteral("button_approve"), QJsonArray{QJsonArray{19}});
        QCOMPARE(outcome.reports, 1);
        QCOMPARE(outcome.error.kind(), kind);
        QVERIFY2(outcome.error.userMessage().contains(mentions), qPrintable(outcome.error.userMessage()));
    }

    void connectionRefused()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 closedPort = probe.serverPort();
        probe.close();
        ConnectionSettings options = settings();
        options.serverUrl.setPort(closedPort);
        OdooConnection connection(options, kPassword);
        QSignalSpy retries(&connection, &OdooConnection::retryScheduled);
        QVERIFY(!openConnection(connection));
        QCOMPARE(connection.lastError().kind(), OdooError::Kind::Network);
        QVERIFY(connection.lastError().userMessage().contains(QStringLiteral("refused")));
        QCOMPARE(retries.size(), 2); // the version read followed the table
    }

    void callBeforeOpenFails()
    {
        OdooConnection connection(settings(), kPassword);
        const CallOutcome outcome =
            runCall(connection, QStringLiteral("res.partner"), QStringLiteral("read"));
        QCOMPARE(outcome.reports, 1);
        QCOMPARE(outcome.error.kind(), OdooError::Kind::Network);
        QVERIFY(m_server->requests().isEmpty());
    }

    void applicationErrorsKeepServerMessage()
    {
        OdooConnection connection(settings(), kPassword);
        QVERIFY(openConnection(connection));
        m_odoo.faults["/jsonrpc"] = {CannedResponse::json(OdooReplies::error(
            200, QStringLiteral("odoo.exceptions.UserError"),
            QStringLiteral("In order to delete a purchase order, you must cancel it first.")))};
        const CallOutcome outcome = runCall(connection, QStringLiteral("purchase.order"),
                                            QStringLiteral("unlink"), QJsonArray{QJsonArray{19}});
        QCOMPARE(outcome.error.kind(), OdooError::Kind::UserError);
        QCOMPARE(outcome.error.message(),
                 QStringLiteral("In order to delete a purchase order, you must cancel it first."));
        QVERIFY(!outcome.error.userMessage().contains(QStringLiteral("Traceback")));
    }

    void tlsCertificateIsVerified()
    {
        ScriptedHttpServer tlsServer;
        QVERIFY(tlsServer.listenTlsWithTestCertificate());
        tlsServer.setHandler([this](const RecordedRequest &request) { return m_odoo.handle(request); });

        ConnectionSettings options = settings();
        options.serverUrl = tlsServer.baseUrl();
        {
            OdooConnection untrusted(options, kPassword);
            QVERIFY(!openConnection(untrusted));
            QCOMPARE(untrusted.lastError().kind(), OdooError::Kind::Tls);
            QVERIFY(untrusted.lastError().userMessage().contains(QStringLiteral("certificate")));
            QVERIFY(tlsServer.requests().isEmpty()); // nothing was sent over the untrusted channel
        }
        options.extraCaCertificates = {ScriptedHttpServer::testCertificate()};
        OdooConnection trusted(options, kPassword);
        QVERIFY(openConnection(trusted));
        QCOMPARE(trusted.serverInfo().uid, 2);
    }

    void secretsNeverReachLogs()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("qt.network.*=true"));
        LogCapture logs;
        QStringList errorTexts;
        {
            OdooConnection connection(settings(ConnectionSettings::SecretKind::Password, true), kPassword);
            QVERIFY(openConnection(connection));
            m_odoo.expireSession();
            errorTexts << runCall(connection, QStringLiteral("purchase.order"), QStringLiteral("search_read"))
                              .error.userMessage();
            m_odoo.faults["/web/dataset/call_kw/purchase.order/button_approve"] = {
                CannedResponse::html(502, "<title>502</title>")};
            errorTexts << runCall(connection, QStringLiteral("purchase.order"),
                                  QStringLiteral("button_approve"))
                              .error.userMessage();
        }
        {
            m_odoo.major = 19;
            m_odoo.json2 = MiniOdoo::Json2Route::Available;
            OdooConnection connection(settings(ConnectionSettings::SecretKind::ApiKey), kApiKey);
            QVERIFY(openConnection(connection));
            m_odoo.faults["/json/2/res.partner/read"] = {CannedResponse::json(
                "{\"name\": \"odoo.exceptions.AccessError\", \"message\": \"no\"}", 403)};
            errorTexts << runCall(connection, QStringLiteral("res.partner"), QStringLiteral("read"),
                                  QJsonArray{QJsonArray{1}})
                              .error.userMessage();
        }
        {
            OdooConnection wrong(settings(), QStringLiteral("wrong-") + kPassword);
            QVERIFY(!openConnection(wrong));
            errorTexts << wrong.lastError().userMessage();
        }
        QLoggingCategory::setFilterRules(QString());
        for (const QString &secret : {kPassword, kApiKey, QStringLiteral("session_id=s")}) {
            QVERIFY2(!logs.contains(secret), qPrintable(QStringLiteral("a log line holds a secret")));
            for (const QString &text : errorTexts)
                QVERIFY2(!text.contains(secret), qPrintable(text));
        }
    }
};

QTEST_GUILESS_MAIN(TestConnection)
#include "tst_connection.moc"
