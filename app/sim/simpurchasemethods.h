// SimPurchaseMethods: purchase.order's confirm, approve, cancel and reset to draft, with the
// double validation above the company's threshold (a silent no-op without the approval right).
#pragma once

#include "simbusinessarea.h"

class SimPurchaseMethods : public SimBusinessArea
{
public:
    using SimBusinessArea::SimBusinessArea;

    std::optional<SimCallResult> call(const SimCaller &caller, const QString &model, const QString &method,
                                      const QList<int> &ids, const QJsonObject &arguments) override;
    // Threshold above which a purchase user's confirmed order waits for approval.
    double approvalThreshold() const;

private:
    SimCallResult purchase(const SimCaller &caller, const QString &method, const QList<int> &ids);
};
