// Cache: the offline copy of what HQ Tower synced from one Odoo server + database + user, in one
// SQLite file (queue items, stores, sync cursors, sync log). Written by sync, read by CLI and UI.
#pragma once

#include "domain/queueitem.h"
#include "domain/storeinfo.h"
#include "domain/syncstate.h"
#include "itemfilter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QSqlDatabase;
class QSqlQuery;
class SqliteTransaction;

// Use a Cache from the thread that opened it (a Qt Sql connection belongs to one thread).
// Every write returns false on failure and leaves a plain-words reason in lastError(); nothing
// throws or asserts on I/O errors. Dates are stored as ISO-8601 UTC text with milliseconds.
class Cache
{
    Q_DECLARE_TR_FUNCTIONS(Cache)

public:
    // Opens (creating the file and its folders if needed) and migrates the cache at filePath.
    // Returns nullptr with a reason in errorMessage when the file cannot be used (not a database,
    // damaged, written by a newer HQ Tower, folder not writable).
    static std::unique_ptr<Cache> open(const QString &filePath, QString *errorMessage = nullptr);
    // <AppDataLocation>/caches/<host>_<port>-<database>-<login>-<hash>.sqlite. Built only from
    // host, port, path, database and login, so it never contains a secret.
    static QString defaultPath(const QUrl &server, const QString &database, const QString &login);

    ~Cache();
    Cache(const Cache &) = delete;
    Cache &operator=(const Cache &) = delete;

    QString filePath() const { return m_filePath; }
    int schemaVersion() const;
    // The reason of the last failed operation (cleared when an operation starts).
    QString lastError() const { return m_lastError; }

    // Queue items. An item's id ("<model>:<res_id>") is its key: writing it again replaces it.
    bool upsertItems(const QList<QueueItem> &items);
    bool removeItems(const QString &profileId, const QList<int> &resIds);
    // Replaces every item of the profile by `items` (which must all belong to it), atomically.
    bool replaceProfileItems(const QString &profileId, const QList<QueueItem> &items);
    // Sets the SLA deadline of the profile's items of `kind` to their creation plus `hours` (no
    // deadline for 0), so that stored items follow a changed SLA without being synced again.
    bool applySlaHours(const QString &profileId, ItemKind kind, double hours);
    // Ordered by id.
    QList<QueueItem> items(const ItemFilter &filter = {}) const;
    std::optional<QueueItem> item(const QString &id) const;
    // Every item in storage order (not by id), handed to `chunk` chunkSize at a time; the fastest
    // way to read a large queue. False when the read failed (lastError() says why).
    bool readItems(int chunkSize, const std::function<void(QList<QueueItem> &&chunk)> &chunk) const;
    // The Odoo record ids cached for a profile, ascending (for departure reconciliation).
    QList<int> resIds(const QString &profileId) const;
    int itemCount() const;

    // Stores: replaced as a whole; read back ordered by id.
    bool replaceStores(const QList<StoreInfo> &stores);
    QList<StoreInfo> stores() const;

    // Sync state.
    std::optional<SyncCursor> cursor(const QString &profileId) const;
    bool saveCursor(const SyncCursor &cursor);
    // Keeps the newest maxSyncLogEntries() entries.
    bool logSync(const SyncLogEntry &entry);
    // Newest first.
    QList<SyncLogEntry> recentSyncs(int limit) const;
    // The latest finished_at of a sync without error; invalid when there is none.
    QDateTime lastSyncedAt() const;
    static int maxSyncLogEntries();

    // Facts about the server learnt while connected ("odoo_major" → "18"); empty when unknown.
    bool setServerFact(const QString &key, const QString &value);
    QString serverFact(const QString &key) const;
    // The Odoo major version last seen on this server (0 when unknown), so that a start without a
    // connection still knows which variant of each profile applies.
    int knownOdooMajor() const;
    bool setKnownOdooMajor(int major);

private:
    Cache(QString connectionName, QString filePath);
    QSqlDatabase database() const;
    // Sets lastError() when the transaction did not begin or could not be saved.
    bool started(const SqliteTransaction &transaction);
    bool commit(SqliteTransaction &transaction);
    bool fail(const QString &what, const QSqlQuery &query);
    void failRead(const QString &what, const QSqlQuery &query) const;
    bool writeItems(QSqlQuery &insert, const QList<QueueItem> &items, const QString &requiredProfileId);

    QString m_connectionName;
    QString m_filePath;
    mutable QString m_lastError;
};
