#include "decisionpolicy.h"

bool DecisionPolicy::requiresReason(Decision::Action action)
{
    return action == Decision::Action::Reject || action == Decision::Action::Dismiss;
}

bool DecisionPolicy::asksForReason(Decision::Action action)
{
    return requiresReason(action) || requiresTarget(action);
}

bool DecisionPolicy::requiresTarget(Decision::Action action)
{
    return action == Decision::Action::Delegate;
}

bool DecisionPolicy::requiresConfirmation(Decision::Action action, double amount) const
{
    return action == Decision::Action::Approve && amount > confirmAboveAmount;
}

QString DecisionPolicy::problemWith(Decision::Action action, const QString &subject, const QString &reason,
                                    const QString &targetLogin) const
{
    if (requiresReason(action) && reason.trimmed().size() < minimumReasonLength)
        return tr("Please give a reason of at least %n characters to %1 %2.", nullptr, minimumReasonLength)
            .arg(Decision::actionName(action), subject);
    if (requiresTarget(action) && targetLogin.trimmed().isEmpty())
        return tr("Please say who %1 goes to.").arg(subject);
    return {};
}
