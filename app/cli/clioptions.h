// CliOptions: every option hqtower-cli understands, made once with its help text; the commands
// read the ones they use from the parsed command line.
#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>

struct CliOptions
{
    Q_DECLARE_TR_FUNCTIONS(CliOptions)

public:
    CliOptions();
    QList<QCommandLineOption> all() const;

    // Connection
    QCommandLineOption url, db, login, passwordEnv, apiKeyEnv, live, caFile, timeout, maxAnswer;
    // Output and the cache
    QCommandLineOption json, cache;
    // call
    QCommandLineOption args, kwargs;
    // sync, queue
    QCommandLineOption once, budget, kind, store;
    // decisions
    QCommandLineOption reason, to, note, wait, yes, confirmAbove;
};
