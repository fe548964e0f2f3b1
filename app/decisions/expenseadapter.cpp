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

QList<Decision::Action> ExpenseAdapter::actions(int version) const
{
    if (version < 19)
        return {}; // 17 and 18 approve expense reports (see ExpenseReportAdapter)
    return {Decision::Action::Approve, Decision::Action::Reject, Decision::Action::Delegate};
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
    if (decision.action == Decision::Action::Approve)
        return state == QLatin1String("approved");
    if (decision.action == Decision::Action::Reject)
        return state == QLatin1String("refused");
    return decision.action == Decision::Action::Delegate;
}

bool ExpenseAdapter::recordsReason(Decision::Action action, int) const
{
    return action == Decision::Action::Reject;
}

void ExpenseAdapter::apply(DecisionRun &run) const
{
    const Decision &decision = run.decision();
    DecisionRun *target = &run;
    const auto done = [target](const QJsonValue &) { target->succeed(); };
    if (decision.action == Decision::Action::Approve) {
        run.call(model(), QStringLiteral("action_approve"), AdapterSupport::onRecord(decision.resId), {},
                 done);
    } else if (decision.action == Decision::Action::Reject) {
        // The refusal opens a wizard that takes the reason; confirming it refuses.
        AdapterSupport::refuseExpenses(
            run, model(), QStringLiteral("action_refuse"), QStringLiteral("expense_ids"),
            tr("Odoo did not open its refusal form; refuse this expense in Odoo."));
    } else if (decision.action == Decision::Action::Delegate) {
        ActivityDelegation::schedule(run, model(), decision.resId);
    } else {
        AdapterSupport::unsupported(run);
    }
}
