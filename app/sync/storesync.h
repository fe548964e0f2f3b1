// StoreSync: reads the stores (stock.warehouse) with their partner's city, region and
// coordinates, and replaces the cached stores. The region is the partner's state, or its
// country when it has no state. Two requests; reports exactly once with finished().
#pragma once

#include <QObject>
#include <QString>

class Cache;
class OdooConnection;

class StoreSync : public QObject
{
    Q_OBJECT
public:
    StoreSync(OdooConnection *connection, Cache *cache, QObject *parent = nullptr);

    void start();
    QString error() const { return m_error; }
    int storeCount() const { return m_count; }

Q_SIGNALS:
    void finished();

private:
    void fail(const QString &message);

    OdooConnection *m_connection;
    Cache *m_cache;
    QString m_error;
    int m_count = 0;
    bool m_done = false;
};
