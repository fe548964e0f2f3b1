// hqtower-cli-crashtest: hqtower-cli with one addition for crash tests: with
// HQ_TOWER_TEST_PAUSE_AT=<checkpoint> it prints "PAUSED <checkpoint>" and stops there until it is
// killed, so a test can kill -9 it at that moment and prove that nothing is lost or doubled. The
// shipped tool has no such hook.
#include "clirunner.h"

#include <QCoreApplication>
#include <QThread>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hqtower-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HQ_VERSION_STRING));
    QCoreApplication::setOrganizationName(QStringLiteral("HQ Tower"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    CliRunner runner(out, err, environment);
    const QString pauseAt = environment.value(QStringLiteral("HQ_TOWER_TEST_PAUSE_AT"));
    runner.setCheckpointHook([&err, pauseAt](const QString &name) {
        if (name != pauseAt)
            return;
        err << "PAUSED " << name << Qt::endl;
        err.flush();
        QThread::sleep(3600); // the test kills the process long before
    });
    int exitCode = -1;
    QObject::connect(&runner, &CliRunner::done, &app, [&exitCode](int code) {
        exitCode = code;
        QCoreApplication::exit(code);
    });
    runner.run(app.arguments());
    if (exitCode >= 0)
        return exitCode;
    return app.exec();
}
