// CliRunner: the `hqtower-cli` commands (check, call) on top of OdooConnection. Parses the
// arguments, runs the command asynchronously and reports the process exit code with done().
#pragma once

#include "odoo/odooerror.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTextStream>

class OdooConnection;
struct ConnectionSettings;

class CliRunner : public QObject
{
    Q_OBJECT
public:
    enum ExitCode { Success = 0, UsageError = 2, AuthFailed = 3, ConnectionFailed = 4, OtherFailure = 5 };

    CliRunner(QTextStream &out, QTextStream &err, QProcessEnvironment environment, QObject *parent = nullptr);

    // Starts the command; done() follows exactly once (possibly before this returns for --help,
    // --version and usage errors, so connect first).
    void run(const QStringList &arguments);
    static int exitCodeFor(const OdooError &error);

Q_SIGNALS:
    void done(int exitCode);

private:
    bool buildConnection(const class QCommandLineParser &parser);
    void runCheck();
    void runCall(const QString &model, const QString &method, const QJsonArray &args,
                 const QJsonObject &kwargs);
    void fail(const OdooError &error);
    void finish(int exitCode);
    void usageError(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
    QProcessEnvironment m_environment;
    OdooConnection *m_connection = nullptr;
    bool m_json = false;
    bool m_done = false;
};
