// DecisionPolicy: the rules a decision must meet before it is committed, one set for the window
// and the command line: which actions need a reason and how long, who a delegation goes to, and
// which approvals ask for a confirmation first.
#pragma once

#include "domain/decision.h"

#include <QCoreApplication>
#include <QString>

class DecisionPolicy
{
    Q_DECLARE_TR_FUNCTIONS(DecisionPolicy)

public:
    int minimumReasonLength = 5;         // reject and dismiss
    double confirmAboveAmount = 10000.0; // approving a larger amount is confirmed first

    // Reject and dismiss must say why (posted on the record, kept in the audit trail).
    static bool requiresReason(Decision::Action action);
    // The window asks for a reason (or a note) for these: the above, and delegate.
    static bool asksForReason(Decision::Action action);
    // Delegate names the user it goes to.
    static bool requiresTarget(Decision::Action action);
    bool requiresConfirmation(Decision::Action action, double amount) const;
    // What is wrong with a decision on `subject` in plain words, or empty when it may be committed.
    QString problemWith(Decision::Action action, const QString &subject, const QString &reason,
                        const QString &targetLogin) const;
};
