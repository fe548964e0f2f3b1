// SqliteFile: opens a Qt Sql connection to an HQ Tower cache file the one way every user of the
// file does (folders created, WAL, pragmas, schema migrated) and removes the connection again.
#pragma once

#include <QCoreApplication>
#include <QString>

class QSqlError;

class SqliteFile
{
    Q_DECLARE_TR_FUNCTIONS(SqliteFile)

public:
    // PRAGMA synchronous of the connection. Full: a commit is on disk when it returns (outbox).
    enum class Durability { Normal, Full };

    // Opens filePath on a new connection named "<connectionPrefix>-<n>" and migrates the schema.
    // Returns the connection name, or an empty string with the reason in plain words (without the
    // file name) in errorMessage; on failure no connection is left behind.
    static QString open(const QString &filePath, const QString &connectionPrefix, Durability durability,
                        QString *errorMessage);
    // Closes and removes a connection made by open().
    static void close(const QString &connectionName);
    // The most useful text of a Qt Sql error, never empty.
    static QString errorText(const QSqlError &error);
};
