#include "expensereportadapter.h"

#include "activitydelegation.h"
#include "adaptersupport.h"
#include "decisionrun.h"
#include "odoo/odooconnection.h"

namespace {

const QString &model()
{
    static const QString name = QStringLiteral("hr.expense.sheet");
    return name;
}

} // namespace

QList<Decision::Action> ExpenseReportAdapter::actions(int version) const
{
    if (version >= 19)
        return {}; // expense reports are gone on 19 (see ExpenseAdapter)
    return {Decision::Action::Approve, Decision::Action::Reject, Decision::Action::Delegate};
}

QStringList ExpenseReportAdapter::fields(int) const
{
    return {QStringLiteral("name"), QStringLiteral("state")};
}

bool ExpenseReportAdapter::isOpen(const Decision &, const QJsonObject &record, int) const
{
    return AdapterSupport::text(record, QStringLiteral("state")) == QLatin1String("submit");
}

bool ExpenseReportAdapter::isApplied(const Decision &decision, const QJsonObject &record, int) const
{
    const QString state = AdapterSupport::text(record, QStringLiteral("state"));
    if (decision.action == Decision::Action::Approve)
        return state == QLatin1String("approve") || state == QLatin1String("post") ||
               state == QLatin1String("done");
    if (decision.action == Decision::Action::Reject)
        return state == QLatin1String("cancel");
    return decision.action == Decision::Action::Delegate;
}

bool ExpenseReportAdapter::recordsReason(Decision::Action action, int) const
{
    return action == Decision::Action::Reject;
}

void ExpenseReportAdapter::apply(DecisionRun &run) const
{
    const Decision &decision = run.decision();
    DecisionRun *target = &run;
    const auto done = [target](const QJsonValue &) { target->succeed(); };
    if (decision.action == Decision::Action::Approve) {
        run.call(model(), QStringLiteral("action_approve_expense_sheets"),
                 AdapterSupport::onRecord(decision.resId), {}, done);
    } else if (decision.action == Decision::Action::Reject) {
        // The refusal opens a wizard that takes the reason; confirming it refuses.
        AdapterSupport::refuseExpenses(run, model(), QStringLiteral("action_refuse_expense_sheets"),
                                       QStringLiteral("sheet_ids"),
                                       tr("Odoo did not open its refusal form; refuse this report in Odoo."));
    } else if (decision.action == Decision::Action::Delegate) {
        ActivityDelegation::schedule(run, model(), decision.resId);
    } else {
        AdapterSupport::unsupported(run);
    }
}
