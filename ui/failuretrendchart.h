// FailureTrendChart: the "Integration failures per day" chart: the failures of each day stacked by
// the source profile that reported them. A bar is a click on the integration failures.
#pragma once

#include "chartcard.h"

#include <QHash>

class QStackedBarSeries;

class FailureTrendChart : public ChartCard
{
    Q_OBJECT

public:
    explicit FailureTrendChart(QWidget *parent = nullptr);

    void showResult(const AggregationResult &result, int days) override;
    // Names for the source profiles (profile id -> title); an id without one is shown as the id.
    // Shown from the next showResult().
    void setSourceTitles(const QHash<QString, QString> &titles) { m_sourceTitles = titles; }

Q_SIGNALS:
    void kindClicked(ItemKind kind);

private:
    QString sourceTitle(const QString &profileId) const;

    QStackedBarSeries *m_series = nullptr;
    QHash<QString, QBarSet *> m_sets; // by profile id
    DayAxes m_axes;
    QHash<QString, QString> m_sourceTitles;
    QList<DailyFailures> m_days; // what the bars show, for their tips
};
