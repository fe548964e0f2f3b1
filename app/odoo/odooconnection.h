// OdooConnection: one server + database + user. open() detects the Odoo version, chooses the
// transport (JSON-2 on 19+ with an API key, the web session with a password when live push is
// wanted, JSON-RPC otherwise) and logs in; call() then runs model methods on it.
#pragma once

#include "connectionsettings.h"
#include "httpendpoint.h"
#include "odoocall.h"
#include "serverinfo.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class OdooJob;

class OdooConnection : public QObject
{
    Q_OBJECT
public:
    enum class State { Disconnected, Connecting, Connected, Failed };
    Q_ENUM(State)

    // The secret (password or API key) stays in memory only, in this object and its transport.
    OdooConnection(ConnectionSettings settings, QString secret, QObject *parent = nullptr);
    ~OdooConnection() override;

    void open();
    State state() const { return m_state; }
    const ConnectionSettings &settings() const { return m_settings; }
    const ServerInfo &serverInfo() const { return m_info; }
    OdooError lastError() const { return m_lastError; }
    // The manager whose cookie jar holds the web session (the bus websocket needs it).
    QNetworkAccessManager *network() const { return m_network; }

    // Runs model.method(*args, **kwargs). Reads (see isReadOnlyMethod) follow the read retry
    // table; anything else is sent once. The returned call reports once, then deletes itself.
    OdooCall *call(const QString &model, const QString &method, const QJsonArray &args = {},
                   const QJsonObject &kwargs = {});
    OdooCall *call(const OdooCallSpec &spec);
    static bool isReadOnlyMethod(const QString &method);
    // The transport to try for a server version and secret; pure, for tests and the CLI.
    static OdooTransport::Kind preferredTransport(const ServerVersion &version,
                                                  ConnectionSettings::SecretKind secretKind,
                                                  bool wantLivePush);

Q_SIGNALS:
    void stateChanged(OdooConnection::State state);
    void opened();
    void openFailed(const OdooError &error);
    void sessionRenewed();
    // Any job of this connection scheduled a retry (for a status bar).
    void retryScheduled(int nextAttempt, int delayMs, const OdooError &reason);

private:
    friend class OdooCall;
    ExecuteJob *startExecuteJob(const OdooCallSpec &spec, bool readOnly, QObject *owner);
    // Logs in again through the web session; `done` gets a None error on success. Concurrent
    // requests share one login.
    void renewSession(QObject *requester, std::function<void(const OdooError &)> done);

    void onVersionKnown(const ServerVersion &version);
    void loginJsonRpc();
    void loginWebSession();
    void loginJson2();
    void succeedOpen(int uid);
    void failOpen(const OdooError &error);
    void setState(State state);
    void watch(OdooJob *job);

    ConnectionSettings m_settings;
    QString m_secret;
    HttpEndpoint m_endpoint;
    QNetworkAccessManager *m_network;
    State m_state = State::Disconnected;
    ServerInfo m_info;
    OdooError m_lastError;
    std::shared_ptr<const OdooTransport> m_transport;
    QPointer<OdooJob> m_renewJob;
    QList<QPair<QPointer<QObject>, std::function<void(const OdooError &)>>> m_renewWaiters;
};
