// ExpenseAdapter: a single hr.expense submitted for approval (Odoo 19, which has no expense
// reports): approve, reject through the refusal wizard (reason in the chatter) or delegate.
#pragma once

#include "decisionadapter.h"

class ExpenseAdapter : public DecisionAdapter
{
    Q_DECLARE_TR_FUNCTIONS(ExpenseAdapter)
public:
    QString id() const override { return QStringLiteral("expense"); }
    QList<Decision::Action> actions(int version) const override;
    QStringList fields(int version) const override;
    bool isOpen(const Decision &decision, const QJsonObject &record, int version) const override;
    bool isApplied(const Decision &decision, const QJsonObject &record, int version) const override;
    void apply(DecisionRun &run) const override;
    bool recordsReason(Decision::Action action, int version) const override;
};
