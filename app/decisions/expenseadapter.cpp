#include "expenseadapter.h"

#include "activitydelegation.h"
#include "adaptersupport.h"
#include "decisionrun.h"
#include "odoo/odooconnection.h"

namespace {

const QString &model()
{
    static const QString name = QStringLiteral("hr.expense");
    return name;
}

} // namespace

QStringList ExpenseAdapter::actions(int version) const
{
    if (version < 19)
        return {}; // 17 and 18 approve expense reports (see ExpenseReportAdapter)
    return {QStringLiteral("approve"), QStringLiteral("reject"), QStringLiteral("delegate")};
}

QStringList ExpenseAdapter::fields(int) const
{
    return {QStringLiteral("name"), QStringLiteral("state"), QStringLiteral("approval_state")};
}

bool ExpenseAdapter::isOpen(const Decision &, const QJsonObject &record, int) const
{
    return AdapterSupport::text(record, QStringLiteral("approval_state")) == QLatin1String("submitted");
}

bool ExpenseAdapter::isApplied(const Decision &decision, const QJsonObject &record, int) const
{
    const QString state = AdapterSupport::text(record, QStringLiteral("approval_state"));
    if (decision.action == QLatin1String("approve"))
        return state == QLatin1String("approved");
    if (decision.action == QLatin1String("reject"))
        return state == QLatin1String("refused");
    return decision.action == QLatin1String("delegate");
}

bool ExpenseAdapter::recordsReason(const QString &action, int) const
{
    return action == QLatin1String("reject");
}

void ExpenseAdapter::apply(DecisionRun &run) const
{
    const Decision &decision = run.decision();
    DecisionRun *target = &run;
    const auto done = [target](const QJsonValue &) { target->succeed(); };
    if (decision.action == QLatin1String("approve")) {
        run.call(model(), QStringLiteral("action_approve"), AdapterSupport::onRecord(decision.resId), {},
                 done);
    } else if (decision.action == QLatin1String("reject")) {
        // The refusal opens a wizard that takes the reason; confirming it refuses.
        AdapterSupport::refuseExpenses(
            run, model(), QStringLiteral("action_refuse"), QStringLiteral("expense_ids"),
            tr("Odoo did not open its refusal form; refuse this expense in Odoo."));
    } else if (decision.action == QLatin1String("delegate")) {
        ActivityDelegation::schedule(run, model(), decision.resId);
    } else {
        AdapterSupport::unsupported(run);
    }
}
