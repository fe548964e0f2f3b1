// RegionBacklogChart: the "Open items by region" chart: one horizontal bar per region, stacked by
// kind. A bar is a click on its region and kind, a legend entry a click on its kind.
#pragma once

#include "chartcard.h"

#include <array>

class QHorizontalStackedBarSeries;

class RegionBacklogChart : public ChartCard
{
    Q_OBJECT

public:
    explicit RegionBacklogChart(QWidget *parent = nullptr);

    void showResult(const AggregationResult &result, int days) override;

Q_SIGNALS:
    // A bar: its region ("" = HQ / no store), then its kind. A legend entry: its kind alone.
    void regionClicked(const QString &region);
    void kindClicked(ItemKind kind);

private:
    QHorizontalStackedBarSeries *m_series = nullptr;
    std::array<QBarSet *, 3> m_sets{};
    QBarCategoryAxis *m_regionAxis = nullptr;
    QValueAxis *m_countAxis = nullptr;
    QStringList m_regions; // raw region names in category order (bottom-up: the first is at the top)
};
