#include "simhttpserver.h"

#include "simbus.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace {

constexpr qint64 kMaxHeaderBytes = 64 * 1024;
constexpr qint64 kMaxBodyBytes = 256 * 1024 * 1024;

} // namespace

SimHttpServer::SimHttpServer(SimBackend *backend, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_tcpServer(new QTcpServer(this))
    , m_routes(backend, &m_sessions)
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

SimHttpServer::Response SimHttpServer::handle(const SimHttpRequest &request)
{
    return m_routes.handle(request);
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
            refuse(socket, available, Response::badRequestPage(431));
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
        refuse(socket, available, Response::badRequestPage());
        return;
    }
    if (request.hasHeader("transfer-encoding")) {
        // Odoo's clients never stream uploads; ask for a length instead of decoding chunks.
        refuse(socket, available, Response::html(411));
        return;
    }
    qint64 contentLength = 0;
    if (request.hasHeader("content-length")) {
        bool ok = false;
        contentLength = request.header("content-length").toLongLong(&ok);
        if (!ok || contentLength < 0) {
            refuse(socket, available, Response::badRequestPage());
            return;
        }
        if (contentLength > kMaxBodyBytes) {
            refuse(socket, available, Response::html(413));
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
        Response response = Response::badRequestPage();
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
        refuse(
            socket, headerBytes,
            Response::html(
                400, "<!doctype html>\n<html lang=en>\n<title>400 Bad Request</title>\n<h1>Bad Request</h1>\n"
                     "<p>Empty or missing header(s): " +
                         missing.join(", ") + "</p>\n"));
        return;
    }
    if (request.header("sec-websocket-version") != "13") {
        refuse(socket, headerBytes, Response::internalErrorPage());
        return;
    }
    if (QByteArray::fromBase64(request.header("sec-websocket-key")).size() != 16) {
        refuse(socket, headerBytes, Response::badRequestPage());
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

    Response response = fault == SimFaults::Kind::BadGateway ? Response::badGatewayPage() : handle(request);
    if (faultable && fault != SimFaults::Kind::BadGateway)
        response.body = m_faults.rewritten(request.path, request.body, response.body);
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
    socket->write(response.toWire());
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
