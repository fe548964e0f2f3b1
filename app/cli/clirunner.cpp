#include "clirunner.h"

#include "decisioncommand.h"
#include "decisionreport.h"
#include "decisions/decisionpolicy.h"
#include "odoo/httpendpoint.h"
#include "odoo/odooconnection.h"
#include "odoo/serverprobe.h"
#include "queuereport.h"
#include "storage/cache.h"
#include "storage/outbox.h"
#include "sync/capabilitydetector.h"
#include "sync/livesync.h"
#include "sync/liveupdatesinstaller.h"
#include "sync/sourcecatalog.h"
#include "sync/syncengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
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

CliRunner::~CliRunner()
{
    // The engine's runs write to the cache: end them before the cache closes.
    delete m_engine;
    m_engine = nullptr;
    delete m_live;
    m_live = nullptr;
}

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
    parser.setApplicationDescription(tr(
        "HQ Tower command line: check a connection to an Odoo server, sync its work queue into the\n"
        "local cache, print the cached queue, or call a model method.\n\n"
        "Commands:\n"
        "  check                       connect and print the server version, transport, user, modules\n"
        "                              and which sources are enabled or skipped (and why)\n"
        "  sync --once                 sync every enabled source once into the cache\n"
        "  queue                       print the cached queue (no network; --kind, --store)\n"
        "  watch                       keep syncing (with live updates when --live) and print each\n"
        "                              change as one JSON line, until interrupted\n"
        "  call MODEL METHOD           call a method and print its JSON result\n"
        "  approve ITEM_ID             approve an item of the queue (--reason; --yes above --confirm-above)\n"
        "  reject ITEM_ID --reason R   reject it; the reason goes to the record's chatter in Odoo\n"
        "  delegate ITEM_ID --to LOGIN hand it to another Odoo user (--note)\n"
        "  retry ITEM_ID               retry a failed job, mail or scheduled action\n"
        "  dismiss ITEM_ID --reason R  dismiss an integration failure or an activity\n"
        "  outbox                      list decisions on their way to Odoo (and recent ones)\n"
        "  audit                       list the audit trail of decisions\n\n"
        "The password or API key is read from an environment variable, never from the command line.\n"
        "Exit codes: 0 ok, 2 bad usage, 3 login refused (login, password, API key or database),\n"
        "4 server unreachable (network, timeout, TLS), 5 any other error; decisions: 6 conflict\n"
        "(someone else decided first), 7 refused by Odoo, 8 still pending after --wait."));
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
    const QCommandLineOption onceOption(QStringLiteral("once"),
                                        tr("sync: sync every source once, then exit."));
    const QCommandLineOption cacheOption(QStringLiteral("cache"),
                                         tr("sync, queue: use this cache file instead of the default one."),
                                         tr("file"));
    const QCommandLineOption kindOption(
        QStringLiteral("kind"),
        tr("queue: only items of this kind (approval, exception, integration_failure)."), tr("kind"));
    const QCommandLineOption reasonOption(
        QStringLiteral("reason"), tr("approve, reject, dismiss: the reason, posted to Odoo's chatter."),
        tr("text"));
    const QCommandLineOption toOption(QStringLiteral("to"),
                                      tr("delegate: the Odoo login to hand the item to."), tr("login"));
    const QCommandLineOption noteOption(QStringLiteral("note"), tr("delegate: a note for that user."),
                                        tr("text"));
    const QCommandLineOption waitOption(QStringLiteral("wait"),
                                        tr("decisions: seconds to wait for Odoo's outcome (default 60)."),
                                        tr("seconds"), QStringLiteral("60"));
    const QCommandLineOption yesOption(QStringLiteral("yes"),
                                       tr("approve: confirm an amount above --confirm-above."));
    const QCommandLineOption confirmAboveOption(QStringLiteral("confirm-above"),
                                                tr("approve: amounts above this need --yes (default %1).")
                                                    .arg(DecisionPolicy().confirmAboveAmount, 0, 'f', 0),
                                                tr("amount"),
                                                QString::number(DecisionPolicy().confirmAboveAmount, 'f', 0));
    const QCommandLineOption storeOption(
        QStringLiteral("store"), tr("queue: only items of this store id (0 = HQ, no store)."), tr("id"));
    parser.addOptions({urlOption,         dbOption,   loginOption,   passwordEnvOption, apiKeyEnvOption,
                       liveOption,        caOption,   timeoutOption, jsonOption,        argsOption,
                       kwargsOption,      onceOption, cacheOption,   kindOption,        storeOption,
                       reasonOption,      toOption,   noteOption,    waitOption,        yesOption,
                       confirmAboveOption});
    parser.addPositionalArgument(
        QStringLiteral("command"),
        tr("check, sync, queue, watch, call, approve, reject, delegate, retry, dismiss, "
           "outbox or audit"));

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
        usageError(tr("no command given (see hqtower-cli --help)."));
        return;
    }
    const QString command = positional.first();
    const auto takesNoArguments = [this, &positional, &command] {
        if (positional.size() == 1)
            return true;
        usageError(tr("%1 takes no positional arguments.").arg(command));
        return false;
    };
    if (command == QLatin1String("check")) {
        if (!takesNoArguments())
            return;
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
    if (command == QLatin1String("sync")) {
        if (!takesNoArguments())
            return;
        if (!parser.isSet(onceOption)) {
            usageError(tr("sync needs --once (continuous sync runs in the desktop app)."));
            return;
        }
        const QString cacheFile = cachePath(parser);
        if (cacheFile.isEmpty())
            return;
        if (buildConnection(parser))
            runSync(cacheFile);
        return;
    }
    if (command == QLatin1String("queue")) {
        if (!takesNoArguments())
            return;
        const QString kind = parser.value(kindOption);
        if (!kind.isEmpty() && !SourceProfile::kinds().contains(kind)) {
            usageError(
                tr("--kind must be one of %1.").arg(SourceProfile::kinds().join(QStringLiteral(", "))));
            return;
        }
        int storeId = -1;
        if (parser.isSet(storeOption)) {
            bool storeOk = false;
            storeId = parser.value(storeOption).toInt(&storeOk);
            if (!storeOk || storeId < 0) {
                usageError(tr("--store must be a store id (0 for HQ)."));
                return;
            }
        }
        const QString cacheFile = cachePath(parser);
        if (!cacheFile.isEmpty())
            runQueue(cacheFile, kind, storeId);
        return;
    }
    static const QStringList decisionCommands{QStringLiteral("approve"), QStringLiteral("reject"),
                                              QStringLiteral("delegate"), QStringLiteral("retry"),
                                              QStringLiteral("dismiss")};
    if (decisionCommands.contains(command)) {
        if (positional.size() != 2) {
            usageError(tr("%1 needs ITEM_ID, e.g. purchase.order:42 (see hqtower-cli queue).").arg(command));
            return;
        }
        DecisionCommand::Request request;
        request.itemId = positional.at(1);
        request.action = command;
        request.reason = parser.value(command == QLatin1String("delegate") ? noteOption : reasonOption);
        request.targetLogin = parser.value(toOption);
        request.confirmed = parser.isSet(yesOption);
        request.json = m_json;
        bool numberOk = false;
        request.timeoutSeconds = parser.value(waitOption).toInt(&numberOk);
        if (!numberOk || request.timeoutSeconds <= 0) {
            usageError(tr("--wait must be a positive number of seconds."));
            return;
        }
        request.policy.confirmAboveAmount = parser.value(confirmAboveOption).toDouble(&numberOk);
        if (!numberOk || request.policy.confirmAboveAmount < 0) {
            usageError(tr("--confirm-above must be an amount."));
            return;
        }
        if ((command == QLatin1String("reject") || command == QLatin1String("dismiss")) &&
            request.reason.trimmed().isEmpty()) {
            usageError(
                tr("%1 needs --reason TEXT (it is posted to the record's chatter in Odoo).").arg(command));
            return;
        }
        if (command == QLatin1String("delegate") && request.targetLogin.trimmed().isEmpty()) {
            usageError(tr("delegate needs --to LOGIN."));
            return;
        }
        const QString cacheFile = cachePath(parser);
        if (cacheFile.isEmpty() || !buildConnection(parser))
            return;
        auto *decide =
            new DecisionCommand(m_out, m_err, m_connection, cacheFile, request, m_environment, this);
        connect(decide, &DecisionCommand::done, this, &CliRunner::finish);
        decide->run();
        return;
    }
    if (command == QLatin1String("outbox") || command == QLatin1String("audit")) {
        if (!takesNoArguments())
            return;
        const QString cacheFile = cachePath(parser);
        if (!cacheFile.isEmpty())
            runDecisionReport(cacheFile, command == QLatin1String("audit"));
        return;
    }
    if (command == QLatin1String("live-updates")) {
        const QStringList operations{QStringLiteral("status"), QStringLiteral("enable"),
                                     QStringLiteral("disable")};
        if (positional.size() != 2 || !operations.contains(positional.at(1))) {
            usageError(tr("live-updates needs status, enable or disable."));
            return;
        }
        if (buildConnection(parser))
            runLiveUpdates(positional.at(1));
        return;
    }
    if (command == QLatin1String("watch")) {
        if (!takesNoArguments())
            return;
        const QString cacheFile = cachePath(parser);
        if (cacheFile.isEmpty())
            return;
        if (buildConnection(parser))
            runWatch(cacheFile);
        return;
    }
    usageError(tr("unknown command \"%1\" (see hqtower-cli --help).").arg(command));
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

QString CliRunner::cachePath(const QCommandLineParser &parser)
{
    const QString file = parser.value(QStringLiteral("cache"));
    if (!file.isEmpty())
        return file;
    const QString url = parser.value(QStringLiteral("url"));
    const QString database = parser.value(QStringLiteral("db"));
    const QString login = parser.value(QStringLiteral("login"));
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

void CliRunner::detectProfiles(std::function<void(const QList<ProfileStatus> &)> then)
{
    SourceCatalog catalog;
    catalog.loadBuiltIn();
    catalog.loadUserFolder();
    for (const QString &problem : catalog.problems())
        m_err << tr("Warning: source profile skipped: %1").arg(problem) << Qt::endl;
    auto *detector = new CapabilityDetector(m_connection, catalog.profiles(), this);
    connect(detector, &CapabilityDetector::finished, this, [detector, then = std::move(then)] {
        detector->deleteLater();
        then(detector->statuses());
    });
    detector->start();
}

void CliRunner::runCheck()
{
    connect(m_connection, &OdooConnection::openFailed, this, &CliRunner::fail);
    connect(m_connection, &OdooConnection::opened, this, [this] {
        auto *probe = new ServerProbe(m_connection, this);
        connect(probe, &ServerProbe::finished, this, [this, probe] {
            detectProfiles([this, probe](const QList<ProfileStatus> &statuses) {
                const ServerInfo &info = m_connection->serverInfo();
                const QString transport = OdooTransport::kindName(info.transport);
                if (m_json) {
                    QJsonObject modules;
                    for (auto it = probe->modules().cbegin(); it != probe->modules().cend(); ++it)
                        modules.insert(it.key(), it.value());
                    QJsonArray profiles;
                    for (const ProfileStatus &status : statuses) {
                        profiles.append(QJsonObject{{QStringLiteral("id"), status.profile.id},
                                                    {QStringLiteral("title"), status.profile.title},
                                                    {QStringLiteral("kind"), status.profile.kind},
                                                    {QStringLiteral("model"), status.profile.model},
                                                    {QStringLiteral("enabled"), status.enabled},
                                                    {QStringLiteral("reason"), status.reason}});
                    }
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
                        {QStringLiteral("profiles"), profiles},
                    };
                    if (probe->error().isError())
                        document.insert(QStringLiteral("warning"), probe->error().userMessage());
                    m_out << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
                } else {
                    m_out << pad(tr("Server")) << m_connection->settings().serverUrl.toDisplayString()
                          << Qt::endl
                          << pad(tr("Database")) << m_connection->settings().database << Qt::endl
                          << pad(tr("Odoo")) << info.version.text << Qt::endl
                          << pad(tr("Transport")) << transport << Qt::endl;
                    if (!info.transportNote.isEmpty())
                        m_out << pad(QString()) << info.transportNote << Qt::endl;
                    m_out << pad(tr("User")) << tr("%1 (uid %2)").arg(probe->userName()).arg(info.uid)
                          << Qt::endl
                          << pad(tr("Company")) << probe->companyName() << Qt::endl
                          << pad(tr("Live push"))
                          << (info.livePushPossible ? tr("possible") : info.livePushUnavailableReason)
                          << Qt::endl
                          << tr("Modules:") << Qt::endl;
                    for (auto it = probe->modules().cbegin(); it != probe->modules().cend(); ++it) {
                        m_out << QStringLiteral("  ") << it.key().leftJustified(22)
                              << (it.value() ? tr("installed") : tr("not installed")) << Qt::endl;
                    }
                    m_out << tr("Sources:") << Qt::endl;
                    for (const ProfileStatus &status : statuses) {
                        m_out << QStringLiteral("  ") << status.profile.id.leftJustified(30)
                              << (status.enabled ? tr("enabled") : tr("skipped: %1").arg(status.reason))
                              << Qt::endl;
                    }
                    if (probe->error().isError())
                        m_out << tr("Warning: %1").arg(probe->error().userMessage()) << Qt::endl;
                }
                finish(Success);
            });
        });
        probe->start();
    });
    m_connection->open();
}

bool CliRunner::openCache(const QString &cacheFile)
{
    QString cacheError;
    m_cache = Cache::open(cacheFile, &cacheError);
    if (!m_cache) {
        m_err << tr("Error: cannot use the cache %1: %2").arg(cacheFile, cacheError) << Qt::endl;
        finish(OtherFailure);
        return false;
    }
    return true;
}

void CliRunner::runSync(const QString &cacheFile)
{
    if (!openCache(cacheFile))
        return;
    connect(m_connection, &OdooConnection::openFailed, this, &CliRunner::fail);
    connect(m_connection, &OdooConnection::opened, this, [this] {
        detectProfiles([this](const QList<ProfileStatus> &statuses) {
            QList<SourceProfile> enabled;
            for (const ProfileStatus &status : statuses) {
                if (status.enabled) {
                    enabled.append(status.profile);
                    m_syncOrder.append(status.profile.id);
                } else if (!m_json) {
                    m_err << tr("Skipped %1: %2").arg(status.profile.id, status.reason) << Qt::endl;
                }
            }
            m_engine = new SyncEngine(m_connection, m_cache.get(), enabled, SyncEngine::Options(), this);
            connect(m_engine, &SyncEngine::progress, this, &CliRunner::showProgress);
            connect(m_engine, &SyncEngine::roundFinished, this, &CliRunner::printSyncResults);
            m_progressClock.start();
            m_engine->syncOnce();
        });
    });
    m_connection->open();
}

void CliRunner::showProgress(int fetched, int total)
{
    if (total <= 0)
        return;
    const int percent = int(qMin<qint64>(100, qint64(fetched) * 100 / total));
    // At most two lines a second, and only when the number moved.
    if (percent == m_lastPercent || (m_lastPercent >= 0 && m_progressClock.elapsed() < 500))
        return;
    m_lastPercent = percent;
    m_progressClock.restart();
    m_err << tr("Syncing: %1 % (%2 of %3 records)").arg(percent).arg(fetched).arg(total) << Qt::endl;
}

void CliRunner::printSyncResults()
{
    QHash<QString, SyncLogEntry> results;
    for (const SyncLogEntry &entry : m_engine->lastResults())
        results.insert(entry.profileId, entry);
    bool allSynced = true;
    QJsonArray profiles;
    SyncLogEntry totals;
    for (const QString &id : std::as_const(m_syncOrder)) {
        const SyncLogEntry entry = results.value(id);
        ItemFilter filter;
        filter.profileId = id;
        const qsizetype items = m_cache->items(filter).size();
        allSynced = allSynced && entry.error.isEmpty();
        totals.fetched += entry.fetched;
        totals.changed += entry.changed;
        totals.removed += entry.removed;
        totals.requests += entry.requests;
        if (m_json) {
            profiles.append(QJsonObject{
                {QStringLiteral("id"), id},
                {QStringLiteral("items"), items},
                {QStringLiteral("fetched"), entry.fetched},
                {QStringLiteral("changed"), entry.changed},
                {QStringLiteral("removed"), entry.removed},
                {QStringLiteral("requests"), entry.requests},
                {QStringLiteral("error"), entry.error.isEmpty() ? QJsonValue() : QJsonValue(entry.error)},
            });
        } else {
            m_out << id.leftJustified(30)
                  << tr("%1 items, fetched %2, changed %3, removed %4, %5 requests")
                         .arg(items)
                         .arg(entry.fetched)
                         .arg(entry.changed)
                         .arg(entry.removed)
                         .arg(entry.requests);
            if (!entry.error.isEmpty())
                m_out << tr(", error: %1").arg(entry.error);
            m_out << Qt::endl;
        }
    }
    const int total = m_cache->itemCount();
    if (m_json) {
        const QJsonObject document{{QStringLiteral("profiles"), profiles}, {QStringLiteral("items"), total}};
        m_out << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
    } else {
        m_out << tr("Total: %1 items in %2 sources, fetched %3, changed %4, removed %5, %6 requests")
                     .arg(total)
                     .arg(m_syncOrder.size())
                     .arg(totals.fetched)
                     .arg(totals.changed)
                     .arg(totals.removed)
                     .arg(totals.requests)
              << Qt::endl
              << tr("Cache: %1").arg(m_cache->filePath()) << Qt::endl;
    }
    if (!allSynced)
        m_err << tr("Some sources failed to sync; the others were saved.") << Qt::endl;
    finish(allSynced ? Success : OtherFailure);
}

void CliRunner::runWatch(const QString &cacheFile)
{
    if (!openCache(cacheFile))
        return;
    connect(m_connection, &OdooConnection::openFailed, this, &CliRunner::fail);
    connect(m_connection, &OdooConnection::opened, this, [this] {
        detectProfiles([this](const QList<ProfileStatus> &statuses) {
            QList<SourceProfile> enabled;
            for (const ProfileStatus &status : statuses) {
                if (status.enabled)
                    enabled.append(status.profile);
            }
            m_live = new LiveSync(m_connection, m_cache.get(), enabled, SyncEngine::Options(), this);
            connect(m_live, &LiveSync::statusChanged, this, &CliRunner::printWatchStatus);
            connect(m_live, &LiveSync::itemsChanged, this, &CliRunner::printWatchChanges);
            printWatchStatus();
            m_live->start();
        });
    });
    m_connection->open();
}

void CliRunner::printWatchLine(const QJsonObject &line)
{
    QJsonObject stamped = line;
    stamped.insert(QStringLiteral("at"), QueueReport::isoUtc(QDateTime::currentDateTimeUtc()));
    m_out << QString::fromUtf8(QJsonDocument(stamped).toJson(QJsonDocument::Compact)) << Qt::endl;
}

void CliRunner::printWatchStatus()
{
    const SyncStatus status = m_live->status();
    const QJsonObject line{{QStringLiteral("event"), QStringLiteral("status")},
                           {QStringLiteral("state"), SyncStatus::stateName(status.state)},
                           {QStringLiteral("text"), status.text()},
                           {QStringLiteral("live"), m_live->pushOn()},
                           {QStringLiteral("push"), m_live->pushText()}};
    if (line == m_lastWatchStatus)
        return;
    m_lastWatchStatus = line;
    printWatchLine(line);
}

void CliRunner::printWatchChanges(const QStringList &itemIds)
{
    const QueueReport report({}, m_cache->stores(), QDateTime::currentDateTimeUtc());
    for (const QString &id : itemIds) {
        if (const auto item = m_cache->item(id))
            printWatchLine({{QStringLiteral("event"), QStringLiteral("item")},
                            {QStringLiteral("item"), report.itemToJson(*item)}});
        else
            printWatchLine(
                {{QStringLiteral("event"), QStringLiteral("removed")}, {QStringLiteral("id"), id}});
    }
}

void CliRunner::runDecisionReport(const QString &cacheFile, bool audit)
{
    if (!QFileInfo::exists(cacheFile)) {
        m_err << tr("No cache yet: nothing was decided with this connection.") << Qt::endl;
        m_out << (m_json ? QStringLiteral("[]\n") : QString());
        finish(Success);
        return;
    }
    QString error;
    const std::unique_ptr<Outbox> outbox = Outbox::open(cacheFile, &error);
    if (!outbox) {
        m_err << tr("Error: cannot use the cache %1: %2").arg(cacheFile, error) << Qt::endl;
        finish(OtherFailure);
        return;
    }
    const DecisionReport report;
    if (audit) {
        const QList<AuditEntry> entries = outbox->audit(500);
        if (m_json)
            m_out << QString::fromUtf8(
                QJsonDocument(report.auditToJson(entries)).toJson(QJsonDocument::Indented));
        else
            for (const QString &line : report.auditLines(entries))
                m_out << line << Qt::endl;
    } else {
        QList<Decision> decisions = outbox->pending();
        for (const Decision &decision : outbox->recent(50)) {
            if (decision.isSettled())
                decisions.append(decision);
        }
        if (m_json)
            m_out << QString::fromUtf8(
                QJsonDocument(report.decisionsToJson(decisions)).toJson(QJsonDocument::Indented));
        else
            for (const QString &line : report.decisionLines(decisions))
                m_out << line << Qt::endl;
    }
    finish(Success);
}

void CliRunner::runLiveUpdates(const QString &operation)
{
    connect(m_connection, &OdooConnection::openFailed, this, &CliRunner::fail);
    connect(m_connection, &OdooConnection::opened, this, [this, operation] {
        detectProfiles([this, operation](const QList<ProfileStatus> &statuses) {
            QStringList models;
            for (const ProfileStatus &status : statuses) {
                if (status.enabled && !models.contains(status.profile.model))
                    models.append(status.profile.model);
            }
            auto *installer = new LiveUpdatesInstaller(m_connection, models, this);
            connect(installer, &LiveUpdatesInstaller::finished, this, [this, installer, operation] {
                installer->deleteLater();
                if (m_json) {
                    QJsonArray monitored;
                    for (const QString &model : installer->monitoredModels())
                        monitored.append(model);
                    const QJsonObject document{
                        {QStringLiteral("installed"), installer->installed()},
                        {QStringLiteral("models"), monitored},
                        {QStringLiteral("summary"), installer->summary()},
                        {QStringLiteral("error"),
                         installer->ok() ? QJsonValue() : QJsonValue(installer->error())}};
                    m_out << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
                } else {
                    m_out << installer->summary() << Qt::endl;
                    if (!installer->monitoredModels().isEmpty())
                        m_out << tr("Models: %1").arg(installer->monitoredModels().join(QStringLiteral(", ")))
                              << Qt::endl;
                }
                if (!installer->ok()) {
                    m_err << tr("Error: %1").arg(installer->error()) << Qt::endl;
                    finish(OtherFailure);
                    return;
                }
                if (operation == QLatin1String("enable"))
                    m_err << tr("Pushes go to the users of the Odoo group \"%1\" (you were added). Add the "
                                "other "
                                "HQ Tower users to it in Odoo: Settings > Users & Companies > Groups.")
                                 .arg(LiveUpdatesInstaller::groupName())
                          << Qt::endl;
                finish(Success);
            });
            if (operation == QLatin1String("enable"))
                installer->enable();
            else if (operation == QLatin1String("disable"))
                installer->disable();
            else
                installer->checkStatus();
        });
    });
    m_connection->open();
}

void CliRunner::runQueue(const QString &cacheFile, const QString &kind, int storeId)
{
    QList<QueueItem> items;
    QList<StoreInfo> stores;
    if (QFileInfo::exists(cacheFile)) {
        if (!openCache(cacheFile))
            return;
        ItemFilter filter;
        filter.kind = kind;
        filter.storeId = storeId;
        items = m_cache->items(filter);
        stores = m_cache->stores();
    }
    const bool cacheEmpty = !m_cache || m_cache->itemCount() == 0;
    if (cacheEmpty)
        m_err << tr("No cached items yet: run hqtower-cli sync --once") << Qt::endl;
    const QueueReport report(items, stores, QDateTime::currentDateTimeUtc());
    if (m_json) {
        m_out << QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented));
    } else {
        for (const QString &line : report.toLines())
            m_out << line << Qt::endl;
    }
    finish(Success);
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
