#include "sqlitefile.h"

#include "cachemigrations.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <atomic>

namespace {

// SQLite result codes that mean "this file is not a usable SQLite database".
const QString SqliteCorrupt = QStringLiteral("11");
const QString SqliteNotADatabase = QStringLiteral("26");

std::atomic<quint64> connectionCounter{0};

bool isNotADatabase(const QSqlError &error)
{
    return error.nativeErrorCode() == SqliteNotADatabase || error.nativeErrorCode() == SqliteCorrupt;
}

// Opens the connection, sets the pragmas and migrates; returns the reason on failure.
QString prepareDatabase(QSqlDatabase &db, SqliteFile::Durability durability)
{
    if (!db.open()) {
        return SqliteFile::tr("SQLite could not open the file (%1)")
            .arg(SqliteFile::errorText(db.lastError()));
    }
    QSqlQuery query(db);
    const QStringList pragmas{
        QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA foreign_keys=ON"),
        durability == SqliteFile::Durability::Full ? QStringLiteral("PRAGMA synchronous=FULL")
                                                   : QStringLiteral("PRAGMA synchronous=NORMAL")};
    for (const QString &pragma : pragmas) {
        if (!query.exec(pragma)) {
            const QSqlError error = query.lastError();
            if (isNotADatabase(error)) {
                return SqliteFile::tr("the file is not an HQ Tower cache or it is damaged (%1)")
                    .arg(SqliteFile::errorText(error));
            }
            return SqliteFile::tr("SQLite refused the settings (%1)").arg(SqliteFile::errorText(error));
        }
    }
    query.finish();
    QString reason;
    if (!CacheMigrations::migrate(db, &reason))
        return reason;
    return {};
}

} // namespace

QString SqliteFile::open(const QString &filePath, const QString &connectionPrefix, Durability durability,
                         QString *errorMessage)
{
    const auto fail = [&](const QString &reason) {
        if (errorMessage)
            *errorMessage = reason;
        return QString();
    };
    if (filePath.isEmpty())
        return fail(tr("no file name was given"));
    const QFileInfo info(filePath);
    if (info.isDir())
        return fail(tr("it is a folder"));
    if (!QDir().mkpath(info.absolutePath())) {
        return fail(
            tr("the folder \"%1\" could not be created").arg(QDir::toNativeSeparators(info.absolutePath())));
    }
    const QString driver = QStringLiteral("QSQLITE");
    if (!QSqlDatabase::isDriverAvailable(driver))
        return fail(tr("the Qt SQLite driver is not installed"));

    const QString connectionName = QStringLiteral("%1-%2").arg(connectionPrefix).arg(++connectionCounter);
    QString reason;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, connectionName);
        db.setDatabaseName(info.absoluteFilePath());
        reason = prepareDatabase(db, durability);
    }
    if (!reason.isEmpty()) {
        close(connectionName);
        return fail(reason);
    }
    return connectionName;
}

void SqliteFile::close(const QString &connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

QString SqliteFile::errorText(const QSqlError &error)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return text.isEmpty() ? tr("unknown SQLite error") : text;
}
