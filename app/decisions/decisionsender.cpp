#include "decisionsender.h"

#include "decisionadapter.h"
#include "decisionrun.h"
#include "odoo/odooconnection.h"
#include "odoo/odoovalues.h"
#include "storage/outbox.h"
#include "sync/sourceprofile.h"

#include <QJsonArray>
#include <QLocale>

namespace {

// Odoo's own answers that settle a decision: it said no (rights, rules, a business check), or the
// method raised an exception of its own (a scheduled job failing). Trying again would repeat it.
bool isRefusal(const OdooError &error)
{
    const OdooError::Kind kind = error.kind();
    return kind == OdooError::Kind::Access || kind == OdooError::Kind::UserError ||
           kind == OdooError::Kind::Validation ||
           (kind == OdooError::Kind::Server && !error.exceptionName().isEmpty());
}

QString actionLabel(Decision::Action action)
{
    switch (action) {
    case Decision::Action::Approve:
        return DecisionSender::tr("Approved");
    case Decision::Action::Reject:
        return DecisionSender::tr("Rejected");
    case Decision::Action::Delegate:
        return DecisionSender::tr("Delegated");
    case Decision::Action::Retry:
        return DecisionSender::tr("Retried");
    case Decision::Action::Dismiss:
        return DecisionSender::tr("Dismissed");
    }
    return Decision::actionName(action);
}

} // namespace

DecisionSender::DecisionSender(OdooConnection *connection, Outbox *outbox, Decision decision,
                               const DecisionAdapter *adapter, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_outbox(outbox)
    , m_decision(std::move(decision))
    , m_adapter(adapter)
{}

QString DecisionSender::referenceOf(const Decision &decision)
{
    return QStringLiteral("HQ Tower ref %1").arg(decision.id.left(8));
}

int DecisionSender::version() const
{
    return m_connection ? m_connection->serverInfo().version.major : 0;
}

void DecisionSender::start()
{
    if (!m_adapter) {
        settle(Decision::Status::Failed,
               tr("HQ Tower cannot %1 %2: its source has no decision actions.")
                   .arg(Decision::actionName(m_decision.action), m_decision.itemId));
        return;
    }
    if (!m_adapter->actions(version()).contains(m_decision.action)) {
        settle(Decision::Status::Failed,
               tr("\"%1\" is not possible on %2 with this Odoo version.")
                   .arg(Decision::actionName(m_decision.action), m_decision.itemId));
        return;
    }
    m_decision.attempts += 1;
    m_decision.updatedAt = QDateTime::currentDateTimeUtc();
    if (!save())
        return;
    readRecord([this](const std::optional<QJsonObject> &record) { onFirstRead(record); });
}

QStringList DecisionSender::readFields() const
{
    QStringList fields = m_adapter->fields(version());
    for (const char *always : {"write_date", "write_uid"}) {
        if (!fields.contains(QLatin1String(always)))
            fields.append(QString::fromLatin1(always));
    }
    return fields;
}

void DecisionSender::readRecord(std::function<void(const std::optional<QJsonObject> &)> then)
{
    if (!m_connection) {
        postpone(OdooError(OdooError::Kind::Network, tr("Not connected to Odoo.")));
        return;
    }
    QJsonArray fields;
    for (const QString &field : readFields())
        fields.append(field);
    // search_read with active_test off: an archived record (a done activity on Odoo 19) still answers.
    OdooCall *read = m_connection->call(
        m_decision.model, QStringLiteral("search_read"),
        QJsonArray{QJsonArray{QJsonArray{QStringLiteral("id"), QStringLiteral("="), m_decision.resId}}},
        {{QStringLiteral("fields"), fields},
         {QStringLiteral("context"), QJsonObject{{QStringLiteral("active_test"), false}}}});
    connect(read, &OdooCall::succeeded, this, [then](const QJsonValue &result) {
        const QJsonArray rows = result.toArray();
        then(rows.isEmpty() ? std::nullopt : std::optional<QJsonObject>(rows.first().toObject()));
    });
    connect(read, &OdooCall::failed, this, [this](const OdooError &error) {
        if (isRefusal(error))
            settle(Decision::Status::Refused, error.userMessage());
        else
            postpone(error);
    });
}

void DecisionSender::onFirstRead(const std::optional<QJsonObject> &record)
{
    const int major = version();
    if (!record) {
        if (m_decision.stage == Decision::Stage::Sending) {
            // Gone after our write: an activity marked done is deleted on Odoo 17/18.
            if (m_adapter->isApplied(m_decision, QJsonObject(), major)) {
                verify();
                return;
            }
        }
        settle(Decision::Status::Conflict,
               tr("%1 no longer exists in Odoo (someone deleted it).").arg(m_decision.itemId));
        return;
    }
    if (m_decision.stage == Decision::Stage::Sending) {
        // The previous attempt may have reached Odoo: the record says whether it did.
        if (m_adapter->changesState(m_decision.action) && m_adapter->isApplied(m_decision, *record, major)) {
            verify();
            return;
        }
        if (!m_adapter->isOpen(m_decision, *record, major)) {
            settle(Decision::Status::Conflict, conflictMessage(*record));
            return;
        }
        write(*record);
        return;
    }
    const QDateTime written = OdooValues::parseDateTime(record->value(QLatin1String("write_date")));
    const bool moved = m_adapter->changesState(m_decision.action) && m_decision.seenWriteDate.isValid() &&
                       written.isValid() && written != m_decision.seenWriteDate;
    if (!m_adapter->isOpen(m_decision, *record, major) || moved) {
        settle(Decision::Status::Conflict, conflictMessage(*record));
        return;
    }
    write(*record);
}

QString DecisionSender::conflictMessage(const QJsonObject &record) const
{
    const QString who = OdooValues::displayText(record.value(QLatin1String("write_uid")));
    const QDateTime when = OdooValues::parseDateTime(record.value(QLatin1String("write_date")));
    QString state;
    for (const char *field : {"state", "approval_state", "request_status", "status"}) {
        if (record.contains(QLatin1String(field))) {
            state = OdooValues::displayText(record.value(QLatin1String(field)));
            break;
        }
    }
    const QString at =
        when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : QString();
    if (!state.isEmpty() && !who.isEmpty() && !at.isEmpty())
        return tr("Someone else was faster: %1 is now \"%2\", changed by %3 at %4. Nothing was sent.")
            .arg(m_decision.itemId, state, who, at);
    if (!who.isEmpty() && !at.isEmpty())
        return tr("Someone else changed %1 (%2 at %3) since you looked at it. Nothing was sent.")
            .arg(m_decision.itemId, who, at);
    return tr("%1 changed in Odoo since you looked at it. Nothing was sent.").arg(m_decision.itemId);
}

void DecisionSender::write(const QJsonObject &record)
{
    // From here on the write may reach Odoo: commit that before it leaves.
    m_decision.stage = Decision::Stage::Sending;
    m_decision.updatedAt = QDateTime::currentDateTimeUtc();
    m_wroteAfter = OdooValues::parseDateTime(record.value(QLatin1String("write_date")));
    if (!save())
        return;
    Q_EMIT checkpoint(QStringLiteral("sending"));
    auto *run = new DecisionRun(m_connection, m_decision, record, this);
    connect(run, &DecisionRun::writeStarting, this, [this] { ++m_writeCalls; });
    connect(run, &DecisionRun::finished, this, [this, run] { onWritten(run); });
    m_adapter->apply(*run);
}

void DecisionSender::onWritten(DecisionRun *run)
{
    run->deleteLater();
    switch (run->outcome()) {
    case DecisionRun::Outcome::Succeeded:
        Q_EMIT checkpoint(QStringLiteral("answered"));
        verify();
        return;
    case DecisionRun::Outcome::Refused:
        settle(Decision::Status::Refused, run->refusal());
        return;
    case DecisionRun::Outcome::Failed:
    case DecisionRun::Outcome::Running:
        break;
    }
    const OdooError error = run->error();
    if (isRefusal(error)) {
        settle(Decision::Status::Refused, error.userMessage());
    } else if (error.kind() == OdooError::Kind::Missing) {
        settle(Decision::Status::Conflict,
               tr("%1 no longer exists in Odoo (someone deleted it).").arg(m_decision.itemId));
    } else {
        if (!run->sentWrite()) {
            // Nothing left us: the next attempt starts over with the conflict check.
            m_decision.stage = Decision::Stage::Queued;
        }
        postpone(error);
    }
}

void DecisionSender::verify()
{
    readRecord([this](const std::optional<QJsonObject> &record) {
        const QJsonObject seen = record.value_or(QJsonObject());
        if (!record && !m_adapter->isApplied(m_decision, seen, version())) {
            settle(Decision::Status::Conflict,
                   tr("%1 no longer exists in Odoo (someone deleted it).").arg(m_decision.itemId));
            return;
        }
        if (!m_adapter->isApplied(m_decision, seen, version())) {
            settle(Decision::Status::Refused, m_adapter->noEffectMessage(m_decision, seen, version()));
            return;
        }
        if (decidedByOther(seen)) {
            settle(Decision::Status::Conflict, conflictMessage(seen));
            return;
        }
        if (m_decision.reason.trimmed().isEmpty() || m_adapter->recordsReason(m_decision.action, version()) ||
            !m_adapter->hasChatter() || !record) {
            settle(Decision::Status::Applied, QString());
            return;
        }
        postReason();
    });
}

bool DecisionSender::decidedByOther(const QJsonObject &record) const
{
    // Someone decided in the instant between our read and our write: Odoo then shows the decision,
    // but written by another user (ours made no change). Odoo's superuser (id 1) runs automatic
    // follow-ups of our own write, so it does not count as someone else.
    if (!m_adapter->changesState(m_decision.action) || !m_wroteAfter.isValid() || !m_connection)
        return false;
    const QJsonArray writer = record.value(QLatin1String("write_uid")).toArray();
    const int writerId = writer.isEmpty() ? 0 : writer.at(0).toInt();
    const QDateTime written = OdooValues::parseDateTime(record.value(QLatin1String("write_date")));
    return writerId > 1 && writerId != m_connection->serverInfo().uid && written != m_wroteAfter;
}

void DecisionSender::postReason()
{
    // The note carries a reference, so a decision resumed after a crash finds its own note.
    const QString reference = referenceOf(m_decision);
    OdooCall *search = m_connection->call(
        QStringLiteral("mail.message"), QStringLiteral("search_count"),
        QJsonArray{QJsonArray{QJsonArray{QStringLiteral("model"), QStringLiteral("="), m_decision.model},
                              QJsonArray{QStringLiteral("res_id"), QStringLiteral("="), m_decision.resId},
                              QJsonArray{QStringLiteral("body"), QStringLiteral("ilike"), reference}}});
    connect(search, &OdooCall::failed, this, [this](const OdooError &error) {
        settle(Decision::Status::Applied,
               tr("Applied; the reason could not be added to Odoo's chatter (%1).").arg(error.userMessage()));
    });
    connect(search, &OdooCall::succeeded, this, [this, reference](const QJsonValue &count) {
        if (count.toInt() > 0) {
            settle(Decision::Status::Applied, QString());
            return;
        }
        const QString body = tr("%1 in HQ Tower by %2: %3 (%4)")
                                 .arg(actionLabel(m_decision.action), m_decision.userLogin,
                                      m_decision.reason.trimmed(), reference);
        OdooCall *post = m_connection->call(
            m_decision.model, QStringLiteral("message_post"), QJsonArray{QJsonArray{m_decision.resId}},
            {{QStringLiteral("body"), body},
             {QStringLiteral("message_type"), QStringLiteral("comment")},
             {QStringLiteral("subtype_xmlid"), QStringLiteral("mail.mt_note")}});
        connect(post, &OdooCall::succeeded, this,
                [this](const QJsonValue &) { settle(Decision::Status::Applied, QString()); });
        connect(post, &OdooCall::failed, this, [this](const OdooError &error) {
            settle(Decision::Status::Applied,
                   tr("Applied; the reason could not be added to Odoo's chatter (%1).")
                       .arg(error.userMessage()));
        });
    });
}

bool DecisionSender::save()
{
    if (m_outbox->update(m_decision)) {
        Q_EMIT changed(m_decision);
        return true;
    }
    // Without a durable record nothing may be sent: stop here, the decision stays as it was saved.
    m_decision.message = tr("The decision could not be saved locally: %1").arg(m_outbox->lastError());
    m_wantsRetry = true;
    m_done = true;
    Q_EMIT finished();
    return false;
}

void DecisionSender::postpone(const OdooError &error)
{
    if (m_done)
        return;
    m_wantsRetry = true;
    m_decision.message = error.userMessage();
    m_decision.updatedAt = QDateTime::currentDateTimeUtc();
    if (m_outbox->update(m_decision))
        Q_EMIT changed(m_decision);
    m_done = true;
    Q_EMIT finished();
}

void DecisionSender::settle(Decision::Status status, const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    m_decision.status = status;
    m_decision.stage = Decision::Stage::Settled;
    m_decision.message = message;
    m_decision.updatedAt = QDateTime::currentDateTimeUtc();
    m_decision.nextAttemptAt = QDateTime();
    if (m_outbox->settle(m_decision, m_decision.auditEntry())) {
        Q_EMIT changed(m_decision);
    } else {
        m_wantsRetry = true; // try to record the outcome again; the record will tell
        m_decision.status = Decision::Status::Pending;
    }
    Q_EMIT finished();
}
