#include "decisionpolicy.h"

bool DecisionPolicy::requiresReason(const QString &action)
{
    return action == QLatin1String("reject") || action == QLatin1String("dismiss");
}

bool DecisionPolicy::asksForReason(const QString &action)
{
    return requiresReason(action) || requiresTarget(action);
}

bool DecisionPolicy::requiresTarget(const QString &action)
{
    return action == QLatin1String("delegate");
}

bool DecisionPolicy::requiresConfirmation(const QString &action, double amount) const
{
    return action == QLatin1String("approve") && amount > confirmAboveAmount;
}

QString DecisionPolicy::problemWith(const QString &action, const QString &subject, const QString &reason,
                                    const QString &targetLogin) const
{
    if (requiresReason(action) && reason.trimmed().size() < minimumReasonLength)
        return tr("Please give a reason of at least %n characters to %1 %2.", nullptr, minimumReasonLength)
            .arg(action, subject);
    if (requiresTarget(action) && targetLogin.trimmed().isEmpty())
        return tr("Please say who %1 goes to.").arg(subject);
    return {};
}
