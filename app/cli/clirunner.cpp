#include "clirunner.h"

#include "clicommand.h"
#include "clicommandtable.h"
#include "cliexitcode.h"
#include "terminalsafedevice.h"

#include <QCoreApplication>

CliRunner::CliRunner(QTextStream &out, QTextStream &err, QProcessEnvironment environment, QObject *parent)
    : QObject(parent)
    , m_context(out, err, std::move(environment))
{
    connect(&m_context, &CliContext::done, this, &CliRunner::done);
}

void CliRunner::run(const QStringList &arguments)
{
    QCommandLineParser &parser = m_context.parser();
    parser.setApplicationDescription(CliCommandTable::helpText());
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"),
                                 CliCommandTable::names().join(QStringLiteral(", ")));
    if (!parser.parse(arguments)) {
        m_context.usageError(parser.errorText());
        return;
    }
    if (parser.isSet(helpOption)) {
        m_context.out() << parser.helpText();
        m_context.finish(CliExit::Success);
        return;
    }
    if (parser.isSet(versionOption)) {
        m_context.out() << QCoreApplication::applicationName() << QLatin1Char(' ')
                        << QCoreApplication::applicationVersion() << Qt::endl;
        m_context.finish(CliExit::Success);
        return;
    }
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        m_context.usageError(tr("no command given (see hqtower-cli --help)."));
        return;
    }
    const QString name = positional.takeFirst();
    const CliCommandTable::Entry *entry = CliCommandTable::find(name);
    if (!entry) {
        m_context.usageError(tr("unknown command \"%1\" (see hqtower-cli --help).").arg(name));
        return;
    }
    entry->make(m_context)->run(positional);
}

int runCliApplication(int argc, char *argv[], CliContext::CheckpointHook hook)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hqtower-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HQ_VERSION_STRING));
    QCoreApplication::setOrganizationName(QStringLiteral("HQ Tower"));

    // Text from the server reaches a terminal only without escape sequences and bidi overrides.
    TerminalSafeDevice stdoutDevice(stdout);
    TerminalSafeDevice stderrDevice(stderr);
    QTextStream out(&stdoutDevice);
    QTextStream err(&stderrDevice);
    CliRunner runner(out, err, QProcessEnvironment::systemEnvironment());
    runner.setCheckpointHook(std::move(hook));
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
