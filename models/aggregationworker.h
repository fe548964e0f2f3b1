// AggregationWorker: runs QueueAggregations::aggregate off the GUI thread, one run at a time.
// Only the newest request's result is delivered; older ones are dropped (a request made while a
// run is going waits, replacing any request that was already waiting).
#pragma once

#include "queueaggregations.h"

#include <QFutureWatcher>
#include <QObject>

#include <optional>
#include <utility>

class AggregationWorker : public QObject
{
    Q_OBJECT

public:
    explicit AggregationWorker(QObject *parent = nullptr);

    // Returns the request id (increasing from 1).
    int request(const AggregationInput &input);
    int latestRequestId() const { return m_latestRequestId; }
    // A run is going or a request waits for one.
    bool isBusy() const { return m_runningId != 0 || m_waiting.has_value(); }

Q_SIGNALS:
    void aggregated(int requestId, const AggregationResult &result);
    // A request whose result will never be delivered because a newer one was made.
    void dropped(int requestId);

private:
    void start(int requestId, const AggregationInput &input);
    void finish();

    QFutureWatcher<AggregationResult> m_watcher;
    int m_latestRequestId = 0;
    int m_runningId = 0; // 0 = idle
    std::optional<std::pair<int, AggregationInput>> m_waiting;
};
