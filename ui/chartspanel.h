// ChartsPanel: the five charts of the Charts tab in their grid (open items per region, aging
// against SLA, top stores by open exceptions, approvals decided per day, integration failures per
// day), each its own ChartCard, under the 30/90-day switch. It hands every chart the same
// AggregationResult and passes their clicks on as filter signals.
#pragma once

#include "queueaggregations.h"

#include <QHash>
#include <QString>
#include <QWidget>

#include <array>

class ChartCard;
class FailureTrendChart;
class QButtonGroup;
class QChart;
class QChartView;

class ChartsPanel : public QWidget
{
    Q_OBJECT

public:
    enum ChartIndex {
        OpenByRegionChart,
        AgingChart,
        ApprovalsChart,
        FailuresChart,
        TopStoresChart,
        ChartCount
    };
    Q_ENUM(ChartIndex)

    explicit ChartsPanel(QWidget *parent = nullptr);

    // Redraws every chart from `result`, reusing the series and axes already there.
    void setResult(const AggregationResult &result);
    // Names for the source profiles in the failures chart (profile id -> title); an id without a
    // title is shown as the id.
    void setSourceTitles(const QHash<QString, QString> &titles);

    // The window of the per-day charts the user picked (30 or 90 days). The panel does not
    // aggregate: whoever listens to daysChanged asks for a new result.
    int days() const { return m_days; }
    void setDays(int days);

    QChart *chart(int index) const;
    QChartView *chartView(int index) const;
    // The text shown over a chart that has nothing to show; empty while it shows data.
    QString emptyText(int index) const;

Q_SIGNALS:
    // A bar of "open items by kind per region": its region ("" = HQ / no store), then its kind.
    // The aging and failure charts and the region chart's legend emit kindClicked alone.
    void regionClicked(const QString &region);
    void kindClicked(ItemKind kind);
    void storeClicked(int storeId, const QString &name);
    void daysChanged(int days);

private:
    ChartCard *card(int index) const;

    std::array<ChartCard *, ChartCount> m_cards{};
    FailureTrendChart *m_failures = nullptr;
    QButtonGroup *m_daysGroup = nullptr;
    int m_days = 30;
    bool m_hasResult = false;
    AggregationResult m_result;
};
