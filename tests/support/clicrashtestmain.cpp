// hqtower-cli-crashtest: hqtower-cli with one addition for crash tests: with
// HQ_TOWER_TEST_PAUSE_AT=<checkpoint> it prints "PAUSED <checkpoint>" and stops there until it is
// killed, so a test can kill -9 it at that moment and prove that nothing is lost or doubled. The
// shipped tool has no such hook.
#include "clirunner.h"

#include <QTextStream>
#include <QThread>

int main(int argc, char *argv[])
{
    const QString pauseAt = qEnvironmentVariable("HQ_TOWER_TEST_PAUSE_AT");
    return runCliApplication(argc, argv, [pauseAt](const QString &name) {
        if (name != pauseAt)
            return;
        QTextStream err(stderr);
        err << "PAUSED " << name << Qt::endl;
        QThread::sleep(3600); // the test kills the process long before
    });
}
