#include "storerankingchart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QValueAxis>

#include <algorithm>

namespace {

const QColor CountLabelColour(0x37, 0x41, 0x51);

} // namespace

StoreRankingChart::StoreRankingChart(QWidget *parent)
    : ChartCard(tr("Top 10 stores by open exceptions"), parent)
{
    setLegendUsed(false);
    QChart *chart = this->chart();
    chart->legend()->setVisible(false);
    m_series = new QHorizontalBarSeries(chart);
    m_series->setObjectName(QStringLiteral("topStores"));
    m_series->setBarWidth(0.7);
    m_series->setLabelsVisible(true);
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    m_set =
        makeSet(EnumNames::name(ItemKind::Exception), tr("Open exceptions"), kindColour(ItemKind::Exception));
    m_set->setLabelColor(CountLabelColour);
    m_series->append(m_set);
    connect(m_set, &QBarSet::clicked, this, [this](int index) {
        if (index < 0 || index >= m_shown.size())
            return;
        const StoreRanking &store = m_shown.at(index);
        Q_EMIT storeClicked(store.storeId, store.name);
    });
    connect(m_set, &QBarSet::hovered, this, [this](bool status, int index) {
        const StoreRanking store = m_shown.value(index);
        showTip(status, store.count == 1 ? tr("%1: 1 open exception").arg(store.name)
                                         : tr("%1: %2 open exceptions").arg(store.name).arg(store.count));
    });
    chart->addSeries(m_series);
    m_storeAxis = new QBarCategoryAxis(chart);
    m_storeAxis->setGridLineVisible(false);
    m_countAxis = new QValueAxis(chart);
    m_countAxis->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(m_storeAxis, Qt::AlignLeft);
    chart->addAxis(m_countAxis, Qt::AlignBottom);
    m_series->attachAxis(m_storeAxis);
    m_series->attachAxis(m_countAxis);
}

void StoreRankingChart::showResult(const AggregationResult &result, int)
{
    m_shown = result.topStores;
    QStringList labels;
    QList<qreal> values;
    int max = 0;
    for (StoreRanking &store : m_shown) {
        if (store.name.isEmpty())
            store.name = tr("Store %1").arg(store.storeId);
        labels.append(store.name.toHtmlEscaped());
        values.append(store.count);
        max = std::max(max, store.count);
    }
    labels = uniqueLabels(labels); // in ranking order: the higher of two namesakes keeps the name
    // Horizontal categories run bottom-up: reversed, the first store is drawn at the top.
    std::reverse(m_shown.begin(), m_shown.end());
    std::reverse(labels.begin(), labels.end());
    std::reverse(values.begin(), values.end());
    setValues(m_set, values);
    setCategories(m_storeAxis, labels);
    // Room for the count printed after the longest bar.
    setScale(m_countAxis, max * 1.12, true);
    setEmptyText(m_shown.isEmpty() ? tr("No store has open exceptions") : QString());
}
