#include "simbus.h"

#include "simbackend.h"
#include "simdatabase.h"
#include "simpythonjson.h"
#include "simsessions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QWebSocket>
#include <QWebSocketServer>

#include <algorithm>

namespace {

QString peerKey(const QHostAddress &address, quint16 port)
{
    return address.toString() + QLatin1Char('|') + QString::number(port);
}

// Odoo's close code for a websocket whose session ended.
constexpr auto kSessionExpired = QWebSocketProtocol::CloseCode(4001);

QString changedType()
{
    return QStringLiteral("hq_tower/changed");
}

QString openKey(const QString &model, int partnerId)
{
    return model + QLatin1Char('|') + QString::number(partnerId);
}

} // namespace

SimBus::SimBus(SimBackend *backend, SimSessions *sessions, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_sessions(sessions)
    , m_server(new QWebSocketServer(QStringLiteral("Werkzeug/2.2.2 Python/3.11.2"),
                                    QWebSocketServer::NonSecureMode, this))
    , m_monitoredModels(defaultMonitoredModels())
{
    m_clock.start();
    m_deliveryTimer.setSingleShot(true);
    connect(&m_deliveryTimer, &QTimer::timeout, this, &SimBus::deliverDue);
    connect(m_server, &QWebSocketServer::newConnection, this, &SimBus::onNewWebSocket);
    if (m_backend && m_backend->database())
        connect(m_backend->database(), &SimDatabase::recordsChanged, this, &SimBus::onRecordsChanged);
}

SimBus::~SimBus()
{
    const QList<QWebSocket *> sockets = m_clients.keys();
    m_clients.clear();
    for (QWebSocket *socket : sockets) {
        socket->disconnect(this);
        delete socket;
    }
    m_server->disconnect(this);
    delete m_server;
}

QStringList SimBus::defaultMonitoredModels()
{
    return {QStringLiteral("purchase.order"),
            QStringLiteral("hr.expense.sheet"),
            QStringLiteral("hr.expense"),
            QStringLiteral("hr.leave"),
            QStringLiteral("approval.request"),
            QStringLiteral("tier.review"),
            QStringLiteral("stock.picking"),
            QStringLiteral("stock.quant"),
            QStringLiteral("stock.warehouse.orderpoint"),
            QStringLiteral("pos.session"),
            QStringLiteral("mail.activity"),
            QStringLiteral("queue.job"),
            QStringLiteral("mail.mail"),
            QStringLiteral("ir.cron")};
}

void SimBus::setMonitoredModels(const QStringList &models)
{
    m_monitoredModels = models;
}

QStringList SimBus::monitoredModels() const
{
    QStringList models = m_monitoredModels;
    for (const int rule : pushRules()) {
        const QString model = ruleModel(rule);
        if (!model.isEmpty() && !models.contains(model))
            models.append(model);
    }
    return models;
}

QList<int> SimBus::pushRules(const QString &model) const
{
    const SimDatabase *db = m_backend ? m_backend->database() : nullptr;
    const QString rules = QStringLiteral("base.automation");
    if (!db || !db->schema().model(rules))
        return {};
    static const QStringList triggers = {QStringLiteral("on_create_or_write"), QStringLiteral("on_create"),
                                         QStringLiteral("on_write")};
    QList<int> found;
    for (const int rule : db->allIds(rules)) {
        if (!db->rawValue(rules, rule, QStringLiteral("active")).toBool() ||
            !triggers.contains(db->rawValue(rules, rule, QStringLiteral("trigger")).toString()))
            continue;
        if (!model.isEmpty() && ruleModel(rule) != model)
            continue;
        bool pushes = db->rawValue(rules, rule, QStringLiteral("name"))
                          .toString()
                          .startsWith(QLatin1String("HQ Tower live updates: "));
        for (const int action : db->children(rules, rule, QStringLiteral("action_server_ids")))
            pushes =
                pushes || db->rawValue(QStringLiteral("ir.actions.server"), action, QStringLiteral("code"))
                              .toString()
                              .contains(changedType());
        if (pushes)
            found.append(rule);
    }
    return found;
}

QString SimBus::ruleModel(int rule) const
{
    const SimDatabase *db = m_backend->database();
    const int modelId =
        db->rawValue(QStringLiteral("base.automation"), rule, QStringLiteral("model_id")).toInt();
    return db->rawValue(QStringLiteral("ir.model"), modelId, QStringLiteral("model")).toString();
}

QList<int> SimBus::ruleRecipients(int rule) const
{
    // The server action code names its audience as a users domain on the groups field, e.g.
    // [('groups_id', 'in', 42)]; a field res.users lacks makes the action fail: nobody hears it.
    static const QRegularExpression groupFilter(
        QStringLiteral(R"('(groups_id|group_ids)'\s*,\s*'in'\s*,\s*\[?\s*(\d+))"));
    const SimDatabase *db = m_backend->database();
    const SimModel *users = db->schema().model(QStringLiteral("res.users"));
    QSet<int> partners;
    bool namesGroup = false;
    for (const int action :
         db->children(QStringLiteral("base.automation"), rule, QStringLiteral("action_server_ids"))) {
        const QString code =
            db->rawValue(QStringLiteral("ir.actions.server"), action, QStringLiteral("code")).toString();
        const QRegularExpressionMatch match = groupFilter.match(code);
        if (!match.hasMatch())
            continue;
        namesGroup = true;
        const QString field = match.captured(1);
        const int group = match.captured(2).toInt();
        if (!users || !users->field(field))
            continue;
        for (const int uid : db->allIds(QStringLiteral("res.users"))) {
            const QJsonArray groups = db->rawValue(QStringLiteral("res.users"), uid, field).toArray();
            const bool member = std::any_of(groups.cbegin(), groups.cend(),
                                            [group](const QJsonValue &id) { return id.toInt() == group; });
            if (member && db->rawValue(QStringLiteral("res.users"), uid, QStringLiteral("active")).toBool())
                partners.insert(m_backend->partnerOf(uid));
        }
    }
    if (!namesGroup)
        return {0};
    QList<int> sorted(partners.cbegin(), partners.cend());
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

int SimBus::subscribedCount() const
{
    return int(std::count_if(m_clients.cbegin(), m_clients.cend(),
                             [](const Client &client) { return client.subscribed; }));
}

void SimBus::acceptUpgrade(QTcpSocket *socket, const QByteArray &sessionId)
{
    // QWebSocket does not say which QTcpSocket it came from; the peer address and port do.
    m_pendingUpgrades.insert(peerKey(socket->peerAddress(), socket->peerPort()), sessionId);
    m_server->handleConnection(socket);
}

void SimBus::onNewWebSocket()
{
    while (m_server->hasPendingConnections()) {
        QWebSocket *socket = m_server->nextPendingConnection();
        socket->setParent(this); // deleted with the bus at the latest
        Client client;
        client.socket = socket;
        client.sessionId = m_pendingUpgrades.take(peerKey(socket->peerAddress(), socket->peerPort()));
        client.uid = m_sessions->peekUid(client.sessionId);
        client.partnerId = client.uid > 0 ? m_backend->partnerOf(client.uid) : 0;
        if (client.uid <= 0)
            client.sessionId.clear();
        m_clients.insert(socket, client);
        connect(socket, &QWebSocket::textMessageReceived, this,
                [this, socket](const QString &text) { onTextMessage(socket, text); });
        connect(socket, &QWebSocket::disconnected, this, [this, socket] { onDisconnected(socket); });
    }
}

void SimBus::onDisconnected(QWebSocket *socket)
{
    m_clients.remove(socket);
    socket->disconnect(this);
    socket->deleteLater();
}

bool SimBus::clientIsLive(const Client &client) const
{
    return client.uid > 0 && m_sessions->peekUid(client.sessionId) == client.uid;
}

bool SimBus::isFor(const Notification &notification, const Client &client)
{
    return client.uid > 0 && (notification.partnerId == 0 || notification.partnerId == client.partnerId);
}

void SimBus::onTextMessage(QWebSocket *socket, const QString &text)
{
    const auto found = m_clients.find(socket);
    if (found == m_clients.end())
        return;
    Client &client = found.value();
    if (client.uid > 0 && !clientIsLive(client)) {
        // The session ended (logout, expiry): Odoo closes such sockets.
        socket->close(kSessionExpired, QStringLiteral("SESSION_EXPIRED"));
        return;
    }
    const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
    if (message.value(QLatin1String("event_name")).toString() != QLatin1String("subscribe"))
        return; // update_presence and anything unknown: nothing to do here
    const QJsonObject data = message.value(QLatin1String("data")).toObject();
    const qint64 last = data.value(QLatin1String("last")).toInteger();
    client.subscribed = true;
    client.lastSentId = last;
    if (client.uid > 0) {
        const qint64 now = m_clock.elapsed();
        const qint64 window = std::chrono::duration_cast<std::chrono::milliseconds>(freshWindow).count();
        QList<const Notification *> missed;
        for (const Notification &notification : std::as_const(m_history)) {
            if (!notification.delivered || notification.id <= last || !isFor(notification, client))
                continue;
            if (last == 0 && now - notification.createdMs > window)
                continue;
            missed.append(&notification);
        }
        if (!missed.isEmpty())
            sendTo(client, missed);
    }
    Q_EMIT subscribed(client.uid, last);
}

void SimBus::notify(int partnerId, const QString &type, const QJsonObject &payload)
{
    enqueue(partnerId, type, payload);
    scheduleDelivery();
}

SimBus::Notification &SimBus::enqueue(int partnerId, const QString &type, const QJsonObject &payload)
{
    Notification notification;
    notification.id = ++m_lastId;
    notification.partnerId = partnerId;
    notification.type = type;
    notification.payload = payload;
    notification.createdMs = m_clock.elapsed();
    notification.dueMs = notification.createdMs + m_deliveryDelay.count();
    m_history.append(notification);
    return m_history.last();
}

SimBus::Notification *SimBus::findPending(qint64 id)
{
    for (qsizetype i = m_history.size() - 1; i >= 0; --i) {
        if (m_history.at(i).id == id)
            return m_history.at(i).delivered ? nullptr : &m_history[i];
        if (m_history.at(i).id < id)
            break;
    }
    return nullptr;
}

void SimBus::onRecordsChanged(const QString &model, const QList<int> &ids)
{
    if (m_monitoredModels.contains(model)) {
        queueChange(model, 0, ids);
        return;
    }
    QSet<int> partners;
    for (const int rule : pushRules(model)) {
        for (const int partner : ruleRecipients(rule))
            partners.insert(partner);
    }
    if (partners.contains(0)) {
        queueChange(model, 0, ids);
        return;
    }
    QList<int> sorted(partners.cbegin(), partners.cend());
    std::sort(sorted.begin(), sorted.end());
    for (const int partner : std::as_const(sorted))
        queueChange(model, partner, ids);
}

void SimBus::queueChange(const QString &model, int partnerId, const QList<int> &ids)
{
    // Changes to one model (for one audience) coalesce until their notification goes out.
    const QString key = openKey(model, partnerId);
    Notification *open = findPending(m_openChanges.value(key));
    if (!open) {
        open = &enqueue(partnerId, changedType(), {});
        open->changedModel = model;
        m_openChanges.insert(key, open->id);
    }
    for (const int id : ids)
        open->changedIds.insert(id);
    scheduleDelivery();
}

void SimBus::scheduleDelivery()
{
    qint64 earliest = -1;
    for (const Notification &notification : std::as_const(m_history)) {
        if (!notification.delivered && (earliest < 0 || notification.dueMs < earliest))
            earliest = notification.dueMs;
    }
    if (earliest < 0) {
        m_deliveryTimer.stop();
        return;
    }
    m_deliveryTimer.start(int(qMax<qint64>(0, earliest - m_clock.elapsed())));
}

void SimBus::deliverDue()
{
    const qint64 now = m_clock.elapsed();
    qint64 upTo = 0;
    for (const Notification &notification : std::as_const(m_history)) {
        if (!notification.delivered && notification.dueMs <= now)
            upTo = qMax(upTo, notification.id);
    }
    // Everything up to the newest due notification goes out, in id order, so that no socket's
    // `last` ever skips an older notification still waiting.
    QList<const Notification *> batch;
    for (Notification &notification : m_history) {
        if (notification.delivered || notification.id > upTo)
            continue;
        if (!notification.changedModel.isEmpty()) {
            QList<int> ids(notification.changedIds.cbegin(), notification.changedIds.cend());
            std::sort(ids.begin(), ids.end());
            QJsonArray idArray;
            for (const int id : std::as_const(ids))
                idArray.append(id);
            notification.payload = {{QStringLiteral("model"), notification.changedModel},
                                    {QStringLiteral("ids"), idArray}};
            m_openChanges.remove(openKey(notification.changedModel, notification.partnerId));
        }
        notification.delivered = true;
        batch.append(&notification);
    }
    if (!batch.isEmpty()) {
        for (Client &client : m_clients) {
            if (!client.subscribed || !clientIsLive(client))
                continue;
            QList<const Notification *> mine;
            for (const Notification *notification : std::as_const(batch)) {
                if (notification->id > client.lastSentId && isFor(*notification, client))
                    mine.append(notification);
            }
            if (!mine.isEmpty())
                sendTo(client, mine);
        }
    }
    while (m_history.size() > historySize && m_history.first().delivered)
        m_history.removeFirst();
    scheduleDelivery();
}

void SimBus::sendTo(Client &client, const QList<const Notification *> &notifications)
{
    QJsonArray frame;
    for (const Notification *notification : notifications) {
        frame.append(QJsonObject{
            {QStringLiteral("id"), notification->id},
            {QStringLiteral("message"), QJsonObject{{QStringLiteral("type"), notification->type},
                                                    {QStringLiteral("payload"), notification->payload}}},
        });
        client.lastSentId = qMax(client.lastSentId, notification->id);
    }
    client.socket->sendTextMessage(QString::fromUtf8(SimPythonJson::dumps(frame)));
    Q_EMIT frameSent(client.uid, int(notifications.size()));
}

void SimBus::dropAllConnections()
{
    const QList<QWebSocket *> sockets = m_clients.keys();
    for (QWebSocket *socket : sockets)
        socket->abort();
}
