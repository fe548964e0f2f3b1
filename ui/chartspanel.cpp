#include "chartspanel.h"

#include "approvaltrendchart.h"
#include "failuretrendchart.h"
#include "regionbacklogchart.h"
#include "slaagingchart.h"
#include "storerankingchart.h"

#include <QButtonGroup>
#include <QChartView>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

ChartsPanel::ChartsPanel(QWidget *parent)
    : QWidget(parent)
    , m_daysGroup(new QButtonGroup(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 4, 6, 0);
    bar->addStretch();
    bar->addWidget(new QLabel(tr("Approvals and failures over the last"), this));
    for (const int days : {30, 90}) {
        auto *button = new QToolButton(this);
        button->setText(tr("%n days", nullptr, days));
        button->setCheckable(true);
        button->setChecked(days == m_days);
        button->setAutoRaise(false);
        button->setObjectName(QStringLiteral("days%1").arg(days));
        m_daysGroup->addButton(button, days);
        bar->addWidget(button);
    }
    m_daysGroup->setExclusive(true);
    connect(m_daysGroup, &QButtonGroup::idClicked, this, &ChartsPanel::setDays);
    layout->addLayout(bar);

    auto *regions = new RegionBacklogChart(this);
    auto *aging = new SlaAgingChart(this);
    auto *topStores = new StoreRankingChart(this);
    auto *approvals = new ApprovalTrendChart(this);
    m_failures = new FailureTrendChart(this);
    m_cards = {regions, aging, approvals, m_failures, topStores};
    auto *grid = new QGridLayout;
    grid->setSpacing(6);
    grid->addWidget(regions, 0, 0, 1, 2);
    grid->addWidget(aging, 0, 2, 1, 2);
    grid->addWidget(topStores, 0, 4, 1, 2);
    grid->addWidget(approvals, 1, 0, 1, 3);
    grid->addWidget(m_failures, 1, 3, 1, 3);
    for (int column = 0; column < 6; ++column)
        grid->setColumnStretch(column, 1);
    layout->addLayout(grid, 1);

    connect(regions, &RegionBacklogChart::regionClicked, this, &ChartsPanel::regionClicked);
    connect(regions, &RegionBacklogChart::kindClicked, this, &ChartsPanel::kindClicked);
    connect(aging, &SlaAgingChart::kindClicked, this, &ChartsPanel::kindClicked);
    connect(m_failures, &FailureTrendChart::kindClicked, this, &ChartsPanel::kindClicked);
    connect(topStores, &StoreRankingChart::storeClicked, this, &ChartsPanel::storeClicked);
    for (int index = 0; index < ChartCount; ++index) {
        m_cards[index]->view()->setObjectName(QStringLiteral("chart%1").arg(index));
        m_cards[index]->setEmptyText(tr("Waiting for data…"));
    }
}

ChartCard *ChartsPanel::card(int index) const
{
    return index >= 0 && index < ChartCount ? m_cards[index] : nullptr;
}

QChart *ChartsPanel::chart(int index) const
{
    const ChartCard *card = this->card(index);
    return card ? card->chart() : nullptr;
}

QChartView *ChartsPanel::chartView(int index) const
{
    const ChartCard *card = this->card(index);
    return card ? card->view() : nullptr;
}

QString ChartsPanel::emptyText(int index) const
{
    const ChartCard *card = this->card(index);
    return card ? card->emptyText() : QString();
}

void ChartsPanel::setDays(int days)
{
    if (days < 1 || days == m_days)
        return;
    m_days = days;
    if (QAbstractButton *button = m_daysGroup->button(days))
        button->setChecked(true);
    Q_EMIT daysChanged(days);
}

void ChartsPanel::setSourceTitles(const QHash<QString, QString> &titles)
{
    m_failures->setSourceTitles(titles);
    if (m_hasResult)
        m_failures->showResult(m_result, m_days);
}

void ChartsPanel::setResult(const AggregationResult &result)
{
    m_result = result;
    m_hasResult = true;
    for (ChartCard *card : m_cards)
        card->showResult(m_result, m_days);
}
