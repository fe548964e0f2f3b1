// SyncEngine: keeps the cache in step with Odoo for every enabled source profile. It reads the
// stores first (items need them to find their store), then runs ProfileSync jobs with at most N
// requests at once, polls each profile on its own jittered interval with backoff on errors and
// never two runs of one profile at a time, syncs a profile early when the bus says its model
// changed (push is a hint; polling stays on), and says what it is doing with SyncStatus.
#pragma once

#include "profilesync.h"
#include "storedirectory.h"
#include "storesync.h"
#include "syncstatus.h"

#include <QHash>
#include <QObject>
#include <QRandomGenerator>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <chrono>

class SyncEngine : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        ProfileSync::Options profile;
        int maxConcurrent = 2;
        std::chrono::milliseconds pollInterval = std::chrono::seconds(60);
        double jitter = 0.2;
        std::chrono::milliseconds maxBackoff = std::chrono::minutes(10);
        std::chrono::milliseconds storesInterval = std::chrono::minutes(15);
    };

    SyncEngine(OdooConnection *connection, Cache *cache, QList<SourceProfile> profiles, Options options,
               QObject *parent = nullptr);

    // The stores and every profile once (or only the profiles in `only`, with the stores when
    // they could not be read last time); roundFinished() follows when all have reported.
    void syncOnce(const QStringList &only = {});
    // Keep polling; stop() ends it (a run under way finishes on its own).
    void start();
    void stop();
    // Sync this profile as soon as a slot is free (ignored while it runs or waits already).
    void requestSync(const QString &profileId);
    // Connect BusListener::recordsChanged here.
    void onRecordsChanged(const QString &model, const QList<int> &ids);
    bool isPolling() const { return m_polling; }
    int runningCount() const { return int(m_running.size()); }
    QList<SyncLogEntry> lastResults() const { return m_lastResults.values(); }
    // Empty when the last store sync succeeded.
    QString storesError() const { return m_storesError; }
    SyncStatus status() const { return m_status; }

Q_SIGNALS:
    void progress(int fetched, int total);
    void profileFinished(const SyncLogEntry &result);
    void roundFinished();
    // What was stored (as stored) and the ids that left the queue.
    void itemsChanged(const QList<QueueItem> &upserts, const QStringList &removedIds);
    void storesChanged();
    void statusChanged(const SyncStatus &status);

private:
    void startNext();
    void startStores();
    void requestStores();
    void onStoresFinished(StoreSync *run);
    void updateStatus();
    void onProfileFinished(ProfileSync *run);
    void onTick();
    std::chrono::milliseconds nextDelay(const QString &profileId);

    OdooConnection *m_connection;
    Cache *m_cache;
    QHash<QString, SourceProfile> m_profiles;
    QStringList m_order;
    Options m_options;
    QStringList m_waiting;
    QHash<QString, ProfileSync *> m_running;
    QHash<QString, QHash<int, QString>> m_seenWindows;
    QHash<QString, qint64> m_dueAt; // ms since epoch
    QHash<QString, int> m_failuresInARow;
    QHash<QString, SyncLogEntry> m_lastResults;
    QHash<QString, QPair<int, int>> m_progress; // fetched, total per profile in this round
    QSet<QString> m_round;                      // profiles of the current syncOnce()
    QString m_storesError;
    StoreDirectory m_directory;
    QList<StoreDirectory::Link> m_links;
    StoreSync *m_storesRun = nullptr;
    bool m_storesIncomplete = false; // the last stores run missed the stores or a link
    bool m_storesWanted = false;
    bool m_storesTried = false; // profiles wait for the first store read (success or not)
    qint64 m_storesDueAt = 0;
    SyncStatus m_status;
    QTimer m_tick;
    QRandomGenerator m_random;
    bool m_polling = false;
};
