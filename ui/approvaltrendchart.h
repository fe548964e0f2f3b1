// ApprovalTrendChart: the "Approvals decided per day" chart: approved and rejected stacked per day
// over the chosen window, with the median time to decision as a line on its own axis.
#pragma once

#include "chartcard.h"

class QLineSeries;
class QStackedBarSeries;

class ApprovalTrendChart : public ChartCard
{
    Q_OBJECT

public:
    explicit ApprovalTrendChart(QWidget *parent = nullptr);

    void showResult(const AggregationResult &result, int days) override;

private:
    QStackedBarSeries *m_series = nullptr;
    QBarSet *m_approvedSet = nullptr;
    QBarSet *m_rejectedSet = nullptr;
    DayAxes m_axes;
    QLineSeries *m_medianSeries = nullptr;
    QValueAxis *m_medianAxis = nullptr;
    QList<DailyApprovals> m_days; // what the bars show, for their tips
};
