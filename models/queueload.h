// QueueLoad: takes queue items that arrive in chunks on a worker thread (the cache being read)
// and makes their QueueModel rows on the thread pool meanwhile, so that the GUI thread only swaps
// the finished queue in (QueueModel::setItems(PreparedQueue)).
#pragma once

#include "queuerow.h"
#include "queuerowmaker.h"

#include <QFuture>
#include <QList>

class QueueModel;

class QueueLoad
{
public:
    // `maker` is QueueModel::rowMaker(), taken on the model's thread.
    explicit QueueLoad(QueueRowMaker maker);

    // From one thread at a time: keeps the chunk and starts making its rows.
    void addChunk(QList<QueueItem> items);
    // Waits for every chunk's rows, joins them and indexes the ids (on the loading thread, after
    // the last chunk).
    void finish();
    qsizetype itemCount() const { return m_prepared.items.size(); }
    // On the model's thread, after finish(): replaces the model's items by the loaded ones.
    void applyTo(QueueModel *model);

private:
    QueueRowMaker m_maker;
    PreparedQueue m_prepared;
    QList<QFuture<QList<QueueRow>>> m_pending;
};
