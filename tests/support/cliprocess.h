// CliProcess: runs hqtower-cli as a child process for a test, keeping the event loop running so
// that in-process servers answer meanwhile, and gives back its exit code and what it printed.
#pragma once

#include <QByteArray>
#include <QMap>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

struct CliRun
{
    int exitCode = -1; // -1: still running at the deadline (then killed); -2: crashed
    QByteArray out;
    QString err;

    QString outText() const { return QString::fromUtf8(out); }
};

namespace CliProcess {

// This process's environment with `variables` set and `removed` taken out.
QProcessEnvironment environmentWith(const QMap<QString, QString> &variables, const QStringList &removed = {});
// Runs `program` (hqtower-cli by default) to its end, for at most `timeoutMs`.
CliRun run(const QStringList &arguments, const QProcessEnvironment &environment = environmentWith({}),
           int timeoutMs = 120000, const QString &program = QStringLiteral(HQ_CLI_PATH));

} // namespace CliProcess
