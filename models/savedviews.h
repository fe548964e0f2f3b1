// SavedViews: the user's named work queue views (QueueView) in QSettings, group "queue/views", one
// JSON string per view, in a stable order by name; plus the list edits the UI asks for.
#pragma once

#include "queueview.h"

#include <QList>
#include <QString>

class QSettings;

class SavedViews
{
public:
    // Tolerant: an entry that is not a JSON object with a non-blank name is skipped; of two
    // entries with the same name the later key wins. Sorted by name.
    static QList<QueueView> load(const QSettings &settings);
    // Replaces every saved view (stale entries are removed), sorted by name.
    static void save(QSettings &settings, const QList<QueueView> &views);

    // `views` with `view` added, or replacing the view of the same name; sorted by name.
    static QList<QueueView> upserted(QList<QueueView> views, const QueueView &view);
    // `views` without the view named `name` (unchanged when there is none).
    static QList<QueueView> removed(QList<QueueView> views, const QString &name);
    // Case-insensitive, then case-sensitive so the order never depends on the input order.
    static void sortByName(QList<QueueView> &views);
};
