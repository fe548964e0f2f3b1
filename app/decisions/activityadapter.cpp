#include "activityadapter.h"

#include "adaptersupport.h"
#include "decisionrun.h"
#include "odoo/odooconnection.h"

QList<Decision::Action> ActivityAdapter::actions(int) const
{
    return {Decision::Action::Dismiss};
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
    return decision.action == Decision::Action::Dismiss &&
           (AdapterSupport::isGone(record) || !record.value(QLatin1String("active")).toBool(true));
}

bool ActivityAdapter::recordsReason(Decision::Action action, int) const
{
    return action == Decision::Action::Dismiss;
}

void ActivityAdapter::apply(DecisionRun &run) const
{
    if (run.decision().action != Decision::Action::Dismiss) {
        AdapterSupport::unsupported(run);
        return;
    }
    DecisionRun *target = &run;
    run.call(QStringLiteral("mail.activity"), QStringLiteral("action_feedback"),
             AdapterSupport::onRecord(run.decision().resId),
             {{QStringLiteral("feedback"), run.decision().reason}},
             [target](const QJsonValue &) { target->succeed(); });
}
