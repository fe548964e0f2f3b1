#include "cachemigrations.h"

#include "sqlitefile.h"
#include "sqlitetransaction.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace {

constexpr int LatestVersion = 4;

void setError(QString *errorMessage, const QString &text)
{
    if (errorMessage)
        *errorMessage = text;
}

} // namespace

int CacheMigrations::latestVersion()
{
    return LatestVersion;
}

int CacheMigrations::currentVersion(const QSqlDatabase &db, QString *errorMessage)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        setError(errorMessage,
                 tr("could not read the schema version (%1)").arg(SqliteFile::errorText(query.lastError())));
        return -1;
    }
    return query.value(0).toInt();
}

bool CacheMigrations::migrate(QSqlDatabase &db, QString *errorMessage)
{
    const int version = currentVersion(db, errorMessage);
    if (version < 0)
        return false;
    if (version > LatestVersion) {
        setError(errorMessage,
                 tr("it was written by a newer HQ Tower (schema version %1, this version knows up to "
                    "%2); update HQ Tower to use it")
                     .arg(version)
                     .arg(LatestVersion));
        return false;
    }

    switch (version) {
    case 0:
        if (!runStep(db, 1, stepToVersion1(), errorMessage))
            return false;
        [[fallthrough]];
    case 1:
        if (!runStep(db, 2, stepToVersion2(), errorMessage))
            return false;
        [[fallthrough]];
    case 2:
        if (!runStep(db, 3, stepToVersion3(), errorMessage))
            return false;
        [[fallthrough]];
    case 3:
        if (!runStep(db, 4, stepToVersion4(), errorMessage))
            return false;
        [[fallthrough]];
    default:
        break;
    }
    return true;
}

bool CacheMigrations::runStep(QSqlDatabase &db, int toVersion, const QStringList &statements,
                              QString *errorMessage)
{
    SqliteTransaction transaction(db);
    if (!transaction.isOpen()) {
        setError(errorMessage, tr("could not start the upgrade to schema version %1 (%2)")
                                   .arg(toVersion)
                                   .arg(transaction.errorText()));
        return false;
    }
    QStringList all = statements;
    all << QStringLiteral("PRAGMA user_version = %1").arg(toVersion);
    {
        QSqlQuery query(db);
        for (const QString &statement : std::as_const(all)) {
            if (!query.exec(statement)) {
                setError(errorMessage, tr("the upgrade to schema version %1 failed (%2)")
                                           .arg(toVersion)
                                           .arg(SqliteFile::errorText(query.lastError())));
                return false;
            }
        }
    }
    if (!transaction.commit()) {
        setError(errorMessage, tr("the upgrade to schema version %1 could not be saved (%2)")
                                   .arg(toVersion)
                                   .arg(transaction.errorText()));
        return false;
    }
    return true;
}

QStringList CacheMigrations::stepToVersion1()
{
    return {
        QStringLiteral("CREATE TABLE items ("
                       "id TEXT PRIMARY KEY NOT NULL, profile_id TEXT, kind TEXT, model TEXT, "
                       "res_id INTEGER NOT NULL DEFAULT 0, title TEXT, summary TEXT, reason TEXT, "
                       "severity TEXT, store_id INTEGER NOT NULL DEFAULT 0, "
                       "has_amount INTEGER NOT NULL DEFAULT 0, amount REAL NOT NULL DEFAULT 0, "
                       "currency TEXT, requested_by_id INTEGER NOT NULL DEFAULT 0, requested_by TEXT, "
                       "created TEXT, write_date TEXT, sla_due TEXT, state TEXT, "
                       "fields TEXT NOT NULL DEFAULT '{}')"),
        QStringLiteral("CREATE TABLE stores ("
                       "id INTEGER PRIMARY KEY, name TEXT, code TEXT, "
                       "partner_id INTEGER NOT NULL DEFAULT 0, city TEXT, region TEXT, country TEXT, "
                       "has_coordinates INTEGER NOT NULL DEFAULT 0, latitude REAL NOT NULL DEFAULT 0, "
                       "longitude REAL NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE cursors ("
                       "profile_id TEXT PRIMARY KEY NOT NULL, write_date TEXT, "
                       "last_id INTEGER NOT NULL DEFAULT 0)"),
    };
}

QStringList CacheMigrations::stepToVersion2()
{
    return {
        QStringLiteral("CREATE TABLE sync_log ("
                       "id INTEGER PRIMARY KEY AUTOINCREMENT, profile_id TEXT, started_at TEXT, "
                       "finished_at TEXT, fetched INTEGER NOT NULL DEFAULT 0, "
                       "changed INTEGER NOT NULL DEFAULT 0, removed INTEGER NOT NULL DEFAULT 0, "
                       "requests INTEGER NOT NULL DEFAULT 0, error TEXT)"),
        QStringLiteral("CREATE INDEX items_profile_id ON items(profile_id)"),
        QStringLiteral("CREATE INDEX items_store_id ON items(store_id)"),
        QStringLiteral("CREATE INDEX items_kind ON items(kind)"),
        QStringLiteral("ALTER TABLE cursors ADD COLUMN last_reconciled_at TEXT"),
    };
}

QStringList CacheMigrations::stepToVersion3()
{
    return {
        QStringLiteral("CREATE TABLE outbox ("
                       "decision_id TEXT PRIMARY KEY NOT NULL, bulk_id TEXT, item_id TEXT, profile_id TEXT, "
                       "model TEXT, res_id INTEGER NOT NULL DEFAULT 0, action TEXT, reason TEXT, "
                       "target_login TEXT, user_login TEXT, seen_state TEXT, seen_write_date TEXT, "
                       "seen_record TEXT NOT NULL DEFAULT '{}', status TEXT NOT NULL, stage TEXT NOT NULL, "
                       "attempts INTEGER NOT NULL DEFAULT 0, created_at TEXT, updated_at TEXT, "
                       "next_attempt_at TEXT, message TEXT)"),
        QStringLiteral("CREATE INDEX outbox_status ON outbox(status)"),
        QStringLiteral("CREATE INDEX outbox_item_id ON outbox(item_id)"),
        // One item never has two decisions in flight, even from two processes (app and CLI).
        QStringLiteral(
            "CREATE UNIQUE INDEX outbox_one_pending_per_item ON outbox(item_id) WHERE status = 'pending'"),
        QStringLiteral("CREATE INDEX outbox_bulk_id ON outbox(bulk_id)"),
        QStringLiteral("CREATE TABLE audit ("
                       "id INTEGER PRIMARY KEY AUTOINCREMENT, decision_id TEXT, item_id TEXT, action TEXT, "
                       "reason TEXT, user_login TEXT, decided_at TEXT, finished_at TEXT, "
                       "outcome TEXT NOT NULL, message TEXT)"),
    };
}

QStringList CacheMigrations::stepToVersion4()
{
    // What the cache remembers about its server (e.g. its Odoo version), so that a decision can be
    // checked and committed to the outbox before any network call.
    return {QStringLiteral("CREATE TABLE server_facts (key TEXT PRIMARY KEY NOT NULL, value TEXT)")};
}
