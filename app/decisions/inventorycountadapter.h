// InventoryCountAdapter: a stock.quant with a count to apply: approve applies it (completing the
// conflict wizard when the stock moved since the count), reject discards it, delegate hands it to
// someone as an activity on the product. Odoo 19 zeroes the stock when applying a quant whose
// count is not set, so the count is read again just before and applied only when set.
#pragma once

#include "decisionadapter.h"

class InventoryCountAdapter : public DecisionAdapter
{
    Q_DECLARE_TR_FUNCTIONS(InventoryCountAdapter)
public:
    QString id() const override { return QStringLiteral("inventory_count"); }
    // No chatter on this model: the reason stays in the audit trail.
    bool hasChatter() const override { return false; }
    QList<Decision::Action> actions(int version) const override;
    QStringList fields(int version) const override;
    bool isOpen(const Decision &decision, const QJsonObject &record, int version) const override;
    bool isApplied(const Decision &decision, const QJsonObject &record, int version) const override;
    void apply(DecisionRun &run) const override;

private:
    static void applyCount(DecisionRun &run);
};
