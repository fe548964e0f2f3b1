// TierReviewAdapter: an OCA tier.review waiting for this reviewer. validate_tier / reject_tier run
// on the reviewed document (model/res_id); when its tier asks for a comment they open
// comment.wizard, which is filled with the decision's reason and confirmed.
#pragma once

#include "decisionadapter.h"

class TierReviewAdapter : public DecisionAdapter
{
    Q_DECLARE_TR_FUNCTIONS(TierReviewAdapter)
public:
    QString id() const override { return QStringLiteral("tier_review"); }
    QList<Decision::Action> actions(int version) const override;
    QStringList fields(int version) const override;
    bool isOpen(const Decision &decision, const QJsonObject &record, int version) const override;
    bool isApplied(const Decision &decision, const QJsonObject &record, int version) const override;
    void apply(DecisionRun &run) const override;
    // tier.review has no chatter: the reason goes in the review's comment (through the wizard).
    bool recordsReason(Decision::Action action, int version) const override;
};
