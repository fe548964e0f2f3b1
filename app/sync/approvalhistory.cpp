#include "approvalhistory.h"

#include "odoo/odoocall.h"
#include "odoo/odooconnection.h"
#include "odoo/odoovalues.h"
#include "sourceprofile.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

#include <optional>

namespace {

// How one model's decisions are read. Field names and selection values are those of the
// captured schemas of Odoo 17, 18 and 19 (odoo-contract/schema); approval.request and tier.review
// are not in them, so their optional date fields are checked with fields_get first.
struct HistoryPlan
{
    QString stateField;
    QStringList decidedStates;   // the domain: decided in one of these
    QStringList approvedStates;  // the others are refusals
    QString decidedField;        // when it was decided (the domain's date and the order)
    QStringList requestedFields; // the first one set is the request time
};

bool needsFieldCheck(const QString &model)
{
    return model == QLatin1String("approval.request") || model == QLatin1String("tier.review");
}

std::optional<HistoryPlan> planFor(const QString &model, int major, const QStringList &fields)
{
    const QString createDate = QStringLiteral("create_date");
    if (model == QLatin1String("purchase.order")) {
        // An approved (confirmed) order carries date_approve. 17 and 18 also have 'done' (locked);
        // 19 has no 'done' state (locking is a separate flag). Refused orders are cancelled, and a
        // cancelled order keeps no decision date: they are left out.
        const QStringList states = major >= 19
                                       ? QStringList{QStringLiteral("purchase")}
                                       : QStringList{QStringLiteral("purchase"), QStringLiteral("done")};
        return HistoryPlan{
            QStringLiteral("state"), states, states, QStringLiteral("date_approve"), {createDate}};
    }
    if (model == QLatin1String("hr.expense.sheet")) {
        // 17/18: approval_state submit/approve/cancel (cancel = refused) and approval_date. Odoo
        // sets approval_date when approving; a refused report without it falls outside the domain.
        return HistoryPlan{QStringLiteral("approval_state"),
                           {QStringLiteral("approve"), QStringLiteral("cancel")},
                           {QStringLiteral("approve")},
                           QStringLiteral("approval_date"),
                           {createDate}};
    }
    if (model == QLatin1String("hr.expense")) {
        // Expenses are decided one by one from 19 on (approval_state submitted/approved/refused and
        // approval_date); on 17/18 they are decided in reports and carry no decision date.
        if (major < 19)
            return std::nullopt;
        return HistoryPlan{QStringLiteral("approval_state"),
                           {QStringLiteral("approved"), QStringLiteral("refused")},
                           {QStringLiteral("approved")},
                           QStringLiteral("approval_date"),
                           {createDate}};
    }
    if (model == QLatin1String("hr.leave")) {
        // hr.leave has no decision date field on any version: write_date approximates it (a later
        // edit of a decided request moves it). 'validate1' is only the first of two approvals.
        // Requests an employee cancelled (17: archived; 18/19: state 'cancel') are not decisions.
        return HistoryPlan{QStringLiteral("state"),
                           {QStringLiteral("validate"), QStringLiteral("refuse")},
                           {QStringLiteral("validate")},
                           QStringLiteral("write_date"),
                           {createDate}};
    }
    if (model == QLatin1String("approval.request")) {
        // No decision date either: write_date approximates it. The request time is date_confirmed
        // (when it was submitted) where the server has it, else create_date.
        QStringList requested{createDate};
        if (fields.contains(QLatin1String("date_confirmed")))
            requested.prepend(QStringLiteral("date_confirmed"));
        return HistoryPlan{QStringLiteral("request_status"),
                           {QStringLiteral("approved"), QStringLiteral("refused")},
                           {QStringLiteral("approved")},
                           QStringLiteral("write_date"),
                           requested};
    }
    if (model == QLatin1String("tier.review")) {
        // OCA base_tier_validation: reviewed_date is the decision; a review is created when the
        // validation is requested, so create_date is the request time.
        const bool reviewed = fields.contains(QLatin1String("reviewed_date"));
        return HistoryPlan{QStringLiteral("status"),
                           {QStringLiteral("approved"), QStringLiteral("rejected")},
                           {QStringLiteral("approved")},
                           reviewed ? QStringLiteral("reviewed_date") : QStringLiteral("write_date"),
                           {createDate}};
    }
    return std::nullopt;
}

} // namespace

ApprovalHistoryReader::ApprovalHistoryReader(OdooConnection *connection, int odooMajor, QStringList models,
                                             QDateTime since, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_major(odooMajor)
    , m_pending(std::move(models))
    , m_since(since.toUTC())
{
    m_pending.removeDuplicates();
}

void ApprovalHistoryReader::start()
{
    if (m_started)
        return;
    m_started = true;
    if (!m_connection || m_connection->state() != OdooConnection::State::Connected) {
        for (const QString &model : std::as_const(m_pending))
            m_problems.insert(model, tr("not connected to Odoo"));
        m_pending.clear();
    }
    // Reports after start() returns, even when there is nothing to read.
    QTimer::singleShot(0, this, &ApprovalHistoryReader::readNext);
}

void ApprovalHistoryReader::readNext()
{
    if (m_pending.isEmpty()) {
        finish();
        return;
    }
    const QString model = m_pending.takeFirst();
    if (!m_connection) {
        skip(model, tr("not connected to Odoo"));
        return;
    }
    if (!needsFieldCheck(model)) {
        read(model, {});
        return;
    }
    OdooCall *call = m_connection->call(model, QStringLiteral("fields_get"), {},
                                        {{QStringLiteral("attributes"), QJsonArray{QStringLiteral("type")}}});
    connect(call, &OdooCall::succeeded, this,
            [this, model](const QJsonValue &result) { read(model, result.toObject().keys()); });
    connect(call, &OdooCall::failed, this,
            [this, model](const OdooError &error) { skipAfterError(model, error); });
}

void ApprovalHistoryReader::read(const QString &model, const QStringList &knownFields)
{
    const std::optional<HistoryPlan> plan = planFor(model, m_major, knownFields);
    if (!plan || !m_connection) {
        skip(model, plan ? tr("not connected to Odoo")
                         : tr("Odoo %1 keeps no decision date for %2").arg(m_major).arg(model));
        return;
    }
    const QString since = OdooValues::dateTimeText(m_since);
    const QJsonArray domain{
        QJsonArray{plan->stateField, QStringLiteral("in"), QJsonArray::fromStringList(plan->decidedStates)},
        QJsonArray{plan->decidedField, QStringLiteral(">="), since}};
    QStringList fields{plan->stateField, plan->decidedField};
    for (const QString &field : plan->requestedFields) {
        if (!fields.contains(field))
            fields.append(field);
    }
    // The newest first, so that a history longer than RowLimit loses its oldest days only.
    OdooCall *call =
        m_connection->call(model, QStringLiteral("search_read"), QJsonArray{domain},
                           {{QStringLiteral("fields"), QJsonArray::fromStringList(fields)},
                            {QStringLiteral("order"), plan->decidedField + QStringLiteral(" desc")},
                            {QStringLiteral("limit"), RowLimit}});
    connect(call, &OdooCall::succeeded, this, [this, model, plan = *plan](const QJsonValue &result) {
        for (const QJsonValue &value : result.toArray()) {
            const QJsonObject row = value.toObject();
            DecidedApproval decided;
            decided.model = model;
            decided.itemId = QStringLiteral("%1:%2").arg(model).arg(row.value(QLatin1String("id")).toInt());
            decided.decidedAt = OdooValues::parseDateTime(row.value(plan.decidedField));
            if (!decided.decidedAt.isValid())
                continue;
            for (const QString &field : plan.requestedFields) {
                decided.requestedAt = OdooValues::parseDateTime(row.value(field));
                if (decided.requestedAt.isValid())
                    break;
            }
            decided.approved = plan.approvedStates.contains(row.value(plan.stateField).toString());
            m_approvals.append(decided);
        }
        readNext();
    });
    connect(call, &OdooCall::failed, this,
            [this, model](const OdooError &error) { skipAfterError(model, error); });
}

void ApprovalHistoryReader::skip(const QString &model, const QString &reason)
{
    m_problems.insert(model, reason);
    readNext();
}

void ApprovalHistoryReader::skipAfterError(const QString &model, const OdooError &error)
{
    if (error.kind() == OdooError::Kind::Access)
        skip(model, tr("your user may not read %1").arg(model));
    else if (error.isUnknownModel())
        skip(model, tr("%1 is not installed on this server").arg(model));
    else
        skip(model, tr("%1 could not be read: %2").arg(model, error.userMessage()));
}

void ApprovalHistoryReader::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished();
}
