#include "activityadapter.h"

#include "adaptersupport.h"
#include "decisionrun.h"
#include "odoo/odooconnection.h"

QStringList ActivityAdapter::actions(int) const
{
    return {QStringLiteral("dismiss")};
}

QStringList ActivityAdapter::fields(int) const
{
    return {QStringLiteral("res_model"), QStringLiteral("res_id"), QStringLiteral("summary"),
            QStringLiteral("active")};
}

bool ActivityAdapter::isOpen(const Decision &, const QJsonObject &record, int) const
{
    return !AdapterSupport::isGone(record) && record.value(QLatin1String("active")).toBool(true);
}

bool ActivityAdapter::isApplied(const Decision &decision, const QJsonObject &record, int) const
{
    return decision.action == QLatin1String("dismiss") &&
           (AdapterSupport::isGone(record) || !record.value(QLatin1String("active")).toBool(true));
}

bool ActivityAdapter::recordsReason(const QString &action, int) const
{
    return action == QLatin1String("dismiss");
}

void ActivityAdapter::apply(DecisionRun &run) const
{
    if (run.decision().action != QLatin1String("dismiss")) {
        AdapterSupport::unsupported(run);
        return;
    }
    DecisionRun *target = &run;
    run.call(QStringLiteral("mail.activity"), QStringLiteral("action_feedback"),
             AdapterSupport::onRecord(run.decision().resId),
             {{QStringLiteral("feedback"), run.decision().reason}},
             [target](const QJsonValue &) { target->succeed(); });
}
