#include "purchaseorderadapter.h"

#include "activitydelegation.h"
#include "adaptersupport.h"
#include "decisionrun.h"
#include "odoo/odooconnection.h"

namespace {

const QString &model()
{
    static const QString name = QStringLiteral("purchase.order");
    return name;
}

} // namespace

QStringList PurchaseOrderAdapter::actions(int) const
{
    return {QStringLiteral("approve"), QStringLiteral("reject"), QStringLiteral("delegate")};
}

QStringList PurchaseOrderAdapter::fields(int) const
{
    return {QStringLiteral("name"), QStringLiteral("state")};
}

bool PurchaseOrderAdapter::isOpen(const Decision &, const QJsonObject &record, int) const
{
    return AdapterSupport::text(record, QStringLiteral("state")) == QLatin1String("to approve");
}

bool PurchaseOrderAdapter::isApplied(const Decision &decision, const QJsonObject &record, int) const
{
    const QString state = AdapterSupport::text(record, QStringLiteral("state"));
    if (decision.action == QLatin1String("approve"))
        return state == QLatin1String("purchase") || state == QLatin1String("done");
    if (decision.action == QLatin1String("reject"))
        return state == QLatin1String("cancel");
    return decision.action == QLatin1String("delegate");
}

void PurchaseOrderAdapter::apply(DecisionRun &run) const
{
    const Decision &decision = run.decision();
    DecisionRun *target = &run;
    const auto done = [target](const QJsonValue &) { target->succeed(); };
    if (decision.action == QLatin1String("approve"))
        run.call(model(), QStringLiteral("button_approve"), AdapterSupport::onRecord(decision.resId), {},
                 done);
    else if (decision.action == QLatin1String("reject"))
        run.call(model(), QStringLiteral("button_cancel"), AdapterSupport::onRecord(decision.resId), {},
                 done);
    else if (decision.action == QLatin1String("delegate"))
        ActivityDelegation::schedule(run, model(), decision.resId);
    else
        AdapterSupport::unsupported(run);
}

QString PurchaseOrderAdapter::noEffectMessage(const Decision &decision, const QJsonObject &record,
                                              int version) const
{
    if (decision.action != QLatin1String("approve"))
        return DecisionAdapter::noEffectMessage(decision, record, version);
    return tr("Odoo accepted the approval of %1 but the order still waits for approval: your Odoo user "
              "is probably not allowed to approve orders of this amount. Nothing was changed.")
        .arg(AdapterSupport::text(record, QStringLiteral("name")).isEmpty()
                 ? decision.itemId
                 : AdapterSupport::text(record, QStringLiteral("name")));
}
