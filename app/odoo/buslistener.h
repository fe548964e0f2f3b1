// BusListener: Odoo's bus websocket (/websocket) for a connection logged in through the web
// session. It subscribes, turns `hq_tower/changed` notifications into recordsChanged() hints,
// reconnects with backoff and renews an expired session. Push is best effort: callers keep
// polling. With an API key there is no session, so the listener says push is unavailable.
#pragma once

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

class OdooConnection;
class QWebSocket;

class BusListener : public QObject
{
    Q_OBJECT
public:
    enum class State { Off, Connecting, Listening, Reconnecting, Unavailable };
    Q_ENUM(State)

    explicit BusListener(OdooConnection *connection, QObject *parent = nullptr);
    ~BusListener() override;

    void start();
    void stop();
    State state() const { return m_state; }
    // Plain words for the status bar, e.g. "Live updates on" or "Live updates off: …".
    QString stateText() const;
    qint64 lastNotificationId() const { return m_lastId; }
    // Waits before reconnect attempts 1, 2, 3…; the last one repeats. Jitter ±20 %.
    void setReconnectDelays(const QList<std::chrono::milliseconds> &delays) { m_delays = delays; }
    void setMonitoredNotificationType(const QString &type) { m_changedType = type; }

Q_SIGNALS:
    void stateChanged(BusListener::State state);
    // A monitored model changed on the server (a hint: refresh these records).
    void recordsChanged(const QString &model, const QList<int> &ids);
    // Any other notification (inbox, activities…), also a hint.
    void notificationReceived(const QString &type, const QJsonObject &payload);

private:
    void openSocket();
    void onConnected();
    void onDisconnected();
    void onTextMessage(const QString &message);
    void scheduleReconnect();
    void setState(State state);
    QUrl socketUrl() const;

    OdooConnection *m_connection;
    QPointer<QWebSocket> m_socket;
    QTimer m_reconnectTimer;
    State m_state = State::Off;
    qint64 m_lastId = 0;
    int m_failures = 0;
    bool m_wanted = false;
    QString m_changedType = QStringLiteral("hq_tower/changed");
    QList<std::chrono::milliseconds> m_delays{std::chrono::seconds(1), std::chrono::seconds(3),
                                              std::chrono::seconds(10), std::chrono::seconds(30),
                                              std::chrono::seconds(60)};
};
