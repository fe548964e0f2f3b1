// SlaAgingChart: the "SLA time used by open items" chart: one horizontal bar per kind, stacked by
// the share of its SLA each open item has used (AgingBuckets). A bar is a click on its kind.
#pragma once

#include "chartcard.h"

#include <array>

class QHorizontalStackedBarSeries;

class SlaAgingChart : public ChartCard
{
    Q_OBJECT

public:
    explicit SlaAgingChart(QWidget *parent = nullptr);

    void showResult(const AggregationResult &result, int days) override;

Q_SIGNALS:
    void kindClicked(ItemKind kind);

private:
    QHorizontalStackedBarSeries *m_series = nullptr;
    std::array<QBarSet *, AgingBuckets::BucketCount> m_sets{};
    QValueAxis *m_countAxis = nullptr;
};
