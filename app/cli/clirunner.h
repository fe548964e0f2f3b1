// CliRunner: the `hqtower-cli` commands (check, call, sync, queue, watch) on top of OdooConnection and the
// sync core. Parses the arguments, runs the command asynchronously and reports the exit code with done().
#pragma once

#include "odoo/odooerror.h"
#include "sync/profilestatus.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

class Cache;
class OdooConnection;
class LiveSync;
class SyncEngine;
struct ConnectionSettings;

class CliRunner : public QObject
{
    Q_OBJECT
public:
    enum ExitCode { Success = 0, UsageError = 2, AuthFailed = 3, ConnectionFailed = 4, OtherFailure = 5 };

    CliRunner(QTextStream &out, QTextStream &err, QProcessEnvironment environment, QObject *parent = nullptr);
    ~CliRunner() override;

    // Starts the command; done() follows exactly once (possibly before this returns for --help,
    // --version and usage errors, so connect first).
    void run(const QStringList &arguments);
    static int exitCodeFor(const OdooError &error);

Q_SIGNALS:
    void done(int exitCode);

private:
    bool buildConnection(const class QCommandLineParser &parser);
    // The cache file of --cache, or the default one for --url, --db and --login; empty after a
    // usage error (already reported).
    QString cachePath(const class QCommandLineParser &parser);
    // Loads the catalog and detects which profiles work on the opened connection.
    void detectProfiles(std::function<void(const QList<ProfileStatus> &)> then);
    void runCheck();
    void runSync(const QString &cacheFile);
    void printSyncResults();
    void showProgress(int fetched, int total);
    void runQueue(const QString &cacheFile, const QString &kind, int storeId);
    void runWatch(const QString &cacheFile);
    // status, enable or disable the automation rules that push changes (LiveUpdatesInstaller).
    void runLiveUpdates(const QString &operation);
    // `outbox` (pending, then the 50 newest settled) or `audit` (the 500 newest entries).
    void runDecisionReport(const QString &cacheFile, bool audit);
    void printWatchLine(const QJsonObject &line);
    void printWatchStatus();
    void printWatchChanges(const QStringList &itemIds);
    void runCall(const QString &model, const QString &method, const QJsonArray &args,
                 const QJsonObject &kwargs);
    void fail(const OdooError &error);
    // Opens the cache; on failure says why and finishes with exit code 5.
    bool openCache(const QString &cacheFile);
    void finish(int exitCode);
    void usageError(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
    QProcessEnvironment m_environment;
    OdooConnection *m_connection = nullptr;
    std::unique_ptr<Cache> m_cache;
    SyncEngine *m_engine = nullptr;
    LiveSync *m_live = nullptr;
    QJsonObject m_lastWatchStatus;
    QStringList m_syncOrder;
    QElapsedTimer m_progressClock;
    int m_lastPercent = -1;
    bool m_json = false;
    bool m_done = false;
};
