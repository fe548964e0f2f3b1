// ExpenseReportAdapter: hr.expense.sheet submitted for approval (Odoo 17 and 18): approve,
// reject through the refusal wizard (which records the reason in the chatter) or delegate.
#pragma once

#include "decisionadapter.h"

class ExpenseReportAdapter : public DecisionAdapter
{
    Q_DECLARE_TR_FUNCTIONS(ExpenseReportAdapter)
public:
    QString id() const override { return QStringLiteral("expense_report"); }
    QList<Decision::Action> actions(int version) const override;
    QStringList fields(int version) const override;
    bool isOpen(const Decision &decision, const QJsonObject &record, int version) const override;
    bool isApplied(const Decision &decision, const QJsonObject &record, int version) const override;
    void apply(DecisionRun &run) const override;
    bool recordsReason(Decision::Action action, int version) const override;
};
