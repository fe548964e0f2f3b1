#include "scriptedhttpserver.h"

#include "odooreplies.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>

CannedResponse CannedResponse::json(const QByteArray &body, int status)
{
    CannedResponse response;
    response.status = status;
    response.reason = status == 200 ? QByteArrayLiteral("OK") : QByteArrayLiteral("Error");
    response.headers = {{"Content-Type", "application/json; charset=utf-8"}};
    response.body = body;
    return response;
}

CannedResponse CannedResponse::html(int status, const QByteArray &body)
{
    CannedResponse response;
    response.status = status;
    response.reason = status == 502 ? QByteArrayLiteral("Bad Gateway") : QByteArrayLiteral("Error");
    response.headers = {{"Content-Type", "text/html; charset=utf-8"}};
    response.body = body;
    return response;
}

CannedResponse CannedResponse::withDelivery(Delivery delivery)
{
    CannedResponse response = json("{}");
    response.delivery = delivery;
    return response;
}

ScriptedHttpServer::ScriptedHttpServer(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
    m_handler = [](const RecordedRequest &) {
        return CannedResponse::html(404, "<title>404 Not Found</title>");
    };
}

ScriptedHttpServer::~ScriptedHttpServer() = default;

bool ScriptedHttpServer::listen()
{
    m_server = new QTcpServer(this);
    connect(m_server, &QTcpServer::newConnection, this, &ScriptedHttpServer::onNewConnection);
    return m_server->listen(QHostAddress::LocalHost, 0);
}

bool ScriptedHttpServer::listenTls(const QSslCertificate &certificate, const QSslKey &key)
{
    auto *server = new QSslServer(this);
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificate);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    server->setSslConfiguration(configuration);
    m_server = server;
    m_tls = true;
    connect(server, &QTcpServer::pendingConnectionAvailable, this, &ScriptedHttpServer::onNewConnection);
    return m_server->listen(QHostAddress::LocalHost, 0);
}

QString ScriptedHttpServer::testCertificatePath()
{
    return QStringLiteral(HQ_TEST_FIXTURES_DIR "/tls/server.crt");
}

QSslCertificate ScriptedHttpServer::testCertificate()
{
    QFile file(testCertificatePath());
    return file.open(QIODevice::ReadOnly) ? QSslCertificate(file.readAll(), QSsl::Pem) : QSslCertificate();
}

bool ScriptedHttpServer::listenTlsWithTestCertificate()
{
    QFile keyFile(QStringLiteral(HQ_TEST_FIXTURES_DIR "/tls/server.key"));
    if (!keyFile.open(QIODevice::ReadOnly))
        return false;
    const QSslKey key(keyFile.readAll(), QSsl::Rsa, QSsl::Pem);
    const QSslCertificate certificate = testCertificate();
    return !key.isNull() && !certificate.isNull() && listenTls(certificate, key);
}

quint16 ScriptedHttpServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QUrl ScriptedHttpServer::baseUrl() const
{
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

QList<RecordedRequest> ScriptedHttpServer::requestsTo(const QByteArray &path) const
{
    QList<RecordedRequest> matching;
    for (const RecordedRequest &request : m_requests) {
        if (request.path() == path)
            matching.append(request);
    }
    return matching;
}

void ScriptedHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void ScriptedHttpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        RecordedRequest request;
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                       lines.at(i).mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length", "0").toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return;
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        request.receivedAtMs = m_clock.elapsed();
        m_requests.append(request);
        Q_EMIT requestReceived();
        CannedResponse response = m_handler(request);
        if (response.echoJsonRpcId)
            response.body = OdooReplies::answering(request.body, response.body);
        respond(socket, response);
        if (!m_buffers.contains(socket))
            return;
    }
}

void ScriptedHttpServer::respond(QTcpSocket *socket, const CannedResponse &response)
{
    switch (response.delivery) {
    case CannedResponse::Delivery::Hang:
        return;
    case CannedResponse::Delivery::CloseWithoutAnswer:
        m_buffers.remove(socket);
        socket->abort();
        socket->deleteLater();
        return;
    default:
        break;
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + response.reason + "\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    const bool cut = response.delivery == CannedResponse::Delivery::CutBody;
    head += cut ? "Connection: close\r\n\r\n" : "Connection: keep-alive\r\n\r\n";
    socket->write(head);
    socket->write(cut ? response.body.left(response.body.size() / 2) : response.body);
    socket->flush();
    if (cut) {
        m_buffers.remove(socket);
        socket->disconnectFromHost();
    }
}
