#include "clicontext.h"

#include "cliexitcode.h"
#include "odoo/httpendpoint.h"
#include "odoo/odooconnection.h"
#include "storage/cache.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

CliContext::CliContext(QTextStream &out, QTextStream &err, QProcessEnvironment environment, QObject *parent)
    : QObject(parent)
    , m_out(out)
    , m_err(err)
    , m_environment(std::move(environment))
{
    m_parser.addOptions(m_options.all());
}

void CliContext::finish(int exitCode)
{
    if (m_done)
        return;
    m_done = true;
    m_out.flush();
    m_err.flush();
    Q_EMIT done(exitCode);
}

void CliContext::usageError(const QString &message)
{
    m_err << tr("hqtower-cli: %1").arg(message) << Qt::endl
          << tr("Run 'hqtower-cli --help' for usage.") << Qt::endl;
    finish(CliExit::UsageError);
}

void CliContext::fail(const OdooError &error)
{
    if (json()) {
        const QJsonObject document{
            {QStringLiteral("error"), QJsonObject{{QStringLiteral("kind"), OdooError::kindName(error.kind())},
                                                  {QStringLiteral("message"), error.userMessage()},
                                                  {QStringLiteral("exception"), error.exceptionName()}}}};
        m_out << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
    }
    m_err << tr("Error (%1): %2").arg(OdooError::kindName(error.kind()), error.userMessage()) << Qt::endl;
    finish(CliExit::forError(error));
}

void CliContext::checkpoint(const QString &name) const
{
    if (m_checkpointHook)
        m_checkpointHook(name);
}

OdooConnection *CliContext::connection()
{
    if (m_connection)
        return m_connection;
    ConnectionSettings settings;
    const QString url = value(m_options.url);
    settings.serverUrl = HttpEndpoint::normalizedServerUrl(url);
    settings.database = value(m_options.db);
    settings.login = value(m_options.login);
    if (url.isEmpty() || settings.database.isEmpty() || settings.login.isEmpty()) {
        usageError(tr("--url, --db and --login are required."));
        return nullptr;
    }
    if (!settings.serverUrl.isValid()) {
        usageError(tr("\"%1\" is not a server address.").arg(url));
        return nullptr;
    }
    const QString passwordVar = value(m_options.passwordEnv);
    const QString apiKeyVar = value(m_options.apiKeyEnv);
    if (passwordVar.isEmpty() == apiKeyVar.isEmpty()) {
        usageError(tr("give exactly one of --password-env VAR or --api-key-env VAR."));
        return nullptr;
    }
    const QString variable = passwordVar.isEmpty() ? apiKeyVar : passwordVar;
    const QString secret = m_environment.value(variable);
    if (secret.isEmpty()) {
        usageError(tr("the environment variable %1 is not set or empty.").arg(variable));
        return nullptr;
    }
    settings.secretKind = passwordVar.isEmpty() ? ConnectionSettings::SecretKind::ApiKey
                                                : ConnectionSettings::SecretKind::Password;
    settings.wantLivePush = isSet(m_options.live);
    bool timeoutOk = false;
    const int timeoutSeconds = value(m_options.timeout).toInt(&timeoutOk);
    if (!timeoutOk || timeoutSeconds <= 0) {
        usageError(tr("--timeout must be a positive number of seconds."));
        return nullptr;
    }
    using namespace std::chrono;
    const milliseconds timeout = seconds(timeoutSeconds);
    settings.readPolicy = RetryPolicy({{timeout, 0ms}, {timeout, 1s}, {timeout, 3s}}, 0.2);
    settings.writePolicy = RetryPolicy::singleAttempt(timeout);
    bool maxAnswerOk = false;
    const int maxAnswerMb = value(m_options.maxAnswer).toInt(&maxAnswerOk);
    if (!maxAnswerOk || maxAnswerMb <= 0) {
        usageError(tr("--max-answer-mb must be a positive number of megabytes."));
        return nullptr;
    }
    settings.maxAnswerBytes = qint64(maxAnswerMb) * 1024 * 1024;
    const QString caFile = value(m_options.caFile);
    if (!caFile.isEmpty()) {
        QFile file(caFile);
        if (!file.open(QIODevice::ReadOnly)) {
            usageError(tr("cannot read %1: %2").arg(caFile, file.errorString()));
            return nullptr;
        }
        settings.extraCaCertificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        if (settings.extraCaCertificates.isEmpty()) {
            usageError(tr("%1 holds no PEM certificate.").arg(caFile));
            return nullptr;
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
    return m_connection;
}

QString CliContext::cachePath()
{
    const QString file = value(m_options.cache);
    if (!file.isEmpty())
        return file;
    const QString url = value(m_options.url);
    const QString database = value(m_options.db);
    const QString login = value(m_options.login);
    if (url.isEmpty() || database.isEmpty() || login.isEmpty()) {
        usageError(tr("--url, --db and --login are required (or --cache FILE)."));
        return QString();
    }
    const QUrl server = HttpEndpoint::normalizedServerUrl(url);
    if (!server.isValid()) {
        usageError(tr("\"%1\" is not a server address.").arg(url));
        return QString();
    }
    return Cache::defaultPath(server, database, login);
}

std::unique_ptr<Cache> CliContext::openCache(const QString &file)
{
    QString error;
    std::unique_ptr<Cache> cache = Cache::open(file, &error);
    if (!cache) {
        m_err << tr("Error: cannot use the cache %1: %2").arg(file, error) << Qt::endl;
        finish(CliExit::OtherFailure);
    }
    return cache;
}

std::unique_ptr<Cache> CliContext::openCacheAndConnection()
{
    const QString file = cachePath();
    if (file.isEmpty() || !connection())
        return nullptr;
    return openCache(file);
}

void CliContext::connectAndDetect(QObject *receiver, std::function<void(const SourceDetection &)> then)
{
    connect(m_connection, &OdooConnection::openFailed, this, [this](const OdooError &error) {
        if (!error.isTransient() || m_openDeadline.hasExpired()) {
            fail(error);
            return;
        }
        m_err << tr("Could not connect (%1); trying again.").arg(error.userMessage()) << Qt::endl;
        QTimer::singleShot(std::chrono::seconds(2), m_connection, &OdooConnection::open);
    });
    connect(m_connection, &OdooConnection::opened, receiver, [this, receiver, then = std::move(then)] {
        if (const QString note = m_connection->serverInfo().versionNote; !note.isEmpty())
            m_err << tr("Warning: %1").arg(note) << Qt::endl;
        detectProfiles(receiver, then);
    });
    m_connection->open();
}

void CliContext::detectProfiles(QObject *receiver, std::function<void(const SourceDetection &)> then)
{
    // The profiles as shipped and in the user folder; the desktop's preferences (SLA hours,
    // sources switched off) are its own.
    auto *detection = new SourceDetection(m_connection, {}, this);
    connect(detection, &SourceDetection::finished, detection, &QObject::deleteLater);
    connect(detection, &SourceDetection::finished, receiver,
            [detection, then = std::move(then)] { then(*detection); });
    detection->start();
    for (const QString &problem : detection->problems())
        m_err << tr("Warning: source profile skipped: %1").arg(problem) << Qt::endl;
}
