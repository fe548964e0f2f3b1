#include "approvaltrendchart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace {

const QColor RejectedColour(0xa9, 0xc1, 0xea);
const QColor MedianColour(0x1f, 0x29, 0x37);

} // namespace

ApprovalTrendChart::ApprovalTrendChart(QWidget *parent)
    : ChartCard(tr("Approvals decided per day"), parent)
{
    setClickable(false);
    QChart *chart = this->chart();
    m_series = new QStackedBarSeries(chart);
    m_series->setObjectName(QStringLiteral("approvalsPerDay"));
    m_series->setBarWidth(0.75);
    m_approvedSet = makeSet(QStringLiteral("approved"), tr("Approved"), kindColour(ItemKind::Approval));
    m_rejectedSet = makeSet(QStringLiteral("rejected"), tr("Rejected"), RejectedColour);
    m_series->append({m_approvedSet, m_rejectedSet});
    for (QBarSet *set : {m_approvedSet, m_rejectedSet}) {
        connect(set, &QBarSet::hovered, this, [this](bool status, int index) {
            const DailyApprovals day = m_days.value(index);
            QString text = tr("%1\nApproved: %2, rejected: %3")
                               .arg(QLocale().toString(day.day, QLocale::ShortFormat))
                               .arg(day.approved)
                               .arg(day.rejected);
            if (day.cycleCount > 0)
                text +=
                    QLatin1Char('\n') + tr("Median time to decision: %1 h")
                                            .arg(QLocale().toString(day.medianCycleSeconds / 3600.0, 'f', 1));
            showTip(status, text);
        });
    }
    m_medianSeries = new QLineSeries(chart);
    m_medianSeries->setObjectName(QStringLiteral("medianCycleHours"));
    m_medianSeries->setName(tr("Median time to decision"));
    QPen pen(MedianColour);
    pen.setWidthF(2.0);
    m_medianSeries->setPen(pen);
    chart->addSeries(m_series);
    chart->addSeries(m_medianSeries);

    m_axes = addDayAxes();
    m_medianAxis = new QValueAxis(chart);
    m_medianAxis->setGridLineVisible(false);
    m_medianAxis->setLabelsColor(MedianColour);
    chart->addAxis(m_medianAxis, Qt::AlignRight);
    m_series->attachAxis(m_axes.days);
    m_series->attachAxis(m_axes.counts);
    m_medianSeries->attachAxis(m_axes.dates);
    m_medianSeries->attachAxis(m_medianAxis);
}

void ApprovalTrendChart::showResult(const AggregationResult &result, int days)
{
    m_days = result.approvalsPerDay;
    QList<qreal> approved;
    QList<qreal> rejected;
    QList<QPointF> medians;
    QStringList categories;
    QList<QDate> dates;
    int max = 0;
    int decided = 0;
    double maxHours = 0.0;
    for (int i = 0; i < m_days.size(); ++i) {
        const DailyApprovals &day = m_days.at(i);
        approved.append(day.approved);
        rejected.append(day.rejected);
        categories.append(day.day.toString(Qt::ISODate));
        dates.append(day.day);
        max = std::max(max, day.decided());
        decided += day.decided();
        if (day.cycleCount > 0) {
            const double hours = day.medianCycleSeconds / 3600.0;
            medians.append(QPointF(i, hours));
            maxHours = std::max(maxHours, hours);
        }
    }
    setValues(m_approvedSet, approved);
    setValues(m_rejectedSet, rejected);
    setCategories(m_axes.days, uniqueLabels(categories));
    setDateLabels(m_axes.dates, dates);
    m_medianSeries->replace(medians);
    m_medianSeries->setPointsVisible(m_days.size() <= 45); // dots would blur a 90-day line
    setScale(m_axes.counts, max, true);
    setScale(m_medianAxis, maxHours * 1.05, false); // the highest dot stays inside the plot
    m_medianAxis->setLabelFormat(m_medianAxis->max() >= 5.0 ? QStringLiteral("%.0f h")
                                                            : QStringLiteral("%.1f h"));
    const int window = m_days.isEmpty() ? days : int(m_days.size());
    setEmptyText(decided == 0
                     ? (window == 1 ? tr("No approvals decided today")
                                    : tr("No approvals decided in the last %n days", nullptr, window))
                     : QString());
}
