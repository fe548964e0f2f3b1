// SqliteTransaction: one transaction on a Qt Sql connection, rolled back when it goes out of scope
// uncommitted (every early return of a failed write); shared by the cache, the outbox and migrations.
#pragma once

#include <QSqlDatabase>
#include <QString>

class SqliteTransaction
{
public:
    // Begins at once; isOpen() says whether it could.
    explicit SqliteTransaction(QSqlDatabase database);
    ~SqliteTransaction();
    SqliteTransaction(const SqliteTransaction &) = delete;
    SqliteTransaction &operator=(const SqliteTransaction &) = delete;

    bool isOpen() const { return m_open; }
    // False when it could not be saved (then rolled back); errorText() says why.
    bool commit();
    // Why beginning or committing failed, in the words of SqliteFile::errorText().
    QString errorText() const { return m_error; }

private:
    QSqlDatabase m_database;
    bool m_open = false;
    QString m_error;
};
