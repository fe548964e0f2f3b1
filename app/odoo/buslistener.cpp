#include "buslistener.h"

#include "odooconnection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QWebSocket>

BusListener::BusListener(OdooConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &BusListener::openSocket);
}

BusListener::~BusListener()
{
    stop();
}

void BusListener::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

QString BusListener::stateText() const
{
    switch (m_state) {
    case State::Off:
        return tr("Live updates off");
    case State::Connecting:
        return tr("Connecting live updates…");
    case State::Listening:
        return tr("Live updates on");
    case State::Reconnecting:
        return tr("Live updates interrupted; reconnecting (polling meanwhile)");
    case State::Unavailable: {
        const QString reason = m_connection->serverInfo().livePushUnavailableReason;
        return reason.isEmpty() ? tr("Live updates unavailable; HQ Tower polls.") : reason;
    }
    }
    return {};
}

void BusListener::start()
{
    m_wanted = true;
    if (!m_connection->serverInfo().livePushPossible ||
        m_connection->state() != OdooConnection::State::Connected) {
        setState(State::Unavailable);
        return;
    }
    m_failures = 0;
    openSocket();
}

void BusListener::stop()
{
    m_wanted = false;
    m_reconnectTimer.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    setState(State::Off);
}

QUrl BusListener::socketUrl() const
{
    QUrl url = m_connection->settings().serverUrl;
    url.setScheme(url.scheme() == QLatin1String("https") ? QStringLiteral("wss") : QStringLiteral("ws"));
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/websocket"));
    const QString workerVersion = m_connection->serverInfo().websocketWorkerVersion;
    if (!workerVersion.isEmpty())
        url.setQuery(QStringLiteral("version=") + workerVersion);
    return url;
}

void BusListener::openSocket()
{
    if (!m_wanted)
        return;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    setState(m_failures == 0 ? State::Connecting : State::Reconnecting);
    const QUrl base = m_connection->settings().serverUrl;
    QNetworkRequest request(socketUrl());
    // Odoo refuses an upgrade without Origin; the session travels in the cookie, never in the URL.
    request.setRawHeader("Origin", base.adjusted(QUrl::RemovePath | QUrl::RemoveQuery).toString().toUtf8());
    QByteArray cookies;
    for (const QNetworkCookie &cookie : m_connection->network()->cookieJar()->cookiesForUrl(base)) {
        if (!cookies.isEmpty())
            cookies += "; ";
        cookies += cookie.toRawForm(QNetworkCookie::NameAndValueOnly);
    }
    if (!cookies.isEmpty())
        request.setRawHeader("Cookie", cookies);
    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    if (base.scheme() == QLatin1String("https") && !m_connection->settings().extraCaCertificates.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_connection->settings().extraCaCertificates);
        socket->setSslConfiguration(tls);
    }
    m_socket = socket;
    connect(socket, &QWebSocket::connected, this, &BusListener::onConnected);
    connect(socket, &QWebSocket::disconnected, this, &BusListener::onDisconnected);
    connect(socket, &QWebSocket::textMessageReceived, this, &BusListener::onTextMessage);
    socket->open(request);
}

void BusListener::onConnected()
{
    m_failures = 0;
    const QJsonObject subscribe{
        {QStringLiteral("event_name"), QStringLiteral("subscribe")},
        {QStringLiteral("data"),
         QJsonObject{{QStringLiteral("channels"), QJsonArray()}, {QStringLiteral("last"), m_lastId}}}};
    m_socket->sendTextMessage(QString::fromUtf8(QJsonDocument(subscribe).toJson(QJsonDocument::Compact)));
    setState(State::Listening);
}

void BusListener::onDisconnected()
{
    if (!m_wanted)
        return;
    ++m_failures;
    setState(State::Reconnecting);
    // The session may have ended on the server: a cheap read renews it through OdooCall (which
    // logs in again once), and the next attempt waits for it so it carries the new cookie.
    OdooCall *probe = m_connection->call(QStringLiteral("res.users"), QStringLiteral("context_get"));
    connect(probe, &OdooCall::finished, this, [this] {
        if (m_wanted)
            scheduleReconnect();
    });
}

void BusListener::scheduleReconnect()
{
    setState(State::Reconnecting);
    const auto base = m_delays.isEmpty() ? std::chrono::milliseconds(5000)
                                         : m_delays.at(qMin(m_failures - 1, int(m_delays.size()) - 1));
    const double factor = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
    m_reconnectTimer.start(
        std::chrono::milliseconds(qMax<qint64>(1, qRound64(double(base.count()) * factor))));
}

void BusListener::onTextMessage(const QString &message)
{
    const QJsonDocument document = QJsonDocument::fromJson(message.toUtf8());
    if (!document.isArray())
        return; // not a notification list: ignore, push is only a hint
    for (const QJsonValue &entry : document.array()) {
        const QJsonObject notification = entry.toObject();
        m_lastId = qMax(m_lastId, qint64(notification.value(QLatin1String("id")).toDouble()));
        const QJsonObject body = notification.value(QLatin1String("message")).toObject();
        const QString type = body.value(QLatin1String("type")).toString();
        const QJsonObject payload = body.value(QLatin1String("payload")).toObject();
        if (type == m_changedType) {
            QList<int> ids;
            for (const QJsonValue &id : payload.value(QLatin1String("ids")).toArray())
                ids.append(id.toInt());
            Q_EMIT recordsChanged(payload.value(QLatin1String("model")).toString(), ids);
        } else if (!type.isEmpty()) {
            Q_EMIT notificationReceived(type, payload);
        }
    }
}
