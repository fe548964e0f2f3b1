// AppSession: everything one connection needs while the app runs, assembled for the UI: the
// cache (shown at once), the connection, the enabled sources, live sync and the decision service.
// The UI reads its signals and calls decide(); it never touches the network or SQL itself.
#pragma once

#include "connectionsupervisor.h"
#include "decisions/decisionservice.h"
#include "domain/decidedapproval.h"
#include "domain/queueitem.h"
#include "domain/recorddetails.h"
#include "domain/storeinfo.h"
#include "odoo/connectionsettings.h"
#include "odoo/odooerror.h"
#include "platform/appsettings.h"
#include "sync/profilestatus.h"
#include "sync/syncstatus.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class Cache;
class CachedQueueReader;
class LiveSync;
class OdooConnection;
class Outbox;

class AppSession : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString cacheFile;       // empty: Cache::defaultPath() of the connection
        AppSettings preferences; // poll interval, sources switched off, SLA hours per kind
        DecisionService::Options decisions;
        ConnectionSupervisor::Options reconnect; // when the connection cannot be opened
    };

    AppSession(ConnectionSettings settings, QString secret, Options options, QObject *parent = nullptr);
    ~AppSession() override;

    // Opens the cache (cacheOpened() before any network), then connects and syncs. A connection
    // that cannot be opened is tried again while the problem is transient (ConnectionSupervisor).
    void start();
    // New preferences (poll interval, sources, SLA hours): the cached queue is offered again
    // (cacheOpened()) and the sources start again on the same connection, without a new login.
    void restart(const AppSettings &preferences);
    // Reads the cached queue on a worker thread: `chunk` and then `lastly` run there (see
    // CachedQueueReader), `done` here afterwards, only while `context` lives. Changes synced
    // meanwhile are held back and reported by itemsChanged() after `done`, so they are never
    // overwritten by older cached items.
    void readCachedQueue(QObject *context, std::function<void(QList<QueueItem> &&chunk)> chunk,
                         std::function<void()> lastly, std::function<void(bool ok)> done);
    QList<Decision> recentDecisions(int limit) const;
    QList<ProfileStatus> profileStatuses() const { return m_statuses; }
    QList<Decision::Action> actionsFor(const QueueItem &item) const;
    // The server's labels of the fields an item's source reads (empty before detection).
    QMap<QString, QString> fieldLabels(const QString &profileId) const;
    std::optional<QList<Decision>> decide(const QList<DecisionService::Request> &requests, QString *error);
    int pendingDecisions() const;
    // Every source and the stores now (F5), besides the regular polling; while the connection
    // waits to be tried again, tries at once.
    void syncNow();
    // "status", "enable" or "disable" the server's live-update rules (LiveUpdatesInstaller);
    // `then` gets whether it worked and one plain sentence, only while `context` lives.
    void runLiveUpdates(const QString &operation, QObject *context,
                        std::function<void(bool ok, const QString &text)> then);

    const ConnectionSettings &settings() const { return m_settings; }
    OdooConnection *connection() const { return m_connection; }
    SyncStatus syncStatus() const;
    // The sources are detected and syncing (syncStatus() then speaks of them, not of the cache).
    bool sourcesRunning() const { return m_live != nullptr; }
    QString pushText() const;
    QString serverSummary() const; // "Odoo 18.0 · JSON-RPC · manager1"
    int userId() const;
    // What the detail panel shows beyond the cached fields, read on demand (RecordDetailsReader).
    // `then` runs once with what could be read (parts the server refuses stay empty), only while
    // `context` lives.
    void fetchDetails(const QueueItem &item, QObject *context,
                      std::function<void(const RecordDetails &)> then);
    // The approvals Odoo shows as decided over the last `days` UTC days (today included), from the
    // enabled approval sources; `then` runs once (with an empty list when not connected), only
    // while `context` lives. Models that cannot be read are left out.
    void fetchApprovalHistory(int days, QObject *context,
                              std::function<void(const QList<DecidedApproval> &)> then);
    // The record in Odoo's web client, for "Open in Odoo".
    QUrl recordUrl(const QString &model, int resId) const;

Q_SIGNALS:
    // The cache is open: its stores and when it was last synced (invalid: never). The items
    // come with readCachedQueue().
    void cacheOpened(const QList<StoreInfo> &stores, const QDateTime &lastSyncedAt);
    void connected();
    // An attempt to open the connection failed (each one; transient problems are tried again).
    void connectionFailed(const OdooError &error);
    // The connection could not be opened and trying again will not help (TLS, wrong database…).
    void connectionGaveUp(const OdooError &error);
    // The server refused the password or API key: someone must give it again.
    void secretRefused(const OdooError &error);
    void profilesDetected(const QList<ProfileStatus> &statuses);
    void itemsChanged(const QList<QueueItem> &upserts, const QStringList &removedIds);
    void storesChanged(const QList<StoreInfo> &stores);
    void statusChanged();
    void progress(int fetched, int total);
    void decisionChanged(const Decision &decision);
    // A problem in plain words for the status bar (cache, outbox).
    void problem(const QString &message);

private:
    void onConnected();
    // Detects the sources and starts syncing and sending decisions on the open connection.
    // Detects the sources and starts syncing them; `recheck`: only the sources that could not be
    // checked are checked again, and the sync is replaced only when one of them now works.
    void startSources(bool recheck = false);
    void checkFailedSourcesAgain(); // re-detects later when a source could not be checked
    void stopSources();
    void onItemsChanged(const QList<QueueItem> &upserts, const QStringList &removedIds);
    void releaseHeldBackItems();
    // The stored SLA deadlines follow the profiles in use (the user's SLA hours merged in).
    void applySlaClocks(const QList<SourceProfile> &profiles);

    ConnectionSettings m_settings;
    Options m_options;
    QPointer<OdooConnection> m_connection;
    ConnectionSupervisor *m_supervisor;
    std::unique_ptr<Cache> m_cache;
    std::unique_ptr<Outbox> m_outbox;
    // Declared after the cache and the outbox they write to: destroyed before them.
    std::unique_ptr<LiveSync> m_live;
    std::unique_ptr<DecisionService> m_decisions;
    QList<ProfileStatus> m_statuses;
    int m_sourcesGeneration = 0;           // a detection started before a restart is dropped
    CachedQueueReader *m_reader = nullptr; // while the cached queue is being read
    // What was synced while it was, by item id: the latest stored item, or nothing if it left.
    QHash<QString, std::optional<QueueItem>> m_heldBack;
};
