#include "inventorycountadapter.h"

#include "activitydelegation.h"
#include "adaptersupport.h"
#include "decisionrun.h"
#include "odoo/odooconnection.h"
#include "odoo/odoovalues.h"

namespace {

const QString &model()
{
    static const QString name = QStringLiteral("stock.quant");
    return name;
}

const QString &conflictWizard()
{
    static const QString name = QStringLiteral("stock.inventory.conflict");
    return name;
}

bool sameQuantity(double a, double b)
{
    return qAbs(a - b) < 1e-6;
}

} // namespace

QList<Decision::Action> InventoryCountAdapter::actions(int) const
{
    return {Decision::Action::Approve, Decision::Action::Reject, Decision::Action::Delegate};
}

QStringList InventoryCountAdapter::fields(int) const
{
    return {QStringLiteral("product_id"), QStringLiteral("location_id"), QStringLiteral("quantity"),
            QStringLiteral("inventory_quantity"), QStringLiteral("inventory_quantity_set")};
}

bool InventoryCountAdapter::isOpen(const Decision &, const QJsonObject &record, int) const
{
    return record.value(QLatin1String("inventory_quantity_set")).toBool();
}

bool InventoryCountAdapter::isApplied(const Decision &decision, const QJsonObject &record, int) const
{
    if (decision.action == Decision::Action::Delegate)
        return true;
    if (AdapterSupport::isGone(record) || record.value(QLatin1String("inventory_quantity_set")).toBool())
        return false;
    if (decision.action == Decision::Action::Reject)
        return true;
    if (decision.action != Decision::Action::Approve)
        return false;
    // Applied: the stock now is what was counted (what the user saw).
    const QJsonValue counted = decision.seenRecord.value(QLatin1String("inventory_quantity"));
    return !counted.isDouble() ||
           sameQuantity(record.value(QLatin1String("quantity")).toDouble(), counted.toDouble());
}

void InventoryCountAdapter::apply(DecisionRun &run) const
{
    const Decision &decision = run.decision();
    DecisionRun *target = &run;
    if (decision.action == Decision::Action::Approve) {
        applyCount(run);
    } else if (decision.action == Decision::Action::Reject) {
        run.call(model(), QStringLiteral("action_clear_inventory_quantity"),
                 AdapterSupport::onRecord(decision.resId), {},
                 [target](const QJsonValue &) { target->succeed(); });
    } else if (decision.action == Decision::Action::Delegate) {
        // A quant has no chatter nor activities: the activity goes on its product.
        ActivityDelegation::schedule(run, QStringLiteral("product.product"),
                                     OdooValues::relationId(run.record().value(QLatin1String("product_id"))));
    } else {
        AdapterSupport::unsupported(run);
    }
}

void InventoryCountAdapter::applyCount(DecisionRun &run)
{
    DecisionRun *target = &run;
    const int resId = run.decision().resId;
    const QJsonValue seenCount = run.decision().seenRecord.value(QLatin1String("inventory_quantity"));
    const QJsonObject fields{{QStringLiteral("fields"), QJsonArray{QStringLiteral("inventory_quantity_set"),
                                                                   QStringLiteral("inventory_quantity")}}};
    run.call(
        model(), QStringLiteral("read"), AdapterSupport::onRecord(resId), fields,
        [target, resId, seenCount](const QJsonValue &rows) {
            const QJsonObject quant = rows.toArray().at(0).toObject();
            if (!quant.value(QLatin1String("inventory_quantity_set")).toBool()) {
                // Applying now would count 0 on Odoo 19: never apply an unset count.
                target->refuse(tr("The count is no longer set in Odoo (already applied or discarded): "
                                  "nothing was applied."));
                return;
            }
            if (seenCount.isDouble() &&
                !sameQuantity(quant.value(QLatin1String("inventory_quantity")).toDouble(),
                              seenCount.toDouble())) {
                target->refuse(tr("The product was counted again (%1 instead of %2): nothing was applied.")
                                   .arg(quant.value(QLatin1String("inventory_quantity")).toDouble())
                                   .arg(seenCount.toDouble()));
                return;
            }
            target->call(
                model(), QStringLiteral("action_apply_inventory"), AdapterSupport::onRecord(resId), {},
                [target](const QJsonValue &result) {
                    // The stock moved after the count: keep the counted quantity.
                    if (AdapterSupport::opensWizard(result, conflictWizard())) {
                        AdapterSupport::createAndConfirm(*target, conflictWizard(),
                                                         AdapterSupport::wizardDefaults(result),
                                                         QStringLiteral("action_keep_counted_quantity"),
                                                         [target](const QJsonValue &) { target->succeed(); });
                        return;
                    }
                    // No answer (None) is the normal end: the count was applied.
                    if (result.toObject().value(QLatin1String("type")).toString() !=
                        QLatin1String("ir.actions.act_window")) {
                        target->succeed();
                        return;
                    }
                    target->refuse(tr("Odoo asks for a confirmation HQ Tower cannot give (%1): apply "
                                      "this count in Odoo.")
                                       .arg(result.toObject().value(QLatin1String("res_model")).toString()));
                });
        });
}
