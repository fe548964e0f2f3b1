#include "simhrmethods.h"

#include "simdatabase.h"
#include "simorm.h"

#include <QJsonArray>

std::optional<SimCallResult> SimHrMethods::call(const SimCaller &caller, const QString &model,
                                                const QString &method, const QList<int> &ids,
                                                const QJsonObject &arguments)
{
    const auto is = [&](const char *name) { return method == QLatin1String(name); };
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
    return std::nullopt;
}

SimCallResult SimHrMethods::expenseSheet(const SimCaller &caller, const QString &method,
                                         const QList<int> &ids)
{
    const QString model = QStringLiteral("hr.expense.sheet");
    if (method == QLatin1String("action_submit_sheet")) {
        set(caller, model, ids,
            {{QStringLiteral("state"), QStringLiteral("submit")},
             {QStringLiteral("approval_state"), QStringLiteral("submit")}});
        return SimCallResult::none();
    }
    if (!caller.hasRole(QStringLiteral("expense_manager")))
        return readDenied(caller, QStringLiteral("Expense Report (hr.expense.sheet)"));
    if (method == QLatin1String("action_approve_expense_sheets")) {
        set(caller, model, ids,
            {{QStringLiteral("state"), QStringLiteral("approve")},
             {QStringLiteral("approval_state"), QStringLiteral("approve")}});
        return SimCallResult::none();
    }
    const QJsonArray active = idArray(ids);
    return SimCallResult::ok(windowAction(
        QStringLiteral("hr.expense.refuse.wizard"),
        {{QStringLiteral("active_ids"), active}, {QStringLiteral("default_sheet_ids"), active}}));
}

SimCallResult SimHrMethods::expense19(const SimCaller &caller, const QString &method, const QList<int> &ids)
{
    const QString model = QStringLiteral("hr.expense");
    if (!caller.hasRole(QStringLiteral("expense_manager")))
        return readDenied(caller, QStringLiteral("Expense (hr.expense)"));
    if (method == QLatin1String("action_approve")) {
        set(caller, model, ids,
            {{QStringLiteral("approval_state"), QStringLiteral("approved")},
             {QStringLiteral("state"), QStringLiteral("approved")}});
        return SimCallResult::none();
    }
    const QJsonArray active = idArray(ids);
    return SimCallResult::ok(windowAction(QStringLiteral("hr.expense.refuse.wizard"),
                                          {{QStringLiteral("active_ids"), active},
                                           {QStringLiteral("default_expense_ids"), active},
                                           {QStringLiteral("dialog_size"), QStringLiteral("medium")}}));
}

SimCallResult SimHrMethods::refuseWizard(const SimCaller &caller, const QList<int> &ids)
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

SimCallResult SimHrMethods::leave(const SimCaller &caller, const QString &method, const QList<int> &ids,
                                  const QJsonObject &arguments)
{
    const QString model = QStringLiteral("hr.leave");
    if (!caller.hasRole(QStringLiteral("leave_manager")))
        return readDenied(caller, QStringLiteral("Time Off (hr.leave)"));
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
