// StoreRankingChart: the "Top 10 stores by open exceptions" chart: one horizontal bar per store,
// the first one at the top, its count printed after it. A bar is a click on its store.
#pragma once

#include "chartcard.h"

class QHorizontalBarSeries;

class StoreRankingChart : public ChartCard
{
    Q_OBJECT

public:
    explicit StoreRankingChart(QWidget *parent = nullptr);

    void showResult(const AggregationResult &result, int days) override;

Q_SIGNALS:
    void storeClicked(int storeId, const QString &name);

private:
    QHorizontalBarSeries *m_series = nullptr;
    QBarSet *m_set = nullptr;
    QBarCategoryAxis *m_storeAxis = nullptr;
    QValueAxis *m_countAxis = nullptr;
    QList<StoreRanking> m_shown; // in category order (the last one is drawn at the top)
};
