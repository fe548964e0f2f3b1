// ScriptedHttpServer: a small HTTP/1.1 server on 127.0.0.1 for tests. A handler decides each
// answer, including faults (hang, dropped connection, truncated body); every request is recorded.
// With a certificate it speaks TLS (QSslServer).
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPair>
#include <QSslCertificate>
#include <QSslKey>
#include <QUrl>

#include <functional>

class QTcpServer;
class QTcpSocket;

struct RecordedRequest
{
    QByteArray method;
    QByteArray target;                    // path with query, e.g. "/websocket?version=18.0-5"
    QMap<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    qint64 receivedAtMs = 0;

    QByteArray path() const
    {
        return target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?'));
    }
};

struct CannedResponse
{
    enum class Delivery {
        Normal,
        Hang,               // read the request, never answer
        CloseWithoutAnswer, // drop the connection at once
        CutBody,            // announce the full length, send half the body, then close
    };

    int status = 200;
    QByteArray reason = "OK";
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    Delivery delivery = Delivery::Normal;
    // A JSON-RPC answer takes the id of the request it answers, as Odoo's do (a null id stays
    // null). Off for a test that sends an answer meant for another request.
    bool echoJsonRpcId = true;

    static CannedResponse json(const QByteArray &body, int status = 200);
    static CannedResponse html(int status, const QByteArray &body);
    static CannedResponse withDelivery(Delivery delivery);
};

class ScriptedHttpServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<CannedResponse(const RecordedRequest &)>;

    explicit ScriptedHttpServer(QObject *parent = nullptr);
    ~ScriptedHttpServer() override;

    bool listen();
    bool listenTls(const QSslCertificate &certificate, const QSslKey &key);
    // TLS with the self-signed certificate for 127.0.0.1 in tests/fixtures/tls.
    bool listenTlsWithTestCertificate();
    static QString testCertificatePath();
    static QSslCertificate testCertificate();
    QUrl baseUrl() const;
    quint16 port() const;
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    const QList<RecordedRequest> &requests() const { return m_requests; }
    QList<RecordedRequest> requestsTo(const QByteArray &path) const;
    void clearRequests() { m_requests.clear(); }

Q_SIGNALS:
    void requestReceived();

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const CannedResponse &response);

    QTcpServer *m_server = nullptr;
    bool m_tls = false;
    Handler m_handler;
    QList<RecordedRequest> m_requests;
    QMap<QTcpSocket *, QByteArray> m_buffers;
    QElapsedTimer m_clock;
};
