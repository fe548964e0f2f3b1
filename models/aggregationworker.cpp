#include "aggregationworker.h"

#include <QtConcurrent/QtConcurrentRun>

AggregationWorker::AggregationWorker(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &AggregationWorker::finish);
}

int AggregationWorker::request(const AggregationInput &input)
{
    const int requestId = ++m_latestRequestId;
    if (m_runningId == 0) {
        start(requestId, input);
        return requestId;
    }
    if (m_waiting)
        Q_EMIT dropped(m_waiting->first);
    m_waiting.emplace(requestId, input);
    return requestId;
}

void AggregationWorker::start(int requestId, const AggregationInput &input)
{
    m_runningId = requestId;
    m_watcher.setFuture(QtConcurrent::run([input] { return QueueAggregations::aggregate(input); }));
}

void AggregationWorker::finish()
{
    const int requestId = m_runningId;
    m_runningId = 0;
    if (requestId == 0)
        return;
    if (m_waiting) {
        // A newer request waits: this result is stale. Start the newer one before telling anyone,
        // so a request made from a slot waits behind it.
        auto [waitingId, input] = std::move(*m_waiting);
        m_waiting.reset();
        start(waitingId, input);
        Q_EMIT dropped(requestId);
        return;
    }
    if (requestId != m_latestRequestId || m_watcher.future().resultCount() == 0) {
        Q_EMIT dropped(requestId);
        return;
    }
    const AggregationResult result = m_watcher.result();
    Q_EMIT aggregated(requestId, result);
}
