#include "queueload.h"

#include "queuemodel.h"

#include <QtConcurrent/QtConcurrentRun>

QueueLoad::QueueLoad(QueueRowMaker maker)
    : m_maker(std::move(maker))
{
    m_prepared.generation = m_maker.generation;
}

void QueueLoad::addChunk(QList<QueueItem> items)
{
    QueueSnapshot chunk = makeQueueSnapshot(std::move(items));
    m_prepared.items.append(chunk);
    m_pending.append(QtConcurrent::run([maker = m_maker, chunk]() mutable { return maker.makeRows(chunk); }));
}

void QueueLoad::finish()
{
    m_prepared.rows.reserve(m_prepared.items.size());
    for (QFuture<QList<QueueRow>> &future : m_pending) {
        QList<QueueRow> rows = future.takeResult();
        for (QueueRow &row : rows)
            m_prepared.rows.append(std::move(row));
    }
    m_pending.clear();
    m_prepared.rowOf.reserve(m_prepared.items.size());
    for (int row = 0; row < int(m_prepared.items.size()); ++row)
        m_prepared.rowOf.insert(m_prepared.items.at(row)->id, row);
}

void QueueLoad::applyTo(QueueModel *model)
{
    PreparedQueue prepared = std::exchange(m_prepared, {});
    m_prepared.generation = m_maker.generation;
    model->setItems(std::move(prepared));
}
