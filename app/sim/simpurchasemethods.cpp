#include "simpurchasemethods.h"

#include "simdatabase.h"
#include "simorm.h"

std::optional<SimCallResult> SimPurchaseMethods::call(const SimCaller &caller, const QString &model,
                                                      const QString &method, const QList<int> &ids,
                                                      const QJsonObject & /*arguments*/)
{
    const auto is = [&](const char *name) { return method == QLatin1String(name); };
    if (model == QLatin1String("purchase.order") &&
        (is("button_confirm") || is("button_approve") || is("button_cancel") || is("button_draft")))
        return purchase(caller, method, ids);
    return std::nullopt;
}

double SimPurchaseMethods::approvalThreshold() const
{
    const QJsonValue amount =
        m_database->rawValue(QStringLiteral("res.company"), 1, QStringLiteral("po_double_validation_amount"));
    return amount.toDouble() > 0 ? amount.toDouble() : 500.0;
}

SimCallResult SimPurchaseMethods::purchase(const SimCaller &caller, const QString &method,
                                           const QList<int> &ids)
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
            const bool needsApproval = !manager && amount > approvalThreshold();
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
