// SimHttpServer: the simulated Odoo's HTTP/1.1 front: /web/version, /jsonrpc, the web session
// routes, /web/dataset/call_kw, /json/2 (as 17, 18 and 19 answer it) and the /websocket bus,
// with Odoo's status codes, headers and JSON shapes, keep-alive, and the faults of SimFaults.
#pragma once

#include "simerror.h"
#include "simfaults.h"
#include "simhttprequest.h"
#include "simsessions.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonValue>
#include <QObject>
#include <QUrl>

class QTcpServer;
class QTcpSocket;
class SimBackend;
class SimBus;
struct SimCallResult;

class SimHttpServer : public QObject
{
    Q_OBJECT
public:
    // One answer as it goes on the wire (Server, Date, Content-Length are added when written).
    struct Response
    {
        int status = 200;
        QByteArray contentType;
        QList<QPair<QByteArray, QByteArray>> headers; // a "Server" entry replaces the default one
        QByteArray body;
        bool close = false; // close the connection after this answer
    };

    explicit SimHttpServer(SimBackend *backend, QObject *parent = nullptr);
    ~SimHttpServer() override;

    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    void close();
    bool isListening() const;
    quint16 port() const;
    QUrl baseUrl() const; // e.g. http://127.0.0.1:8069
    QString errorString() const;

    SimBackend *backend() const { return m_backend; }
    SimFaults &faults() { return m_faults; }
    SimSessions &sessions() { return m_sessions; }
    SimBus &bus() { return *m_bus; }

    // The answer to one request, without faults or latency. /websocket upgrades are handled on
    // the socket and never reach this.
    Response handle(const SimHttpRequest &request);

    int connectionsAccepted() const { return m_connectionsAccepted; }
    int openConnections() const { return int(m_connections.size()); }
    int requestsAnswered() const { return m_requestsAnswered; }

    // JSON as Python's json.dumps writes it: ", " and ": " separators, floats with a fraction.
    static QByteArray toPythonJson(const QJsonValue &value);

Q_SIGNALS:
    // After each answer: the method, the path without query (never a secret) and the status;
    // status 0 when a fault dropped the answer.
    void requestAnswered(const QByteArray &method, const QByteArray &path, int status);

private:
    struct Connection
    {
        bool busy = false;    // a request is being answered (requests are answered in order)
        bool closing = false; // no more requests on this connection
        bool continueSent = false;
    };
    enum class RpcRoute { JsonRpc, Authenticate, SessionInfo, Destroy, CallKw, VersionInfo };

    void onNewConnection();
    void onDisconnected(QTcpSocket *socket);
    void processSocket(QTcpSocket *socket);
    void handleUpgrade(QTcpSocket *socket, const SimHttpRequest &request, qint64 headerBytes);
    void answer(QTcpSocket *socket, const SimHttpRequest &request);
    void finishAnswer(QTcpSocket *socket, const QByteArray &method, const QByteArray &path,
                      const Response &response, bool dropped);
    void refuse(QTcpSocket *socket, qint64 bytesToSkip, const Response &response);
    void write(QTcpSocket *socket, const Response &response);

    Response rpcRoute(const SimHttpRequest &request, RpcRoute route);
    Response json2Route(const SimHttpRequest &request);
    SimCallResult dispatchJsonRpc(const QJsonObject &params);
    SimCallResult executeKw(const QString &method, const QJsonArray &args);

    Response rpcAnswer(const QJsonValue &id, const SimCallResult &result,
                       const QByteArray &sessionCookie = {}) const;
    Response sessionExpired() const;
    QByteArray errorData(const SimError &error) const;
    int errorCode() const;
    static Response json2Error(int status, const QString &name, const QString &message, bool werkzeug);
    static Response jsonResponse(int status, const QByteArray &body, bool nosniff = false);
    static Response textResponse(int status, const QByteArray &contentType, const QByteArray &body);
    static Response odooNotFoundPage();
    static Response badGatewayPage();
    static SimError databaseMissing(const QString &database);
    static QByteArray sessionCookieHeader(const QByteArray &sessionId);
    static QByteArray reasonPhrase(int status);

    SimBackend *m_backend;
    QTcpServer *m_tcpServer;
    SimSessions m_sessions;
    SimBus *m_bus;
    SimFaults m_faults;
    QHash<QTcpSocket *, Connection> m_connections;
    int m_connectionsAccepted = 0;
    int m_requestsAnswered = 0;
};
