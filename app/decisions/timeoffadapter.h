// TimeOffAdapter: hr.leave waiting for approval (confirm, or validate1 for the second level of
// two-step types): approve with the method of that step and version, refuse, or delegate. No
// method takes a reason: the sender posts it.
#pragma once

#include "decisionadapter.h"

class TimeOffAdapter : public DecisionAdapter
{
    Q_DECLARE_TR_FUNCTIONS(TimeOffAdapter)
public:
    QString id() const override { return QStringLiteral("time_off"); }
    QStringList actions(int version) const override;
    QStringList fields(int version) const override;
    bool isOpen(const Decision &decision, const QJsonObject &record, int version) const override;
    bool isApplied(const Decision &decision, const QJsonObject &record, int version) const override;
    void apply(DecisionRun &run) const override;
};
