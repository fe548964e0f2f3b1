// SimApprovalMethods: approval.request decided by its approvers in sequence, and OCA tier
// validation (validate, reject, the comment wizard when a tier wants a comment).
#pragma once

#include "simbusinessarea.h"

class SimApprovalMethods : public SimBusinessArea
{
public:
    using SimBusinessArea::SimBusinessArea;

    std::optional<SimCallResult> call(const SimCaller &caller, const QString &model, const QString &method,
                                      const QList<int> &ids, const QJsonObject &arguments) override;

private:
    SimCallResult approvalRequest(const SimCaller &caller, const QString &method, const QList<int> &ids);
    SimCallResult tier(const SimCaller &caller, const QString &model, const QString &method,
                       const QList<int> &ids, const QString &comment);
    SimCallResult commentWizard(const SimCaller &caller, const QList<int> &ids);
};
