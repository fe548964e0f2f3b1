// ActivityAdapter: an overdue exception activity (mail.activity): dismiss marks it done with the
// reason as feedback (action_feedback), which posts it on the document. 17/18 delete the
// activity, 19 archives it.
#pragma once

#include "decisionadapter.h"

class ActivityAdapter : public DecisionAdapter
{
public:
    QString id() const override { return QStringLiteral("activity"); }
    QList<Decision::Action> actions(int version) const override;
    QStringList fields(int version) const override;
    bool isOpen(const Decision &decision, const QJsonObject &record, int version) const override;
    bool isApplied(const Decision &decision, const QJsonObject &record, int version) const override;
    void apply(DecisionRun &run) const override;
    bool recordsReason(Decision::Action action, int version) const override;
};
