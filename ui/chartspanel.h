// ChartsPanel: the five chart panels (open items per region, aging against SLA, approvals decided
// per day, integration failures per day, top stores by open exceptions) drawn from an
// AggregationResult. It only turns results into series; clicks on bars become filter signals.
#pragma once

#include "queueaggregations.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <array>

class QAbstractAxis;
class QBarCategoryAxis;
class QBarSet;
class QButtonGroup;
class QCategoryAxis;
class QChart;
class QChartView;
class QHorizontalBarSeries;
class QHorizontalStackedBarSeries;
class QLabel;
class QLineSeries;
class QStackedBarSeries;
class QValueAxis;

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
    void kindClicked(const QString &kind);
    void storeClicked(int storeId, const QString &name);
    void daysChanged(int days);

private:
    QWidget *makeCell(int index, const QString &title);
    void setupOpenByRegion();
    void setupAging();
    void setupApprovals();
    void setupFailures();
    void setupTopStores();
    void setEmpty(int index, const QString &text);
    void showTip(int index, bool show, const QString &text);

    void updateOpenByRegion();
    void updateAging();
    void updateApprovals();
    void updateFailures();
    void updateTopStores();
    QString sourceTitle(const QString &profileId) const;

    std::array<QChartView *, ChartCount> m_views{};
    std::array<QLabel *, ChartCount> m_emptyLabels{};
    QList<QAbstractAxis *> m_hiddenAxes; // category axes that place bars but are never drawn
    QButtonGroup *m_daysGroup = nullptr;
    int m_days = 30;
    bool m_hasResult = false;
    AggregationResult m_result;
    QHash<QString, QString> m_sourceTitles;

    // Open items by kind per region, one horizontal bar per region (the first one at the top).
    QHorizontalStackedBarSeries *m_regionSeries = nullptr;
    std::array<QBarSet *, 3> m_regionSets{};
    QBarCategoryAxis *m_regionAxis = nullptr;
    QValueAxis *m_regionCountAxis = nullptr;
    QStringList m_regions; // raw region names in category order (bottom-up)

    // Aging against SLA: one bar per kind, stacked by bucket.
    QHorizontalStackedBarSeries *m_agingSeries = nullptr;
    std::array<QBarSet *, AgingBuckets::BucketCount> m_agingSets{};
    QValueAxis *m_agingCountAxis = nullptr;

    // Approvals decided per day and the median cycle time.
    QStackedBarSeries *m_approvalSeries = nullptr;
    QBarSet *m_approvedSet = nullptr;
    QBarSet *m_rejectedSet = nullptr;
    QBarCategoryAxis *m_approvalDayAxis = nullptr;
    QCategoryAxis *m_approvalDateAxis = nullptr;
    QValueAxis *m_approvalCountAxis = nullptr;
    QLineSeries *m_medianSeries = nullptr;
    QValueAxis *m_medianAxis = nullptr;

    // Integration failures per day by source profile.
    QStackedBarSeries *m_failureSeries = nullptr;
    QHash<QString, QBarSet *> m_failureSets; // by profile id
    QBarCategoryAxis *m_failureDayAxis = nullptr;
    QCategoryAxis *m_failureDateAxis = nullptr;
    QValueAxis *m_failureCountAxis = nullptr;

    // Top stores by open exceptions, the first one at the top.
    QHorizontalBarSeries *m_topSeries = nullptr;
    QBarSet *m_topSet = nullptr;
    QBarCategoryAxis *m_topAxis = nullptr;
    QValueAxis *m_topCountAxis = nullptr;
    QList<StoreRanking> m_topShown; // in category order (the last one is drawn at the top)
};
