// CachedQueueReader: reads the queue items of a cache file on a worker thread, chunk by chunk
// (the user's SLA hours applied), so that a large offline queue never blocks the GUI thread.
#pragma once

#include "domain/queueitem.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>

#include <functional>

class CachedQueueReader : public QObject
{
    Q_OBJECT
public:
    using Sink = std::function<void(QList<QueueItem> &&chunk)>;
    static constexpr int ChunkSize = 8192;

    CachedQueueReader(QString cacheFile, QHash<QString, double> slaHours, QObject *parent = nullptr);
    ~CachedQueueReader() override;

    // `sink` runs on the worker thread for every chunk, then `lastly` (may be empty) on that thread.
    // finished() reports once, on this object's thread.
    void start(Sink sink, std::function<void()> lastly = {});
    bool isRunning() const { return m_watcher.isRunning(); }

    // Replaces each item's SLA due time by created + the user's hours for its kind, if any.
    static void applySlaHours(QList<QueueItem> &items, const QHash<QString, double> &hours);

Q_SIGNALS:
    // ok = false: the cache could not be read (error says why in plain words).
    void finished(bool ok, const QString &error);

private:
    QString m_file;
    QHash<QString, double> m_slaHours;
    QFutureWatcher<QString> m_watcher; // the worker's answer: empty or the error
};
