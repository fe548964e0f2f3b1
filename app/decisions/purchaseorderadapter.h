// PurchaseOrderAdapter: purchase.order waiting in "to approve": approve (button_approve), reject
// (button_cancel) or delegate. A purchase user above the approval limit gets a silent no-op from
// button_approve, which the re-read state reveals.
#pragma once

#include "decisionadapter.h"

class PurchaseOrderAdapter : public DecisionAdapter
{
    Q_DECLARE_TR_FUNCTIONS(PurchaseOrderAdapter)
public:
    QString id() const override { return QStringLiteral("purchase_order"); }
    QStringList actions(int version) const override;
    QStringList fields(int version) const override;
    bool isOpen(const Decision &decision, const QJsonObject &record, int version) const override;
    bool isApplied(const Decision &decision, const QJsonObject &record, int version) const override;
    void apply(DecisionRun &run) const override;
    QString noEffectMessage(const Decision &decision, const QJsonObject &record, int version) const override;
};
