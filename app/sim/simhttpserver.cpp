#include "simhttpserver.h"

#include "simbackend.h"
#include "simbus.h"
#include "simcallresult.h"
#include "simdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <cmath>

namespace {

constexpr qint64 kMaxHeaderBytes = 64 * 1024;
constexpr qint64 kMaxBodyBytes = 256 * 1024 * 1024;

const QByteArray kServerHeader = QByteArrayLiteral("Werkzeug/2.2.2 Python/3.11.2");
const QByteArray kJsonType = QByteArrayLiteral("application/json; charset=utf-8");
const QByteArray kHtmlType = QByteArrayLiteral("text/html; charset=utf-8");
const QString kDebug = QStringLiteral("Traceback (most recent call last):\n  (simulated)\n");

// Werkzeug's own error pages, as the captured servers sent them.
const QByteArray kBadRequestPage = QByteArrayLiteral(
    "<!doctype html>\n<html lang=en>\n<title>400 Bad Request</title>\n<h1>Bad Request</h1>\n"
    "<p>The browser (or proxy) sent a request that this server could not understand.</p>\n");
const QByteArray kInternalErrorPage = QByteArrayLiteral(
    "<!doctype html>\n<html lang=en>\n<title>500 Internal Server Error</title>\n<h1>Internal Server "
    "Error</h1>\n"
    "<p>The server encountered an internal error and was unable to complete your request. Either the server "
    "is overloaded or there is an error in the application.</p>\n");

QByteArray httpDate(const QDateTime &moment)
{
    return QLocale::c()
        .toString(moment.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
        .toLatin1();
}

QByteArray pythonString(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 2);
    escaped += QLatin1Char('"');
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            escaped += QLatin1String("\\\"");
            break;
        case '\\':
            escaped += QLatin1String("\\\\");
            break;
        case '\n':
            escaped += QLatin1String("\\n");
            break;
        case '\r':
            escaped += QLatin1String("\\r");
            break;
        case '\t':
            escaped += QLatin1String("\\t");
            break;
        case '\b':
            escaped += QLatin1String("\\b");
            break;
        case '\f':
            escaped += QLatin1String("\\f");
            break;
        default:
            if (c.unicode() < 0x20)
                escaped += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                escaped += c;
        }
    }
    escaped += QLatin1Char('"');
    return escaped.toUtf8();
}

QByteArray pythonNumber(const QJsonValue &value)
{
    if (value.toVariant().typeId() != QMetaType::Double)
        return QByteArray::number(value.toInteger());
    const double number = value.toDouble();
    if (std::isnan(number))
        return QByteArrayLiteral("NaN");
    if (std::isinf(number))
        return number > 0 ? QByteArrayLiteral("Infinity") : QByteArrayLiteral("-Infinity");
    const double magnitude = std::fabs(number);
    // Python's repr: fixed notation from 1e-4 to 1e16, with at least one decimal.
    if (magnitude != 0.0 && (magnitude < 1e-4 || magnitude >= 1e16))
        return QByteArray::number(number, 'e', QLocale::FloatingPointShortest);
    QByteArray text = QByteArray::number(number, 'f', QLocale::FloatingPointShortest);
    if (!text.contains('.'))
        text += ".0";
    return text;
}

// {"key": value, …} with the keys in the order given (Odoo's order, not QJsonObject's).
QByteArray orderedObject(const QList<QPair<QByteArray, QByteArray>> &members)
{
    QByteArray text = "{";
    for (qsizetype i = 0; i < members.size(); ++i) {
        if (i > 0)
            text += ", ";
        text += '"' + members.at(i).first + "\": " + members.at(i).second;
    }
    return text + '}';
}

QString decodeSegment(const QByteArray &segment)
{
    return QString::fromUtf8(QByteArray::fromPercentEncoding(segment));
}

} // namespace

SimHttpServer::SimHttpServer(SimBackend *backend, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_tcpServer(new QTcpServer(this))
    , m_bus(new SimBus(backend, &m_sessions, this))
    , m_faults(&m_sessions, m_bus)
{
    connect(m_tcpServer, &QTcpServer::newConnection, this, &SimHttpServer::onNewConnection);
}

SimHttpServer::~SimHttpServer()
{
    const QList<QTcpSocket *> sockets = m_connections.keys();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
    }
    m_connections.clear();
    delete m_bus;
    m_bus = nullptr;
}

bool SimHttpServer::listen(const QHostAddress &address, quint16 port)
{
    return m_tcpServer->listen(address, port);
}

void SimHttpServer::close()
{
    m_tcpServer->close();
}

bool SimHttpServer::isListening() const
{
    return m_tcpServer->isListening();
}

quint16 SimHttpServer::port() const
{
    return m_tcpServer->serverPort();
}

QUrl SimHttpServer::baseUrl() const
{
    QHostAddress host = m_tcpServer->serverAddress();
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4 || host == QHostAddress::Null)
        host = QHostAddress::LocalHost;
    else if (host == QHostAddress::AnyIPv6)
        host = QHostAddress::LocalHostIPv6;
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(host.toString());
    url.setPort(port());
    return url;
}

QString SimHttpServer::errorString() const
{
    return m_tcpServer->errorString();
}

// ---------------------------------------------------------------------------------------------
// Connections and the HTTP/1.1 framing

void SimHttpServer::onNewConnection()
{
    while (m_tcpServer->hasPendingConnections()) {
        QTcpSocket *socket = m_tcpServer->nextPendingConnection();
        ++m_connectionsAccepted;
        m_connections.insert(socket, Connection());
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { processSocket(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] { onDisconnected(socket); });
        if (socket->bytesAvailable() > 0)
            processSocket(socket);
    }
}

void SimHttpServer::onDisconnected(QTcpSocket *socket)
{
    m_connections.remove(socket);
    socket->disconnect(this);
    socket->deleteLater();
}

void SimHttpServer::processSocket(QTcpSocket *socket)
{
    const auto found = m_connections.constFind(socket);
    if (found == m_connections.constEnd() || found->busy || found->closing)
        return;

    // Empty lines between pipelined requests are allowed (RFC 9112, 2.2).
    char first = 0;
    while (socket->peek(&first, 1) == 1 && (first == '\r' || first == '\n'))
        socket->skip(1);
    const qint64 available = socket->bytesAvailable();
    if (available <= 0)
        return;
    const QByteArray head = socket->peek(qMin(available, kMaxHeaderBytes));
    const qsizetype headEnd = head.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        if (available >= kMaxHeaderBytes) {
            refuse(socket, available, textResponse(431, kHtmlType, kBadRequestPage));
        }
        return;
    }
    const qint64 headerBytes = headEnd + 4;

    SimHttpRequest request;
    const QList<QByteArray> lines = head.left(headEnd).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    bool valid = requestLine.size() == 3 && !requestLine.at(0).isEmpty() &&
                 requestLine.at(1).startsWith('/') && requestLine.at(2).startsWith("HTTP/1.");
    if (valid) {
        request.method = requestLine.at(0);
        request.target = requestLine.at(1);
        request.version = requestLine.at(2);
        const qsizetype question = request.target.indexOf('?');
        request.path = question < 0 ? request.target : request.target.left(question);
        request.query = question < 0 ? QByteArray() : request.target.mid(question + 1);
        for (qsizetype i = 1; i < lines.size() && valid; ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            valid = colon > 0;
            if (valid)
                request.headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
        }
    }
    if (!valid) {
        refuse(socket, available, textResponse(400, kHtmlType, kBadRequestPage));
        return;
    }
    if (request.hasHeader("transfer-encoding")) {
        // Odoo's clients never stream uploads; ask for a length instead of decoding chunks.
        refuse(socket, available, textResponse(411, kHtmlType, {}));
        return;
    }
    qint64 contentLength = 0;
    if (request.hasHeader("content-length")) {
        bool ok = false;
        contentLength = request.header("content-length").toLongLong(&ok);
        if (!ok || contentLength < 0) {
            refuse(socket, available, textResponse(400, kHtmlType, kBadRequestPage));
            return;
        }
        if (contentLength > kMaxBodyBytes) {
            refuse(socket, available, textResponse(413, kHtmlType, {}));
            return;
        }
    }
    if (request.path == "/websocket" && request.method == "GET" && request.hasHeader("upgrade") &&
        contentLength == 0) {
        handleUpgrade(socket, request, headerBytes);
        return;
    }
    if (available < headerBytes + contentLength) {
        Connection &connection = m_connections[socket];
        if (!connection.continueSent && request.header("expect").toLower() == "100-continue") {
            connection.continueSent = true;
            socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        }
        return;
    }
    socket->skip(headerBytes);
    request.body = socket->read(contentLength);
    Connection &connection = m_connections[socket];
    connection.continueSent = false;
    connection.busy = true;
    answer(socket, request);
}

void SimHttpServer::handleUpgrade(QTcpSocket *socket, const SimHttpRequest &request, qint64 headerBytes)
{
    // Odoo's checks, in its order: an upgrade request with every handshake header, then version 13.
    const bool upgrade = request.header("upgrade").toLower().contains("websocket") &&
                         request.header("connection").toLower().contains("upgrade");
    if (!upgrade) {
        Response response = textResponse(400, kHtmlType, kBadRequestPage);
        response.close = true;
        refuse(socket, headerBytes, response);
        return;
    }
    QList<QByteArray> missing;
    for (const char *name :
         {"connection", "host", "origin", "sec-websocket-key", "sec-websocket-version", "upgrade"}) {
        if (request.header(name).isEmpty())
            missing.append(name);
    }
    if (!missing.isEmpty()) {
        refuse(socket, headerBytes,
               textResponse(
                   400, kHtmlType,
                   "<!doctype html>\n<html lang=en>\n<title>400 Bad Request</title>\n<h1>Bad Request</h1>\n"
                   "<p>Empty or missing header(s): " +
                       missing.join(", ") + "</p>\n"));
        return;
    }
    if (request.header("sec-websocket-version") != "13") {
        refuse(socket, headerBytes, textResponse(500, kHtmlType, kInternalErrorPage));
        return;
    }
    if (QByteArray::fromBase64(request.header("sec-websocket-key")).size() != 16) {
        refuse(socket, headerBytes, textResponse(400, kHtmlType, kBadRequestPage));
        return;
    }
    if (m_faults.dropHandshake()) {
        m_connections[socket].closing = true;
        socket->disconnectFromHost();
        return;
    }
    // The handshake bytes are still unread: QWebSocketServer reads them and answers 101.
    m_connections.remove(socket);
    socket->disconnect(this);
    m_bus->acceptUpgrade(socket, request.cookie("session_id"));
}

void SimHttpServer::refuse(QTcpSocket *socket, qint64 bytesToSkip, const Response &response)
{
    socket->skip(bytesToSkip);
    Response closing = response;
    closing.close = true;
    m_connections[socket].busy = true;
    finishAnswer(socket, {}, {}, closing, false);
}

void SimHttpServer::answer(QTcpSocket *socket, const SimHttpRequest &request)
{
    const bool faultable =
        request.path == "/jsonrpc" || request.path.startsWith("/web/") || request.path.startsWith("/json/2/");
    const std::optional<SimFaults::Kind> fault = faultable ? m_faults.nextFault() : std::nullopt;
    if (fault == SimFaults::Kind::Hang)
        return; // the connection stays busy: nothing more is read or answered on it

    Response response = fault == SimFaults::Kind::BadGateway ? badGatewayPage() : handle(request);
    if (fault == SimFaults::Kind::Truncate)
        response.body.truncate(response.body.size() / 2);
    if (!request.keepAlive())
        response.close = true;
    const bool dropped = fault == SimFaults::Kind::Drop;
    const auto latency = faultable ? m_faults.latency() : std::chrono::milliseconds(0);
    const QByteArray method = request.method;
    const QByteArray path = request.path;
    if (latency.count() > 0) {
        QTimer::singleShot(latency, socket, [this, socket, method, path, response, dropped] {
            finishAnswer(socket, method, path, response, dropped);
        });
    } else {
        finishAnswer(socket, method, path, response, dropped);
    }
}

void SimHttpServer::finishAnswer(QTcpSocket *socket, const QByteArray &method, const QByteArray &path,
                                 const Response &response, bool dropped)
{
    const auto found = m_connections.find(socket);
    if (found == m_connections.end())
        return;
    ++m_requestsAnswered;
    if (dropped) {
        found->closing = true;
        socket->disconnectFromHost();
        Q_EMIT requestAnswered(method, path, 0);
        return;
    }
    write(socket, response);
    if (!method.isEmpty())
        Q_EMIT requestAnswered(method, path, response.status);
    if (response.close) {
        found->closing = true;
        socket->disconnectFromHost();
        return;
    }
    found->busy = false;
    // The next pipelined request, if any, on a later event loop turn.
    QMetaObject::invokeMethod(
        socket, [this, socket] { processSocket(socket); }, Qt::QueuedConnection);
}

void SimHttpServer::write(QTcpSocket *socket, const Response &response)
{
    QByteArray server = kServerHeader;
    QList<QPair<QByteArray, QByteArray>> extra;
    for (const auto &header : response.headers) {
        if (header.first.compare("Server", Qt::CaseInsensitive) == 0)
            server = header.second;
        else
            extra.append(header);
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                      reasonPhrase(response.status) + "\r\nServer: " + server +
                      "\r\nDate: " + httpDate(QDateTime::currentDateTimeUtc()) +
                      "\r\nContent-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    if (!response.contentType.isEmpty())
        head += "Content-Type: " + response.contentType + "\r\n";
    for (const auto &[name, value] : extra)
        head += name + ": " + value + "\r\n";
    if (response.close)
        head += "Connection: close\r\n";
    head += "\r\n";
    socket->write(head + response.body);
}

// ---------------------------------------------------------------------------------------------
// Routes

SimHttpServer::Response SimHttpServer::handle(const SimHttpRequest &request)
{
    const QByteArray &path = request.path;
    if (path == "/web/version")
        return jsonResponse(200, toPythonJson(m_backend->versionInfo()), true);
    if (path == "/jsonrpc")
        return rpcRoute(request, RpcRoute::JsonRpc);
    if (path == "/web/session/authenticate")
        return rpcRoute(request, RpcRoute::Authenticate);
    if (path == "/web/session/get_session_info")
        return rpcRoute(request, RpcRoute::SessionInfo);
    if (path == "/web/session/destroy")
        return rpcRoute(request, RpcRoute::Destroy);
    if (path == "/web/dataset/call_kw" || path.startsWith("/web/dataset/call_kw/"))
        return rpcRoute(request, RpcRoute::CallKw);
    if (path == "/web/webclient/version_info")
        return rpcRoute(request, RpcRoute::VersionInfo);
    if (path.startsWith("/json/2/"))
        return json2Route(request);
    if (path == "/websocket") {
        Response response = textResponse(400, kHtmlType, kBadRequestPage);
        response.close = true;
        return response;
    }
    return odooNotFoundPage();
}

SimHttpServer::Response SimHttpServer::rpcRoute(const SimHttpRequest &request, RpcRoute route)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return textResponse(400, kHtmlType, "Invalid JSON data");
    if (!document.isObject())
        return textResponse(400, kHtmlType, "Invalid JSON-RPC data");
    const QJsonObject envelope = document.object();
    const QJsonValue id = envelope.contains(QLatin1String("id")) ? envelope.value(QLatin1String("id"))
                                                                 : QJsonValue(QJsonValue::Null);
    const QJsonObject params = envelope.value(QLatin1String("params")).toObject();

    switch (route) {
    case RpcRoute::JsonRpc:
        return rpcAnswer(id, dispatchJsonRpc(params));
    case RpcRoute::VersionInfo:
        return rpcAnswer(id, SimCallResult::ok(m_backend->versionInfo()));
    case RpcRoute::Authenticate: {
        const QString database = params.value(QLatin1String("db")).toString();
        if (database != m_backend->databaseName())
            return rpcAnswer(id, SimCallResult::fail(databaseMissing(database)));
        const int uid = m_backend->authenticatePassword(params.value(QLatin1String("login")).toString(),
                                                        params.value(QLatin1String("password")).toString());
        if (uid <= 0)
            return rpcAnswer(id, SimCallResult::fail(SimError::accessDenied()));
        return rpcAnswer(id, SimCallResult::ok(m_backend->sessionInfo(uid)), m_sessions.create(uid));
    }
    case RpcRoute::SessionInfo:
    case RpcRoute::Destroy:
    case RpcRoute::CallKw:
        break;
    }

    const QByteArray sessionId = request.cookie("session_id");
    const int uid = m_sessions.uidFor(sessionId);
    if (uid <= 0)
        return sessionExpired();
    if (route == RpcRoute::SessionInfo)
        return rpcAnswer(id, SimCallResult::ok(m_backend->sessionInfo(uid)), sessionId);
    if (route == RpcRoute::Destroy) {
        m_sessions.destroy(sessionId);
        return rpcAnswer(id, SimCallResult::none());
    }
    const QString model = params.value(QLatin1String("model")).toString();
    const QString method = params.value(QLatin1String("method")).toString();
    return rpcAnswer(id, m_backend->call(uid, model, method, params.value(QLatin1String("args")).toArray(),
                                         params.value(QLatin1String("kwargs")).toObject()));
}

SimCallResult SimHttpServer::dispatchJsonRpc(const QJsonObject &params)
{
    const QString service = params.value(QLatin1String("service")).toString();
    const QString method = params.value(QLatin1String("method")).toString();
    const QJsonArray args = params.value(QLatin1String("args")).toArray();
    const auto keyError = [](const QString &key) {
        return SimCallResult::fail({QStringLiteral("builtins.KeyError"), key, 500});
    };
    if (service == QLatin1String("common")) {
        if (method == QLatin1String("version"))
            return SimCallResult::ok(m_backend->versionInfo());
        if (method == QLatin1String("login") || method == QLatin1String("authenticate")) {
            const int required = method == QLatin1String("login") ? 3 : 4;
            if (args.size() < required) {
                return SimCallResult::fail(
                    SimError::typeError(QStringLiteral("exp_%1() missing %2 required positional argument(s)")
                                            .arg(method)
                                            .arg(required - args.size())));
            }
            const QString database = args.at(0).toString();
            if (database != m_backend->databaseName())
                return SimCallResult::fail(databaseMissing(database));
            const int uid = m_backend->authenticate(args.at(1).toString(), args.at(2).toString());
            return SimCallResult::ok(uid > 0 ? QJsonValue(uid) : QJsonValue(false));
        }
        return keyError(QStringLiteral("exp_") + method);
    }
    if (service == QLatin1String("object")) {
        if (method == QLatin1String("execute_kw") || method == QLatin1String("execute"))
            return executeKw(method, args);
        return keyError(QStringLiteral("exp_") + method);
    }
    if (service == QLatin1String("db")) {
        if (method == QLatin1String("list"))
            return SimCallResult::ok(QJsonArray{m_backend->databaseName()});
        if (method == QLatin1String("server_version"))
            return SimCallResult::ok(m_backend->versionInfo().value(QLatin1String("server_version")));
        return keyError(QStringLiteral("exp_") + method);
    }
    return keyError(service);
}

SimCallResult SimHttpServer::executeKw(const QString &method, const QJsonArray &args)
{
    if (args.size() < 5) {
        return SimCallResult::fail(
            SimError::typeError(QStringLiteral("%1() missing %2 required positional argument(s)")
                                    .arg(method)
                                    .arg(5 - args.size())));
    }
    const QString database = args.at(0).toString();
    if (database != m_backend->databaseName())
        return SimCallResult::fail(databaseMissing(database));
    const int uid = args.at(1).toInt();
    if (!args.at(1).isDouble() || !m_backend->checkUidSecret(uid, args.at(2).toString()))
        return SimCallResult::fail(SimError::accessDenied());
    const QString model = args.at(3).toString();
    const QString modelMethod = args.at(4).toString();
    QJsonArray callArgs;
    QJsonObject kwargs;
    if (method == QLatin1String("execute_kw")) {
        callArgs = args.at(5).toArray();
        kwargs = args.at(6).toObject();
    } else {
        for (qsizetype i = 5; i < args.size(); ++i)
            callArgs.append(args.at(i));
    }
    return m_backend->call(uid, model, modelMethod, callArgs, kwargs);
}

SimHttpServer::Response SimHttpServer::json2Route(const SimHttpRequest &request)
{
    const int flavor = m_backend->flavor();
    if (flavor < 18) {
        return odooNotFoundPage();
    }
    if (flavor == 18) {
        // /json/2 is not a route on 18: a catch-all that wants a logged-in user sends to the login.
        const QByteArray location =
            "/web/login?redirect=" +
            QUrl::toPercentEncoding(QString::fromLatin1(request.path + '?' + request.query));
        Response response = textResponse(
            303, kHtmlType,
            "<!doctype html>\n<html lang=en>\n<title>Redirecting...</title>\n<h1>Redirecting...</h1>\n"
            "<p>You should be redirected automatically to the target URL: <a href=\"" +
                location + "\">" + location + "</a>. If not, click the link.\n");
        response.headers.append({"Location", location});
        return response;
    }

    const QList<QByteArray> segments = request.path.mid(int(qstrlen("/json/2/"))).split('/');
    if (segments.size() != 2 || segments.at(0).isEmpty() || segments.at(1).isEmpty())
        return odooNotFoundPage();
    const QString model = decodeSegment(segments.at(0));
    const QString method = decodeSegment(segments.at(1));
    const QString notFound = QStringLiteral("werkzeug.exceptions.NotFound");
    if (request.method != "POST")
        return json2Error(404, notFound, QStringLiteral("Did you mean POST /json/2/<model>/<method>?"), true);

    const QByteArray authorization = request.header("authorization");
    const qsizetype space = authorization.indexOf(' ');
    const QByteArray scheme = space < 0 ? authorization : authorization.left(space);
    const QByteArray token = space < 0 ? QByteArray() : authorization.mid(space + 1).trimmed();
    const QString unauthorized = QStringLiteral("werkzeug.exceptions.Unauthorized");
    if (scheme.toLower() != "bearer" || token.isEmpty()) {
        Response response = json2Error(
            401, unauthorized,
            QStringLiteral("User not authenticated, use an API Key with a Bearer Authorization header."),
            true);
        response.headers.prepend(qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Bearer ")));
        return response;
    }
    const int uid = m_backend->uidForApiKey(QString::fromUtf8(token));
    if (uid <= 0) {
        Response response = json2Error(401, unauthorized, QStringLiteral("Invalid apikey"), true);
        response.headers.prepend(qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Bearer ")));
        return response;
    }
    const QByteArray database = request.header("x-odoo-database");
    if (!database.isEmpty() && QString::fromUtf8(database) != m_backend->databaseName()) {
        return json2Error(
            404, notFound,
            QStringLiteral("The database \"%1\" does not exist.").arg(QString::fromUtf8(database)), true);
    }

    QJsonObject body;
    if (!request.body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject())
            return json2Error(400, QStringLiteral("werkzeug.exceptions.BadRequest"),
                              QStringLiteral("Invalid JSON data"), true);
        body = document.object();
    }
    if (method.startsWith(QLatin1Char('_'))) {
        return json2Error(
            403, QStringLiteral("odoo.exceptions.AccessError"),
            QStringLiteral("Private methods (such as '%1.%2') cannot be called remotely.").arg(model, method),
            false);
    }

    const SimCallResult result = m_backend->callNamed(uid, model, method, body);
    if (!result.error)
        return jsonResponse(200, result.returnedNone ? QByteArrayLiteral("null") : toPythonJson(result.value),
                            true);
    const SimError &error = *result.error;
    // JSON-RPC's ways of saying "no such model / method" are 404s on JSON-2.
    if (error.name == QLatin1String("odoo.exceptions.UserError") &&
        error.message == QStringLiteral("Object %1 doesn't exist").arg(model)) {
        return json2Error(404, notFound, QStringLiteral("the model '%1' does not exist").arg(model), true);
    }
    if (error.name == QLatin1String("builtins.AttributeError") &&
        error.message.contains(QLatin1String("does not exist"))) {
        return json2Error(404, notFound,
                          QStringLiteral("The method '%1.%2' does not exist").arg(model, method), true);
    }
    return json2Error(error.json2Status, error.name, error.message, false);
}

// ---------------------------------------------------------------------------------------------
// Answer shapes

int SimHttpServer::errorCode() const
{
    return m_backend->flavor() >= 19 ? 0 : 200;
}

QByteArray SimHttpServer::errorData(const SimError &error) const
{
    const QByteArray name = pythonString(error.name);
    const QByteArray message = pythonString(error.message);
    const QByteArray arguments = '[' + message + ']';
    const QByteArray debug = pythonString(kDebug);
    if (m_backend->flavor() >= 19) {
        return orderedObject({{"name", name},
                              {"message", message},
                              {"arguments", arguments},
                              {"context", "{}"},
                              {"debug", debug}});
    }
    return orderedObject({{"name", name},
                          {"debug", debug},
                          {"message", message},
                          {"arguments", arguments},
                          {"context", "{}"}});
}

SimHttpServer::Response SimHttpServer::rpcAnswer(const QJsonValue &id, const SimCallResult &result,
                                                 const QByteArray &sessionCookie) const
{
    QList<QPair<QByteArray, QByteArray>> members = {{"jsonrpc", "\"2.0\""}, {"id", toPythonJson(id)}};
    if (result.error) {
        members.append({"error", orderedObject({{"code", QByteArray::number(errorCode())},
                                                {"message", "\"Odoo Server Error\""},
                                                {"data", errorData(*result.error)}})});
        return jsonResponse(200, orderedObject(members));
    }
    if (!result.returnedNone)
        members.append({"result", toPythonJson(result.value)});
    Response response = jsonResponse(200, orderedObject(members), true);
    if (!sessionCookie.isEmpty())
        response.headers.prepend({"Set-Cookie", sessionCookieHeader(sessionCookie)});
    return response;
}

SimHttpServer::Response SimHttpServer::sessionExpired() const
{
    const SimError error{QStringLiteral("odoo.http.SessionExpiredException"),
                         QStringLiteral("Session expired"), 403};
    const QByteArray body = orderedObject({{"jsonrpc", "\"2.0\""},
                                           {"id", "null"},
                                           {"error", orderedObject({{"code", "100"},
                                                                    {"message", "\"Odoo Session Expired\""},
                                                                    {"data", errorData(error)}})}});
    return jsonResponse(200, body);
}

SimHttpServer::Response SimHttpServer::json2Error(int status, const QString &name, const QString &message,
                                                  bool werkzeug)
{
    const QByteArray quoted = pythonString(message);
    // werkzeug's HTTP exceptions carry their status code as a second argument.
    const QByteArray arguments =
        werkzeug ? '[' + quoted + ", " + QByteArray::number(status) + ']' : '[' + quoted + ']';
    return jsonResponse(status, orderedObject({{"name", pythonString(name)},
                                               {"message", quoted},
                                               {"arguments", arguments},
                                               {"context", "{}"},
                                               {"debug", pythonString(kDebug)}}));
}

SimHttpServer::Response SimHttpServer::jsonResponse(int status, const QByteArray &body, bool nosniff)
{
    Response response;
    response.status = status;
    response.contentType = kJsonType;
    response.body = body;
    if (nosniff)
        response.headers.append(qMakePair(QByteArray("X-Content-Type-Options"), QByteArray("nosniff")));
    return response;
}

SimHttpServer::Response SimHttpServer::textResponse(int status, const QByteArray &contentType,
                                                    const QByteArray &body)
{
    Response response;
    response.status = status;
    response.contentType = contentType;
    response.body = body;
    return response;
}

SimHttpServer::Response SimHttpServer::odooNotFoundPage()
{
    // The shape of Odoo's own 404 page (a web page, not werkzeug's), much shortened.
    return textResponse(
        404, QByteArrayLiteral("text/html;charset=utf-8"),
        "<!DOCTYPE html>\n<html>\n    <head>\n        <meta charset=\"utf-8\"/>\n"
        "        <title>Odoo</title>\n    </head>\n    <body>\n        <div id=\"wrapwrap\">\n"
        "            <main>\n                <h1 class=\"visually-hidden\">Error 404</h1>\n"
        "                <h2>We couldn't find the page you're looking for!</h2>\n"
        "                <p><a href=\"/web/login\">Sign in</a></p>\n            </main>\n"
        "        </div>\n    </body>\n</html>\n");
}

SimHttpServer::Response SimHttpServer::badGatewayPage()
{
    Response response =
        textResponse(502, QByteArrayLiteral("text/html"),
                     "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
                     "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
                     "</body>\r\n</html>\r\n");
    response.headers.append(qMakePair(QByteArray("Server"), QByteArray("nginx")));
    return response;
}

SimError SimHttpServer::databaseMissing(const QString &database)
{
    return {QStringLiteral("psycopg2.OperationalError"),
            QStringLiteral(
                "connection to server at \"127.0.0.1\", port 5432 failed: FATAL:  database \"%1\" does "
                "not exist\n")
                .arg(database),
            500};
}

QByteArray SimHttpServer::sessionCookieHeader(const QByteArray &sessionId)
{
    // As Odoo writes it: Expires a year ahead, Max-Age a week.
    const QDateTime expires = QDateTime::currentDateTimeUtc().addYears(1);
    return "session_id=" + sessionId + "; Expires=" + httpDate(expires) +
           "; Max-Age=" + QByteArray::number(qint64(SimSessions::cookieMaxAge.count())) +
           "; HttpOnly; Path=/";
}

QByteArray SimHttpServer::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 303:
        return "SEE OTHER";
    case 400:
        return "BAD REQUEST";
    case 401:
        return "UNAUTHORIZED";
    case 403:
        return "FORBIDDEN";
    case 404:
        return "NOT FOUND";
    case 405:
        return "METHOD NOT ALLOWED";
    case 411:
        return "LENGTH REQUIRED";
    case 413:
        return "REQUEST ENTITY TOO LARGE";
    case 422:
        return "UNPROCESSABLE ENTITY";
    case 431:
        return "REQUEST HEADER FIELDS TOO LARGE";
    case 500:
        return "INTERNAL SERVER ERROR";
    case 502:
        return "Bad Gateway";
    default:
        return "UNKNOWN";
    }
}

QByteArray SimHttpServer::toPythonJson(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QByteArrayLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    case QJsonValue::Double:
        return pythonNumber(value);
    case QJsonValue::String:
        return pythonString(value.toString());
    case QJsonValue::Array: {
        QByteArray text = "[";
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0)
                text += ", ";
            text += toPythonJson(array.at(i));
        }
        return text + ']';
    }
    case QJsonValue::Object: {
        QByteArray text = "{";
        const QJsonObject object = value.toObject();
        bool first = true;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!first)
                text += ", ";
            first = false;
            text += pythonString(it.key()) + ": " + toPythonJson(it.value());
        }
        return text + '}';
    }
    }
    return QByteArrayLiteral("null");
}
