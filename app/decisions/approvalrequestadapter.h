// ApprovalRequestAdapter: approval.request (Enterprise Approvals) pending: approve or refuse as
// one of its approvers, or delegate. Applied means this user's approval went through (their
// approver status, user_status), even while other approvers remain.
#pragma once

#include "decisionadapter.h"

class ApprovalRequestAdapter : public DecisionAdapter
{
    Q_DECLARE_TR_FUNCTIONS(ApprovalRequestAdapter)
public:
    QString id() const override { return QStringLiteral("approval_request"); }
    QStringList actions(int version) const override;
    QStringList fields(int version) const override;
    bool isOpen(const Decision &decision, const QJsonObject &record, int version) const override;
    bool isApplied(const Decision &decision, const QJsonObject &record, int version) const override;
    void apply(DecisionRun &run) const override;
    QString noEffectMessage(const Decision &decision, const QJsonObject &record, int version) const override;
};
