#include "odooconnection.h"

#include "executejob.h"
#include "json2transport.h"
#include "jsonrpctransport.h"
#include "loginjob.h"
#include "versionjob.h"
#include "websessionjob.h"
#include "websessiontransport.h"

#include <QNetworkAccessManager>
#include <QSet>

OdooConnection::OdooConnection(ConnectionSettings settings, QString secret, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_secret(std::move(secret))
    , m_network(new QNetworkAccessManager(this))
{
    m_endpoint.baseUrl = m_settings.serverUrl;
    m_endpoint.extraCaCertificates = m_settings.extraCaCertificates;
    m_endpoint.maxAnswerBytes = m_settings.maxAnswerBytes;
    // Redirects are never followed (an /json/2 redirect to /web/login is an answer, not a detour),
    // and nothing is cached on disk.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

OdooConnection::~OdooConnection() = default;

void OdooConnection::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void OdooConnection::watch(OdooJob *job)
{
    connect(job, &OdooJob::retryScheduled, this, &OdooConnection::retryScheduled);
}

void OdooConnection::open()
{
    if (m_state == State::Connecting)
        return;
    m_info = ServerInfo();
    m_transport.reset();
    m_lastError = OdooError();
    if (!m_settings.serverUrl.isValid() || m_settings.serverUrl.host().isEmpty()) {
        setState(State::Connecting);
        QTimer::singleShot(0, this, [this] {
            failOpen(OdooError(OdooError::Kind::Network, tr("The server address is not a valid URL.")));
        });
        return;
    }
    setState(State::Connecting);
    auto *job = new VersionJob(m_network, m_endpoint, m_settings.readPolicy, this);
    watch(job);
    connect(job, &OdooJob::succeeded, this, [this, job] { onVersionKnown(job->version()); });
    connect(job, &OdooJob::failed, this, &OdooConnection::failOpen);
    job->start();
}

OdooTransport::Kind OdooConnection::preferredTransport(const ServerVersion &version,
                                                       ConnectionSettings::SecretKind secretKind,
                                                       bool wantLivePush)
{
    using Kind = OdooTransport::Kind;
    if (secretKind == ConnectionSettings::SecretKind::Password)
        return wantLivePush ? Kind::WebSession : Kind::JsonRpc;
    // JSON-2 arrived with Odoo 19 and takes API keys only.
    return version.major >= 19 ? Kind::Json2 : Kind::JsonRpc;
}

void OdooConnection::onVersionKnown(const ServerVersion &version)
{
    m_info.version = version;
    if (version.major > ServerVersion::newestVerifiedMajor)
        m_info.versionNote =
            tr("Odoo %1 is newer than the versions HQ Tower was verified with (17 to %2); it "
               "carries on, but a source or a decision may not work as expected.")
                .arg(version.text.isEmpty() ? QString::number(version.major) : version.text)
                .arg(ServerVersion::newestVerifiedMajor);
    const auto kind = preferredTransport(version, m_settings.secretKind, m_settings.wantLivePush);
    if (m_settings.secretKind == ConnectionSettings::SecretKind::ApiKey) {
        m_info.livePushUnavailableReason = tr(
            "Live updates need a password login: Odoo gives an API key no web session, so HQ Tower polls.");
    } else if (!m_settings.wantLivePush) {
        m_info.livePushUnavailableReason = tr("Live updates are turned off; HQ Tower polls.");
    }
    if (version.major >= 19 && kind == OdooTransport::Kind::JsonRpc)
        m_info.transportNote = tr("JSON-2 needs an API key; using JSON-RPC, which Odoo 19 deprecates.");
    switch (kind) {
    case OdooTransport::Kind::WebSession:
        loginWebSession();
        break;
    case OdooTransport::Kind::Json2:
        loginJson2();
        break;
    case OdooTransport::Kind::JsonRpc:
        loginJsonRpc();
        break;
    }
}

void OdooConnection::loginJsonRpc()
{
    auto *job = new LoginJob(m_network, m_endpoint, m_settings.readPolicy, m_settings.database,
                             m_settings.login, m_secret, this);
    watch(job);
    connect(job, &OdooJob::succeeded, this, [this, job] {
        m_info.transport = OdooTransport::Kind::JsonRpc;
        m_transport = std::make_shared<JsonRpcTransport>(m_settings.database, job->uid(), m_secret);
        succeedOpen(job->uid());
    });
    connect(job, &OdooJob::failed, this, &OdooConnection::failOpen);
    job->start();
}

void OdooConnection::loginWebSession()
{
    auto *job = WebSessionJob::authenticate(m_network, m_endpoint, m_settings.readPolicy, m_settings.database,
                                            m_settings.login, m_secret, this);
    watch(job);
    connect(job, &OdooJob::succeeded, this, [this, job] {
        m_info.transport = OdooTransport::Kind::WebSession;
        m_info.livePushPossible = true;
        m_info.websocketWorkerVersion =
            job->sessionInfo().value(QLatin1String("websocket_worker_version")).toString();
        m_info.partnerId = job->sessionInfo().value(QLatin1String("partner_id")).toInt();
        m_info.livePushUnavailableReason.clear();
        m_transport = std::make_shared<WebSessionTransport>();
        succeedOpen(job->uid());
    });
    connect(job, &OdooJob::failed, this, &OdooConnection::failOpen);
    job->start();
}

void OdooConnection::loginJson2()
{
    // context_get validates the key and tells who we are; it needs no record rights.
    auto transport = std::make_shared<Json2Transport>(m_settings.database, m_secret);
    auto *job = new ExecuteJob(m_network, m_endpoint, m_settings.readPolicy, transport,
                               {QStringLiteral("res.users"), QStringLiteral("context_get"), {}, {}}, this);
    watch(job);
    connect(job, &OdooJob::succeeded, this, [this, job, transport] {
        const int uid = job->result().toObject().value(QLatin1String("uid")).toInt();
        if (uid <= 0) {
            failOpen(OdooError(OdooError::Kind::Protocol,
                               tr("The server did not say which user the API key is for.")));
            return;
        }
        m_info.transport = OdooTransport::Kind::Json2;
        m_transport = transport;
        succeedOpen(uid);
    });
    connect(job, &OdooJob::failed, this, [this](const OdooError &error) {
        if (error.kind() == OdooError::Kind::NotFound) {
            // A proxy or an older build without /json/2: JSON-RPC still serves 19.
            m_info.transportNote =
                tr("JSON-2 is not available on this server (%1); using JSON-RPC.").arg(error.message());
            loginJsonRpc();
            return;
        }
        failOpen(error);
    });
    job->start();
}

void OdooConnection::succeedOpen(int uid)
{
    m_info.uid = uid;
    setState(State::Connected);
    Q_EMIT opened();
}

void OdooConnection::failOpen(const OdooError &error)
{
    m_lastError = error;
    setState(State::Failed);
    Q_EMIT openFailed(error);
}

bool OdooConnection::isReadOnlyMethod(const QString &method)
{
    static const QSet<QString> reads = {
        QStringLiteral("search"),
        QStringLiteral("search_read"),
        QStringLiteral("search_count"),
        QStringLiteral("read"),
        QStringLiteral("read_group"),
        QStringLiteral("fields_get"),
        QStringLiteral("name_search"),
        QStringLiteral("default_get"),
        QStringLiteral("context_get"),
        QStringLiteral("check_access_rights"),
        QStringLiteral("has_group"),
        QStringLiteral("web_search_read"),
        QStringLiteral("web_read"),
        QStringLiteral("name_get"),
        QStringLiteral("formatted_read_group"),
    };
    return reads.contains(method);
}

OdooCall *OdooConnection::call(const QString &model, const QString &method, const QJsonArray &args,
                               const QJsonObject &kwargs)
{
    return call(OdooCallSpec{model, method, args, kwargs});
}

OdooCall *OdooConnection::call(const OdooCallSpec &spec)
{
    auto *pending = new OdooCall(this, spec, isReadOnlyMethod(spec.method));
    pending->run();
    return pending;
}

ExecuteJob *OdooConnection::startExecuteJob(const OdooCallSpec &spec, bool readOnly, QObject *owner)
{
    auto *job =
        new ExecuteJob(m_network, m_endpoint, readOnly ? m_settings.readPolicy : m_settings.writePolicy,
                       m_transport, spec, owner);
    job->setAtMostOnce(!readOnly);
    watch(job);
    job->start();
    return job;
}

void OdooConnection::renewSession(QObject *requester, std::function<void(const OdooError &)> done)
{
    m_renewWaiters.append({QPointer<QObject>(requester), std::move(done)});
    if (m_renewJob)
        return;
    auto *job = WebSessionJob::authenticate(m_network, m_endpoint, m_settings.readPolicy, m_settings.database,
                                            m_settings.login, m_secret, this);
    m_renewJob = job;
    watch(job);
    auto notify = [this](const OdooError &error) {
        const auto waiters = std::exchange(m_renewWaiters, {});
        if (!error.isError())
            Q_EMIT sessionRenewed();
        for (const auto &[who, callback] : waiters) {
            if (who)
                callback(error);
        }
    };
    connect(job, &OdooJob::succeeded, this, [notify] { notify(OdooError()); });
    connect(job, &OdooJob::failed, this, notify);
    job->start();
}
