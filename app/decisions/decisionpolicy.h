// DecisionPolicy: the rules a decision must meet before it is committed, one set for the window
// and the command line: which actions need a reason and how long, who a delegation goes to, and
// which approvals ask for a confirmation first.
#pragma once

#include <QCoreApplication>
#include <QString>

class DecisionPolicy
{
    Q_DECLARE_TR_FUNCTIONS(DecisionPolicy)

public:
    int minimumReasonLength = 5;         // reject and dismiss
    double confirmAboveAmount = 10000.0; // approving a larger amount is confirmed first

    // Reject and dismiss must say why (posted on the record, kept in the audit trail).
    static bool requiresReason(const QString &action);
    // The window asks for a reason (or a note) for these: the above, and delegate.
    static bool asksForReason(const QString &action);
    // Delegate names the user it goes to.
    static bool requiresTarget(const QString &action);
    bool requiresConfirmation(const QString &action, double amount) const;
    // What is wrong with a decision on `subject` in plain words, or empty when it may be committed.
    QString problemWith(const QString &action, const QString &subject, const QString &reason,
                        const QString &targetLogin) const;
};
