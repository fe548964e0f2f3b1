#include "cliprocess.h"

#include <QProcess>
#include <QtTest>

QProcessEnvironment CliProcess::environmentWith(const QMap<QString, QString> &variables,
                                                const QStringList &removed)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : removed)
        environment.remove(name);
    for (auto it = variables.cbegin(); it != variables.cend(); ++it)
        environment.insert(it.key(), it.value());
    return environment;
}

CliRun CliProcess::run(const QStringList &arguments, const QProcessEnvironment &environment, int timeoutMs,
                       const QString &program)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    CliRun run;
    // qWaitFor keeps the event loop running, so a server in the test's own process keeps answering.
    if (!QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}
