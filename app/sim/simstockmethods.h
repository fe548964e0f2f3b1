// SimStockMethods: inventory counts on stock.quant (apply, clear) and the conflict wizard that
// asks which quantity to keep when the stock moved after the count.
#pragma once

#include "simbusinessarea.h"

class SimStockMethods : public SimBusinessArea
{
public:
    using SimBusinessArea::SimBusinessArea;

    std::optional<SimCallResult> call(const SimCaller &caller, const QString &model, const QString &method,
                                      const QList<int> &ids, const QJsonObject &arguments) override;

private:
    SimCallResult quant(const SimCaller &caller, const QString &method, const QList<int> &ids);
    SimCallResult inventoryConflict(const SimCaller &caller, const QString &method, const QList<int> &ids);
    // Sets the quant's stock to `quantity` and clears its count.
    void applyQuantity(const SimCaller &caller, int id, double quantity);
};
