#include "sqlitetransaction.h"

#include "sqlitefile.h"

#include <QSqlError>

SqliteTransaction::SqliteTransaction(QSqlDatabase database)
    : m_database(std::move(database))
{
    m_open = m_database.transaction();
    if (!m_open)
        m_error = SqliteFile::errorText(m_database.lastError());
}

SqliteTransaction::~SqliteTransaction()
{
    if (m_open)
        m_database.rollback();
}

bool SqliteTransaction::commit()
{
    if (!m_open)
        return false;
    m_open = false;
    if (m_database.commit())
        return true;
    m_error = SqliteFile::errorText(m_database.lastError());
    m_database.rollback();
    return false;
}
