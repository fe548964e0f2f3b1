#include "simbusiness.h"

#include "simcatalog.h"
#include "simdatabase.h"
#include "simorm.h"

#include <QJsonArray>

namespace {

SimCallResult denied(const SimOrm &orm, const SimCaller &caller, const QString &model)
{
    return SimCallResult::fail(*orm.checkAccess(caller, model, SimAccess::Operation::Write));
}

} // namespace

SimBusiness::SimBusiness(SimDatabase *database, SimOrm *orm)
    : m_database(database)
    , m_orm(orm)
{}

double SimBusiness::purchaseApprovalThreshold() const
{
    const QJsonValue amount =
        m_database->rawValue(QStringLiteral("res.company"), 1, QStringLiteral("po_double_validation_amount"));
    return amount.toDouble() > 0 ? amount.toDouble() : 500.0;
}

QString SimBusiness::state(const QString &model, int id, const QString &field) const
{
    return m_database->rawValue(model, id, field).toString();
}

void SimBusiness::set(const SimCaller &caller, const QString &model, const QList<int> &ids,
                      const QJsonObject &values)
{
    m_database->update(model, ids, values, caller.uid);
}

QJsonObject SimBusiness::windowAction(const QString &model, const QJsonObject &context) const
{
    return {{QStringLiteral("type"), QStringLiteral("ir.actions.act_window")},
            {QStringLiteral("res_model"), model},
            {QStringLiteral("view_mode"), QStringLiteral("form")},
            {QStringLiteral("views"), QJsonArray{QJsonArray{false, QStringLiteral("form")}}},
            {QStringLiteral("target"), QStringLiteral("new")},
            {QStringLiteral("context"), context}};
}

std::optional<SimCallResult> SimBusiness::call(const SimCaller &caller, const QString &model,
                                               const QString &method, const QJsonObject &arguments)
{
    const QList<int> ids = SimOrm::idsOf(arguments.value(QLatin1String("ids")));
    const auto is = [&](const char *name) { return method == QLatin1String(name); };
    const bool tierMethod = is("validate_tier") || is("reject_tier") || is("request_validation");
    if (tierMethod && m_database->schema().model(QStringLiteral("tier.review"))) {
        const QJsonObject context = arguments.value(QLatin1String("context")).toObject();
        return tier(caller, model, method, ids, context.value(QLatin1String("comment")).toString());
    }
    if (model == QLatin1String("purchase.order") &&
        (is("button_confirm") || is("button_approve") || is("button_cancel") || is("button_draft")))
        return purchase(caller, method, ids);
    if (model == QLatin1String("hr.expense.sheet") &&
        (is("action_submit_sheet") || is("action_approve_expense_sheets") ||
         is("action_refuse_expense_sheets")))
        return expenseSheet(caller, method, ids);
    if (model == QLatin1String("hr.expense") && m_database->flavor() >= 19 &&
        (is("action_approve") || is("action_refuse")))
        return expense19(caller, method, ids);
    if (model == QLatin1String("hr.expense.refuse.wizard") && is("action_refuse"))
        return refuseWizard(caller, ids);
    if (model == QLatin1String("hr.leave") &&
        (is("action_approve") || is("action_refuse") || (is("action_validate") && m_database->flavor() < 19)))
        return leave(caller, method, ids, arguments);
    if (model == QLatin1String("approval.request") && (is("action_approve") || is("action_refuse")))
        return approvalRequest(caller, method, ids);
    if (model == QLatin1String("comment.wizard") && is("add_comment"))
        return commentWizard(caller, ids);
    if (model == QLatin1String("stock.quant") &&
        (is("action_apply_inventory") || is("action_clear_inventory_quantity")))
        return quant(caller, method, ids);
    if (model == QLatin1String("stock.inventory.conflict") &&
        (is("action_keep_counted_quantity") || is("action_keep_difference")))
        return inventoryConflict(caller, method, ids);
    if (is("activity_schedule") && m_database->schema().model(model) &&
        m_database->schema().model(model)->field(QStringLiteral("activity_ids")))
        return activitySchedule(caller, model, ids, arguments);
    if (model == QLatin1String("mail.activity") && (is("action_feedback") || is("action_done")))
        return activity(caller, method, ids, arguments);
    if (model == QLatin1String("ir.cron") && is("method_direct_trigger"))
        return cron(caller, ids);
    if (model == QLatin1String("queue.job") && (is("requeue") || is("button_done"))) {
        if (!caller.hasRole(QStringLiteral("system")))
            return denied(*m_orm, caller, model);
        set(caller, model, ids,
            is("requeue")
                ? QJsonObject{{QStringLiteral("state"), QStringLiteral("pending")},
                              {QStringLiteral("exc_info"), false},
                              {QStringLiteral("exc_message"), false}}
                : QJsonObject{{QStringLiteral("state"), QStringLiteral("done")},
                              {QStringLiteral("date_done"), SimDatabase::formatDateTime(m_database->now())}});
        return SimCallResult::ok(true);
    }
    if (model == QLatin1String("mail.mail") && (is("mark_outgoing") || is("action_retry") || is("cancel"))) {
        if (!caller.hasRole(QStringLiteral("system")))
            return denied(*m_orm, caller, model);
        QList<int> affected = ids;
        if (is("action_retry"))
            affected.removeIf([this](int id) {
                return state(QStringLiteral("mail.mail"), id) != QLatin1String("exception");
            });
        set(caller, model, affected,
            {{QStringLiteral("state"),
              is("cancel") ? QStringLiteral("cancel") : QStringLiteral("outgoing")}});
        return is("action_retry") ? SimCallResult::none() : SimCallResult::ok(true);
    }
    return std::nullopt;
}

SimCallResult SimBusiness::purchase(const SimCaller &caller, const QString &method, const QList<int> &ids)
{
    const QString model = QStringLiteral("purchase.order");
    if (!caller.hasRole(QStringLiteral("purchase_user")) &&
        !caller.hasRole(QStringLiteral("purchase_manager")))
        return SimCallResult::fail(*m_orm->checkAccess(caller, model, SimAccess::Operation::Read));
    const bool manager = caller.hasRole(QStringLiteral("purchase_manager"));
    const QString now = SimDatabase::formatDateTime(m_database->now());
    if (method == QLatin1String("button_confirm")) {
        for (const int id : ids) {
            const QString current = state(model, id);
            if (current != QLatin1String("draft") && current != QLatin1String("sent"))
                continue;
            const double amount = m_database->rawValue(model, id, QStringLiteral("amount_total")).toDouble();
            const bool needsApproval = !manager && amount > purchaseApprovalThreshold();
            set(caller, model, {id},
                needsApproval ? QJsonObject{{QStringLiteral("state"), QStringLiteral("to approve")}}
                              : QJsonObject{{QStringLiteral("state"), QStringLiteral("purchase")},
                                            {QStringLiteral("date_approve"), now}});
        }
        return SimCallResult::ok(true);
    }
    if (method == QLatin1String("button_approve")) {
        // Real Odoo returns {} and silently does nothing for a user without the approval right.
        if (manager) {
            for (const int id : ids) {
                if (state(model, id) == QLatin1String("to approve"))
                    set(caller, model, {id},
                        {{QStringLiteral("state"), QStringLiteral("purchase")},
                         {QStringLiteral("date_approve"), now}});
            }
        }
        return SimCallResult::ok(QJsonObject());
    }
    if (method == QLatin1String("button_cancel")) {
        set(caller, model, ids, {{QStringLiteral("state"), QStringLiteral("cancel")}});
        return SimCallResult::none();
    }
    set(caller, model, ids, {{QStringLiteral("state"), QStringLiteral("draft")}});
    return SimCallResult::none();
}

SimCallResult SimBusiness::expenseSheet(const SimCaller &caller, const QString &method, const QList<int> &ids)
{
    const QString model = QStringLiteral("hr.expense.sheet");
    if (method == QLatin1String("action_submit_sheet")) {
        set(caller, model, ids,
            {{QStringLiteral("state"), QStringLiteral("submit")},
             {QStringLiteral("approval_state"), QStringLiteral("submit")}});
        return SimCallResult::none();
    }
    if (!caller.hasRole(QStringLiteral("expense_manager"))) {
        return SimCallResult::fail(SimError::accessError(
            QStringLiteral(
                "Uh-oh! Looks like you have stumbled upon some top-secret records.\n\nSorry, %1 (id=%2) "
                "doesn't have 'read' access to:\n- Expense Report (hr.expense.sheet)")
                .arg(m_database->rawValue(QStringLiteral("res.users"), caller.uid, QStringLiteral("login"))
                         .toString())
                .arg(caller.uid)));
    }
    if (method == QLatin1String("action_approve_expense_sheets")) {
        set(caller, model, ids,
            {{QStringLiteral("state"), QStringLiteral("approve")},
             {QStringLiteral("approval_state"), QStringLiteral("approve")}});
        return SimCallResult::none();
    }
    QJsonArray active;
    for (const int id : ids)
        active.append(id);
    return SimCallResult::ok(windowAction(
        QStringLiteral("hr.expense.refuse.wizard"),
        {{QStringLiteral("active_ids"), active}, {QStringLiteral("default_sheet_ids"), active}}));
}

SimCallResult SimBusiness::expense19(const SimCaller &caller, const QString &method, const QList<int> &ids)
{
    const QString model = QStringLiteral("hr.expense");
    if (!caller.hasRole(QStringLiteral("expense_manager"))) {
        return SimCallResult::fail(SimError::accessError(
            QStringLiteral(
                "Uh-oh! Looks like you have stumbled upon some top-secret records.\n\nSorry, %1 (id=%2) "
                "doesn't have 'read' access to:\n- Expense (hr.expense)")
                .arg(m_database->rawValue(QStringLiteral("res.users"), caller.uid, QStringLiteral("login"))
                         .toString())
                .arg(caller.uid)));
    }
    if (method == QLatin1String("action_approve")) {
        set(caller, model, ids,
            {{QStringLiteral("approval_state"), QStringLiteral("approved")},
             {QStringLiteral("state"), QStringLiteral("approved")}});
        return SimCallResult::none();
    }
    QJsonArray active;
    for (const int id : ids)
        active.append(id);
    return SimCallResult::ok(windowAction(QStringLiteral("hr.expense.refuse.wizard"),
                                          {{QStringLiteral("active_ids"), active},
                                           {QStringLiteral("default_expense_ids"), active},
                                           {QStringLiteral("dialog_size"), QStringLiteral("medium")}}));
}

SimCallResult SimBusiness::refuseWizard(const SimCaller &caller, const QList<int> &ids)
{
    const QString wizardModel = QStringLiteral("hr.expense.refuse.wizard");
    for (const int wizard : ids) {
        const QString reason = m_database->rawValue(wizardModel, wizard, QStringLiteral("reason")).toString();
        const bool sheets = m_database->flavor() < 19;
        const QString target = sheets ? QStringLiteral("hr.expense.sheet") : QStringLiteral("hr.expense");
        const QList<int> targets = SimOrm::idsOf(m_database->rawValue(
            wizardModel, wizard, sheets ? QStringLiteral("sheet_ids") : QStringLiteral("expense_ids")));
        for (const int id : targets) {
            set(caller, target, {id},
                sheets ? QJsonObject{{QStringLiteral("state"), QStringLiteral("cancel")},
                                     {QStringLiteral("approval_state"), QStringLiteral("cancel")}}
                       : QJsonObject{{QStringLiteral("approval_state"), QStringLiteral("refused")},
                                     {QStringLiteral("state"), QStringLiteral("refused")}});
            m_orm->postMessage(caller, target, id,
                               QStringLiteral("Your %1 %2 has been refused. Reason: %3")
                                   .arg(sheets ? QStringLiteral("Expense Report") : QStringLiteral("Expense"),
                                        m_database->displayName(target, id), reason),
                               QStringLiteral("notification"));
        }
    }
    return SimCallResult::ok(
        QJsonObject{{QStringLiteral("type"), QStringLiteral("ir.actions.act_window_close")}});
}

SimCallResult SimBusiness::leave(const SimCaller &caller, const QString &method, const QList<int> &ids,
                                 const QJsonObject &arguments)
{
    const QString model = QStringLiteral("hr.leave");
    if (!caller.hasRole(QStringLiteral("leave_manager"))) {
        return SimCallResult::fail(SimError::accessError(
            QStringLiteral(
                "Uh-oh! Looks like you have stumbled upon some top-secret records.\n\nSorry, %1 (id=%2) "
                "doesn't have 'read' access to:\n- Time Off (hr.leave)")
                .arg(m_database->rawValue(QStringLiteral("res.users"), caller.uid, QStringLiteral("login"))
                         .toString())
                .arg(caller.uid)));
    }
    if (method == QLatin1String("action_validate") && m_database->flavor() == 17 &&
        arguments.contains(QLatin1String("check_state")))
        return SimCallResult::fail(SimError::typeError(QStringLiteral(
            "HolidaysRequest.action_validate() got an unexpected keyword argument 'check_state'")));
    for (const int id : ids) {
        const QString current = state(model, id);
        const int type = m_database->rawValue(model, id, QStringLiteral("holiday_status_id")).toInt();
        const bool twoSteps =
            m_database
                ->rawValue(QStringLiteral("hr.leave.type"), type, QStringLiteral("leave_validation_type"))
                .toString() == QLatin1String("both");
        if (method == QLatin1String("action_refuse")) {
            if (current == QLatin1String("refuse") || current == QLatin1String("cancel"))
                return SimCallResult::fail(SimError::userError(QStringLiteral(
                    "Time off request must be confirmed or validated in order to refuse it.")));
            set(caller, model, {id}, {{QStringLiteral("state"), QStringLiteral("refuse")}});
            continue;
        }
        if (method == QLatin1String("action_approve")) {
            if (current != QLatin1String("confirm") &&
                !(m_database->flavor() >= 19 && current == QLatin1String("validate1")))
                return SimCallResult::fail(SimError::userError(QStringLiteral(
                    "Time off request must be confirmed (\"To Approve\") in order to approve it.")));
            // 19: an officer validates both levels at once; 17/18 stop at the first level.
            const bool checkState = arguments.value(QLatin1String("check_state")).toBool(true);
            const bool firstLevelOnly =
                twoSteps && (m_database->flavor() < 19 || !checkState) && current == QLatin1String("confirm");
            set(caller, model, {id},
                firstLevelOnly ? QJsonObject{{QStringLiteral("state"), QStringLiteral("validate1")},
                                             {QStringLiteral("first_approver_id"), caller.uid}}
                               : QJsonObject{{QStringLiteral("state"), QStringLiteral("validate")},
                                             {QStringLiteral("second_approver_id"), caller.uid}});
            continue;
        }
        set(caller, model, {id},
            {{QStringLiteral("state"), QStringLiteral("validate")},
             {QStringLiteral("second_approver_id"), caller.uid}});
    }
    return SimCallResult::ok(true);
}

SimCallResult SimBusiness::approvalRequest(const SimCaller &caller, const QString &method,
                                           const QList<int> &ids)
{
    const QString model = QStringLiteral("approval.request");
    const QString approverModel = QStringLiteral("approval.approver");
    for (const int id : ids) {
        const QList<int> approvers = m_database->children(model, id, QStringLiteral("approver_ids"));
        int mine = 0;
        for (const int approver : approvers) {
            if (m_database->rawValue(approverModel, approver, QStringLiteral("user_id")).toInt() ==
                caller.uid)
                mine = approver;
        }
        if (mine == 0 && !caller.hasRole(QStringLiteral("system")))
            return SimCallResult::fail(
                SimError::userError(QStringLiteral("You are not an approver of this request.")));
        // Approvers decide in sequence: an earlier required approver who is still pending blocks later ones.
        const int mySequence = m_database->rawValue(approverModel, mine, QStringLiteral("sequence")).toInt();
        for (const int approver : approvers) {
            const bool earlier =
                m_database->rawValue(approverModel, approver, QStringLiteral("sequence")).toInt() <
                mySequence;
            const QString status = state(approverModel, approver, QStringLiteral("status"));
            if (earlier && (status == QLatin1String("new") || status == QLatin1String("pending") ||
                            status == QLatin1String("waiting")))
                return SimCallResult::fail(
                    SimError::userError(QStringLiteral("An earlier approver has not decided yet.")));
        }
        const bool approve = method == QLatin1String("action_approve");
        if (mine > 0)
            set(caller, approverModel, {mine},
                {{QStringLiteral("status"),
                  approve ? QStringLiteral("approved") : QStringLiteral("refused")}});
        // The next approver in sequence who was waiting now has the request to decide.
        int next = 0;
        for (const int approver : approvers) {
            const int sequence =
                m_database->rawValue(approverModel, approver, QStringLiteral("sequence")).toInt();
            if (approve && mine > 0 && sequence > mySequence &&
                state(approverModel, approver, QStringLiteral("status")) == QLatin1String("waiting") &&
                (next == 0 ||
                 sequence < m_database->rawValue(approverModel, next, QStringLiteral("sequence")).toInt()))
                next = approver;
        }
        if (next > 0)
            set(caller, approverModel, {next}, {{QStringLiteral("status"), QStringLiteral("pending")}});
        bool allApproved = true;
        for (const int approver : approvers)
            allApproved = allApproved && state(approverModel, approver, QStringLiteral("status")) ==
                                             QLatin1String("approved");
        if (!approve)
            set(caller, model, {id}, {{QStringLiteral("request_status"), QStringLiteral("refused")}});
        else if (allApproved || mine == 0)
            set(caller, model, {id}, {{QStringLiteral("request_status"), QStringLiteral("approved")}});
    }
    return SimCallResult::ok(true);
}

SimCallResult SimBusiness::tier(const SimCaller &caller, const QString &model, const QString &method,
                                const QList<int> &ids, const QString &comment)
{
    const QString reviewModel = QStringLiteral("tier.review");
    const bool validate = method == QLatin1String("validate_tier");
    QJsonArray reviewsNeedingComment;
    QList<int> reviewsToDecide;
    for (const int review : m_database->allIds(reviewModel)) {
        if (m_database->rawValue(reviewModel, review, QStringLiteral("model")).toString() != model ||
            !ids.contains(m_database->rawValue(reviewModel, review, QStringLiteral("res_id")).toInt()) ||
            state(reviewModel, review, QStringLiteral("status")) != QLatin1String("pending") ||
            (m_database->rawValue(reviewModel, review, QStringLiteral("reviewer_id")).toInt() != caller.uid &&
             !caller.hasRole(QStringLiteral("system"))))
            continue;
        if (m_database->rawValue(reviewModel, review, QStringLiteral("has_comment")).toBool() &&
            comment.isEmpty())
            reviewsNeedingComment.append(review);
        else
            reviewsToDecide.append(review);
    }
    if (!reviewsNeedingComment.isEmpty()) {
        return SimCallResult::ok(
            windowAction(QStringLiteral("comment.wizard"),
                         {{QStringLiteral("default_res_id"), ids.value(0)},
                          {QStringLiteral("default_res_model"), model},
                          {QStringLiteral("default_review_ids"), reviewsNeedingComment},
                          {QStringLiteral("default_validate_reject"),
                           validate ? QStringLiteral("validate") : QStringLiteral("reject")}}));
    }
    if (reviewsToDecide.isEmpty())
        return SimCallResult::fail(
            SimError::validationError(QStringLiteral("You are not allowed to review this document.")));
    QJsonObject values{
        {QStringLiteral("status"), validate ? QStringLiteral("approved") : QStringLiteral("rejected")},
        {QStringLiteral("done_by"), caller.uid},
        {QStringLiteral("reviewed_date"), SimDatabase::formatDateTime(m_database->now())}};
    if (!comment.isEmpty())
        values.insert(QStringLiteral("comment"), comment);
    set(caller, reviewModel, reviewsToDecide, values);
    return SimCallResult::ok(true);
}

SimCallResult SimBusiness::commentWizard(const SimCaller &caller, const QList<int> &ids)
{
    const QString wizardModel = QStringLiteral("comment.wizard");
    for (const int wizard : ids) {
        const QString comment =
            m_database->rawValue(wizardModel, wizard, QStringLiteral("comment")).toString();
        const bool validate =
            m_database->rawValue(wizardModel, wizard, QStringLiteral("validate_reject")).toString() ==
            QLatin1String("validate");
        const QList<int> reviews =
            SimOrm::idsOf(m_database->rawValue(wizardModel, wizard, QStringLiteral("review_ids")));
        set(caller, QStringLiteral("tier.review"), reviews,
            {{QStringLiteral("status"), validate ? QStringLiteral("approved") : QStringLiteral("rejected")},
             {QStringLiteral("comment"), comment},
             {QStringLiteral("done_by"), caller.uid},
             {QStringLiteral("reviewed_date"), SimDatabase::formatDateTime(m_database->now())}});
    }
    return SimCallResult::ok(true);
}

SimCallResult SimBusiness::quant(const SimCaller &caller, const QString &method, const QList<int> &ids)
{
    const QString model = QStringLiteral("stock.quant");
    if (!caller.hasRole(QStringLiteral("stock_user")) && !caller.hasRole(QStringLiteral("stock_manager")))
        return denied(*m_orm, caller, model);
    if (method == QLatin1String("action_clear_inventory_quantity")) {
        set(caller, model, ids,
            {{QStringLiteral("inventory_quantity"), 0.0},
             {QStringLiteral("inventory_quantity_set"), false},
             {QStringLiteral("inventory_diff_quantity"), 0.0}});
        return SimCallResult::none();
    }
    if (m_database->flavor() == 17 && !caller.hasRole(QStringLiteral("stock_manager")))
        return SimCallResult::fail(SimError::userError(
            QStringLiteral("Only a stock manager can validate an inventory adjustment.")));
    // A quant that moved after it was counted asks which quantity to keep; nothing is applied.
    QJsonArray outdated;
    for (const int id : ids) {
        if (m_database->rawValue(model, id, QStringLiteral("inventory_quantity_set")).toBool() &&
            m_database->rawValue(model, id, QStringLiteral("is_outdated")).toBool())
            outdated.append(id);
    }
    if (!outdated.isEmpty() && m_database->schema().model(QStringLiteral("stock.inventory.conflict"))) {
        QJsonArray all;
        for (const int id : ids)
            all.append(id);
        return SimCallResult::ok(windowAction(QStringLiteral("stock.inventory.conflict"),
                                              {{QStringLiteral("default_quant_ids"), all},
                                               {QStringLiteral("default_quant_to_fix_ids"), outdated}}));
    }
    for (const int id : ids) {
        const bool counted =
            m_database->rawValue(model, id, QStringLiteral("inventory_quantity_set")).toBool();
        // 19 applies an unset count as 0 (measured: stock 34 -> 0); 17/18 leave it alone.
        if (!counted && m_database->flavor() < 19)
            continue;
        const double counting =
            counted ? m_database->rawValue(model, id, QStringLiteral("inventory_quantity")).toDouble() : 0.0;
        set(caller, model, {id},
            {{QStringLiteral("quantity"), counting},
             {QStringLiteral("inventory_quantity"), 0.0},
             {QStringLiteral("inventory_quantity_set"), false},
             {QStringLiteral("inventory_diff_quantity"), 0.0},
             {QStringLiteral("is_outdated"), false}});
    }
    return SimCallResult::none();
}

SimCallResult SimBusiness::inventoryConflict(const SimCaller &caller, const QString &method,
                                             const QList<int> &ids)
{
    const QString wizardModel = QStringLiteral("stock.inventory.conflict");
    const QString model = QStringLiteral("stock.quant");
    if (const auto denied = m_orm->checkAccess(caller, wizardModel, SimAccess::Operation::Write))
        return SimCallResult::fail(*denied);
    const bool keepCounted = method == QLatin1String("action_keep_counted_quantity");
    for (const int wizard : ids) {
        for (const int id :
             SimOrm::idsOf(m_database->rawValue(wizardModel, wizard, QStringLiteral("quant_ids")))) {
            if (!m_database->rawValue(model, id, QStringLiteral("inventory_quantity_set")).toBool())
                continue;
            // Keep the counted quantity, or keep the difference counted on top of today's stock.
            const double quantity =
                keepCounted ? m_database->rawValue(model, id, QStringLiteral("inventory_quantity")).toDouble()
                            : m_database->rawValue(model, id, QStringLiteral("quantity")).toDouble() +
                                  m_database->rawValue(model, id, QStringLiteral("inventory_diff_quantity"))
                                      .toDouble();
            set(caller, model, {id},
                {{QStringLiteral("quantity"), quantity},
                 {QStringLiteral("inventory_quantity"), 0.0},
                 {QStringLiteral("inventory_quantity_set"), false},
                 {QStringLiteral("inventory_diff_quantity"), 0.0},
                 {QStringLiteral("is_outdated"), false}});
        }
    }
    return SimCallResult::none();
}

SimCallResult SimBusiness::activity(const SimCaller &caller, const QString &method, const QList<int> &ids,
                                    const QJsonObject &arguments)
{
    const QString model = QStringLiteral("mail.activity");
    int lastMessage = 0;
    for (const int id : ids) {
        if (!m_database->exists(model, id))
            return SimCallResult::fail(
                SimError::missingError(QStringLiteral("Record does not exist or has been deleted.")));
        const QString resModel = m_database->rawValue(model, id, QStringLiteral("res_model")).toString();
        const int resId = m_database->rawValue(model, id, QStringLiteral("res_id")).toInt();
        QString body = QStringLiteral("%1 done: %2")
                           .arg(m_database->readValue(model, id, QStringLiteral("activity_type_id"))
                                    .toArray()
                                    .at(1)
                                    .toString(QStringLiteral("To-Do")),
                                m_database->rawValue(model, id, QStringLiteral("summary")).toString());
        if (method == QLatin1String("action_feedback"))
            body += QLatin1Char(' ') + arguments.value(QLatin1String("feedback")).toString();
        lastMessage = m_orm->postMessage(caller, resModel, resId, body, QStringLiteral("notification"));
        if (m_database->flavor() >= 19)
            set(caller, model, {id}, {{QStringLiteral("active"), false}});
        else
            m_database->remove(model, {id});
    }
    return SimCallResult::ok(lastMessage);
}

int SimBusiness::activityType(const QString &xmlId)
{
    // The activity types every database has, by XML id; an unknown one falls back to To-Do.
    const QString name = xmlId == QLatin1String("mail.mail_activity_data_warning")
                             ? QStringLiteral("Exception")
                         : xmlId == QLatin1String("mail.mail_activity_data_call") ? QStringLiteral("Call")
                                                                                  : QStringLiteral("To-Do");
    const QString model = QStringLiteral("mail.activity.type");
    for (const int id : m_database->allIds(model)) {
        if (m_database->rawValue(model, id, QStringLiteral("name")).toString() == name)
            return id;
    }
    return m_database->insert(model,
                              {{QStringLiteral("name"), name},
                               {QStringLiteral("category"), QStringLiteral("default")},
                               {QStringLiteral("delay_count"), 0},
                               {QStringLiteral("delay_unit"), QStringLiteral("days")}},
                              1);
}

SimCallResult SimBusiness::activitySchedule(const SimCaller &caller, const QString &model,
                                            const QList<int> &ids, const QJsonObject &arguments)
{
    const QString activityModel = QStringLiteral("mail.activity");
    if (const auto denied = m_orm->checkAccess(caller, activityModel, SimAccess::Operation::Create))
        return SimCallResult::fail(*denied);
    int modelId = 0;
    for (const int id : m_database->allIds(QStringLiteral("ir.model"))) {
        if (m_database->rawValue(QStringLiteral("ir.model"), id, QStringLiteral("model")).toString() == model)
            modelId = id;
    }
    const int type = activityType(arguments.value(QLatin1String("act_type_xmlid")).toString());
    const QJsonValue user = arguments.value(QLatin1String("user_id"));
    const QJsonValue deadline = arguments.value(QLatin1String("date_deadline"));
    QStringList created;
    QJsonArray createdIds;
    for (const int id : ids) {
        if (!m_database->exists(model, id))
            return SimCallResult::fail(
                SimError::missingError(QStringLiteral("Record does not exist or has been deleted.")));
        QJsonObject values{
            {QStringLiteral("res_model"), model},
            {QStringLiteral("res_id"), id},
            {QStringLiteral("activity_type_id"), type},
            {QStringLiteral("summary"), arguments.value(QLatin1String("summary")).toString()},
            {QStringLiteral("note"), arguments.value(QLatin1String("note")).toString()},
            {QStringLiteral("user_id"), user.isUndefined() ? QJsonValue(caller.uid) : user},
            {QStringLiteral("date_deadline"),
             deadline.isString() ? deadline : QJsonValue(SimDatabase::formatDate(m_database->now().date()))}};
        if (modelId > 0)
            values.insert(QStringLiteral("res_model_id"), modelId);
        SimError error;
        const int activity = m_database->insert(activityModel, values, caller.uid, &error);
        if (activity == 0)
            return SimCallResult::fail(error);
        created.append(QString::number(activity));
        createdIds.append(activity);
    }
    // 17/18 return the recordset's repr ("mail.activity(56,)"), 19 a list of ids.
    if (m_database->flavor() >= 19)
        return SimCallResult::ok(createdIds);
    return SimCallResult::ok(
        QStringLiteral("mail.activity(%1%2)")
            .arg(created.join(QStringLiteral(", ")), created.size() == 1 ? QStringLiteral(",") : QString()));
}

SimCallResult SimBusiness::cron(const SimCaller &caller, const QList<int> &ids)
{
    const QString model = QStringLiteral("ir.cron");
    if (!caller.hasRole(QStringLiteral("system")))
        return denied(*m_orm, caller, model);
    if (ids.size() > 1 && m_database->flavor() >= 18)
        return SimCallResult::fail(SimError::valueError(
            QStringLiteral("Expected singleton: ir.cron(%1, %2)").arg(ids.at(0)).arg(ids.at(1))));
    const QString now = SimDatabase::formatDateTime(m_database->now());
    for (const int id : ids) {
        const QString failure = cronFailure(id);
        if (failure.isEmpty())
            continue;
        // 17/18 raise the job's exception and record nothing.
        const qsizetype colon = failure.indexOf(QLatin1String(": "));
        QString name = failure.left(colon);
        if (!name.contains(QLatin1Char('.')))
            name.prepend(QLatin1String("builtins."));
        if (m_database->flavor() < 19)
            return SimCallResult::fail({name, failure.mid(colon + 2),
                                        name == QLatin1String("odoo.exceptions.UserError") ? 422 : 500});
        // 19 catches it, counts the failure and returns a display_exception client action.
        QJsonObject values{{QStringLiteral("lastcall"), now},
                           {QStringLiteral("failure_count"),
                            m_database->rawValue(model, id, QStringLiteral("failure_count")).toInt() + 1}};
        if (m_database->rawValue(model, id, QStringLiteral("first_failure_date")).toString().isEmpty())
            values.insert(QStringLiteral("first_failure_date"), now);
        set(caller, model, {id}, values);
        const QString debug =
            QStringLiteral("Traceback (most recent call last):\n  File \"/opt/odoo/odoo/addons/base/models/"
                           "ir_cron.py\", line 190, in method_direct_trigger\n    cron._callback()\n%1\n")
                .arg(failure);
        return SimCallResult::ok(QJsonObject{
            {QStringLiteral("type"), QStringLiteral("ir.actions.client")},
            {QStringLiteral("tag"), QStringLiteral("display_exception")},
            {QStringLiteral("params"),
             QJsonObject{{QStringLiteral("code"), 0},
                         {QStringLiteral("message"), QStringLiteral("Odoo Server Error")},
                         {QStringLiteral("data"),
                          QJsonObject{{QStringLiteral("name"), QStringLiteral("builtins.RuntimeError")},
                                      {QStringLiteral("message"), QString()},
                                      {QStringLiteral("arguments"), QJsonArray()},
                                      {QStringLiteral("context"), QJsonObject()},
                                      {QStringLiteral("debug"), debug}}}}}});
    }
    QJsonObject values{{QStringLiteral("lastcall"), now}};
    // 19 clears the failure counters after a good run; 18 only moves them when the scheduler runs.
    if (m_database->flavor() >= 19) {
        values.insert(QStringLiteral("failure_count"), 0);
        values.insert(QStringLiteral("first_failure_date"), false);
    }
    set(caller, model, ids, values);
    return SimCallResult::ok(true);
}

QString SimBusiness::cronFailure(int id) const
{
    // The demo's failing jobs (SimCatalog) keep failing when triggered by hand.
    const QString name =
        m_database->rawValue(QStringLiteral("ir.cron"), id, QStringLiteral("cron_name")).toString();
    for (const SimCatalog::Cron &entry : SimCatalog::crons()) {
        if (entry.name == name)
            return entry.failure;
    }
    return {};
}
