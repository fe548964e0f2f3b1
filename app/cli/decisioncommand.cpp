#include "decisioncommand.h"

#include "clirunner.h"
#include "decisions/decisionservice.h"
#include "odoo/odooconnection.h"
#include "storage/cache.h"
#include "storage/outbox.h"
#include "sync/sourcecatalog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QThread>

DecisionCommand::DecisionCommand(QTextStream &out, QTextStream &err, OdooConnection *connection,
                                 QString cacheFile, Request request, QProcessEnvironment environment,
                                 QObject *parent)
    : QObject(parent)
    , m_out(out)
    , m_err(err)
    , m_connection(connection)
    , m_cacheFile(std::move(cacheFile))
    , m_request(std::move(request))
    , m_environment(std::move(environment))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        const auto decision = m_outbox ? m_outbox->decision(m_decisionId) : std::nullopt;
        if (decision)
            printOutcome(*decision);
        else
            m_err << tr("No answer in time.") << Qt::endl;
        finish(StillPending);
    });
}

DecisionCommand::~DecisionCommand()
{
    delete m_service;
}

int DecisionCommand::exitCodeFor(Decision::Status status)
{
    switch (status) {
    case Decision::Status::Applied:
        return CliRunner::Success;
    case Decision::Status::Conflict:
        return Conflict;
    case Decision::Status::Refused:
        return RefusedByOdoo;
    case Decision::Status::Pending:
        return StillPending;
    case Decision::Status::Failed:
        break;
    }
    return CliRunner::OtherFailure;
}

void DecisionCommand::finish(int exitCode)
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    m_out.flush();
    m_err.flush();
    Q_EMIT done(exitCode);
}

void DecisionCommand::fail(const OdooError &error)
{
    const auto decision =
        m_outbox && !m_decisionId.isEmpty() ? m_outbox->decision(m_decisionId) : std::nullopt;
    const OdooError::Kind kind = error.kind();
    const bool transient = kind == OdooError::Kind::Network || kind == OdooError::Kind::Timeout ||
                           kind == OdooError::Kind::Server || kind == OdooError::Kind::Protocol;
    if (decision && !decision->isSettled() && transient) {
        // Saved before the login: it waits in the outbox for the next run or the app.
        m_err << tr("Odoo cannot be reached (%1).").arg(error.userMessage()) << Qt::endl;
        printOutcome(*decision);
        finish(StillPending);
        return;
    }
    m_err << tr("Error (%1): %2").arg(OdooError::kindName(error.kind()), error.userMessage()) << Qt::endl;
    if (m_outbox && !m_outbox->pending().isEmpty())
        m_err << tr("Decisions already saved stay in the outbox and are sent next time.") << Qt::endl;
    finish(CliRunner::exitCodeFor(error));
}

void DecisionCommand::run()
{
    QString error;
    m_cache = Cache::open(m_cacheFile, &error);
    if (m_cache)
        m_outbox = Outbox::open(m_cacheFile, &error);
    if (!m_cache || !m_outbox) {
        m_err << tr("Error: cannot use the cache %1: %2").arg(m_cacheFile, error) << Qt::endl;
        finish(CliRunner::OtherFailure);
        return;
    }
    const auto item = m_cache->item(m_request.itemId);
    if (!item && !m_outbox->pendingFor(m_request.itemId)) {
        m_err
            << tr("Error: %1 is not in the cached queue. Run hqtower-cli sync --once first, and check the id "
                  "(hqtower-cli queue --json).")
                   .arg(m_request.itemId)
            << Qt::endl;
        finish(CliRunner::UsageError);
        return;
    }
    if (item && item->hasAmount && m_request.policy.requiresConfirmation(m_request.action, item->amount) &&
        !m_request.confirmed && !m_outbox->pendingFor(item->id)) {
        m_err << tr("%1 is for %2 %3, above %4: add --yes to approve it.")
                     .arg(item->title, QLocale().toString(item->amount, 'f', 2), item->currency,
                          QLocale().toString(m_request.policy.confirmAboveAmount, 'f', 0))
              << Qt::endl;
        finish(CliRunner::UsageError);
        return;
    }
    connect(m_connection, &OdooConnection::openFailed, this, &DecisionCommand::fail);
    connect(m_connection, &OdooConnection::opened, this, &DecisionCommand::onOpened);
    // With the server's version known from the last sync, the decision is committed to the outbox
    // before any network call; otherwise right after the login.
    if (const int known = m_cache->serverFact(QStringLiteral("odoo_major")).toInt(); known > 0) {
        createService(known);
        if (!commitOrResume())
            return;
    }
    m_connection->open();
}

void DecisionCommand::createService(int major)
{
    SourceCatalog catalog;
    catalog.loadBuiltIn();
    catalog.loadUserFolder();
    QList<SourceProfile> profiles;
    for (const SourceProfile &profile : catalog.profiles())
        profiles.append(profile.forVersion(major));
    DecisionService::Options options;
    options.policy = m_request.policy;
    m_service = new DecisionService(m_connection, m_outbox.get(), profiles, options);
    m_service->setKnownVersion(major);
    connect(m_service, &DecisionService::decisionSettled, this, &DecisionCommand::onSettled);
    connect(m_service, &DecisionService::checkpoint, this,
            [this](const QString &name, const QString &) { onCheckpoint(name); });
    connect(m_service, &DecisionService::decisionChanged, this, [this](const Decision &decision) {
        if (decision.id == m_decisionId && decision.status == Decision::Status::Pending &&
            !decision.message.isEmpty() && decision.nextAttemptAt.isValid())
            m_err << tr("Not sent yet (%1); trying again.").arg(decision.message) << Qt::endl;
    });
}

bool DecisionCommand::commitOrResume()
{
    if (const auto pending = m_outbox->pendingFor(m_request.itemId)) {
        // A decision on this item is already on its way (e.g. from before a crash): finish that one.
        m_decisionId = pending->id;
        if (pending->action != m_request.action)
            m_err << tr("%1 already has a pending \"%2\" decision; finishing it first.")
                         .arg(m_request.itemId, pending->action)
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
        m_err << tr("Error: %1").arg(error) << Qt::endl;
        finish(CliRunner::UsageError);
        return false;
    }
    m_decisionId = decided->first().id;
    m_timeout.start(std::chrono::seconds(m_request.timeoutSeconds));
    return true;
}

void DecisionCommand::onOpened()
{
    const int major = m_connection->serverInfo().version.major;
    m_cache->setServerFact(QStringLiteral("odoo_major"), QString::number(major));
    if (m_service) {
        m_service->resume(); // committed before the login
        return;
    }
    createService(major);
    commitOrResume();
}

void DecisionCommand::onCheckpoint(const QString &name)
{
    // Crash tests stop the process here and kill it (kill -9) to prove nothing is lost or doubled.
    if (m_environment.value(QStringLiteral("HQ_TOWER_TEST_PAUSE_AT")) != name)
        return;
    m_err << "PAUSED " << name << Qt::endl;
    m_err.flush();
    QThread::sleep(3600);
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
                                   {QStringLiteral("action"), decision.action},
                                   {QStringLiteral("status"), Decision::statusName(decision.status)},
                                   {QStringLiteral("attempts"), decision.attempts},
                                   {QStringLiteral("message"), decision.message}};
        m_out << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Compact)) << Qt::endl;
        return;
    }
    switch (decision.status) {
    case Decision::Status::Applied:
        m_out << tr("Applied: %1 %2.").arg(decision.action, decision.itemId);
        if (!decision.message.isEmpty())
            m_out << QLatin1Char(' ') << decision.message;
        m_out << Qt::endl;
        break;
    case Decision::Status::Conflict:
        m_out << tr("Conflict: %1").arg(decision.message) << Qt::endl;
        break;
    case Decision::Status::Refused:
        m_out << tr("Refused by Odoo: %1").arg(decision.message) << Qt::endl;
        break;
    case Decision::Status::Failed:
        m_out << tr("Failed: %1").arg(decision.message) << Qt::endl;
        break;
    case Decision::Status::Pending:
        m_out << tr("Still pending after %1 s (%2); it stays in the outbox and is sent next time.")
                     .arg(m_request.timeoutSeconds)
                     .arg(decision.message.isEmpty() ? tr("no answer yet") : decision.message)
              << Qt::endl;
        break;
    }
}
