#include "regionbacklogchart.h"

#include "queuerules.h"

#include <QBarCategoryAxis>
#include <QBarLegendMarker>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QValueAxis>

#include <algorithm>

RegionBacklogChart::RegionBacklogChart(QWidget *parent)
    : ChartCard(tr("Open items by region"), parent)
{
    QChart *chart = this->chart();
    m_series = new QHorizontalStackedBarSeries(chart);
    m_series->setObjectName(QStringLiteral("openByRegion"));
    for (int k = 0; k < int(m_sets.size()); ++k) {
        m_sets[k] = makeSet(EnumNames::name(kindAt(k)), {}, kindColour(kindAt(k)));
        m_series->append(m_sets[k]);
        connect(m_sets[k], &QBarSet::clicked, this, [this, k](int index) {
            if (index < 0 || index >= m_regions.size())
                return;
            Q_EMIT regionClicked(m_regions.at(index));
            Q_EMIT kindClicked(kindAt(k));
        });
        connect(m_sets[k], &QBarSet::hovered, this, [this, k](bool status, int index) {
            const QString region = m_regions.value(index);
            showTip(status,
                    tr("%1\n%2: %3")
                        .arg(region.isEmpty() ? QueueRules::noStoreText() : region, kindsText(kindAt(k)))
                        .arg(m_sets[k]->at(index)));
        });
    }
    chart->addSeries(m_series);
    m_regionAxis = new QBarCategoryAxis(chart);
    m_countAxis = new QValueAxis(chart);
    m_countAxis->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(m_regionAxis, Qt::AlignLeft);
    chart->addAxis(m_countAxis, Qt::AlignBottom);
    m_series->attachAxis(m_regionAxis);
    m_series->attachAxis(m_countAxis);

    for (QLegendMarker *marker : chart->legend()->markers(m_series)) {
        if (auto *barMarker = qobject_cast<QBarLegendMarker *>(marker)) {
            connect(barMarker, &QLegendMarker::clicked, this, [this, barMarker] {
                if (const auto kind = EnumNames::fromName<ItemKind>(barMarker->barset()->objectName()))
                    Q_EMIT kindClicked(*kind);
            });
        }
    }
}

void RegionBacklogChart::showResult(const AggregationResult &result, int)
{
    // Horizontal categories run bottom-up: the regions in reverse, so the first is at the top.
    std::array<QList<qreal>, 3> values;
    QStringList labels;
    int max = 0;
    m_regions.clear();
    for (auto region = result.openByRegion.crbegin(); region != result.openByRegion.crend(); ++region) {
        m_regions.append(region->region);
        labels.append(region->region.isEmpty() ? QueueRules::noStoreText() : region->region.toHtmlEscaped());
        for (int k = 0; k < 3; ++k)
            values[k].append(region->byKind.value(kindAt(k)));
        max = std::max(max, region->total);
    }
    for (int k = 0; k < 3; ++k) {
        setValues(m_sets[k], values[k]);
        setLabel(m_sets[k], kindsText(kindAt(k)));
    }
    setCategories(m_regionAxis, uniqueLabels(labels));
    setScale(m_countAxis, max, true);
    setEmptyText(m_regions.isEmpty() ? tr("No open items") : QString());
}
