#include "syncengine.h"

#include "odoo/odooconnection.h"
#include "storage/cache.h"

#include <QDateTime>

namespace {

const QString storesKey = QStringLiteral("#stores");

// Errors that mean "the server cannot be reached right now" rather than "it said no".
bool isUnreachable(OdooError::Kind kind)
{
    return kind == OdooError::Kind::Network || kind == OdooError::Kind::Timeout ||
           kind == OdooError::Kind::Incomplete || kind == OdooError::Kind::Server ||
           kind == OdooError::Kind::Tls;
}

} // namespace

SyncEngine::SyncEngine(OdooConnection *connection, Cache *cache, QList<SourceProfile> profiles,
                       Options options, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_cache(cache)
    , m_options(options)
    , m_random(QRandomGenerator::global()->generate())
{
    for (const SourceProfile &profile : profiles) {
        m_profiles.insert(profile.id, profile);
        m_order.append(profile.id);
    }
    m_links = StoreDirectory::links(profiles);
    m_directory.setStores(m_cache->stores());
    // Remembered so that decisions can be committed before the next login (see DecisionService).
    if (const int major = connection->serverInfo().version.major; major > 0)
        m_cache->setKnownOdooMajor(major);
    m_status.lastSyncedAt = m_cache->lastSyncedAt();
    m_status.state =
        m_status.lastSyncedAt.isValid() ? SyncStatus::State::UpToDate : SyncStatus::State::NotSynced;
    m_tick.setInterval(std::chrono::milliseconds(250));
    connect(&m_tick, &QTimer::timeout, this, &SyncEngine::onTick);
}

void SyncEngine::syncOnce(const QStringList &only)
{
    m_progress.clear();
    // The stores are part of every full round (the queue's store column and the map need them),
    // and of a partial one when they or a link could not be read last time.
    if (only.isEmpty() || m_storesIncomplete || !m_storesTried) {
        m_round.insert(storesKey);
        requestStores();
    }
    for (const QString &id : std::as_const(m_order)) {
        if (!only.isEmpty() && !only.contains(id))
            continue;
        m_round.insert(id);
        requestSync(id);
    }
    if (m_round.isEmpty())
        QTimer::singleShot(0, this, &SyncEngine::roundFinished);
}

void SyncEngine::start()
{
    m_polling = true;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const QString &id : std::as_const(m_order)) {
        if (!m_dueAt.contains(id))
            m_dueAt.insert(id, now);
    }
    if (m_storesDueAt == 0)
        m_storesDueAt = now;
    m_tick.start();
    onTick();
}

void SyncEngine::stop()
{
    m_polling = false;
    m_tick.stop();
    m_waiting.clear();
    m_storesWanted = false;
}

void SyncEngine::requestSync(const QString &profileId)
{
    if (!m_profiles.contains(profileId) || m_running.contains(profileId) || m_waiting.contains(profileId))
        return;
    m_waiting.append(profileId);
    startNext();
}

void SyncEngine::requestStores()
{
    if (m_storesRun || m_storesWanted)
        return;
    m_storesWanted = true;
    startNext();
}

void SyncEngine::onRecordsChanged(const QString &model, const QList<int> &)
{
    for (const QString &id : std::as_const(m_order)) {
        if (m_profiles.value(id).model == model)
            requestSync(id);
    }
    bool storesMoved = model == QLatin1String("stock.warehouse");
    for (const StoreDirectory::Link &link : std::as_const(m_links))
        storesMoved = storesMoved || link.model == model;
    if (storesMoved)
        requestStores();
}

void SyncEngine::startNext()
{
    const auto busy = [this] { return int(m_running.size()) + (m_storesRun ? 1 : 0); };
    const int limit = qMax(1, m_options.maxConcurrent);
    if (m_storesWanted && !m_storesRun && busy() < limit)
        startStores();
    // Items resolve their store through the directory: the first round waits for it, and so does
    // a round after stores or links that could not be read.
    if ((!m_storesTried || m_storesIncomplete) && (m_storesWanted || m_storesRun))
        return;
    while (!m_waiting.isEmpty() && busy() < limit) {
        const QString id = m_waiting.takeFirst();
        auto *run = new ProfileSync(m_connection, m_cache, m_profiles.value(id), m_options.profile,
                                    &m_seenWindows[id], &m_directory, this);
        m_running.insert(id, run);
        connect(run, &ProfileSync::itemsChanged, this, &SyncEngine::itemsChanged);
        connect(run, &ProfileSync::progress, this, [this, id](int fetched, int total) {
            m_progress.insert(id, {fetched, total});
            int allFetched = 0;
            int allTotal = 0;
            for (const auto &[done, expected] : std::as_const(m_progress)) {
                allFetched += done;
                allTotal += expected;
            }
            Q_EMIT progress(allFetched, allTotal);
        });
        connect(run, &ProfileSync::finished, this, [this, run] { onProfileFinished(run); });
        run->start();
    }
    updateStatus();
}

void SyncEngine::startStores()
{
    m_storesWanted = false;
    m_storesRun = new StoreSync(m_connection, m_cache, &m_directory, m_links, this);
    StoreSync *run = m_storesRun;
    connect(run, &StoreSync::finished, this, [this, run] { onStoresFinished(run); });
    run->start();
}

void SyncEngine::onStoresFinished(StoreSync *run)
{
    m_storesRun = nullptr;
    m_storesTried = true;
    m_storesError = run->error();
    run->deleteLater();
    // Stores or links that could not be read are tried again with the next poll, not in an hour.
    m_storesIncomplete = run->incomplete();
    m_storesDueAt = QDateTime::currentMSecsSinceEpoch() +
                    (m_storesIncomplete ? m_options.pollInterval : m_options.storesInterval).count();
    if (m_storesError.isEmpty())
        Q_EMIT storesChanged();
    if (m_round.remove(storesKey) && m_round.isEmpty())
        Q_EMIT roundFinished();
    startNext();
}

std::chrono::milliseconds SyncEngine::nextDelay(const QString &profileId)
{
    // Backoff doubles the interval after each failure in a row, up to maxBackoff; jitter spreads
    // the profiles so they do not poll the server in lockstep.
    const int failures = m_failuresInARow.value(profileId);
    double delay = double(m_options.pollInterval.count()) * double(1 << qMin(failures, 10));
    delay = qMin(delay, double(qMax(m_options.maxBackoff, m_options.pollInterval).count()));
    delay *= 1.0 + m_options.jitter * (2.0 * m_random.generateDouble() - 1.0);
    return std::chrono::milliseconds(qMax<qint64>(1, qRound64(delay)));
}

void SyncEngine::onProfileFinished(ProfileSync *run)
{
    const QString id = run->profile().id;
    const SyncLogEntry result = run->result();
    m_running.remove(id);
    run->deleteLater();
    m_lastResults.insert(id, result);
    if (result.error.isEmpty()) {
        m_failuresInARow.remove(id);
        m_status.lastSyncedAt = result.finishedAt;
        m_status.offlineSince = {};
        if (m_failuresInARow.isEmpty())
            m_status.problem.clear();
    } else {
        m_failuresInARow[id] += 1;
        m_status.problem = result.error;
        if (isUnreachable(run->errorKind()) && !m_status.offlineSince.isValid())
            m_status.offlineSince = result.finishedAt;
        else if (!isUnreachable(run->errorKind()))
            m_status.offlineSince = {};
    }
    m_dueAt.insert(id, QDateTime::currentMSecsSinceEpoch() + nextDelay(id).count());
    Q_EMIT profileFinished(result);
    if (m_round.remove(id) && m_round.isEmpty())
        Q_EMIT roundFinished();
    startNext();
}

void SyncEngine::updateStatus()
{
    SyncStatus next = m_status;
    qint64 retryAt = 0;
    for (auto it = m_failuresInARow.constBegin(); it != m_failuresInARow.constEnd(); ++it) {
        const qint64 due = m_dueAt.value(it.key());
        if (due > 0 && (retryAt == 0 || due < retryAt))
            retryAt = due;
    }
    next.retryAt = m_polling && retryAt > 0 ? QDateTime::fromMSecsSinceEpoch(retryAt, Qt::UTC) : QDateTime();
    if (!m_running.isEmpty() || m_storesRun)
        next.state = SyncStatus::State::Syncing;
    else if (!m_failuresInARow.isEmpty())
        next.state = next.offlineSince.isValid() ? SyncStatus::State::Offline : SyncStatus::State::Failing;
    else
        next.state = next.lastSyncedAt.isValid() ? SyncStatus::State::UpToDate : SyncStatus::State::NotSynced;
    if (next == m_status)
        return;
    m_status = next;
    Q_EMIT statusChanged(m_status);
}

void SyncEngine::onTick()
{
    if (!m_polling)
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_storesDueAt > 0 && m_storesDueAt <= now && !m_storesRun) {
        m_storesDueAt = now + m_options.storesInterval.count(); // rescheduled when it finishes
        requestStores();
    }
    for (const QString &id : std::as_const(m_order)) {
        if (m_dueAt.value(id) <= now && !m_running.contains(id) && !m_waiting.contains(id)) {
            m_dueAt.insert(id, now + m_options.pollInterval.count()); // rescheduled when it finishes
            requestSync(id);
        }
    }
}
