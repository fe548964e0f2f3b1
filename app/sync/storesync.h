// StoreSync: reads the stores (stock.warehouse) with their partner's city, region and
// coordinates, replaces the cached stores and fills the StoreDirectory, including the links that
// lead records to a store (stock.location's warehouse, an employee's work address…). The region is
// the partner's state, or its country when it has no state. Two requests plus one per link, one
// at a time; reports exactly once with finished().
#pragma once

#include "storedirectory.h"

#include <QObject>
#include <QString>
#include <QStringList>

class Cache;
class OdooConnection;

class StoreSync : public QObject
{
    Q_OBJECT
public:
    // `directory` (may be null) receives the stores and the values of `links`.
    StoreSync(OdooConnection *connection, Cache *cache, StoreDirectory *directory = nullptr,
              QList<StoreDirectory::Link> links = {}, QObject *parent = nullptr);

    void start();
    QString error() const { return m_error; }
    int storeCount() const { return m_count; }
    // Links that could not be read ("stock.picking.type.warehouse_id: <why>"); the directory marks
    // them unavailable, so the sources that need them fail instead of saving "no store".
    QStringList linkProblems() const { return m_linkProblems; }
    // The stores or a link that may lead to a store could not be read: worth reading again soon.
    bool incomplete() const { return m_incomplete; }

Q_SIGNALS:
    void finished();

private:
    void fail(const QString &message, bool transient);
    void readNextLinks();
    void succeed();

    OdooConnection *m_connection;
    Cache *m_cache;
    StoreDirectory *m_directory;
    QList<StoreDirectory::Link> m_pendingLinks;
    QStringList m_linkProblems;
    QString m_error;
    int m_count = 0;
    bool m_done = false;
    bool m_incomplete = false;
};
