#include "decisioncommand.h"

#include "cliexitcode.h"
#include "decisions/decisionservice.h"
#include "odoo/odooconnection.h"
#include "storage/cache.h"
#include "storage/outbox.h"
#include "sync/sourcecatalog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

DecisionCommand::DecisionCommand(CliContext &context, Decision::Action action, QObject *parent)
    : CliCommand(context, parent)
    , m_action(action)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        const auto decision = m_outbox ? m_outbox->decision(m_decisionId) : std::nullopt;
        if (decision)
            printOutcome(*decision);
        else
            m_context.err() << tr("No answer in time.") << Qt::endl;
        finish(CliExit::StillPending);
    });
}

DecisionCommand::~DecisionCommand() = default;

int DecisionCommand::exitCodeFor(Decision::Status status)
{
    switch (status) {
    case Decision::Status::Applied:
        return CliExit::Success;
    case Decision::Status::Conflict:
        return CliExit::Conflict;
    case Decision::Status::Refused:
        return CliExit::RefusedByOdoo;
    case Decision::Status::Pending:
        return CliExit::StillPending;
    case Decision::Status::Failed:
        break;
    }
    return CliExit::OtherFailure;
}

void DecisionCommand::finish(int exitCode)
{
    m_timeout.stop();
    m_context.finish(exitCode);
}

void DecisionCommand::fail(const OdooError &error)
{
    const auto decision =
        m_outbox && !m_decisionId.isEmpty() ? m_outbox->decision(m_decisionId) : std::nullopt;
    const OdooError::Kind kind = error.kind();
    const bool transient = kind == OdooError::Kind::Network || kind == OdooError::Kind::Timeout ||
                           kind == OdooError::Kind::Incomplete || kind == OdooError::Kind::Server ||
                           kind == OdooError::Kind::Protocol;
    if (decision && !decision->isSettled() && transient) {
        // Saved before the login: it waits in the outbox for the next run or the app.
        m_context.err() << tr("Odoo cannot be reached (%1).").arg(error.userMessage()) << Qt::endl;
        printOutcome(*decision);
        finish(CliExit::StillPending);
        return;
    }
    m_context.err() << tr("Error (%1): %2").arg(OdooError::kindName(error.kind()), error.userMessage())
                    << Qt::endl;
    if (m_outbox && !m_outbox->pending().isEmpty())
        m_context.err() << tr("Decisions already saved stay in the outbox and are sent next time.")
                        << Qt::endl;
    finish(CliExit::forError(error));
}

std::optional<DecisionCommand::Request> DecisionCommand::requestFrom(const QStringList &arguments)
{
    const CliOptions &options = m_context.options();
    if (arguments.size() != 1) {
        m_context.usageError(tr("%1 needs ITEM_ID, e.g. purchase.order:42 (see hqtower-cli queue).")
                                 .arg(Decision::actionName(m_action)));
        return std::nullopt;
    }
    Request request;
    request.itemId = arguments.first();
    request.action = m_action;
    request.reason =
        m_context.value(DecisionPolicy::requiresTarget(m_action) ? options.note : options.reason);
    request.targetLogin = m_context.value(options.to);
    request.confirmed = m_context.isSet(options.yes);
    request.json = m_context.json();
    bool numberOk = false;
    request.timeoutSeconds = m_context.value(options.wait).toInt(&numberOk);
    if (!numberOk || request.timeoutSeconds <= 0) {
        m_context.usageError(tr("--wait must be a positive number of seconds."));
        return std::nullopt;
    }
    request.policy.confirmAboveAmount = m_context.value(options.confirmAbove).toDouble(&numberOk);
    if (!numberOk || request.policy.confirmAboveAmount < 0) {
        m_context.usageError(tr("--confirm-above must be an amount."));
        return std::nullopt;
    }
    if (DecisionPolicy::requiresReason(m_action) && request.reason.trimmed().isEmpty()) {
        m_context.usageError(tr("%1 needs --reason TEXT (it is posted to the record's chatter in Odoo).")
                                 .arg(Decision::actionName(m_action)));
        return std::nullopt;
    }
    if (DecisionPolicy::requiresTarget(m_action) && request.targetLogin.trimmed().isEmpty()) {
        m_context.usageError(tr("delegate needs --to LOGIN."));
        return std::nullopt;
    }
    return request;
}

void DecisionCommand::run(const QStringList &arguments)
{
    const auto request = requestFrom(arguments);
    if (!request)
        return;
    m_request = *request;
    m_cacheFile = m_context.cachePath();
    if (m_cacheFile.isEmpty())
        return;
    m_connection = m_context.connection();
    if (m_connection)
        start();
}

void DecisionCommand::start()
{
    QString error;
    m_cache = Cache::open(m_cacheFile, &error);
    if (m_cache)
        m_outbox = Outbox::open(m_cacheFile, &error);
    if (!m_cache || !m_outbox) {
        m_context.err() << tr("Error: cannot use the cache %1: %2").arg(m_cacheFile, error) << Qt::endl;
        finish(CliExit::OtherFailure);
        return;
    }
    const auto item = m_cache->item(m_request.itemId);
    if (!item && !m_outbox->pendingFor(m_request.itemId)) {
        m_context.err()
            << tr("Error: %1 is not in the cached queue. Run hqtower-cli sync --once first, and check the id "
                  "(hqtower-cli queue --json).")
                   .arg(m_request.itemId)
            << Qt::endl;
        finish(CliExit::UsageError);
        return;
    }
    if (item && item->hasAmount && m_request.policy.requiresConfirmation(m_request.action, item->amount) &&
        !m_request.confirmed && !m_outbox->pendingFor(item->id)) {
        m_context.err() << tr("%1 is for %2 %3, above %4: add --yes to approve it.")
                               .arg(item->title, QLocale().toString(item->amount, 'f', 2), item->currency,
                                    QLocale().toString(m_request.policy.confirmAboveAmount, 'f', 0))
                        << Qt::endl;
        finish(CliExit::UsageError);
        return;
    }
    connect(m_connection, &OdooConnection::openFailed, this, &DecisionCommand::fail);
    connect(m_connection, &OdooConnection::opened, this, &DecisionCommand::onOpened);
    // With the server's version known from the last sync, the decision is committed to the outbox
    // before any network call; otherwise right after the login.
    if (const int known = m_cache->knownOdooMajor(); known > 0) {
        createService(known);
        if (!commitOrResume())
            return;
    }
    m_connection->open();
}

void DecisionCommand::createService(int major)
{
    const SourceCatalog catalog = SourceCatalog::installed();
    QList<SourceProfile> profiles;
    for (const SourceProfile &profile : catalog.profiles())
        profiles.append(profile.forVersion(major));
    DecisionService::Options options;
    options.policy = m_request.policy;
    m_service = std::make_unique<DecisionService>(m_connection, m_outbox.get(), profiles, options);
    m_service->setKnownVersion(major);
    for (const QString &skipped : m_service->problems())
        m_context.err() << tr("Warning: the decisions of a source profile were skipped: %1").arg(skipped)
                        << Qt::endl;
    connect(m_service.get(), &DecisionService::decisionSettled, this, &DecisionCommand::onSettled);
    connect(m_service.get(), &DecisionService::checkpoint, this,
            [this](const QString &name, const QString &) { m_context.checkpoint(name); });
    connect(m_service.get(), &DecisionService::decisionChanged, this, [this](const Decision &decision) {
        if (decision.id == m_decisionId && decision.status == Decision::Status::Pending &&
            !decision.message.isEmpty() && decision.nextAttemptAt.isValid())
            m_context.err() << tr("Not sent yet (%1); trying again.").arg(decision.message) << Qt::endl;
    });
}

bool DecisionCommand::commitOrResume()
{
    if (const auto pending = m_outbox->pendingFor(m_request.itemId)) {
        // A decision on this item is already on its way (e.g. from before a crash): finish that one.
        m_decisionId = pending->id;
        if (pending->action != m_request.action)
            m_context.err() << tr("%1 already has a pending \"%2\" decision; finishing it first.")
                                   .arg(m_request.itemId, Decision::actionName(pending->action))
                            << Qt::endl;
        // The user asks for it now: a backoff left by an earlier run does not make them wait.
        if (pending->nextAttemptAt.isValid()) {
            Decision now = *pending;
            now.nextAttemptAt = QDateTime();
            m_outbox->update(now);
        }
        m_timeout.start(std::chrono::seconds(m_request.timeoutSeconds));
        m_service->resume();
        return true;
    }
    QueueItem item;
    if (const auto cached = m_cache->item(m_request.itemId))
        item = *cached;
    QString error;
    const auto decided =
        m_service->decide({{item, m_request.action, m_request.reason, m_request.targetLogin}}, &error);
    if (!decided) {
        m_context.err() << tr("Error: %1").arg(error) << Qt::endl;
        finish(CliExit::UsageError);
        return false;
    }
    m_decisionId = decided->first().id;
    m_timeout.start(std::chrono::seconds(m_request.timeoutSeconds));
    return true;
}

void DecisionCommand::onOpened()
{
    const int major = m_connection->serverInfo().version.major;
    m_cache->setKnownOdooMajor(major);
    if (m_service) {
        m_service->resume(); // committed before the login
        return;
    }
    createService(major);
    commitOrResume();
}

void DecisionCommand::onSettled(const Decision &decision)
{
    if (decision.id != m_decisionId)
        return;
    printOutcome(decision);
    finish(exitCodeFor(decision.status));
}

void DecisionCommand::printOutcome(const Decision &decision)
{
    if (m_request.json) {
        const QJsonObject document{{QStringLiteral("decision_id"), decision.id},
                                   {QStringLiteral("item_id"), decision.itemId},
                                   {QStringLiteral("action"), Decision::actionName(decision.action)},
                                   {QStringLiteral("status"), Decision::statusName(decision.status)},
                                   {QStringLiteral("attempts"), decision.attempts},
                                   {QStringLiteral("message"), decision.message}};
        m_context.out() << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Compact))
                        << Qt::endl;
        return;
    }
    switch (decision.status) {
    case Decision::Status::Applied:
        m_context.out() << tr("Applied: %1 %2.").arg(Decision::actionName(decision.action), decision.itemId);
        if (!decision.message.isEmpty())
            m_context.out() << QLatin1Char(' ') << decision.message;
        m_context.out() << Qt::endl;
        break;
    case Decision::Status::Conflict:
        m_context.out() << tr("Conflict: %1").arg(decision.message) << Qt::endl;
        break;
    case Decision::Status::Refused:
        m_context.out() << tr("Refused by Odoo: %1").arg(decision.message) << Qt::endl;
        break;
    case Decision::Status::Failed:
        m_context.out() << tr("Failed: %1").arg(decision.message) << Qt::endl;
        break;
    case Decision::Status::Pending:
        m_context.out() << tr("Still pending after %1 s (%2); it stays in the outbox and is sent next time.")
                               .arg(m_request.timeoutSeconds)
                               .arg(decision.message.isEmpty() ? tr("no answer yet") : decision.message)
                        << Qt::endl;
        break;
    }
}
