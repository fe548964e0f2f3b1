// hqtower-cli entry point: builds the core objects and runs one command.
#include "clirunner.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hqtower-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HQ_VERSION_STRING));
    QCoreApplication::setOrganizationName(QStringLiteral("HQ Tower"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    CliRunner runner(out, err, QProcessEnvironment::systemEnvironment());
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
