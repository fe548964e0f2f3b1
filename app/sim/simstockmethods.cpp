#include "simstockmethods.h"

#include "simdatabase.h"
#include "simorm.h"

#include <QJsonArray>

std::optional<SimCallResult> SimStockMethods::call(const SimCaller &caller, const QString &model,
                                                   const QString &method, const QList<int> &ids,
                                                   const QJsonObject & /*arguments*/)
{
    const auto is = [&](const char *name) { return method == QLatin1String(name); };
    if (model == QLatin1String("stock.quant") &&
        (is("action_apply_inventory") || is("action_clear_inventory_quantity")))
        return quant(caller, method, ids);
    if (model == QLatin1String("stock.inventory.conflict") &&
        (is("action_keep_counted_quantity") || is("action_keep_difference")))
        return inventoryConflict(caller, method, ids);
    return std::nullopt;
}

SimCallResult SimStockMethods::quant(const SimCaller &caller, const QString &method, const QList<int> &ids)
{
    const QString model = QStringLiteral("stock.quant");
    if (!caller.hasRole(QStringLiteral("stock_user")) && !caller.hasRole(QStringLiteral("stock_manager")))
        return denied(caller, model);
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
        const QJsonArray all = idArray(ids);
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
        applyQuantity(caller, id, counting);
    }
    return SimCallResult::none();
}

SimCallResult SimStockMethods::inventoryConflict(const SimCaller &caller, const QString &method,
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
            applyQuantity(caller, id, quantity);
        }
    }
    return SimCallResult::none();
}

void SimStockMethods::applyQuantity(const SimCaller &caller, int id, double quantity)
{
    set(caller, QStringLiteral("stock.quant"), {id},
        {{QStringLiteral("quantity"), quantity},
         {QStringLiteral("inventory_quantity"), 0.0},
         {QStringLiteral("inventory_quantity_set"), false},
         {QStringLiteral("inventory_diff_quantity"), 0.0},
         {QStringLiteral("is_outdated"), false}});
}
