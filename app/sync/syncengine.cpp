#include "syncengine.h"

#include <QDateTime>

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
    m_tick.setInterval(std::chrono::milliseconds(250));
    connect(&m_tick, &QTimer::timeout, this, &SyncEngine::onTick);
}

void SyncEngine::syncOnce()
{
    m_progress.clear();
    // The stores are part of every round: the queue's store column and the map need them.
    const QString storesKey = QStringLiteral("#stores");
    if (!m_round.contains(storesKey)) {
        m_round.insert(storesKey);
        auto *stores = new StoreSync(m_connection, m_cache, this);
        connect(stores, &StoreSync::finished, this, [this, stores, storesKey] {
            m_storesError = stores->error();
            stores->deleteLater();
            if (m_round.remove(storesKey) && m_round.isEmpty())
                Q_EMIT roundFinished();
        });
        stores->start();
    }
    for (const QString &id : std::as_const(m_order)) {
        m_round.insert(id);
        requestSync(id);
    }
}

void SyncEngine::start()
{
    m_polling = true;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const QString &id : std::as_const(m_order)) {
        if (!m_dueAt.contains(id))
            m_dueAt.insert(id, now);
    }
    m_tick.start();
    onTick();
}

void SyncEngine::stop()
{
    m_polling = false;
    m_tick.stop();
    m_waiting.clear();
}

void SyncEngine::requestSync(const QString &profileId)
{
    if (!m_profiles.contains(profileId) || m_running.contains(profileId) || m_waiting.contains(profileId))
        return;
    m_waiting.append(profileId);
    startNext();
}

void SyncEngine::onRecordsChanged(const QString &model, const QList<int> &)
{
    for (const QString &id : std::as_const(m_order)) {
        if (m_profiles.value(id).model == model)
            requestSync(id);
    }
}

void SyncEngine::startNext()
{
    while (!m_waiting.isEmpty() && m_running.size() < qMax(1, m_options.maxConcurrent)) {
        const QString id = m_waiting.takeFirst();
        auto *run = new ProfileSync(m_connection, m_cache, m_profiles.value(id), m_options.profile,
                                    &m_seenWindows[id], this);
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
    if (result.error.isEmpty())
        m_failuresInARow.remove(id);
    else
        m_failuresInARow[id] += 1;
    m_dueAt.insert(id, QDateTime::currentMSecsSinceEpoch() + nextDelay(id).count());
    Q_EMIT profileFinished(result);
    if (m_round.remove(id) && m_round.isEmpty())
        Q_EMIT roundFinished();
    startNext();
}

void SyncEngine::onTick()
{
    if (!m_polling)
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const QString &id : std::as_const(m_order)) {
        if (m_dueAt.value(id) <= now && !m_running.contains(id) && !m_waiting.contains(id)) {
            m_dueAt.insert(id, now + m_options.pollInterval.count()); // rescheduled when it finishes
            requestSync(id);
        }
    }
}
