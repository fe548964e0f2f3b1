// QueueSnapshot: queue items as shared, immutable values. Copying a snapshot is O(1) and a later
// change to the list copies pointers, never items: what QueueModel hands to worker threads.
#pragma once

#include "domain/queueitem.h"

#include <QList>

#include <memory>

using QueueSnapshot = QList<std::shared_ptr<const QueueItem>>;

// Moves the items into a snapshot (copies them when `items` is shared with another list).
inline QueueSnapshot makeQueueSnapshot(QList<QueueItem> items)
{
    QueueSnapshot snapshot;
    snapshot.reserve(items.size());
    for (QueueItem &item : items)
        snapshot.append(std::make_shared<const QueueItem>(std::move(item)));
    return snapshot;
}
