// RawSqlite: reads and writes a SQLite file on a connection of its own, as another tool would,
// so tests can check what a cache file holds and prepare old, odd or damaged files.
#pragma once

#include <QStringList>
#include <QVariant>

class RawSqlite
{
public:
    // The first column of the first row, or "ERROR: …" text when the query fails.
    static QVariant scalar(const QString &filePath, const QString &sql);
    // Runs the statements in order; false (with a warning) at the first that fails.
    static bool exec(const QString &filePath, const QStringList &statements);
};
