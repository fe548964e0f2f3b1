// CliRunner: the `hqtower-cli` entry: parses the command line, answers --help (made from the
// command table) and --version, and hands the rest to the command it names. done() follows once.
#pragma once

#include "clicontext.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTextStream>

class CliRunner : public QObject
{
    Q_OBJECT
public:
    CliRunner(QTextStream &out, QTextStream &err, QProcessEnvironment environment, QObject *parent = nullptr);

    // For a crash-test build of the tool only (see CliContext::CheckpointHook).
    void setCheckpointHook(CliContext::CheckpointHook hook) { m_context.setCheckpointHook(std::move(hook)); }
    // Starts the command; done() follows exactly once (possibly before this returns for --help,
    // --version and usage errors, so connect first).
    void run(const QStringList &arguments);

Q_SIGNALS:
    void done(int exitCode);

private:
    CliContext m_context;
};

// The whole tool: the application object, one command, its exit code. `hook`: see
// CliRunner::setCheckpointHook (the crash-test build only).
int runCliApplication(int argc, char *argv[], CliContext::CheckpointHook hook = {});
