#include "rawsqlite.h"

#include <QDebug>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QString newConnectionName()
{
    return QStringLiteral("raw-%1").arg(QRandomGenerator::global()->generate());
}

} // namespace

QVariant RawSqlite::scalar(const QString &filePath, const QString &sql)
{
    const QString name = newConnectionName();
    QVariant result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(filePath);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                result = query.value(0);
            else
                result = QStringLiteral("ERROR: %1").arg(query.lastError().text());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

bool RawSqlite::exec(const QString &filePath, const QStringList &statements)
{
    const QString name = newConnectionName();
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(filePath);
        ok = db.open();
        QSqlQuery query(db);
        for (const QString &statement : statements) {
            if (ok && !query.exec(statement)) {
                qWarning() << statement << query.lastError().text();
                ok = false;
            }
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}
