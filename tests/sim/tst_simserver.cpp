// The simulator's HTTP layer on a real loopback socket, for Odoo 17, 18 and 19: routes and
// answer shapes against the recorded contract, web sessions, JSON-2, keep-alive and framing,
// the /websocket bus, every fault-injection knob, and the real OdooConnection against it.
#include "contractlibrary.h"
#include "logcapture.h"
#include "odoo/odooconnection.h"
#include "sim/simbackend.h"
#include "sim/simbus.h"
#include "sim/simdatabase.h"
#include "sim/simhttpserver.h"
#include "sim/simschema.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QWebSocket>
#include <QtTest>

#include <memory>

using namespace std::chrono_literals;

namespace {

// One HTTP answer as the test saw it.
struct Answer
{
    int status = 0;
    QByteArray reason;
    QList<QPair<QByteArray, QByteArray>> headers; // names in lower case
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[headerName, value] : headers) {
            if (headerName == name)
                return value;
        }
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QJsonObject rpcError() const { return json().value(QLatin1String("error")).toObject(); }
    QJsonObject errorData() const { return rpcError().value(QLatin1String("data")).toObject(); }
    // Any JSON value, scalars included (JSON-2 answers `15` or `null`).
    QJsonValue value() const
    {
        const QJsonDocument wrapped = QJsonDocument::fromJson('[' + body + ']');
        return wrapped.isArray() && wrapped.array().size() == 1 ? wrapped.array().first()
                                                                : QJsonValue::Undefined;
    }
};

// What came back on a raw socket: the response head and body, and whether the server closed.
struct RawAnswer
{
    QByteArray head;
    QByteArray body;
    bool closed = false;
    QByteArray rest; // bytes after the first response (a pipelined second one)

    int status() const { return head.mid(9, 3).toInt(); }
    bool hasHeader(const QByteArray &line) const { return head.toLower().contains(line.toLower()); }
};

// Splits `buffer` into the first HTTP response (by Content-Length) and the rest; false while
// incomplete.
bool splitResponse(const QByteArray &buffer, RawAnswer *answer)
{
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return false;
    const QByteArray head = buffer.left(headEnd);
    qint64 length = 0;
    for (const QByteArray &line : head.split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    if (head.startsWith("HTTP/1.1 101"))
        length = 0;
    if (buffer.size() < headEnd + 4 + length)
        return false;
    answer->head = head;
    answer->body = buffer.mid(headEnd + 4, length);
    answer->rest = buffer.mid(headEnd + 4 + length);
    return true;
}

QJsonObject rpcEnvelope(const QJsonObject &params, int id = 1)
{
    return {{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
            {QStringLiteral("method"), QStringLiteral("call")},
            {QStringLiteral("params"), params},
            {QStringLiteral("id"), id}};
}

// [value]: QJsonArray{anArray} would copy the array instead of nesting it.
QJsonArray single(const QJsonValue &value)
{
    QJsonArray array;
    array.append(value);
    return array;
}

QByteArray toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TestSimServer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimDatabase> m_database;
    std::unique_ptr<SimBackend> m_backend;
    std::unique_ptr<SimHttpServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    int m_flavor = 17;

    QString database() const { return m_backend->databaseName(); }
    int adminUid() const
    {
        return m_backend->authenticatePassword(QStringLiteral("admin"), QStringLiteral("admin"));
    }

    bool start(int flavor)
    {
        m_server.reset();
        m_backend.reset();
        m_database.reset();
        m_flavor = flavor;
        m_database =
            std::make_unique<SimDatabase>(SimSchema::load(flavor), QStringLiteral("odoo%1").arg(flavor));
        m_backend = std::make_unique<SimBackend>(m_database.get());
        m_server = std::make_unique<SimHttpServer>(m_backend.get());
        m_network = std::make_unique<QNetworkAccessManager>();
        m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        return m_server->listen(QHostAddress::LocalHost);
    }

    QUrl url(const QByteArray &target) const
    {
        return QUrl(m_server->baseUrl().toString() + QString::fromLatin1(target));
    }

    static Answer send(QNetworkAccessManager &network, const QByteArray &verb, const QUrl &url,
                       const QByteArray &body = {}, const QList<QPair<QByteArray, QByteArray>> &headers = {},
                       int timeoutMs = 10000)
    {
        QNetworkRequest request(url);
        if (!body.isEmpty() || verb == "POST")
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        request.setTransferTimeout(timeoutMs);
        QNetworkReply *reply = network.sendCustomRequest(request, verb, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(timeoutMs + 5000);
        Answer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            answer.headers.append({name.toLower(), value});
        if (reply->isOpen())
            answer.body = reply->readAll();
        answer.error = reply->error();
        reply->deleteLater();
        return answer;
    }

    Answer post(const QByteArray &path, const QByteArray &body,
                const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return send(*m_network, "POST", url(path), body, headers);
    }

    Answer jsonRpc(const QString &service, const QString &method, const QJsonArray &args, int id = 1)
    {
        return post("/jsonrpc", toJson(rpcEnvelope({{QStringLiteral("service"), service},
                                                    {QStringLiteral("method"), method},
                                                    {QStringLiteral("args"), args}},
                                                   id)));
    }

    Answer executeKw(const QString &model, const QString &method, const QJsonArray &args,
                     const QJsonObject &kwargs = {}, const QString &secret = QStringLiteral("admin"))
    {
        return jsonRpc(QStringLiteral("object"), QStringLiteral("execute_kw"),
                       {database(), adminUid(), secret, model, method, args, kwargs});
    }

    // Logs in through the web session on `network`, whose cookie jar then holds the session.
    Answer authenticate(QNetworkAccessManager &network, const QString &login, const QString &password)
    {
        return send(network, "POST", url("/web/session/authenticate"),
                    toJson(rpcEnvelope({{QStringLiteral("db"), database()},
                                        {QStringLiteral("login"), login},
                                        {QStringLiteral("password"), password}})));
    }

    Answer json2(const QByteArray &path, const QJsonObject &body, const QByteArray &apiKey,
                 const QByteArray &verb = "POST", bool withDatabase = true)
    {
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!apiKey.isEmpty())
            headers.append({"Authorization", "bearer " + apiKey});
        if (withDatabase)
            headers.append({"X-Odoo-Database", database().toUtf8()});
        return send(*m_network, verb, url(path), verb == "POST" ? toJson(body) : QByteArray(), headers);
    }

    QByteArray adminApiKey() const { return m_backend->apiKeys().value(QStringLiteral("admin")).toUtf8(); }

    // Sends raw bytes on a new connection and collects the first answer (and what follows).
    RawAnswer raw(const QByteArray &bytes, int waitMs = 5000, QTcpSocket *reuse = nullptr)
    {
        QTcpSocket local;
        QTcpSocket *socket = reuse ? reuse : &local;
        if (socket->state() != QAbstractSocket::ConnectedState) {
            socket->connectToHost(QHostAddress::LocalHost, m_server->port());
            if (!QTest::qWaitFor([socket] { return socket->state() == QAbstractSocket::ConnectedState; },
                                 5000))
                return {};
        }
        socket->write(bytes);
        QByteArray buffer;
        RawAnswer answer;
        const bool done = QTest::qWaitFor(
            [&] {
                buffer += socket->readAll();
                return splitResponse(buffer, &answer) || socket->state() == QAbstractSocket::UnconnectedState;
            },
            waitMs);
        buffer += socket->readAll();
        if (answer.head.isEmpty())
            splitResponse(buffer, &answer);
        answer.closed = socket->state() == QAbstractSocket::UnconnectedState;
        Q_UNUSED(done)
        return answer;
    }

    QByteArray handshake(const QByteArray &extraHeaders, const QByteArray &version = "13") const
    {
        const QByteArray query =
            m_flavor >= 18 ? "?version=" + QByteArray::number(m_flavor) + ".0-2" : QByteArray();
        return "GET /websocket" + query +
               " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(m_server->port()) +
               "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: "
               "NBjFXUu24ZC31PUcC7/XQA==\r\n"
               "Sec-WebSocket-Version: " +
               version + "\r\n" + extraHeaders + "\r\n";
    }

    // A subscribed bus websocket (`sessionId` empty for a public one) and a spy on its frames,
    // set up before subscribing so that a replay cannot be missed.
    struct BusClient
    {
        std::unique_ptr<QWebSocket> socket;
        std::unique_ptr<QSignalSpy> frames;
        explicit operator bool() const { return bool(socket); }
    };
    BusClient openBus(const QByteArray &sessionId, qint64 last = 0)
    {
        BusClient client;
        auto socket = std::make_unique<QWebSocket>(QStringLiteral("http://127.0.0.1"));
        QUrl wsUrl = m_server->baseUrl();
        wsUrl.setScheme(QStringLiteral("ws"));
        wsUrl.setPath(QStringLiteral("/websocket"));
        if (m_flavor >= 18)
            wsUrl.setQuery(QStringLiteral("version=%1.0-2").arg(m_flavor));
        QNetworkRequest request(wsUrl);
        if (!sessionId.isEmpty())
            request.setRawHeader("Cookie", "session_id=" + sessionId);
        QSignalSpy connected(socket.get(), &QWebSocket::connected);
        socket->open(request);
        if (!connected.wait(5000))
            return client;
        auto frames = std::make_unique<QSignalSpy>(socket.get(), &QWebSocket::textMessageReceived);
        QSignalSpy subscribed(&m_server->bus(), &SimBus::subscribed);
        socket->sendTextMessage(QString::fromUtf8(
            toJson({{QStringLiteral("event_name"), QStringLiteral("subscribe")},
                    {QStringLiteral("data"), QJsonObject{{QStringLiteral("channels"), QJsonArray()},
                                                         {QStringLiteral("last"), last}}}})));
        if (!subscribed.wait(5000))
            return client;
        client.socket = std::move(socket);
        client.frames = std::move(frames);
        return client;
    }

    static QJsonArray frameAt(const QSignalSpy &frames, qsizetype index)
    {
        return QJsonDocument::fromJson(frames.at(index).first().toString().toUtf8()).array();
    }

    static QByteArray sessionIdFrom(const Answer &answer)
    {
        const QByteArray cookie = answer.header("set-cookie");
        const qsizetype start = cookie.indexOf("session_id=");
        if (start < 0)
            return {};
        const qsizetype end = cookie.indexOf(';', start);
        return cookie.mid(start + 11, end - start - 11);
    }

    static void addFlavors()
    {
        QTest::addColumn<int>("flavor");
        QTest::newRow("17") << 17;
        QTest::newRow("18") << 18;
        QTest::newRow("19") << 19;
    }

private Q_SLOTS:
    void cleanup()
    {
        m_network.reset();
        m_server.reset();
        m_backend.reset();
        m_database.reset();
    }

    void versionRoutes_data() { addFlavors(); }
    void versionRoutes()
    {
        QFETCH(int, flavor);
        QVERIFY(start(flavor));
        const Answer web = send(*m_network, "GET", url("/web/version"));
        QCOMPARE(web.status, 200);
        QCOMPARE(web.header("content-type"), QByteArray("application/json; charset=utf-8"));
        QVERIFY(web.header("server").startsWith("Werkzeug/"));
        QVERIFY(web.header("date").endsWith(" GMT"));
        QCOMPARE(web.json().value(QLatin1String("server_version_info")).toArray().first().toInt(), flavor);

        const Answer common = jsonRpc(QStringLiteral("common"), QStringLiteral("version"), {}, 4);
        QCOMPARE(common.status, 200);
        QCOMPARE(common.json().value(QLatin1String("id")).toInt(), 4);
        const QJsonObject result = common.json().value(QLatin1String("result")).toObject();
        QCOMPARE(result.value(QLatin1String("server_serie")).toString(), QStringLiteral("%1.0").arg(flavor));
        QCOMPARE(result, m_backend->versionInfo());
        // Python's spacing, like the recorded servers.
        QVERIFY(common.body.startsWith("{\"jsonrpc\": \"2.0\", \"id\": 4, \"result\": {"));
    }

    void commonLogin_data() { addFlavors(); }
    void commonLogin()
    {
        QFETCH(int, flavor);
        QVERIFY(start(flavor));
        const int uid = adminUid();
        QVERIFY(uid > 0);
        for (const QString &method : {QStringLiteral("login"), QStringLiteral("authenticate")}) {
            QJsonArray args{database(), QStringLiteral("admin"), QStringLiteral("admin")};
            if (method == QLatin1String("authenticate"))
                args.append(QJsonObject());
            QCOMPARE(
                jsonRpc(QStringLiteral("common"), method, args).json().value(QLatin1String("result")).toInt(),
                uid);
            args[2] = QStringLiteral("wrong-password");
            const Answer wrong = jsonRpc(QStringLiteral("common"), method, args);
            QCOMPARE(wrong.json().value(QLatin1String("result")), QJsonValue(false));
            QVERIFY(!wrong.json().contains(QLatin1String("error")));
            args[2] = QString::fromUtf8(adminApiKey());
            QCOMPARE(
                jsonRpc(QStringLiteral("common"), method, args).json().value(QLatin1String("result")).toInt(),
                uid);
        }

        const Answer unknownDb =
            jsonRpc(QStringLiteral("common"), QStringLiteral("login"),
                    {QStringLiteral("no_such_db"), QStringLiteral("admin"), QStringLiteral("admin")});
        QCOMPARE(unknownDb.status, 200);
        QCOMPARE(unknownDb.rpcError().value(QLatin1String("code")).toInt(), flavor >= 19 ? 0 : 200);
        QCOMPARE(unknownDb.errorData().value(QLatin1String("name")).toString(),
                 QStringLiteral("psycopg2.OperationalError"));
        QCOMPARE(unknownDb.errorData().value(QLatin1String("message")).toString(),
                 QStringLiteral("connection to server at \"127.0.0.1\", port 5432 failed: FATAL:  database "
                                "\"no_such_db\" does not exist\n"));
        if (ContractLibrary::isAvailable()) {
            const ContractExchange recorded =
                ContractLibrary::exchange(QString::number(flavor), QStringLiteral("10"));
            const QJsonObject recordedData = QJsonDocument::fromJson(recorded.responseBody)
                                                 .object()
                                                 .value(QLatin1String("error"))
                                                 .toObject()
                                                 .value(QLatin1String("data"))
                                                 .toObject();
            QCOMPARE(unknownDb.errorData().value(QLatin1String("message")),
                     recordedData.value(QLatin1String("message")));
            QCOMPARE(unknownDb.errorData().keys(), recordedData.keys());
        }
    }

    void executeKwRoundTrip_data() { addFlavors(); }
    void executeKwRoundTrip()
    {
        QFETCH(int, flavor);
        QVERIFY(start(flavor));
        const Answer created =
            executeKw(QStringLiteral("res.partner"), QStringLiteral("create"),
                      {QJsonObject{{QStringLiteral("name"), QStringLiteral("Sim Partner")}}});
        QVERIFY2(created.json().contains(QLatin1String("result")), created.body.constData());
        const int id = created.json().value(QLatin1String("result")).toInt();
        QVERIFY(id > 0);
        QCOMPARE(m_database->rawValue(QStringLiteral("res.partner"), id, QStringLiteral("name")).toString(),
                 QStringLiteral("Sim Partner"));

        const Answer written =
            executeKw(QStringLiteral("res.partner"), QStringLiteral("write"),
                      {QJsonArray{id}, QJsonObject{{QStringLiteral("name"), QStringLiteral("Renamed")}}});
        QCOMPARE(written.json().value(QLatin1String("result")), QJsonValue(true));

        const Answer found =
            executeKw(QStringLiteral("res.partner"), QStringLiteral("search_read"),
                      single(single(QJsonArray{QStringLiteral("id"), QStringLiteral("="), id})),
                      {{QStringLiteral("fields"), QJsonArray{QStringLiteral("name")}}});
        const QJsonArray records = found.json().value(QLatin1String("result")).toArray();
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("Renamed"));
        QCOMPARE(found.header("x-content-type-options"), QByteArray("nosniff"));
    }

    void errorsHaveOdooShape_data() { addFlavors(); }
    void errorsHaveOdooShape()
    {
        QFETCH(int, flavor);
        QVERIFY(start(flavor));
        const Answer denied = executeKw(QStringLiteral("res.partner"), QStringLiteral("search_count"),
                                        single(QJsonArray()), {}, QStringLiteral("wrong-password"));
        QCOMPARE(denied.status, 200);
        const QJsonObject error = denied.rpcError();
        QCOMPARE(error.value(QLatin1String("code")).toInt(), flavor >= 19 ? 0 : 200);
        QCOMPARE(error.value(QLatin1String("message")).toString(), QStringLiteral("Odoo Server Error"));
        const QJsonObject data = denied.errorData();
        QCOMPARE(data.value(QLatin1String("name")).toString(),
                 QStringLiteral("odoo.exceptions.AccessDenied"));
        QCOMPARE(data.value(QLatin1String("message")).toString(), QStringLiteral("Access Denied"));
        QCOMPARE(data.value(QLatin1String("arguments")).toArray(),
                 QJsonArray{QStringLiteral("Access Denied")});
        QCOMPARE(data.value(QLatin1String("context")).toObject(), QJsonObject());
        QVERIFY(data.value(QLatin1String("debug")).toString().startsWith(QStringLiteral("Traceback")));
        // Key order as each version writes it.
        QVERIFY(denied.body.contains(
            flavor >= 19 ? "\"data\": {\"name\": \"odoo.exceptions.AccessDenied\", \"message\""
                         : "\"data\": {\"name\": \"odoo.exceptions.AccessDenied\", \"debug\""));
        QVERIFY(denied.header("x-content-type-options").isEmpty());

        const Answer unknownService = jsonRpc(QStringLiteral("nosuch"), QStringLiteral("x"), {}, 50);
        QCOMPARE(unknownService.errorData().value(QLatin1String("name")).toString(),
                 QStringLiteral("builtins.KeyError"));
        QCOMPARE(unknownService.errorData().value(QLatin1String("message")).toString(),
                 QStringLiteral("nosuch"));
        QCOMPARE(unknownService.json().value(QLatin1String("id")).toInt(), 50);

        const Answer malformed =
            post("/jsonrpc", "{\"jsonrpc\": \"2.0\", \"method\": \"call\", \"params\": ");
        QCOMPARE(malformed.status, 400);
        QCOMPARE(malformed.header("content-type"), QByteArray("text/html; charset=utf-8"));
        QCOMPARE(malformed.body, QByteArray("Invalid JSON data"));
        if (ContractLibrary::isAvailable()) {
            const ContractExchange recorded =
                ContractLibrary::exchange(QString::number(flavor), QStringLiteral("51"));
            QCOMPARE(malformed.status, recorded.status);
            QCOMPARE(malformed.body, recorded.responseBody);
        }
    }

    void noneResultHasNeitherResultNorError()
    {
        QVERIFY(start(17));
        const int partner = m_database->insert(QStringLiteral("res.partner"),
                                               {{QStringLiteral("name"), QStringLiteral("Vendor")}}, 1);
        const Answer created = executeKw(QStringLiteral("purchase.order"), QStringLiteral("create"),
                                         {QJsonObject{{QStringLiteral("partner_id"), partner}}});
        const int order = created.json().value(QLatin1String("result")).toInt();
        QVERIFY2(order > 0, created.body.constData());
        const Answer cancelled =
            jsonRpc(QStringLiteral("object"), QStringLiteral("execute_kw"),
                    {database(), adminUid(), QStringLiteral("admin"), QStringLiteral("purchase.order"),
                     QStringLiteral("button_cancel"), single(single(order))},
                    7);
        QCOMPARE(cancelled.status, 200);
        QCOMPARE(cancelled.body, QByteArray("{\"jsonrpc\": \"2.0\", \"id\": 7}"));
    }

    void webSession_data() { addFlavors(); }
    void webSession()
    {
        QFETCH(int, flavor);
        QVERIFY(start(flavor));
        const Answer login = authenticate(*m_network, QStringLiteral("admin"), QStringLiteral("admin"));
        QCOMPARE(login.status, 200);
        QCOMPARE(login.json().value(QLatin1String("result")).toObject().value(QLatin1String("uid")).toInt(),
                 adminUid());
        const QByteArray cookie = login.header("set-cookie");
        QVERIFY(cookie.contains("; Max-Age=604800; HttpOnly; Path=/"));
        const QByteArray sessionId = sessionIdFrom(login);
        QVERIFY(sessionId.size() >= 40);
        QCOMPARE(m_server->sessions().peekUid(sessionId), adminUid());

        const Answer info = post("/web/session/get_session_info", toJson(rpcEnvelope({}, 3)));
        QCOMPARE(info.json().value(QLatin1String("result")).toObject().value(QLatin1String("uid")).toInt(),
                 adminUid());

        const QJsonObject callParams{
            {QStringLiteral("model"), QStringLiteral("res.partner")},
            {QStringLiteral("method"), QStringLiteral("search_read")},
            {QStringLiteral("args"), QJsonArray()},
            {QStringLiteral("kwargs"),
             QJsonObject{{QStringLiteral("domain"), QJsonArray()},
                         {QStringLiteral("fields"), QJsonArray{QStringLiteral("name")}}}}};
        const Answer call =
            post("/web/dataset/call_kw/res.partner/search_read", toJson(rpcEnvelope(callParams, 51)));
        QVERIFY2(call.json().value(QLatin1String("result")).isArray(), call.body.constData());
        QVERIFY(!call.json().value(QLatin1String("result")).toArray().isEmpty());

        // Without the cookie: exactly the recorded "no session" answer, traceback aside.
        QNetworkAccessManager anonymous;
        const Answer expired = send(anonymous, "POST", url("/web/dataset/call_kw/res.partner/search_read"),
                                    toJson(rpcEnvelope(callParams, 52)));
        QCOMPARE(expired.status, 200);
        QCOMPARE(expired.json().value(QLatin1String("id")), QJsonValue(QJsonValue::Null));
        QCOMPARE(expired.rpcError().value(QLatin1String("code")).toInt(), 100);
        QCOMPARE(expired.rpcError().value(QLatin1String("message")).toString(),
                 QStringLiteral("Odoo Session Expired"));
        if (ContractLibrary::isAvailable()) {
            const ContractExchange recorded =
                ContractLibrary::exchange(QString::number(flavor), QStringLiteral("53"));
            QJsonObject recordedError = QJsonDocument::fromJson(recorded.responseBody).object();
            QJsonObject ours = expired.json();
            for (QJsonObject *envelope : {&recordedError, &ours}) {
                QJsonObject error = envelope->value(QLatin1String("error")).toObject();
                QJsonObject data = error.value(QLatin1String("data")).toObject();
                data.remove(QStringLiteral("debug"));
                error.insert(QStringLiteral("data"), data);
                envelope->insert(QStringLiteral("error"), error);
            }
            QCOMPARE(ours, recordedError);
        }

        const Answer badPassword = authenticate(anonymous, QStringLiteral("admin"), QStringLiteral("wrong"));
        QCOMPARE(badPassword.errorData().value(QLatin1String("name")).toString(),
                 QStringLiteral("odoo.exceptions.AccessDenied"));
        QVERIFY(badPassword.header("set-cookie").isEmpty());

        const Answer destroyed = post("/web/session/destroy", toJson(rpcEnvelope({}, 9)));
        QCOMPARE(destroyed.body, QByteArray("{\"jsonrpc\": \"2.0\", \"id\": 9}"));
        const Answer after = post("/web/session/get_session_info", toJson(rpcEnvelope({}, 10)));
        QCOMPARE(after.rpcError().value(QLatin1String("code")).toInt(), 100);
    }

    void sessionIdleTimeout()
    {
        QVERIFY(start(18));
        QVERIFY(authenticate(*m_network, QStringLiteral("admin"), QStringLiteral("admin")).status == 200);
        m_server->sessions().setIdleTimeout(30ms);
        QTest::qWait(80);
        const Answer info = post("/web/session/get_session_info", toJson(rpcEnvelope({})));
        QCOMPARE(info.rpcError().value(QLatin1String("code")).toInt(), 100);
        QCOMPARE(m_server->sessions().count(), 0);
    }

    void json2OnOdoo19()
    {
        QVERIFY(start(19));
        const QByteArray key = adminApiKey();
        QVERIFY(!key.isEmpty());

        const Answer count =
            json2("/json/2/res.partner/search_count", {{QStringLiteral("domain"), QJsonArray()}}, key);
        QCOMPARE(count.status, 200);
        QCOMPARE(count.header("content-type"), QByteArray("application/json; charset=utf-8"));
        QVERIFY(count.value().isDouble());
        QCOMPARE(count.value().toInt(), m_database->count(QStringLiteral("res.partner")));

        const Answer context = json2("/json/2/res.users/context_get", {}, key, "POST", false);
        QCOMPARE(context.status, 200);
        QCOMPARE(context.json().value(QLatin1String("uid")).toInt(), adminUid());

        const Answer badKey = json2("/json/2/res.partner/search_count", {}, "not-a-valid-key");
        QCOMPARE(badKey.status, 401);
        QCOMPARE(badKey.header("www-authenticate").trimmed(), QByteArray("Bearer")); // QNAM trims the value
        QCOMPARE(badKey.json().value(QLatin1String("name")).toString(),
                 QStringLiteral("werkzeug.exceptions.Unauthorized"));
        QCOMPARE(badKey.json().value(QLatin1String("message")).toString(), QStringLiteral("Invalid apikey"));
        QCOMPARE(badKey.json().value(QLatin1String("arguments")).toArray(),
                 (QJsonArray{QStringLiteral("Invalid apikey"), 401}));

        const Answer noHeader = json2("/json/2/res.partner/search_count", {}, {});
        QCOMPARE(noHeader.status, 401);
        QVERIFY(noHeader.json()
                    .value(QLatin1String("message"))
                    .toString()
                    .startsWith(QStringLiteral("User not authenticated")));

        const Answer noModel = json2("/json/2/no.such.model/search_read", {}, key);
        QCOMPARE(noModel.status, 404);
        QCOMPARE(noModel.json().value(QLatin1String("name")).toString(),
                 QStringLiteral("werkzeug.exceptions.NotFound"));
        QCOMPARE(noModel.json().value(QLatin1String("message")).toString(),
                 QStringLiteral("the model 'no.such.model' does not exist"));

        const Answer noMethod =
            json2("/json/2/res.partner/no_such_method", {{QStringLiteral("ids"), QJsonArray{1}}}, key);
        QCOMPARE(noMethod.status, 404);
        QCOMPARE(noMethod.json().value(QLatin1String("message")).toString(),
                 QStringLiteral("The method 'res.partner.no_such_method' does not exist"));

        const Answer privateMethod =
            json2("/json/2/res.partner/_foo", {{QStringLiteral("ids"), QJsonArray{1}}}, key);
        QCOMPARE(privateMethod.status, 403);
        QCOMPARE(privateMethod.json().value(QLatin1String("name")).toString(),
                 QStringLiteral("odoo.exceptions.AccessError"));
        QCOMPARE(privateMethod.json().value(QLatin1String("arguments")).toArray().size(), 1);

        const Answer get = json2("/json/2/res.partner/search_read", {}, key, "GET");
        QCOMPARE(get.status, 404);
        QCOMPARE(get.json().value(QLatin1String("message")).toString(),
                 QStringLiteral("Did you mean POST /json/2/<model>/<method>?"));

        // Shapes as recorded: same keys, same messages where the names are the same.
        if (ContractLibrary::isAvailable()) {
            const QJsonObject recorded =
                QJsonDocument::fromJson(
                    ContractLibrary::exchange(QStringLiteral("19"), QStringLiteral("59")).responseBody)
                    .object();
            QCOMPARE(noModel.json().keys(), recorded.keys());
            QCOMPARE(noModel.json().value(QLatin1String("arguments")),
                     recorded.value(QLatin1String("arguments")));
        }
    }

    void json2OnOlderVersions()
    {
        QVERIFY(start(17));
        const Answer on17 = json2("/json/2/purchase.order/search_read", {}, adminApiKey());
        QCOMPARE(on17.status, 404);
        QCOMPARE(on17.header("content-type"), QByteArray("text/html;charset=utf-8"));
        QVERIFY(on17.body.startsWith("<!DOCTYPE html>"));

        QVERIFY(start(18));
        const Answer on18 = json2("/json/2/purchase.order/search_read", {}, adminApiKey());
        QCOMPARE(on18.status, 303);
        QCOMPARE(on18.reason, QByteArray("SEE OTHER"));
        QCOMPARE(on18.header("location"),
                 QByteArray("/web/login?redirect=%2Fjson%2F2%2Fpurchase.order%2Fsearch_read%3F"));
        if (ContractLibrary::isAvailable()) {
            const ContractExchange recorded =
                ContractLibrary::exchange(QStringLiteral("18"), QStringLiteral("56"));
            QCOMPARE(on18.header("location"), recorded.responseHeader("Location"));
            QCOMPARE(on18.body, recorded.responseBody);
        }

        const Answer unknown = send(*m_network, "GET", url("/no/such/page"));
        QCOMPARE(unknown.status, 404);
        QVERIFY(unknown.header("content-type").startsWith("text/html"));
    }

    void keepAliveAndPipelining()
    {
        QVERIFY(start(17));
        const int before = m_server->connectionsAccepted();
        for (int i = 0; i < 5; ++i)
            QCOMPARE(jsonRpc(QStringLiteral("common"), QStringLiteral("version"), {}, i).status, 200);
        // Five sequential requests, one TCP connection.
        QCOMPARE(m_server->connectionsAccepted() - before, 1);

        // Two requests in one write: two answers, in order, on the same connection.
        const QByteArray first = toJson(rpcEnvelope({{QStringLiteral("service"), QStringLiteral("common")},
                                                     {QStringLiteral("method"), QStringLiteral("version")},
                                                     {QStringLiteral("args"), QJsonArray()}},
                                                    101));
        const QByteArray second = QByteArray(first).replace("101", "102");
        const QByteArray request =
            "POST /jsonrpc HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            "Content-Length: " +
            QByteArray::number(first.size()) + "\r\n\r\n" + first +
            "POST /jsonrpc HTTP/1.1\r\nHost: x\r\nContent-Length: " + QByteArray::number(second.size()) +
            "\r\n\r\n" + second;
        QTcpSocket socket;
        RawAnswer one = raw(request, 5000, &socket);
        QCOMPARE(one.status(), 200);
        QVERIFY(one.body.contains("\"id\": 101"));
        QByteArray buffer = one.rest;
        RawAnswer two;
        QVERIFY(QTest::qWaitFor(
            [&] {
                buffer += socket.readAll();
                return splitResponse(buffer, &two);
            },
            5000));
        QVERIFY(two.body.contains("\"id\": 102"));
        QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);

        // Connection: close is honoured.
        const QByteArray closing = "GET /web/version HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
        QTcpSocket closingSocket;
        const RawAnswer closed = raw(closing, 5000, &closingSocket);
        QCOMPARE(closed.status(), 200);
        QVERIFY(closed.hasHeader("Connection: close"));
        QVERIFY(QTest::qWaitFor([&] { return closingSocket.state() == QAbstractSocket::UnconnectedState; },
                                5000));
    }

    void largeBodiesAndChunkedUploads()
    {
        QVERIFY(start(17));
        // A 4 MB request body arrives whole: the JSON parses and the login says "false".
        const QString huge(4 * 1024 * 1024, QLatin1Char('x'));
        const Answer big = jsonRpc(QStringLiteral("common"), QStringLiteral("login"),
                                   {database(), QStringLiteral("admin"), huge});
        QCOMPARE(big.status, 200);
        QCOMPARE(big.json().value(QLatin1String("result")), QJsonValue(false));

        const RawAnswer chunked =
            raw("POST /jsonrpc HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                "2\r\n{}\r\n0\r\n\r\n");
        QCOMPARE(chunked.status(), 411);
        QVERIFY(chunked.closed || chunked.hasHeader("Connection: close"));
    }

    void websocketHandshakeRules_data() { addFlavors(); }
    void websocketHandshakeRules()
    {
        QFETCH(int, flavor);
        QVERIFY(start(flavor));
        const QByteArray origin = "Origin: http://127.0.0.1\r\n";
        const RawAnswer noOrigin = raw(handshake({}));
        QCOMPARE(noOrigin.status(), 400);
        QVERIFY(noOrigin.body.contains("Empty or missing header(s): origin"));
        QCOMPARE(noOrigin.body.size(), 125); // the recorded Content-Length

        const RawAnswer badVersion = raw(handshake(origin, "8"));
        QCOMPARE(badVersion.status(), 500);
        QCOMPARE(badVersion.body.size(), 265);

        const QByteArray query = flavor >= 18 ? QByteArray("?version=x") : QByteArray();
        const RawAnswer plain = raw("GET /websocket" + query + " HTTP/1.1\r\nHost: x\r\n\r\n");
        QCOMPARE(plain.status(), 400);

        const RawAnswer upgraded = raw(handshake(origin));
        QCOMPARE(upgraded.status(), 101);
        QVERIFY(upgraded.hasHeader("Upgrade: websocket"));
        // RFC 6455: base64(SHA-1(key + GUID)) for the recorded key.
        QVERIFY(upgraded.hasHeader("Sec-WebSocket-Accept: m7YlgGWGdpry5zD1HUL/3F9l7Kk="));

        if (ContractLibrary::isAvailable()) {
            const QString version = QString::number(flavor);
            const int base = flavor >= 19 ? 73 : 57;
            const QList<QPair<int, int>> expected = {{base, upgraded.status()},
                                                     {base + 2, noOrigin.status()},
                                                     {base + 3, badVersion.status()},
                                                     {base + 4, plain.status()}};
            for (const auto &[number, status] : expected)
                QCOMPARE(ContractLibrary::exchange(version, QString::number(number)).status, status);
            QCOMPARE(plain.body, ContractLibrary::exchange(version, QString::number(base + 4)).responseBody);
        }
    }

    void websocketPushesChanges_data() { addFlavors(); }
    void websocketPushesChanges()
    {
        QFETCH(int, flavor);
        QVERIFY(start(flavor));
        LogCapture logs;
        m_server->bus().setDeliveryDelay(50ms);
        const QByteArray sessionId =
            sessionIdFrom(authenticate(*m_network, QStringLiteral("admin"), QStringLiteral("admin")));
        QVERIFY(!sessionId.isEmpty());
        BusClient bus = openBus(sessionId);
        QVERIFY(bus);
        BusClient publicBus = openBus({});
        QVERIFY(publicBus);
        QCOMPARE(m_server->bus().subscribedCount(), 2);

        // A write through execute_kw on a monitored model is pushed as hq_tower/changed.
        const auto orderChanges = [&bus](qsizetype fromFrame) {
            QList<QJsonObject> changes;
            for (qsizetype i = fromFrame; i < bus.frames->size(); ++i) {
                for (const QJsonValue &notification : frameAt(*bus.frames, i)) {
                    const QJsonObject message =
                        notification.toObject().value(QLatin1String("message")).toObject();
                    const QJsonObject payload = message.value(QLatin1String("payload")).toObject();
                    if (message.value(QLatin1String("type")).toString() ==
                            QLatin1String("hq_tower/changed") &&
                        payload.value(QLatin1String("model")).toString() == QLatin1String("purchase.order"))
                        changes.append(payload);
                }
            }
            return changes;
        };
        const int partner = m_database->insert(QStringLiteral("res.partner"),
                                               {{QStringLiteral("name"), QStringLiteral("Vendor")}}, 1);
        QList<int> orders;
        for (int i = 0; i < 2; ++i) {
            const Answer created = executeKw(QStringLiteral("purchase.order"), QStringLiteral("create"),
                                             {QJsonObject{{QStringLiteral("partner_id"), partner}}});
            orders.append(created.json().value(QLatin1String("result")).toInt());
            QVERIFY2(orders.last() > 0, created.body.constData());
        }
        const qsizetype beforeWrite = bus.frames->size();
        QCOMPARE(executeKw(QStringLiteral("purchase.order"), QStringLiteral("write"),
                           {single(orders.first()),
                            QJsonObject{{QStringLiteral("origin"), QStringLiteral("rush")}}})
                     .json()
                     .value(QLatin1String("result")),
                 QJsonValue(true));
        QTRY_VERIFY_WITH_TIMEOUT(!orderChanges(beforeWrite).isEmpty(), 5000);
        QVERIFY(
            orderChanges(beforeWrite).first().value(QLatin1String("ids")).toArray().contains(orders.first()));
        QVERIFY(frameAt(*bus.frames, beforeWrite).first().toObject().value(QLatin1String("id")).toInteger() >
                0);

        // A burst of writes before the delivery: one frame, one notification, every id.
        QTest::qWait(100);
        const qsizetype beforeBurst = bus.frames->size();
        for (const int order : std::as_const(orders)) {
            QVERIFY(m_database->update(QStringLiteral("purchase.order"), {order},
                                       {{QStringLiteral("origin"), QStringLiteral("burst")}}, adminUid()));
        }
        QVERIFY(bus.frames->wait(5000));
        QTest::qWait(100);
        QCOMPARE(bus.frames->size(), beforeBurst + 1);
        const QList<QJsonObject> burst = orderChanges(beforeBurst);
        QCOMPARE(burst.size(), 1);
        QCOMPARE(burst.first().value(QLatin1String("ids")).toArray(),
                 (QJsonArray{orders.at(0), orders.at(1)}));

        // Writes to models nobody monitors push nothing; monitoring them changes that.
        const int partnerWrites = int(bus.frames->size());
        QCOMPARE(executeKw(QStringLiteral("res.partner"), QStringLiteral("write"),
                           {QJsonArray{partner}, QJsonObject{{QStringLiteral("name"), QStringLiteral("V2")}}})
                     .json()
                     .value(QLatin1String("result")),
                 QJsonValue(true));
        m_server->bus().setDeliveryDelay(20ms);
        m_server->bus().setMonitoredModels({QStringLiteral("res.partner")});
        QCOMPARE(executeKw(QStringLiteral("res.partner"), QStringLiteral("write"),
                           {QJsonArray{partner}, QJsonObject{{QStringLiteral("name"), QStringLiteral("V3")}}})
                     .json()
                     .value(QLatin1String("result")),
                 QJsonValue(true));
        QVERIFY(bus.frames->wait(5000));
        QCOMPARE(bus.frames->size(), partnerWrites + 1);
        const QJsonObject partnerChange = frameAt(*bus.frames, partnerWrites)
                                              .first()
                                              .toObject()
                                              .value(QLatin1String("message"))
                                              .toObject()
                                              .value(QLatin1String("payload"))
                                              .toObject();
        QCOMPARE(partnerChange, (QJsonObject{{QStringLiteral("model"), QStringLiteral("res.partner")},
                                             {QStringLiteral("ids"), QJsonArray{partner}}}));
        // Only a connection with a session gets pushes; and session ids never reach a log.
        QCOMPARE(publicBus.frames->size(), 0);
        QVERIFY(!logs.contains(QString::fromLatin1(sessionId)));
    }

    void websocketReplaysMissedNotifications()
    {
        QVERIFY(start(18));
        m_server->bus().setDeliveryDelay(20ms);
        const QByteArray sessionId =
            sessionIdFrom(authenticate(*m_network, QStringLiteral("admin"), QStringLiteral("admin")));
        const int partner = m_backend->partnerOf(adminUid());
        BusClient bus = openBus(sessionId);
        QVERIFY(bus);
        m_server->bus().notify(partner, QStringLiteral("test/ping"), {{QStringLiteral("n"), 1}});
        QVERIFY(bus.frames->wait(5000));
        const qint64 firstId =
            frameAt(*bus.frames, 0).first().toObject().value(QLatin1String("id")).toInteger();
        QVERIFY(firstId > 0);
        bus = BusClient();
        QTRY_COMPARE(m_server->bus().connectionCount(), 0);

        // While away: two for us, one for someone else.
        QSignalSpy delivered(&m_server->bus(), &SimBus::frameSent);
        m_server->bus().notify(partner, QStringLiteral("test/ping"), {{QStringLiteral("n"), 2}});
        m_server->bus().notify(partner + 1000, QStringLiteral("test/ping"), {{QStringLiteral("n"), 99}});
        m_server->bus().notify(partner, QStringLiteral("test/ping"), {{QStringLiteral("n"), 3}});
        QTest::qWait(100);
        QCOMPARE(delivered.size(), 0); // nobody listening

        BusClient again = openBus(sessionId, firstId);
        QVERIFY(again);
        QVERIFY(again.frames->size() == 1 || again.frames->wait(5000));
        const QJsonArray replay = frameAt(*again.frames, 0);
        QCOMPARE(replay.size(), 2);
        QCOMPARE(replay.at(0)
                     .toObject()
                     .value(QLatin1String("message"))
                     .toObject()
                     .value(QLatin1String("payload")),
                 QJsonValue(QJsonObject{{QStringLiteral("n"), 2}}));
        QCOMPARE(replay.at(1).toObject().value(QLatin1String("id")).toInteger(),
                 m_server->bus().lastNotificationId());

        // Up to date: nothing replayed.
        QSignalSpy none(&m_server->bus(), &SimBus::frameSent);
        BusClient current = openBus(sessionId, m_server->bus().lastNotificationId());
        QVERIFY(current);
        QCOMPARE(none.size(), 0);
    }

    void faultLatency()
    {
        QVERIFY(start(17));
        m_server->faults().setLatency(300ms);
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(send(*m_network, "GET", url("/web/version")).status, 200);
        QVERIFY(clock.elapsed() >= 280);
    }

    void faultBadGateway()
    {
        QVERIFY(start(17));
        m_server->faults().failNext(1, SimFaults::Kind::BadGateway);
        const Answer gateway = jsonRpc(QStringLiteral("common"), QStringLiteral("version"), {});
        QCOMPARE(gateway.status, 502);
        QCOMPARE(gateway.header("server"), QByteArray("nginx"));
        QVERIFY(gateway.body.contains("<title>502 Bad Gateway</title>"));
        QCOMPARE(jsonRpc(QStringLiteral("common"), QStringLiteral("version"), {}).status, 200);

        // Shares: all, and a seeded half that repeats the same way.
        m_server->faults().setBadGatewayShare(1.0);
        QCOMPARE(send(*m_network, "GET", url("/web/version")).status, 502);
        m_server->faults().setBadGatewayShare(0.5);
        QList<int> firstRun;
        QList<int> secondRun;
        for (QList<int> *run : {&firstRun, &secondRun}) {
            m_server->faults().setSeed(42);
            for (int i = 0; i < 16; ++i)
                run->append(send(*m_network, "GET", url("/web/version")).status);
        }
        QCOMPARE(firstRun, secondRun);
        QVERIFY(firstRun.contains(502) && firstRun.contains(200));
    }

    void faultTruncate()
    {
        QVERIFY(start(17));
        const Answer full = jsonRpc(QStringLiteral("common"), QStringLiteral("version"), {});
        m_server->faults().failNext(1, SimFaults::Kind::Truncate);
        const Answer cut = jsonRpc(QStringLiteral("common"), QStringLiteral("version"), {});
        QCOMPARE(cut.status, 200);
        QCOMPARE(cut.body.size(), full.body.size() / 2);
        QCOMPARE(cut.header("content-length").toInt(), cut.body.size());
        QJsonParseError parseError;
        QJsonDocument::fromJson(cut.body, &parseError);
        QVERIFY(parseError.error != QJsonParseError::NoError);

        m_server->faults().setTruncateShare(1.0);
        QCOMPARE(send(*m_network, "GET", url("/web/version")).body.size(),
                 SimHttpServer::toPythonJson(m_backend->versionInfo()).size() / 2);
    }

    void faultDropAndHang()
    {
        QVERIFY(start(17));
        const QByteArray request = "GET /web/version HTTP/1.1\r\nHost: x\r\n\r\n";
        m_server->faults().failNext(1, SimFaults::Kind::Drop);
        const RawAnswer dropped = raw(request);
        QVERIFY(dropped.closed);
        QVERIFY(dropped.head.isEmpty());

        m_server->faults().setDropShare(1.0);
        QVERIFY(raw(request).closed);
        m_server->faults().setDropShare(0.0);
        QCOMPARE(raw(request).status(), 200);

        // A hang: the client's own timeout ends it; the server never answered.
        m_server->faults().failNext(1, SimFaults::Kind::Hang);
        const Answer hung = send(*m_network, "GET", url("/web/version"), {}, {}, 300);
        QVERIFY(hung.error != QNetworkReply::NoError);
        QCOMPARE(hung.status, 0);
        QCOMPARE(m_server->faults().pendingFailures(), 0);
    }

    void faultExpiresSession()
    {
        QVERIFY(start(19));
        QCOMPARE(authenticate(*m_network, QStringLiteral("admin"), QStringLiteral("admin")).status, 200);
        m_server->faults().expireSessionOnNextCall();
        const QJsonObject params{{QStringLiteral("model"), QStringLiteral("res.partner")},
                                 {QStringLiteral("method"), QStringLiteral("search_count")},
                                 {QStringLiteral("args"), single(QJsonArray())},
                                 {QStringLiteral("kwargs"), QJsonObject()}};
        const Answer expired =
            post("/web/dataset/call_kw/res.partner/search_count", toJson(rpcEnvelope(params)));
        QCOMPARE(expired.rpcError().value(QLatin1String("code")).toInt(), 100);
        QCOMPARE(expired.errorData().value(QLatin1String("name")).toString(),
                 QStringLiteral("odoo.http.SessionExpiredException"));
        QCOMPARE(authenticate(*m_network, QStringLiteral("admin"), QStringLiteral("admin")).status, 200);
        const Answer renewed =
            post("/web/dataset/call_kw/res.partner/search_count", toJson(rpcEnvelope(params)));
        QVERIFY2(renewed.json().value(QLatin1String("result")).isDouble(), renewed.body.constData());
    }

    void faultDropsWebSockets()
    {
        QVERIFY(start(17));
        const QByteArray sessionId =
            sessionIdFrom(authenticate(*m_network, QStringLiteral("admin"), QStringLiteral("admin")));
        BusClient bus = openBus(sessionId);
        QVERIFY(bus);
        QCOMPARE(m_server->bus().connectionCount(), 1);
        QSignalSpy disconnected(bus.socket.get(), &QWebSocket::disconnected);
        m_server->faults().dropWebSocketsNow();
        QVERIFY(disconnected.wait(5000));
        QTRY_COMPARE(m_server->bus().connectionCount(), 0);
    }

    void faultFlagsForTheTool()
    {
        QVERIFY(start(17));
        QCommandLineParser parser;
        parser.addOptions(SimFaults::commandLineOptions());
        QVERIFY(parser.parse({QStringLiteral("hqtower-sim"), QStringLiteral("--latency-ms=25"),
                              QStringLiteral("--bad-gateway-share=0.25"), QStringLiteral("--drop-share"),
                              QStringLiteral("0.1"), QStringLiteral("--fault-seed=7")}));
        QString error;
        QVERIFY(m_server->faults().applyCommandLine(parser, &error));
        QCOMPARE(m_server->faults().latency(), 25ms);
        QCOMPARE(m_server->faults().badGatewayShare(), 0.25);
        QCOMPARE(m_server->faults().dropShare(), 0.1);
        QCommandLineParser bad;
        bad.addOptions(SimFaults::commandLineOptions());
        QVERIFY(bad.parse({QStringLiteral("hqtower-sim"), QStringLiteral("--truncate-share=2")}));
        QVERIFY(!m_server->faults().applyCommandLine(bad, &error));
        QVERIFY(error.contains(QStringLiteral("truncate-share")));
    }

    void realClientOpens_data()
    {
        QTest::addColumn<int>("flavor");
        QTest::addColumn<bool>("apiKey");
        QTest::addColumn<bool>("push");
        QTest::addColumn<int>("transport");
        QTest::newRow("17 password + push: web session")
            << 17 << false << true << int(OdooTransport::Kind::WebSession);
        QTest::newRow("18 password: json-rpc") << 18 << false << false << int(OdooTransport::Kind::JsonRpc);
        QTest::newRow("19 api key: json-2") << 19 << true << false << int(OdooTransport::Kind::Json2);
    }
    void realClientOpens()
    {
        QFETCH(int, flavor);
        QFETCH(bool, apiKey);
        QFETCH(bool, push);
        QFETCH(int, transport);
        QVERIFY(start(flavor));
        LogCapture logs;
        ConnectionSettings settings;
        settings.serverUrl = m_server->baseUrl();
        settings.database = database();
        settings.login = QStringLiteral("admin");
        settings.secretKind =
            apiKey ? ConnectionSettings::SecretKind::ApiKey : ConnectionSettings::SecretKind::Password;
        settings.wantLivePush = push;
        const int uid = adminUid();
        // A password no log line could contain by chance.
        m_backend->setPassword(QStringLiteral("admin"), QStringLiteral("Sim-Secret-4471"));
        const QString secret = apiKey ? QString::fromUtf8(adminApiKey()) : QStringLiteral("Sim-Secret-4471");
        OdooConnection connection(settings, secret);
        QSignalSpy opened(&connection, &OdooConnection::opened);
        QSignalSpy failed(&connection, &OdooConnection::openFailed);
        connection.open();
        QVERIFY(QTest::qWaitFor([&] { return opened.size() + failed.size() > 0; }, 10000));
        QVERIFY2(failed.isEmpty(), qPrintable(connection.lastError().userMessage()));
        QCOMPARE(int(connection.serverInfo().transport), transport);
        QCOMPARE(connection.serverInfo().version.major, flavor);
        QCOMPARE(connection.serverInfo().uid, uid);

        OdooCall *call = connection.call(QStringLiteral("res.partner"), QStringLiteral("search_read"),
                                         single(QJsonArray()),
                                         {{QStringLiteral("fields"), QJsonArray{QStringLiteral("name")}}});
        QSignalSpy finished(call, &OdooCall::finished);
        QJsonValue result;
        OdooError callError;
        connect(call, &OdooCall::succeeded, this, [&result](const QJsonValue &value) { result = value; });
        connect(call, &OdooCall::failed, this, [&callError](const OdooError &error) { callError = error; });
        QVERIFY(finished.wait(10000));
        QVERIFY2(!callError.isError(), qPrintable(callError.userMessage()));
        QCOMPARE(result.toArray().size(), m_database->count(QStringLiteral("res.partner")));
        for (const QString &message : logs.messages())
            QVERIFY2(!message.contains(secret), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestSimServer)
#include "tst_simserver.moc"
