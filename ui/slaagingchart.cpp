#include "slaagingchart.h"

#include "statuspalette.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace {

QString bucketText(int bucket)
{
    switch (bucket) {
    case AgingBuckets::UnderQuarter:
        return SlaAgingChart::tr("0–25 %");
    case AgingBuckets::QuarterToHalf:
        return SlaAgingChart::tr("25–50 %");
    case AgingBuckets::HalfToDue:
        return SlaAgingChart::tr("50–100 %");
    case AgingBuckets::Overdue:
        return SlaAgingChart::tr("Overdue");
    default:
        return SlaAgingChart::tr("No SLA");
    }
}

} // namespace

SlaAgingChart::SlaAgingChart(QWidget *parent)
    : ChartCard(tr("SLA time used by open items"), parent)
{
    QChart *chart = this->chart();
    const std::array<QString, AgingBuckets::BucketCount> bucketKeys{
        QStringLiteral("under_quarter"), QStringLiteral("quarter_to_half"), QStringLiteral("half_to_due"),
        QStringLiteral("overdue"), QStringLiteral("no_sla")};
    m_series = new QHorizontalStackedBarSeries(chart);
    m_series->setObjectName(QStringLiteral("aging"));
    for (int b = 0; b < AgingBuckets::BucketCount; ++b) {
        m_sets[b] = makeSet(bucketKeys.at(b), {}, StatusPalette::agingBucketColor(b));
        m_series->append(m_sets[b]);
        connect(m_sets[b], &QBarSet::clicked, this, [this](int index) {
            // Categories run bottom-up: integration failures, exceptions, approvals.
            if (index >= 0 && index < 3)
                Q_EMIT kindClicked(kindAt(2 - index));
        });
        connect(m_sets[b], &QBarSet::hovered, this, [this, b](bool status, int index) {
            showTip(
                status,
                tr("%1\n%2: %3").arg(kindsText(kindAt(2 - index)), bucketText(b)).arg(m_sets[b]->at(index)));
        });
    }
    chart->addSeries(m_series);
    auto *kindAxis = new QBarCategoryAxis(chart);
    kindAxis->setCategories({kindsText(kindAt(2)), kindsText(kindAt(1)), kindsText(kindAt(0))});
    m_countAxis = new QValueAxis(chart);
    m_countAxis->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(kindAxis, Qt::AlignLeft);
    chart->addAxis(m_countAxis, Qt::AlignBottom);
    m_series->attachAxis(kindAxis);
    m_series->attachAxis(m_countAxis);
}

void SlaAgingChart::showResult(const AggregationResult &result, int)
{
    // Categories run bottom-up: integration failures, exceptions, approvals (at the top).
    std::array<int, 3> rowTotals{};
    int all = 0;
    for (int b = 0; b < AgingBuckets::BucketCount; ++b) {
        QList<qreal> values;
        for (int row = 0; row < 3; ++row) {
            const int count = result.aging.byKind.value(kindAt(2 - row), AgingBuckets::Counts{}).at(b);
            values.append(count);
            rowTotals[row] += count;
        }
        setValues(m_sets[b], values);
        setLabel(m_sets[b], bucketText(b));
        all += result.aging.counts.at(b);
    }
    setScale(m_countAxis, *std::max_element(rowTotals.begin(), rowTotals.end()), true);
    setEmptyText(all == 0 ? tr("No open items") : QString());
}
