// SimBus: Odoo's /websocket bus. It takes the sockets SimHttpServer upgraded, answers
// `subscribe` events, and pushes notifications (JSON arrays of {id, message: {type, payload}})
// to the sockets of the partner they are for, after a delivery delay, replaying missed ones.
// Writes to monitored models become `hq_tower/changed` notifications, one per model and delivery:
// the models set here (for every partner), and the models of active automation rules that push
// `hq_tower/changed` (HQ Tower's rules), for the partners of the users of the group they name.
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <chrono>

class QTcpSocket;
class QWebSocket;
class QWebSocketServer;
class SimBackend;
class SimSessions;

class SimBus : public QObject
{
    Q_OBJECT
public:
    SimBus(SimBackend *backend, SimSessions *sessions, QObject *parent = nullptr);
    ~SimBus() override;

    static constexpr int historySize = 1000;
    // Odoo answers `last: 0` with the notifications of the last 50 seconds.
    static constexpr std::chrono::seconds freshWindow{50};

    // Takes over a socket whose websocket handshake SimHttpServer validated but did not read;
    // `sessionId` is the session_id cookie it carried (may be empty: a public connection).
    void acceptUpgrade(QTcpSocket *socket, const QByteArray &sessionId);

    // Queues a notification for one partner (0: every partner with a session) and delivers it
    // after the delivery delay to the subscribed sockets of that partner's sessions.
    void notify(int partnerId, const QString &type, const QJsonObject &payload);
    void setDeliveryDelay(std::chrono::milliseconds delay) { m_deliveryDelay = delay; }
    std::chrono::milliseconds deliveryDelay() const { return m_deliveryDelay; }
    // Models whose writes are announced to everyone as `hq_tower/changed` with {model, ids}, as
    // if a push rule were preinstalled. The models of automation rules come on top of these.
    void setMonitoredModels(const QStringList &models);
    // The models set above plus those of active `hq_tower/changed` automation rules.
    QStringList monitoredModels() const;
    static QStringList defaultMonitoredModels();

    // Closes every websocket abruptly (fault injection).
    void dropAllConnections();
    int connectionCount() const { return int(m_clients.size()); }
    int subscribedCount() const;
    qint64 lastNotificationId() const { return m_lastId; }

Q_SIGNALS:
    // A socket sent `subscribe` (uid 0: no session) and got its replay, if any.
    void subscribed(int uid, qint64 last);
    // One frame went out to one socket.
    void frameSent(int uid, int notificationCount);

private:
    struct Notification
    {
        qint64 id = 0;
        int partnerId = 0; // 0: every partner with a session
        QString type;
        QJsonObject payload;
        qint64 createdMs = 0;
        qint64 dueMs = 0;
        bool delivered = false;
        QString changedModel; // hq_tower/changed: the payload is built from these at delivery
        QSet<int> changedIds;
    };
    struct Client
    {
        QWebSocket *socket = nullptr;
        QByteArray sessionId;
        int uid = 0;
        int partnerId = 0;
        bool subscribed = false;
        qint64 lastSentId = 0;
    };

    void onNewWebSocket();
    void onTextMessage(QWebSocket *socket, const QString &text);
    void onDisconnected(QWebSocket *socket);
    void onRecordsChanged(const QString &model, const QList<int> &ids);
    void queueChange(const QString &model, int partnerId, const QList<int> &ids);
    // Active automation rules pushing `hq_tower/changed` (for `model`, or all when empty).
    QList<int> pushRules(const QString &model = {}) const;
    QString ruleModel(int rule) const;
    // The partners a rule's server actions notify; {0} when they name no group (everyone).
    QList<int> ruleRecipients(int rule) const;
    Notification &enqueue(int partnerId, const QString &type, const QJsonObject &payload);
    Notification *findPending(qint64 id);
    void scheduleDelivery();
    void deliverDue();
    void sendTo(Client &client, const QList<const Notification *> &notifications);
    bool clientIsLive(const Client &client) const;
    static bool isFor(const Notification &notification, const Client &client);

    SimBackend *m_backend;
    SimSessions *m_sessions;
    QWebSocketServer *m_server;
    QHash<QString, QByteArray> m_pendingUpgrades; // "address|port" -> session id
    QHash<QWebSocket *, Client> m_clients;
    QList<Notification> m_history;        // ascending ids, delivered or not
    QHash<QString, qint64> m_openChanges; // "model|partner" -> id of its undelivered hq_tower/changed
    QStringList m_monitoredModels;
    std::chrono::milliseconds m_deliveryDelay{700};
    qint64 m_lastId = 0;
    QElapsedTimer m_clock;
    QTimer m_deliveryTimer;
};
