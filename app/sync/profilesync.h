// ProfileSync: one sync run of one source profile into the cache. The first run reads every
// matching record in pages ordered by (write_date, id); later runs ask only for records written
// since the cursor (an idle poll is one small request), re-read those that changed, and remove
// the ones that left the domain. A periodic id reconciliation catches deletions and records
// that enter or leave by the clock alone. Reports exactly once with finished().
#pragma once

#include "domain/syncstate.h"
#include "odoo/odooerror.h"
#include "sourceprofile.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <optional>

class Cache;
class OdooConnection;
class OdooCall;
class StoreDirectory;

class ProfileSync : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int pageSize = 500;
        qint64 reconcileEverySeconds = 300; // id reconciliation at least this often
        qint64 overlapSeconds = 1;          // re-read writes this close to the cursor (same-second commits)
    };

    // `stores` (may be null) resolves each item's store; without it only warehouse fields count.
    ProfileSync(OdooConnection *connection, Cache *cache, SourceProfile profile, Options options,
                QHash<int, QString> *seenWindow, const StoreDirectory *stores = nullptr,
                QObject *parent = nullptr);

    void start();
    const SourceProfile &profile() const { return m_profile; }
    SyncLogEntry result() const { return m_log; }
    bool failed() const { return !m_log.error.isEmpty(); }
    // The kind of the request error that ended a failed run (None for a cache error).
    OdooError::Kind errorKind() const { return m_errorKind; }

Q_SIGNALS:
    void progress(int fetched, int total);
    // What was stored (as stored) and the ids that left the queue.
    void itemsChanged(const QList<QueueItem> &upserts, const QStringList &removedIds);
    void finished();

private:
    void countForFirstRun();
    void readPage();
    void readChanges();
    void rereadChanged(const QList<int> &ids, const QHash<int, QString> &window);
    void reconcile();
    void fetchMissing(const QList<int> &ids);
    void finishRun();
    void fail(const QString &message);
    OdooCall *call(const QString &method, const QJsonArray &args, const QJsonObject &kwargs);
    QJsonArray keysetAfter(const QDateTime &writeDate, int id) const;
    void storeRecords(const QJsonArray &records, QList<int> *accepted);
    // The records of a search_read or read answer as Odoo sends them: objects with a record id,
    // each id once. Others are left out and counted (the run then reports a protocol problem);
    // an answer that is not a list fails the run. Nothing when it failed.
    std::optional<QJsonArray> checkedRecords(const QJsonValue &result, const QString &method);
    // The same for a search answer: record ids, each once.
    std::optional<QList<int>> checkedIds(const QJsonValue &result);
    void failProtocol(const QString &message);
    void advanceCursor(const QJsonObject &record);
    bool reconcileDue() const;
    QJsonArray readFieldList() const;
    // Removes records that left the domain from the cache; false (and failed) on a cache error.
    bool removeDeparted(const QList<int> &resIds);

    OdooConnection *m_connection;
    Cache *m_cache;
    SourceProfile m_profile;
    Options m_options;
    QHash<int, QString> *m_seenWindow; // id -> write_date of records read near the cursor
    const StoreDirectory *m_stores;
    OdooError::Kind m_errorKind = OdooError::Kind::None;
    int m_rejected = 0; // records left out for want of a record id
    SyncCursor m_cursor;
    bool m_firstRun = false;
    int m_total = 0;
    QList<int> m_seenIds;
    QDateTime m_now;
    SyncLogEntry m_log;
    bool m_done = false;
};
