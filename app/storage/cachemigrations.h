// CacheMigrations: brings an offline cache database to the schema this build knows, one step per
// PRAGMA user_version (fall-through switch, one transaction per step).
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QSqlDatabase;

class CacheMigrations
{
    Q_DECLARE_TR_FUNCTIONS(CacheMigrations)

public:
    // The schema version this build writes.
    static int latestVersion();
    // The file's PRAGMA user_version, or -1 (with errorMessage set) when it cannot be read.
    static int currentVersion(const QSqlDatabase &db, QString *errorMessage);
    // Runs the missing steps. Refuses a version newer than latestVersion() (a newer HQ Tower
    // wrote the file) and leaves the file at the last completed step when a step fails.
    static bool migrate(QSqlDatabase &db, QString *errorMessage);

private:
    static bool runStep(QSqlDatabase &db, int toVersion, const QStringList &statements,
                        QString *errorMessage);
    static QStringList stepToVersion1();
    static QStringList stepToVersion2();
    // The decision outbox and the audit trail (Outbox).
    static QStringList stepToVersion3();
    static QStringList stepToVersion4();
};
