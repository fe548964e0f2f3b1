#include "decisionservice.h"

#include "decisionadapter.h"
#include "decisionadapters.h"
#include "decisionsender.h"
#include "odoo/odooconnection.h"
#include "storage/outbox.h"
#include "sync/sourceprofile.h"

#include <QUuid>

DecisionService::DecisionService(OdooConnection *connection, Outbox *outbox,
                                 const QList<SourceProfile> &profiles, Options options, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_outbox(outbox)
    , m_options(options)
    , m_userLogin(connection ? connection->settings().login : QString())
{
    for (const SourceProfile &profile : profiles) {
        if (DecisionAdapters::describesAdapter(profile.decisions)) {
            // A profile of the user's that describes its own decisions: its model by default.
            QJsonObject decisions = profile.decisions;
            if (!decisions.contains(QLatin1String("model")))
                decisions.insert(QStringLiteral("model"), profile.model);
            if (!decisions.contains(QLatin1String("adapter")))
                decisions.insert(QStringLiteral("adapter"), profile.id);
            QString error;
            if (auto adapter = DecisionAdapters::fromProfile(decisions, &error))
                m_ownAdapters.insert(profile.id, std::shared_ptr<const DecisionAdapter>(std::move(adapter)));
            else
                m_problems.append(tr("%1 (%2): %3").arg(profile.id, profile.sourceFile, error));
            continue;
        }
        const QString adapter = profile.decisions.value(QLatin1String("adapter")).toString();
        if (!adapter.isEmpty())
            m_adapterByProfile.insert(profile.id, adapter);
    }
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &DecisionService::startDue);
}

DecisionService::~DecisionService()
{
    // A sender in flight keeps its committed stage; the next start resumes it from the Outbox.
    qDeleteAll(m_running);
}

const DecisionAdapter *DecisionService::adapterFor(const QString &profileId) const
{
    if (const auto own = m_ownAdapters.constFind(profileId); own != m_ownAdapters.cend())
        return own->get();
    return DecisionAdapters::forId(m_adapterByProfile.value(profileId));
}

QList<Decision::Action> DecisionService::actionsFor(const QueueItem &item) const
{
    const DecisionAdapter *adapter = adapterFor(item.profileId);
    if (!adapter || !m_connection)
        return {};
    const bool connected = m_connection->state() == OdooConnection::State::Connected;
    return adapter->actions(connected ? m_connection->serverInfo().version.major : m_knownVersion);
}

std::optional<QList<Decision>> DecisionService::decide(const QList<Request> &requests, QString *error)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString bulkId =
        requests.size() > 1 ? QUuid::createUuid().toString(QUuid::WithoutBraces) : QString();
    QList<Decision> fresh;
    QList<Decision> all;
    for (const Request &request : requests) {
        const QList<Decision::Action> actions = actionsFor(request.item);
        if (actions.isEmpty()) {
            *error = tr("%1 takes no decisions from HQ Tower.").arg(request.item.title);
            return std::nullopt;
        }
        if (!actions.contains(request.action)) {
            *error = tr("\"%1\" is not possible on %2 (possible: %3).")
                         .arg(Decision::actionName(request.action), request.item.title,
                              Decision::actionNames(actions).join(QStringLiteral(", ")));
            return std::nullopt;
        }
        const QString problem = m_options.policy.problemWith(request.action, request.item.title,
                                                             request.reason, request.targetLogin);
        if (!problem.isEmpty()) {
            *error = problem;
            return std::nullopt;
        }
        if (const auto pending = m_outbox->pendingFor(request.item.id)) {
            all.append(*pending);
            continue;
        }
        Decision decision;
        decision.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        decision.bulkId = bulkId;
        decision.itemId = request.item.id;
        decision.profileId = request.item.profileId;
        decision.model = request.item.model;
        decision.resId = request.item.resId;
        decision.action = request.action;
        decision.reason = request.reason.trimmed();
        decision.targetLogin = request.targetLogin.trimmed();
        decision.userLogin = m_userLogin;
        decision.seenState = request.item.state;
        decision.seenWriteDate = request.item.writeDate;
        decision.seenRecord = request.item.fields;
        decision.createdAt = now;
        decision.updatedAt = now;
        fresh.append(decision);
        all.append(decision);
    }
    if (!fresh.isEmpty() && !m_outbox->add(fresh)) {
        *error = tr("The decision could not be saved, so nothing was sent: %1").arg(m_outbox->lastError());
        return std::nullopt;
    }
    for (const Decision &decision : std::as_const(fresh)) {
        Q_EMIT decisionChanged(decision);
        Q_EMIT checkpoint(QStringLiteral("queued"), decision.id);
    }
    startDue();
    return all;
}

void DecisionService::resume()
{
    startDue();
}

int DecisionService::pendingCount() const
{
    return int(m_outbox->pending().size());
}

void DecisionService::startDue()
{
    if (!m_connection || m_connection->state() != OdooConnection::State::Connected)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime nextWake;
    for (const Decision &decision : m_outbox->pending()) {
        if (m_running.contains(decision.id))
            continue;
        if (decision.nextAttemptAt.isValid() && decision.nextAttemptAt > now) {
            if (!nextWake.isValid() || decision.nextAttemptAt < nextWake)
                nextWake = decision.nextAttemptAt;
            continue;
        }
        if (m_running.size() >= qMax(1, m_options.maxConcurrent))
            break;
        auto *sender =
            new DecisionSender(m_connection, m_outbox, decision, adapterFor(decision.profileId), this);
        m_running.insert(decision.id, sender);
        connect(sender, &DecisionSender::changed, this, &DecisionService::decisionChanged);
        connect(sender, &DecisionSender::checkpoint, this,
                [this, id = decision.id](const QString &name) { Q_EMIT checkpoint(name, id); });
        connect(sender, &DecisionSender::finished, this, [this, sender] { onSenderFinished(sender); });
        sender->start();
    }
    if (nextWake.isValid()) {
        const qint64 wait = qMax<qint64>(10, now.msecsTo(nextWake));
        if (!m_retryTimer.isActive() || m_retryTimer.remainingTime() > wait)
            m_retryTimer.start(std::chrono::milliseconds(wait));
    }
}

std::chrono::milliseconds DecisionService::retryDelay(int attempts) const
{
    qint64 delay = m_options.firstRetry.count();
    for (int i = 1; i < attempts && delay < m_options.maxRetry.count(); ++i)
        delay *= 2;
    return std::chrono::milliseconds(qMin<qint64>(delay, m_options.maxRetry.count()));
}

void DecisionService::onSenderFinished(DecisionSender *sender)
{
    Decision decision = sender->decision();
    m_writeCalls += sender->writeCalls();
    m_running.remove(decision.id);
    sender->deleteLater();
    if (decision.isSettled()) {
        Q_EMIT decisionSettled(decision);
    } else if (sender->wantsRetry()) {
        if (decision.attempts >= m_options.maxAttempts) {
            const QString last = decision.message;
            const bool mayHaveReached = decision.stage == Decision::Stage::Sending;
            decision.status = Decision::Status::Failed;
            decision.stage = Decision::Stage::Settled;
            decision.message =
                tr("Gave up after %n attempts; the last problem was: %1", nullptr, decision.attempts)
                    .arg(last);
            if (mayHaveReached)
                decision.message +=
                    QLatin1Char(' ') + tr("Odoo may have received it: check the record in Odoo.");
            decision.updatedAt = QDateTime::currentDateTimeUtc();
            if (m_outbox->settle(decision, decision.auditEntry())) {
                Q_EMIT decisionChanged(decision);
                Q_EMIT decisionSettled(decision);
            }
        } else {
            decision.nextAttemptAt =
                QDateTime::currentDateTimeUtc().addMSecs(retryDelay(decision.attempts).count());
            if (m_outbox->update(decision))
                Q_EMIT decisionChanged(decision);
        }
    }
    startDue();
}
