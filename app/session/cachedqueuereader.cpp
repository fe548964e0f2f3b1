#include "cachedqueuereader.h"

#include "storage/cache.h"

#include <QtConcurrent/QtConcurrentRun>

CachedQueueReader::CachedQueueReader(QString cacheFile, QObject *parent)
    : QObject(parent)
    , m_file(std::move(cacheFile))
{
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, [this] {
        const QString error = m_watcher.result();
        Q_EMIT finished(error.isEmpty(), error);
    });
}

CachedQueueReader::~CachedQueueReader()
{
    // The worker only touches its own copies and the sink's captures; let it end first.
    m_watcher.waitForFinished();
}

void CachedQueueReader::start(Sink sink, std::function<void()> lastly)
{
    m_watcher.setFuture(
        QtConcurrent::run([file = m_file, sink = std::move(sink), lastly = std::move(lastly)]() -> QString {
            QString error;
            // A connection of this thread's own: Qt Sql connections stay in the thread that made them.
            const auto cache = Cache::open(file, &error);
            bool ok = false;
            if (cache) {
                ok = cache->readItems(ChunkSize, sink);
                if (!ok)
                    error = cache->lastError();
            }
            if (lastly)
                lastly();
            if (!ok && error.isEmpty())
                error = tr("The offline cache could not be read.");
            return ok ? QString() : error;
        }));
}
