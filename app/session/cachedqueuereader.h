// CachedQueueReader: reads the queue items of a cache file on a worker thread, chunk by chunk
// exactly as stored, so that a large offline queue never blocks the GUI thread.
#pragma once

#include "domain/queueitem.h"

#include <QFutureWatcher>
#include <QObject>

#include <functional>

class CachedQueueReader : public QObject
{
    Q_OBJECT
public:
    using Sink = std::function<void(QList<QueueItem> &&chunk)>;
    static constexpr int ChunkSize = 8192;

    explicit CachedQueueReader(QString cacheFile, QObject *parent = nullptr);
    ~CachedQueueReader() override;

    // `sink` runs on the worker thread for every chunk, then `lastly` (may be empty) on that thread.
    // finished() reports once, on this object's thread.
    void start(Sink sink, std::function<void()> lastly = {});
    bool isRunning() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    // ok = false: the cache could not be read (error says why in plain words).
    void finished(bool ok, const QString &error);

private:
    QString m_file;
    QFutureWatcher<QString> m_watcher; // the worker's answer: empty or the error
};
