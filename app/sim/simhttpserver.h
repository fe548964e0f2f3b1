// SimHttpServer: the simulated Odoo's HTTP/1.1 front: connections, request framing, keep-alive
// and pipelining, the /websocket upgrade to SimBus and the faults of SimFaults; the routes
// (/jsonrpc, the web session routes, call_kw, /json/2, …) answer in SimRoutes.
#pragma once

#include "simfaults.h"
#include "simhttprequest.h"
#include "simhttpresponse.h"
#include "simpythonjson.h"
#include "simroutes.h"
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

class SimHttpServer : public QObject
{
    Q_OBJECT
public:
    using Response = SimHttpResponse;

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
    static QByteArray toPythonJson(const QJsonValue &value) { return SimPythonJson::dumps(value); }

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

    void onNewConnection();
    void onDisconnected(QTcpSocket *socket);
    void processSocket(QTcpSocket *socket);
    void handleUpgrade(QTcpSocket *socket, const SimHttpRequest &request, qint64 headerBytes);
    void answer(QTcpSocket *socket, const SimHttpRequest &request);
    void finishAnswer(QTcpSocket *socket, const QByteArray &method, const QByteArray &path,
                      const Response &response, bool dropped);
    void refuse(QTcpSocket *socket, qint64 bytesToSkip, const Response &response);

    SimBackend *m_backend;
    QTcpServer *m_tcpServer;
    SimSessions m_sessions;
    SimRoutes m_routes;
    SimBus *m_bus;
    SimFaults m_faults;
    QHash<QTcpSocket *, Connection> m_connections;
    int m_connectionsAccepted = 0;
    int m_requestsAnswered = 0;
};
