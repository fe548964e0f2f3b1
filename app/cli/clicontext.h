// CliContext: what every hqtower-cli command shares: the parsed command line, standard output
// and error, the environment (where secrets are read from), the connection the options describe,
// the cache path, and reporting the outcome exactly once with done().
#pragma once

#include "clioptions.h"
#include "sync/sourcedetection.h"

#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QObject>
#include <QProcessEnvironment>
#include <QTextStream>

#include <functional>
#include <memory>

class Cache;
class OdooConnection;
class OdooError;

class CliContext : public QObject
{
    Q_OBJECT
public:
    // Called at each decision checkpoint ("queued", "sending", "answered"); a crash test binary
    // installs one that stops the process there. The shipped tool has none.
    using CheckpointHook = std::function<void(const QString &name)>;

    CliContext(QTextStream &out, QTextStream &err, QProcessEnvironment environment,
               QObject *parent = nullptr);

    const CliOptions &options() const { return m_options; }
    QCommandLineParser &parser() { return m_parser; }
    QString value(const QCommandLineOption &option) const { return m_parser.value(option); }
    bool isSet(const QCommandLineOption &option) const { return m_parser.isSet(option); }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    const QProcessEnvironment &environment() const { return m_environment; }
    bool json() const { return m_parser.isSet(m_options.json); }

    // The connection of --url, --db, --login, --password-env or --api-key-env, --live, --timeout
    // and --ca-file, made once (not opened); nullptr after a usage error (already reported).
    OdooConnection *connection();
    // The cache file of --cache, or the default one for --url, --db and --login; empty after a
    // usage error (already reported).
    QString cachePath();
    // Opens the cache; on failure says why and finishes with exit code 5 (then nullptr).
    std::unique_ptr<Cache> openCache(const QString &file);
    // What a command that syncs needs: the cache (opened) and the connection (made, not opened);
    // nullptr after a usage error or a cache that cannot be used (both reported).
    std::unique_ptr<Cache> openCacheAndConnection();
    // Opens the connection (a failure ends the command with its error) and detects the profiles.
    void connectAndDetect(QObject *receiver, std::function<void(const SourceDetection &)> then);
    // Until the deadline, a connection that fails for a server or network problem is tried again.
    void retryOpeningUntil(QDeadlineTimer deadline) { m_openDeadline = deadline; }
    // Loads the catalog and detects which profiles work on the opened connection; `then` runs
    // while `receiver` lives.
    void detectProfiles(QObject *receiver, std::function<void(const SourceDetection &)> then);

    void setCheckpointHook(CheckpointHook hook) { m_checkpointHook = std::move(hook); }
    void checkpoint(const QString &name) const;

    void usageError(const QString &message);
    // Reports an Odoo error (as JSON too with --json) and finishes with its exit code.
    void fail(const OdooError &error);
    void finish(int exitCode);
    bool isDone() const { return m_done; }

Q_SIGNALS:
    void done(int exitCode);

private:
    QTextStream &m_out;
    QTextStream &m_err;
    QProcessEnvironment m_environment;
    CliOptions m_options;
    QCommandLineParser m_parser;
    OdooConnection *m_connection = nullptr;
    CheckpointHook m_checkpointHook;
    QDeadlineTimer m_openDeadline{0}; // expired: one attempt
    bool m_done = false;
};
