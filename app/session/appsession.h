// AppSession: everything one connection needs while the app runs, assembled for the UI: the
// cache (shown at once), the connection, the enabled sources, live sync and the decision service.
// The UI reads its signals and calls decide(); it never touches the network or SQL itself.
#pragma once

#include "decisions/decisionservice.h"
#include "odoo/connectionsettings.h"
#include "odoo/odooerror.h"
#include "platform/appsettings.h"
#include "domain/decidedapproval.h"
#include "sync/profilestatus.h"
#include "domain/queueitem.h"
#include "domain/storeinfo.h"
#include "sync/syncstatus.h"

#include <QObject>
#include <QPointer>

#include <memory>

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
    };

    AppSession(ConnectionSettings settings, QString secret, Options options, QObject *parent = nullptr);
    ~AppSession() override;

    // Opens the cache (cacheOpened() before any network), then connects and syncs.
    void start();
    // Reads the cached queue on a worker thread: `chunk` and then `lastly` run there (see
    // CachedQueueReader), `done` here afterwards. Changes synced meanwhile are held back and
    // reported by itemsChanged() after `done`, so they are never overwritten by older cached items.
    void readCachedQueue(std::function<void(QList<QueueItem> &&chunk)> chunk, std::function<void()> lastly,
                         std::function<void(bool ok)> done);
    QList<Decision> recentDecisions(int limit) const;
    QList<ProfileStatus> profileStatuses() const { return m_statuses; }
    QStringList actionsFor(const QueueItem &item) const;
    // The server's labels of the fields an item's source reads (empty before detection).
    QMap<QString, QString> fieldLabels(const QString &profileId) const;
    std::optional<QList<Decision>> decide(const QList<DecisionService::Request> &requests, QString *error);
    int pendingDecisions() const;
    // Every source and the stores now (F5), besides the regular polling.
    void syncNow();
    // "status", "enable" or "disable" the server's live-update rules (LiveUpdatesInstaller);
    // `then` gets whether it worked and one plain sentence.
    void runLiveUpdates(const QString &operation, std::function<void(bool ok, const QString &text)> then);

    const ConnectionSettings &settings() const { return m_settings; }
    OdooConnection *connection() const { return m_connection; }
    SyncStatus syncStatus() const;
    QString pushText() const;
    QString serverSummary() const; // "Odoo 18.0 · JSON-RPC · manager1"
    int userId() const;
    // What the detail panel shows beyond the cached fields, read on demand: the latest chatter
    // messages (date, author, text), the lines of a purchase order, the attachments' names.
    struct RecordDetails
    {
        QList<QJsonObject> messages;
        QList<QJsonObject> lines;
        QStringList attachments;
    };
    // `then` runs once with what could be read (parts the server refuses stay empty).
    void fetchDetails(const QueueItem &item, std::function<void(const RecordDetails &)> then);
    // The approvals Odoo shows as decided over the last `days` UTC days (today included), from the
    // enabled approval sources; `then` runs once (with an empty list when not connected). Models
    // that cannot be read are left out.
    void fetchApprovalHistory(int days, std::function<void(const QList<DecidedApproval> &)> then);
    // The record in Odoo's web client, for "Open in Odoo".
    QUrl recordUrl(const QString &model, int resId) const;

Q_SIGNALS:
    // The cache is open: its stores and when it was last synced (invalid: never). The items
    // come with readCachedQueue().
    void cacheOpened(const QList<StoreInfo> &stores, const QDateTime &lastSyncedAt);
    void connected();
    void connectionFailed(const OdooError &error);
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
    void onItemsChanged(const QStringList &ids);
    // The user's SLA hours per kind replace the sources' own clocks.
    QList<QueueItem> withPreferences(QList<QueueItem> items) const;
    void emitItemsChanged(const QStringList &ids);

    ConnectionSettings m_settings;
    Options m_options;
    QPointer<OdooConnection> m_connection;
    std::unique_ptr<Cache> m_cache;
    std::unique_ptr<Outbox> m_outbox;
    LiveSync *m_live = nullptr;
    DecisionService *m_decisions = nullptr;
    QList<ProfileStatus> m_statuses;
    CachedQueueReader *m_reader = nullptr; // while the cached queue is being read
    QStringList m_heldBackIds;             // items synced while it was
};
