#include "appsession.h"

#include "cachedqueuereader.h"
#include "odoo/odooconnection.h"
#include "storage/cache.h"
#include "storage/outbox.h"
#include "sync/approvalhistory.h"
#include "sync/livesync.h"
#include "sync/liveupdatesinstaller.h"
#include "sync/recorddetailsreader.h"
#include "sync/sourcecatalog.h"
#include "sync/sourcedetection.h"

#include <QJsonArray>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <memory>

AppSession::AppSession(ConnectionSettings settings, QString secret, Options options, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_options(std::move(options))
    , m_connection(new OdooConnection(m_settings, secret, this))
    , m_supervisor(new ConnectionSupervisor(m_connection, m_options.reconnect, this))
{
    connect(m_connection, &OdooConnection::opened, this, &AppSession::onConnected);
    connect(m_connection, &OdooConnection::openFailed, this, &AppSession::connectionFailed);
    connect(m_supervisor, &ConnectionSupervisor::gaveUp, this, &AppSession::connectionGaveUp);
    connect(m_supervisor, &ConnectionSupervisor::secretRefused, this, &AppSession::secretRefused);
    connect(m_supervisor, &ConnectionSupervisor::stateChanged, this, &AppSession::statusChanged);
}

AppSession::~AppSession()
{
    stopSources();
}

void AppSession::stopSources()
{
    // Sync runs and senders write to the cache and the outbox: end them first.
    ++m_sourcesGeneration;
    m_live.reset();
    m_decisions.reset();
}

void AppSession::start()
{
    const QString file = m_options.cacheFile.isEmpty()
                             ? Cache::defaultPath(m_settings.serverUrl, m_settings.database, m_settings.login)
                             : m_options.cacheFile;
    QString error;
    m_cache = Cache::open(file, &error);
    if (m_cache)
        m_outbox = Outbox::open(file, &error);
    if (!m_cache || !m_outbox) {
        m_cache.reset();
        Q_EMIT problem(tr("The offline cache cannot be used (%1); HQ Tower works without it.").arg(error));
    } else {
        applySlaClocks(SourceCatalog::installed(m_options.preferences.slaHours).profiles());
        Q_EMIT cacheOpened(m_cache->stores(), m_cache->lastSyncedAt());
    }
    m_supervisor->start();
}

void AppSession::restart(const AppSettings &preferences)
{
    stopSources();
    m_statuses.clear();
    m_options.preferences = preferences;
    if (m_cache) {
        applySlaClocks(SourceCatalog::installed(m_options.preferences.slaHours).profiles());
        Q_EMIT cacheOpened(m_cache->stores(), m_cache->lastSyncedAt());
    }
    if (m_connection->state() == OdooConnection::State::Connected)
        startSources();
    Q_EMIT statusChanged();
}

void AppSession::readCachedQueue(QObject *context, std::function<void(QList<QueueItem> &&)> chunk,
                                 std::function<void()> lastly, std::function<void(bool)> done)
{
    if (!m_cache || m_reader) {
        done(false);
        return;
    }
    m_reader = new CachedQueueReader(m_cache->filePath(), this);
    connect(
        m_reader, &CachedQueueReader::finished, this,
        [this, context = QPointer<QObject>(context), done = std::move(done)](bool ok, const QString &error) {
            m_reader->deleteLater();
            m_reader = nullptr;
            if (!ok)
                Q_EMIT problem(
                    tr("The offline queue could not be read (%1); it fills again from Odoo.").arg(error));
            if (context)
                done(ok);
            releaseHeldBackItems();
        });
    m_reader->start(std::move(chunk), std::move(lastly));
}

void AppSession::onConnected()
{
    Q_EMIT connected();
    if (const QString note = m_connection->serverInfo().versionNote; !note.isEmpty())
        Q_EMIT problem(note);
    startSources();
}

void AppSession::startSources(bool recheck)
{
    if (!m_cache)
        return;
    auto *detection = new SourceDetection(
        m_connection, {m_options.preferences.slaHours, m_options.preferences.disabledProfiles}, this);
    const int generation = m_sourcesGeneration;
    connect(detection, &SourceDetection::finished, this, [this, detection, generation, recheck] {
        detection->deleteLater();
        if (generation != m_sourcesGeneration)
            return; // restarted meanwhile: a newer detection follows
        if (recheck) {
            // What the earlier check decided stays; the sources it could not check take the new
            // answer. The running sync goes on unless one of them can now be synced.
            detection->keepDecided(m_statuses);
            const bool newlyEnabled =
                std::any_of(m_statuses.cbegin(), m_statuses.cend(), [detection](const ProfileStatus &before) {
                    return before.failed &&
                           std::any_of(detection->statuses().cbegin(), detection->statuses().cend(),
                                       [&before](const ProfileStatus &now) {
                                           return now.enabled && now.profile.id == before.profile.id;
                                       });
                });
            m_statuses = detection->statuses();
            Q_EMIT profilesDetected(m_statuses);
            if (!newlyEnabled) {
                checkFailedSourcesAgain();
                return;
            }
            stopSources(); // the new sync starts from the cursors in the cache: nothing is read twice
        } else {
            m_statuses = detection->statuses();
            Q_EMIT profilesDetected(m_statuses);
        }
        SyncEngine::Options syncOptions;
        syncOptions.pollInterval = std::chrono::seconds(m_options.preferences.pollSeconds);
        m_live =
            std::make_unique<LiveSync>(m_connection, m_cache.get(), detection->syncedProfiles(), syncOptions);
        connect(m_live.get(), &LiveSync::statusChanged, this, &AppSession::statusChanged);
        connect(m_live.get(), &LiveSync::itemsChanged, this, &AppSession::onItemsChanged);
        connect(m_live->engine(), &SyncEngine::progress, this, &AppSession::progress);
        connect(m_live->engine(), &SyncEngine::storesChanged, this,
                [this] { Q_EMIT storesChanged(m_cache->stores()); });
        m_decisions = std::make_unique<DecisionService>(m_connection, m_outbox.get(),
                                                        detection->allProfiles(), m_options.decisions);
        for (const QString &skipped : m_decisions->problems())
            Q_EMIT problem(tr("The decisions of a source profile were skipped: %1").arg(skipped));
        connect(m_decisions.get(), &DecisionService::decisionChanged, this, &AppSession::decisionChanged);
        connect(m_decisions.get(), &DecisionService::decisionSettled, this, [this](const Decision &decision) {
            // The queue follows Odoo: an applied or conflicting decision changed the record.
            if (decision.status == Decision::Status::Applied ||
                decision.status == Decision::Status::Conflict) {
                for (const ProfileStatus &status : std::as_const(m_statuses)) {
                    if (status.enabled && status.profile.model == decision.model)
                        m_live->engine()->requestSync(status.profile.id);
                }
            }
        });
        m_live->start();
        m_decisions->resume();
        Q_EMIT statusChanged();
        checkFailedSourcesAgain();
    });
    detection->start();
    for (const QString &skipped : detection->problems())
        Q_EMIT problem(tr("A source profile was skipped: %1").arg(skipped));
}

void AppSession::checkFailedSourcesAgain()
{
    const qsizetype failed = failedCount(m_statuses);
    if (failed == 0)
        return;
    // A server or network problem during the check passes: check again after one poll interval.
    const int seconds = std::max(30, m_options.preferences.pollSeconds);
    Q_EMIT problem(tr("%n source(s) could not be checked for a server or network problem; HQ Tower checks "
                      "again in %1 s.",
                      nullptr, int(failed))
                       .arg(seconds));
    const int generation = m_sourcesGeneration;
    QTimer::singleShot(std::chrono::seconds(seconds), this, [this, generation] {
        if (generation != m_sourcesGeneration || !m_connection ||
            m_connection->state() != OdooConnection::State::Connected)
            return; // restarted or disconnected meanwhile: that path detects again
        startSources(true);
    });
}

void AppSession::onItemsChanged(const QList<QueueItem> &upserts, const QStringList &removedIds)
{
    if (!m_reader) {
        Q_EMIT itemsChanged(upserts, removedIds);
        return;
    }
    for (const QueueItem &item : upserts)
        m_heldBack.insert(item.id, item);
    for (const QString &id : removedIds)
        m_heldBack.insert(id, std::nullopt);
}

void AppSession::releaseHeldBackItems()
{
    QList<QueueItem> upserts;
    QStringList removed;
    for (auto it = m_heldBack.cbegin(); it != m_heldBack.cend(); ++it) {
        if (it.value())
            upserts.append(*it.value());
        else
            removed.append(it.key());
    }
    m_heldBack.clear();
    if (!upserts.isEmpty() || !removed.isEmpty())
        Q_EMIT itemsChanged(upserts, removed);
}

void AppSession::applySlaClocks(const QList<SourceProfile> &profiles)
{
    const int major = m_cache->knownOdooMajor();
    for (const SourceProfile &base : profiles) {
        const SourceProfile profile = base.forVersion(major);
        if (!m_cache->applySlaHours(profile.id, profile.kind, profile.slaHours)) {
            Q_EMIT problem(tr("The SLA deadlines of the offline queue could not be updated (%1).")
                               .arg(m_cache->lastError()));
            return;
        }
    }
}

QMap<QString, QString> AppSession::fieldLabels(const QString &profileId) const
{
    for (const ProfileStatus &status : m_statuses) {
        if (status.profile.id == profileId)
            return status.profile.fieldLabels;
    }
    return {};
}

void AppSession::runLiveUpdates(const QString &operation, QObject *context,
                                std::function<void(bool, const QString &)> then)
{
    if (m_connection->state() != OdooConnection::State::Connected) {
        then(false, tr("Not connected to Odoo."));
        return;
    }
    auto *installer =
        new LiveUpdatesInstaller(m_connection, LiveUpdatesInstaller::modelsOf(m_statuses), this);
    connect(installer, &LiveUpdatesInstaller::finished, installer, &QObject::deleteLater);
    // The asker (a dialog) may be gone by the time Odoo answers: then nobody is told.
    connect(installer, &LiveUpdatesInstaller::finished, context, [installer, then = std::move(then)] {
        then(installer->ok(), installer->ok() ? installer->summary() : installer->error());
    });
    installer->run(operation);
}

QList<Decision> AppSession::recentDecisions(int limit) const
{
    return m_outbox ? m_outbox->recent(limit) : QList<Decision>();
}

QList<Decision::Action> AppSession::actionsFor(const QueueItem &item) const
{
    return m_decisions ? m_decisions->actionsFor(item) : QList<Decision::Action>();
}

std::optional<QList<Decision>> AppSession::decide(const QList<DecisionService::Request> &requests,
                                                  QString *error)
{
    if (!m_decisions) {
        *error = tr("Not connected to Odoo yet; try again in a moment.");
        return std::nullopt;
    }
    return m_decisions->decide(requests, error);
}

void AppSession::syncNow()
{
    m_supervisor->retryNow();
    if (m_live)
        m_live->engine()->syncOnce();
}

int AppSession::pendingDecisions() const
{
    return m_outbox ? int(m_outbox->pending().size()) : 0;
}

SyncStatus AppSession::syncStatus() const
{
    if (m_live)
        return m_live->status();
    SyncStatus status;
    if (m_cache)
        status.lastSyncedAt = m_cache->lastSyncedAt();
    status.state = status.lastSyncedAt.isValid() ? SyncStatus::State::UpToDate : SyncStatus::State::NotSynced;
    // Not connected yet: what the supervisor is doing about it.
    switch (m_supervisor->state()) {
    case ConnectionSupervisor::State::WaitingToRetry:
        status.state = SyncStatus::State::Offline;
        status.offlineSince = m_supervisor->firstFailureAt();
        status.retryAt = m_supervisor->retryAt();
        status.problem = m_supervisor->lastError().userMessage();
        break;
    case ConnectionSupervisor::State::Connecting:
        if (m_supervisor->failures() > 0) {
            status.state = SyncStatus::State::Syncing;
            status.offlineSince = m_supervisor->firstFailureAt();
        }
        break;
    case ConnectionSupervisor::State::SecretRefused:
    case ConnectionSupervisor::State::GaveUp:
        status.state = SyncStatus::State::Failing;
        status.problem = m_supervisor->lastError().userMessage();
        break;
    case ConnectionSupervisor::State::Idle:
    case ConnectionSupervisor::State::Connected:
        break;
    }
    return status;
}

QString AppSession::pushText() const
{
    return m_live ? m_live->pushText() : QString();
}

QString AppSession::serverSummary() const
{
    const ServerInfo &info = m_connection->serverInfo();
    if (m_connection->state() != OdooConnection::State::Connected)
        return tr("%1 · not connected").arg(m_settings.serverUrl.host());
    return tr("Odoo %1 · %2 · %3")
        .arg(info.version.text, OdooTransport::kindName(info.transport), m_settings.login);
}

int AppSession::userId() const
{
    return m_connection->serverInfo().uid;
}

QUrl AppSession::recordUrl(const QString &model, int resId) const
{
    QUrl url = m_settings.serverUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + QStringLiteral("/web"));
    url.setFragment(QStringLiteral("id=%1&model=%2&view_type=form").arg(resId).arg(model));
    return url;
}

void AppSession::fetchDetails(const QueueItem &item, QObject *context,
                              std::function<void(const RecordDetails &)> then)
{
    if (m_connection->state() != OdooConnection::State::Connected) {
        then({});
        return;
    }
    auto *reader = new RecordDetailsReader(m_connection, item.model, item.resId, this);
    connect(
        reader, &RecordDetailsReader::finished, this,
        [reader, context = QPointer<QObject>(context), then = std::move(then)](const RecordDetails &details) {
            reader->deleteLater();
            if (context)
                then(details);
        });
    reader->start();
}

void AppSession::fetchApprovalHistory(int days, QObject *context,
                                      std::function<void(const QList<DecidedApproval> &)> then)
{
    if (m_connection->state() != OdooConnection::State::Connected) {
        then({});
        return;
    }
    QStringList models;
    for (const ProfileStatus &status : std::as_const(m_statuses)) {
        if (status.enabled && status.profile.kind == ItemKind::Approval &&
            !m_options.preferences.disabledProfiles.contains(status.profile.id))
            models.append(status.profile.model);
    }
    int major = m_connection->serverInfo().version.major;
    if (major <= 0 && m_cache)
        major = m_cache->knownOdooMajor();
    const QDate first = QDateTime::currentDateTimeUtc().date().addDays(1 - qMax(1, days));
    auto *reader =
        new ApprovalHistoryReader(m_connection, major, models, QDateTime(first, QTime(0, 0), Qt::UTC), this);
    connect(reader, &ApprovalHistoryReader::finished, reader, &QObject::deleteLater);
    connect(reader, &ApprovalHistoryReader::finished, context,
            [reader, then = std::move(then)] { then(reader->approvals()); });
    reader->start();
}
