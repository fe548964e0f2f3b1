#include "timeoffadapter.h"

#include "activitydelegation.h"
#include "adaptersupport.h"
#include "decisionrun.h"
#include "odoo/odooconnection.h"

namespace {

const QString &model()
{
    static const QString name = QStringLiteral("hr.leave");
    return name;
}

} // namespace

QStringList TimeOffAdapter::actions(int) const
{
    return {QStringLiteral("approve"), QStringLiteral("reject"), QStringLiteral("delegate")};
}

QStringList TimeOffAdapter::fields(int) const
{
    return {QStringLiteral("state")};
}

bool TimeOffAdapter::isOpen(const Decision &, const QJsonObject &record, int) const
{
    const QString state = AdapterSupport::text(record, QStringLiteral("state"));
    return state == QLatin1String("confirm") || state == QLatin1String("validate1");
}

bool TimeOffAdapter::isApplied(const Decision &decision, const QJsonObject &record, int) const
{
    const QString state = AdapterSupport::text(record, QStringLiteral("state"));
    if (decision.action == QLatin1String("approve")) {
        // Approval moves the leave one level on (or both at once): from what the user saw.
        QString seen = decision.seenState;
        if (seen.isEmpty())
            seen = decision.seenRecord.value(QLatin1String("state")).toString();
        if (seen == QLatin1String("validate1"))
            return state == QLatin1String("validate");
        return state == QLatin1String("validate1") || state == QLatin1String("validate");
    }
    if (decision.action == QLatin1String("reject"))
        return state == QLatin1String("refuse");
    return decision.action == QLatin1String("delegate");
}

void TimeOffAdapter::apply(DecisionRun &run) const
{
    const Decision &decision = run.decision();
    DecisionRun *target = &run;
    const auto done = [target](const QJsonValue &) { target->succeed(); };
    const QJsonArray ids = AdapterSupport::onRecord(decision.resId);
    if (decision.action == QLatin1String("approve")) {
        // 17/18: the second level is action_validate (17 takes no keyword argument at all);
        // 19 has action_approve only, for both levels.
        const bool secondLevel =
            AdapterSupport::text(run.record(), QStringLiteral("state")) == QLatin1String("validate1");
        const QString method = secondLevel && run.serverVersion() < 19 ? QStringLiteral("action_validate")
                                                                       : QStringLiteral("action_approve");
        run.call(model(), method, ids, {}, done);
    } else if (decision.action == QLatin1String("reject")) {
        run.call(model(), QStringLiteral("action_refuse"), ids, {}, done);
    } else if (decision.action == QLatin1String("delegate")) {
        ActivityDelegation::schedule(run, model(), decision.resId);
    } else {
        AdapterSupport::unsupported(run);
    }
}
