#include "clirunner.h"

#include "odoo/httpendpoint.h"
#include "odoo/odooconnection.h"
#include "odoo/serverprobe.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString pad(const QString &label)
{
    return label.leftJustified(12);
}

} // namespace

CliRunner::CliRunner(QTextStream &out, QTextStream &err, QProcessEnvironment environment, QObject *parent)
    : QObject(parent)
    , m_out(out)
    , m_err(err)
    , m_environment(std::move(environment))
{}

int CliRunner::exitCodeFor(const OdooError &error)
{
    switch (error.kind()) {
    case OdooError::Kind::None:
        return Success;
    case OdooError::Kind::Auth:
    case OdooError::Kind::SessionExpired:
        return AuthFailed;
    case OdooError::Kind::Network:
    case OdooError::Kind::Timeout:
    case OdooError::Kind::Tls:
        return ConnectionFailed;
    default:
        return OtherFailure;
    }
}

void CliRunner::finish(int exitCode)
{
    if (m_done)
        return;
    m_done = true;
    m_out.flush();
    m_err.flush();
    Q_EMIT done(exitCode);
}

void CliRunner::usageError(const QString &message)
{
    m_err << tr("hqtower-cli: %1").arg(message) << Qt::endl
          << tr("Run 'hqtower-cli --help' for usage.") << Qt::endl;
    finish(UsageError);
}

void CliRunner::fail(const OdooError &error)
{
    if (m_json) {
        const QJsonObject document{
            {QStringLiteral("error"), QJsonObject{{QStringLiteral("kind"), OdooError::kindName(error.kind())},
                                                  {QStringLiteral("message"), error.userMessage()},
                                                  {QStringLiteral("exception"), error.exceptionName()}}}};
        m_out << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
    }
    m_err << tr("Error (%1): %2").arg(OdooError::kindName(error.kind()), error.userMessage()) << Qt::endl;
    finish(exitCodeFor(error));
}

void CliRunner::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("HQ Tower command line: check a connection to an Odoo server, or call a model method.\n\n"
           "Commands:\n"
           "  check                       connect and print the server version, transport, user and modules\n"
           "  call MODEL METHOD           call a method and print its JSON result\n\n"
           "The password or API key is read from an environment variable, never from the command line.\n"
           "Exit codes: 0 ok, 2 bad usage, 3 login refused (login, password, API key or database),\n"
           "4 server unreachable (network, timeout, TLS), 5 any other error."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption urlOption(QStringLiteral("url"),
                                       tr("Odoo server address, e.g. https://odoo.example.com."), tr("url"));
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("Database name."), tr("database"));
    const QCommandLineOption loginOption(QStringLiteral("login"), tr("Odoo login (user name or e-mail)."),
                                         tr("login"));
    const QCommandLineOption passwordEnvOption(
        QStringLiteral("password-env"), tr("Read the password from environment variable VAR."), tr("VAR"));
    const QCommandLineOption apiKeyEnvOption(
        QStringLiteral("api-key-env"), tr("Read the API key from environment variable VAR."), tr("VAR"));
    const QCommandLineOption liveOption(
        QStringLiteral("live"), tr("With a password, log in through the web session used for live updates."));
    const QCommandLineOption caOption(
        QStringLiteral("ca-file"), tr("Also trust the certificate authority in this PEM file."), tr("file"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"),
                                           tr("Seconds to wait for each answer (default 20)."), tr("seconds"),
                                           QStringLiteral("20"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print the result as one JSON object."));
    const QCommandLineOption argsOption(QStringLiteral("args"),
                                        tr("call: positional arguments as a JSON array."), tr("json"),
                                        QStringLiteral("[]"));
    const QCommandLineOption kwargsOption(QStringLiteral("kwargs"),
                                          tr("call: keyword arguments as a JSON object."), tr("json"),
                                          QStringLiteral("{}"));
    parser.addOptions({urlOption, dbOption, loginOption, passwordEnvOption, apiKeyEnvOption, liveOption,
                       caOption, timeoutOption, jsonOption, argsOption, kwargsOption});
    parser.addPositionalArgument(QStringLiteral("command"), tr("check or call"));

    if (!parser.parse(arguments)) {
        usageError(parser.errorText());
        return;
    }
    if (parser.isSet(helpOption)) {
        m_out << parser.helpText();
        finish(Success);
        return;
    }
    if (parser.isSet(versionOption)) {
        m_out << QCoreApplication::applicationName() << QLatin1Char(' ')
              << QCoreApplication::applicationVersion() << Qt::endl;
        finish(Success);
        return;
    }
    m_json = parser.isSet(jsonOption);
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        usageError(tr("no command given (check or call)."));
        return;
    }
    const QString command = positional.first();
    if (command == QLatin1String("check")) {
        if (positional.size() != 1) {
            usageError(tr("check takes no positional arguments."));
            return;
        }
        if (buildConnection(parser))
            runCheck();
        return;
    }
    if (command == QLatin1String("call")) {
        if (positional.size() != 3) {
            usageError(tr("call needs MODEL and METHOD."));
            return;
        }
        QJsonParseError argsError;
        const QJsonDocument args = QJsonDocument::fromJson(parser.value(argsOption).toUtf8(), &argsError);
        if (argsError.error != QJsonParseError::NoError || !args.isArray()) {
            usageError(tr("--args must be a JSON array, e.g. '[[1, 2]]'."));
            return;
        }
        QJsonParseError kwargsError;
        const QJsonDocument kwargs =
            QJsonDocument::fromJson(parser.value(kwargsOption).toUtf8(), &kwargsError);
        if (kwargsError.error != QJsonParseError::NoError || !kwargs.isObject()) {
            usageError(tr("--kwargs must be a JSON object, e.g. '{\"fields\": [\"name\"]}'."));
            return;
        }
        if (buildConnection(parser))
            runCall(positional.at(1), positional.at(2), args.array(), kwargs.object());
        return;
    }
    usageError(tr("unknown command \"%1\" (expected check or call).").arg(command));
}

bool CliRunner::buildConnection(const QCommandLineParser &parser)
{
    const auto option = [&parser](const char *name) { return parser.value(QString::fromLatin1(name)); };
    ConnectionSettings settings;
    settings.serverUrl = HttpEndpoint::normalizedServerUrl(option("url"));
    settings.database = option("db");
    settings.login = option("login");
    if (option("url").isEmpty() || settings.database.isEmpty() || settings.login.isEmpty()) {
        usageError(tr("--url, --db and --login are required."));
        return false;
    }
    if (!settings.serverUrl.isValid()) {
        usageError(tr("\"%1\" is not a server address.").arg(option("url")));
        return false;
    }
    const QString passwordVar = option("password-env");
    const QString apiKeyVar = option("api-key-env");
    if (passwordVar.isEmpty() == apiKeyVar.isEmpty()) {
        usageError(tr("give exactly one of --password-env VAR or --api-key-env VAR."));
        return false;
    }
    const QString variable = passwordVar.isEmpty() ? apiKeyVar : passwordVar;
    const QString secret = m_environment.value(variable);
    if (secret.isEmpty()) {
        usageError(tr("the environment variable %1 is not set or empty.").arg(variable));
        return false;
    }
    settings.secretKind = passwordVar.isEmpty() ? ConnectionSettings::SecretKind::ApiKey
                                                : ConnectionSettings::SecretKind::Password;
    settings.wantLivePush = parser.isSet(QStringLiteral("live"));
    bool timeoutOk = false;
    const int timeoutSeconds = option("timeout").toInt(&timeoutOk);
    if (!timeoutOk || timeoutSeconds <= 0) {
        usageError(tr("--timeout must be a positive number of seconds."));
        return false;
    }
    using namespace std::chrono;
    const milliseconds timeout = seconds(timeoutSeconds);
    settings.readPolicy = RetryPolicy({{timeout, 0ms}, {timeout, 1s}, {timeout, 3s}}, 0.2);
    settings.writePolicy = RetryPolicy::singleAttempt(timeout);
    const QString caFile = option("ca-file");
    if (!caFile.isEmpty()) {
        QFile file(caFile);
        if (!file.open(QIODevice::ReadOnly)) {
            usageError(tr("cannot read %1: %2").arg(caFile, file.errorString()));
            return false;
        }
        settings.extraCaCertificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        if (settings.extraCaCertificates.isEmpty()) {
            usageError(tr("%1 holds no PEM certificate.").arg(caFile));
            return false;
        }
    }
    m_connection = new OdooConnection(settings, secret, this);
    connect(m_connection, &OdooConnection::retryScheduled, this,
            [this](int attempt, int delayMs, const OdooError &reason) {
                m_err << tr("%1 Retrying (attempt %2) in %3 s.")
                             .arg(reason.userMessage())
                             .arg(attempt)
                             .arg(delayMs / 1000.0, 0, 'f', 1)
                      << Qt::endl;
            });
    return true;
}

void CliRunner::runCheck()
{
    connect(m_connection, &OdooConnection::openFailed, this, &CliRunner::fail);
    connect(m_connection, &OdooConnection::opened, this, [this] {
        auto *probe = new ServerProbe(m_connection, this);
        connect(probe, &ServerProbe::finished, this, [this, probe] {
            const ServerInfo &info = m_connection->serverInfo();
            const QString transport = OdooTransport::kindName(info.transport);
            if (m_json) {
                QJsonObject modules;
                for (auto it = probe->modules().cbegin(); it != probe->modules().cend(); ++it)
                    modules.insert(it.key(), it.value());
                QJsonObject document{
                    {QStringLiteral("server_version"), info.version.text},
                    {QStringLiteral("server_version_major"), info.version.major},
                    {QStringLiteral("transport"), transport},
                    {QStringLiteral("uid"), info.uid},
                    {QStringLiteral("user"), probe->userName()},
                    {QStringLiteral("company"), probe->companyName()},
                    {QStringLiteral("database"), m_connection->settings().database},
                    {QStringLiteral("live_push"), info.livePushPossible},
                    {QStringLiteral("modules"), modules},
                };
                if (probe->error().isError())
                    document.insert(QStringLiteral("warning"), probe->error().userMessage());
                m_out << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
            } else {
                m_out << pad(tr("Server")) << m_connection->settings().serverUrl.toDisplayString() << Qt::endl
                      << pad(tr("Database")) << m_connection->settings().database << Qt::endl
                      << pad(tr("Odoo")) << info.version.text << Qt::endl
                      << pad(tr("Transport")) << transport << Qt::endl;
                if (!info.transportNote.isEmpty())
                    m_out << pad(QString()) << info.transportNote << Qt::endl;
                m_out << pad(tr("User")) << tr("%1 (uid %2)").arg(probe->userName()).arg(info.uid) << Qt::endl
                      << pad(tr("Company")) << probe->companyName() << Qt::endl
                      << pad(tr("Live push"))
                      << (info.livePushPossible ? tr("possible") : info.livePushUnavailableReason) << Qt::endl
                      << tr("Modules:") << Qt::endl;
                for (auto it = probe->modules().cbegin(); it != probe->modules().cend(); ++it) {
                    m_out << QStringLiteral("  ") << it.key().leftJustified(22)
                          << (it.value() ? tr("installed") : tr("not installed")) << Qt::endl;
                }
                if (probe->error().isError())
                    m_out << tr("Warning: %1").arg(probe->error().userMessage()) << Qt::endl;
            }
            finish(Success);
        });
        probe->start();
    });
    m_connection->open();
}

void CliRunner::runCall(const QString &model, const QString &method, const QJsonArray &args,
                        const QJsonObject &kwargs)
{
    connect(m_connection, &OdooConnection::openFailed, this, &CliRunner::fail);
    connect(m_connection, &OdooConnection::opened, this, [=, this] {
        OdooCall *call = m_connection->call(model, method, args, kwargs);
        connect(call, &OdooCall::failed, this, &CliRunner::fail);
        connect(call, &OdooCall::succeeded, this, [this](const QJsonValue &result) {
            // Wrapped in an array so scalars print too; the brackets are stripped again.
            QByteArray text = QJsonDocument(QJsonArray{result}).toJson(QJsonDocument::Indented).trimmed();
            text = text.mid(1, text.size() - 2).trimmed();
            QByteArray unindented;
            for (const QByteArray &line : text.split('\n'))
                unindented += (line.startsWith("    ") ? line.mid(4) : line) + '\n';
            m_out << QString::fromUtf8(unindented);
            finish(Success);
        });
    });
    m_connection->open();
}
