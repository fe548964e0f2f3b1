#include "chartspanel.h"

#include "queuerules.h"
#include "statuspalette.h"

#include <QBarCategoryAxis>
#include <QBarLegendMarker>
#include <QBarSet>
#include <QButtonGroup>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QSet>
#include <QStackedBarSeries>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace {

const QStringList &kinds()
{
    static const QStringList list{QStringLiteral("approval"), QStringLiteral("exception"),
                                  QStringLiteral("integration_failure")};
    return list;
}

// The queue's colours: approvals blue, exceptions orange, integration failures purple.
const std::array<QColor, 3> KindColours{QColor(0x2f, 0x6f, 0xd1), QColor(0xe8, 0x83, 0x3a),
                                        QColor(0x8e, 0x5c, 0xc4)};
// Shades of the integration failures' purple, one per source profile.
const std::array<QColor, 6> SourceColours{QColor(0x5b, 0x2a, 0x86), QColor(0x8e, 0x5c, 0xc4),
                                          QColor(0xbe, 0xa2, 0xe3), QColor(0x3f, 0x1d, 0x5c),
                                          QColor(0xa8, 0x7f, 0xd6), QColor(0x72, 0x3f, 0xa8)};
const QColor RejectedColour(0xa9, 0xc1, 0xea);
const QColor MedianColour(0x1f, 0x29, 0x37);

constexpr int CountAxisTicksMax = 5;

QString kindsText(int kind)
{
    switch (kind) {
    case 0:
        return ChartsPanel::tr("Approvals");
    case 1:
        return ChartsPanel::tr("Store exceptions");
    default:
        return ChartsPanel::tr("Integration failures");
    }
}

QString bucketText(int bucket)
{
    switch (bucket) {
    case AgingBuckets::UnderQuarter:
        return ChartsPanel::tr("0–25 %");
    case AgingBuckets::QuarterToHalf:
        return ChartsPanel::tr("25–50 %");
    case AgingBuckets::HalfToDue:
        return ChartsPanel::tr("50–100 %");
    case AgingBuckets::Overdue:
        return ChartsPanel::tr("Overdue");
    default:
        return ChartsPanel::tr("No SLA");
    }
}

// An axis top and tick count with round steps (1, 2 or 5 times a power of ten) that holds `max`.
struct Scale
{
    double top = 1.0;
    int ticks = 2;
};

Scale niceScale(double max, bool integers)
{
    if (!(max > 0.0))
        max = 1.0;
    const double raw = max / CountAxisTicksMax;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = 10.0 * magnitude;
    for (const double factor : {1.0, 2.0, 5.0}) {
        if (factor * magnitude >= raw) {
            step = factor * magnitude;
            break;
        }
    }
    if (integers)
        step = std::max(1.0, std::ceil(step));
    const double top = std::ceil(max / step - 1e-9) * step;
    return {top, int(std::lround(top / step)) + 1};
}

void setScale(QValueAxis *axis, double max, bool integers)
{
    const Scale scale = niceScale(max, integers);
    if (axis->min() != 0.0 || axis->max() != scale.top)
        axis->setRange(0.0, scale.top);
    if (axis->tickCount() != scale.ticks)
        axis->setTickCount(scale.ticks);
}

// Replaces the values of a bar set, touching only the bars that changed when the count is the same.
void setValues(QBarSet *set, const QList<qreal> &values)
{
    const int count = set->count();
    if (count == values.size()) {
        for (int i = 0; i < count; ++i) {
            if (set->at(i) != values.at(i))
                set->replace(i, values.at(i));
        }
        return;
    }
    if (count > 0)
        set->remove(0, count);
    set->append(values);
}

void setLabel(QBarSet *set, const QString &label)
{
    if (set->label() != label)
        set->setLabel(label);
}

// Category names must be unique: a repeated one gets " (2)", " (3)"…. Axis and legend labels are
// drawn as rich text, so names from Odoo are HTML-escaped before they get there.
QStringList uniqueLabels(const QStringList &labels)
{
    QStringList result;
    QSet<QString> seen;
    for (const QString &label : labels) {
        QString unique = label;
        for (int n = 2; seen.contains(unique); ++n)
            unique = QStringLiteral("%1 (%2)").arg(label).arg(n);
        seen.insert(unique);
        result.append(unique);
    }
    return result;
}

void setCategories(QBarCategoryAxis *axis, const QStringList &categories)
{
    if (axis->categories() != categories)
        axis->setCategories(categories);
}

// Day labels under a per-day bar chart: today and every week (every two weeks over 90 days) before.
void setDateLabels(QCategoryAxis *axis, const QList<QDate> &days)
{
    const int count = int(days.size());
    const int step = count > 45 ? 14 : 7;
    QStringList labels;
    QList<int> positions;
    const QLocale locale;
    for (int i = count - 1; i >= 0; i -= step) {
        labels.prepend(locale.toString(days.at(i), QStringLiteral("d MMM")));
        positions.prepend(i);
    }
    if (axis->categoriesLabels() != labels) {
        for (const QString &label : axis->categoriesLabels())
            axis->remove(label);
        for (int i = 0; i < labels.size(); ++i)
            axis->append(labels.at(i), positions.at(i));
    }
    axis->setStartValue(-0.5);
    axis->setRange(-0.5, std::max(0.5, count - 0.5));
}

QBarSet *makeSet(const QString &key, const QString &label, const QColor &colour)
{
    auto *set = new QBarSet(label);
    set->setObjectName(key);
    set->setColor(colour);
    set->setBorderColor(colour);
    return set;
}

} // namespace

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

    auto *grid = new QGridLayout;
    grid->setSpacing(6);
    grid->addWidget(makeCell(OpenByRegionChart, tr("Open items by region")), 0, 0, 1, 2);
    grid->addWidget(makeCell(AgingChart, tr("SLA time used by open items")), 0, 2, 1, 2);
    grid->addWidget(makeCell(TopStoresChart, tr("Top 10 stores by open exceptions")), 0, 4, 1, 2);
    grid->addWidget(makeCell(ApprovalsChart, tr("Approvals decided per day")), 1, 0, 1, 3);
    grid->addWidget(makeCell(FailuresChart, tr("Integration failures per day")), 1, 3, 1, 3);
    for (int column = 0; column < 6; ++column)
        grid->setColumnStretch(column, 1);
    layout->addLayout(grid, 1);

    setupOpenByRegion();
    setupAging();
    setupApprovals();
    setupFailures();
    setupTopStores();
    for (int index = 0; index < ChartCount; ++index)
        setEmpty(index, tr("Waiting for data…"));
}

QWidget *ChartsPanel::makeCell(int index, const QString &title)
{
    auto *cell = new QWidget(this);
    auto *layout = new QGridLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *chart = new QChart;
    chart->setTitle(title);
    QFont titleFont = font();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(4);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont small = font();
    if (small.pointSizeF() > 0)
        small.setPointSizeF(small.pointSizeF() * 0.9);
    chart->legend()->setFont(small);

    auto *view = new QChartView(chart, cell);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(240, 180);
    view->setObjectName(QStringLiteral("chart%1").arg(index));

    auto *empty = new QLabel(cell);
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setContentsMargins(24, 24, 24, 24);
    empty->setAttribute(Qt::WA_TransparentForMouseEvents);
    QPalette palette = empty->palette();
    palette.setColor(QPalette::WindowText, QColor(0x6b, 0x72, 0x80));
    empty->setPalette(palette);

    layout->addWidget(view, 0, 0);
    layout->addWidget(empty, 0, 0);
    empty->raise();
    m_views[index] = view;
    m_emptyLabels[index] = empty;
    return cell;
}

void ChartsPanel::setupOpenByRegion()
{
    QChart *chart = this->chart(OpenByRegionChart);
    m_regionSeries = new QHorizontalStackedBarSeries(chart);
    m_regionSeries->setObjectName(QStringLiteral("openByRegion"));
    for (int k = 0; k < int(m_regionSets.size()); ++k) {
        m_regionSets[k] = makeSet(kinds().at(k), {}, KindColours.at(k));
        m_regionSeries->append(m_regionSets[k]);
        connect(m_regionSets[k], &QBarSet::clicked, this, [this, k](int index) {
            if (index < 0 || index >= m_regions.size())
                return;
            Q_EMIT regionClicked(m_regions.at(index));
            Q_EMIT kindClicked(kinds().at(k));
        });
        connect(m_regionSets[k], &QBarSet::hovered, this, [this, k](bool status, int index) {
            const QString region = m_regions.value(index);
            showTip(OpenByRegionChart, status,
                    tr("%1\n%2: %3")
                        .arg(region.isEmpty() ? QueueRules::noStoreText() : region, kindsText(k))
                        .arg(m_regionSets[k]->at(index)));
        });
    }
    chart->addSeries(m_regionSeries);
    m_regionAxis = new QBarCategoryAxis(chart);
    m_regionCountAxis = new QValueAxis(chart);
    m_regionCountAxis->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(m_regionAxis, Qt::AlignLeft);
    chart->addAxis(m_regionCountAxis, Qt::AlignBottom);
    m_regionSeries->attachAxis(m_regionAxis);
    m_regionSeries->attachAxis(m_regionCountAxis);

    for (QLegendMarker *marker : chart->legend()->markers(m_regionSeries)) {
        if (auto *barMarker = qobject_cast<QBarLegendMarker *>(marker)) {
            connect(barMarker, &QLegendMarker::clicked, this,
                    [this, barMarker] { Q_EMIT kindClicked(barMarker->barset()->objectName()); });
        }
    }
}

void ChartsPanel::setupAging()
{
    QChart *chart = this->chart(AgingChart);
    const std::array<QString, AgingBuckets::BucketCount> bucketKeys{
        QStringLiteral("under_quarter"), QStringLiteral("quarter_to_half"), QStringLiteral("half_to_due"),
        QStringLiteral("overdue"), QStringLiteral("no_sla")};
    m_agingSeries = new QHorizontalStackedBarSeries(chart);
    m_agingSeries->setObjectName(QStringLiteral("aging"));
    for (int b = 0; b < AgingBuckets::BucketCount; ++b) {
        m_agingSets[b] = makeSet(bucketKeys.at(b), {}, StatusPalette::agingBucketColor(b));
        m_agingSeries->append(m_agingSets[b]);
        connect(m_agingSets[b], &QBarSet::clicked, this, [this](int index) {
            // Categories run bottom-up: integration failures, exceptions, approvals.
            if (index >= 0 && index < 3)
                Q_EMIT kindClicked(kinds().at(2 - index));
        });
        connect(m_agingSets[b], &QBarSet::hovered, this, [this, b](bool status, int index) {
            showTip(AgingChart, status,
                    tr("%1\n%2: %3").arg(kindsText(2 - index), bucketText(b)).arg(m_agingSets[b]->at(index)));
        });
    }
    chart->addSeries(m_agingSeries);
    auto *kindAxis = new QBarCategoryAxis(chart);
    kindAxis->setCategories({kindsText(2), kindsText(1), kindsText(0)});
    m_agingCountAxis = new QValueAxis(chart);
    m_agingCountAxis->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(kindAxis, Qt::AlignLeft);
    chart->addAxis(m_agingCountAxis, Qt::AlignBottom);
    m_agingSeries->attachAxis(kindAxis);
    m_agingSeries->attachAxis(m_agingCountAxis);
}

void ChartsPanel::setupApprovals()
{
    QChart *chart = this->chart(ApprovalsChart);
    m_approvalSeries = new QStackedBarSeries(chart);
    m_approvalSeries->setObjectName(QStringLiteral("approvalsPerDay"));
    m_approvalSeries->setBarWidth(0.75);
    m_approvedSet = makeSet(QStringLiteral("approved"), tr("Approved"), KindColours.at(0));
    m_rejectedSet = makeSet(QStringLiteral("rejected"), tr("Rejected"), RejectedColour);
    m_approvalSeries->append({m_approvedSet, m_rejectedSet});
    for (QBarSet *set : {m_approvedSet, m_rejectedSet}) {
        connect(set, &QBarSet::hovered, this, [this](bool status, int index) {
            const DailyApprovals day = m_result.approvalsPerDay.value(index);
            QString text = tr("%1\nApproved: %2, rejected: %3")
                               .arg(QLocale().toString(day.day, QLocale::ShortFormat))
                               .arg(day.approved)
                               .arg(day.rejected);
            if (day.cycleCount > 0)
                text +=
                    QLatin1Char('\n') + tr("Median time to decision: %1 h")
                                            .arg(QLocale().toString(day.medianCycleSeconds / 3600.0, 'f', 1));
            showTip(ApprovalsChart, status, text);
        });
    }
    m_medianSeries = new QLineSeries(chart);
    m_medianSeries->setObjectName(QStringLiteral("medianCycleHours"));
    m_medianSeries->setName(tr("Median time to decision"));
    QPen pen(MedianColour);
    pen.setWidthF(2.0);
    m_medianSeries->setPen(pen);
    chart->addSeries(m_approvalSeries);
    chart->addSeries(m_medianSeries);

    m_approvalDayAxis = new QBarCategoryAxis(chart);
    m_approvalDayAxis->setVisible(false);
    m_hiddenAxes.append(m_approvalDayAxis);
    m_approvalDateAxis = new QCategoryAxis(chart);
    m_approvalDateAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_approvalDateAxis->setGridLineVisible(false);
    m_approvalCountAxis = new QValueAxis(chart);
    m_approvalCountAxis->setLabelFormat(QStringLiteral("%d"));
    m_medianAxis = new QValueAxis(chart);
    m_medianAxis->setGridLineVisible(false);
    m_medianAxis->setLabelsColor(MedianColour);
    chart->addAxis(m_approvalDayAxis, Qt::AlignBottom);
    chart->addAxis(m_approvalDateAxis, Qt::AlignBottom);
    chart->addAxis(m_approvalCountAxis, Qt::AlignLeft);
    chart->addAxis(m_medianAxis, Qt::AlignRight);
    m_approvalSeries->attachAxis(m_approvalDayAxis);
    m_approvalSeries->attachAxis(m_approvalCountAxis);
    m_medianSeries->attachAxis(m_approvalDateAxis);
    m_medianSeries->attachAxis(m_medianAxis);
}

void ChartsPanel::setupFailures()
{
    QChart *chart = this->chart(FailuresChart);
    chart->setMargins(QMargins(4, 4, 16, 4)); // room for the last date label
    m_failureSeries = new QStackedBarSeries(chart);
    m_failureSeries->setObjectName(QStringLiteral("failuresPerDay"));
    m_failureSeries->setBarWidth(0.75);
    chart->addSeries(m_failureSeries);
    m_failureDayAxis = new QBarCategoryAxis(chart);
    m_failureDayAxis->setVisible(false);
    m_hiddenAxes.append(m_failureDayAxis);
    m_failureDateAxis = new QCategoryAxis(chart);
    m_failureDateAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_failureDateAxis->setGridLineVisible(false);
    m_failureCountAxis = new QValueAxis(chart);
    m_failureCountAxis->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(m_failureDayAxis, Qt::AlignBottom);
    chart->addAxis(m_failureDateAxis, Qt::AlignBottom);
    chart->addAxis(m_failureCountAxis, Qt::AlignLeft);
    m_failureSeries->attachAxis(m_failureDayAxis);
    m_failureSeries->attachAxis(m_failureCountAxis);
}

void ChartsPanel::setupTopStores()
{
    QChart *chart = this->chart(TopStoresChart);
    chart->legend()->setVisible(false);
    m_topSeries = new QHorizontalBarSeries(chart);
    m_topSeries->setObjectName(QStringLiteral("topStores"));
    m_topSeries->setBarWidth(0.7);
    m_topSeries->setLabelsVisible(true);
    m_topSeries->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    m_topSet = makeSet(QStringLiteral("exception"), tr("Open exceptions"), KindColours.at(1));
    m_topSet->setLabelColor(QColor(0x37, 0x41, 0x51));
    m_topSeries->append(m_topSet);
    connect(m_topSet, &QBarSet::clicked, this, [this](int index) {
        if (index < 0 || index >= m_topShown.size())
            return;
        const StoreRanking &store = m_topShown.at(index);
        Q_EMIT storeClicked(store.storeId, store.name);
    });
    connect(m_topSet, &QBarSet::hovered, this, [this](bool status, int index) {
        const StoreRanking store = m_topShown.value(index);
        showTip(TopStoresChart, status,
                store.count == 1 ? tr("%1: 1 open exception").arg(store.name)
                                 : tr("%1: %2 open exceptions").arg(store.name).arg(store.count));
    });
    chart->addSeries(m_topSeries);
    m_topAxis = new QBarCategoryAxis(chart);
    m_topAxis->setGridLineVisible(false);
    m_topCountAxis = new QValueAxis(chart);
    m_topCountAxis->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(m_topAxis, Qt::AlignLeft);
    chart->addAxis(m_topCountAxis, Qt::AlignBottom);
    m_topSeries->attachAxis(m_topAxis);
    m_topSeries->attachAxis(m_topCountAxis);
}

QChart *ChartsPanel::chart(int index) const
{
    return index >= 0 && index < ChartCount ? m_views[index]->chart() : nullptr;
}

QChartView *ChartsPanel::chartView(int index) const
{
    return index >= 0 && index < ChartCount ? m_views[index] : nullptr;
}

QString ChartsPanel::emptyText(int index) const
{
    if (index < 0 || index >= ChartCount || m_emptyLabels[index]->isHidden())
        return {};
    return m_emptyLabels[index]->text();
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
    m_sourceTitles = titles;
    if (m_hasResult)
        updateFailures();
}

void ChartsPanel::setResult(const AggregationResult &result)
{
    m_result = result;
    m_hasResult = true;
    updateOpenByRegion();
    updateAging();
    updateApprovals();
    updateFailures();
    updateTopStores();
}

void ChartsPanel::setEmpty(int index, const QString &text)
{
    QLabel *label = m_emptyLabels[index];
    const bool empty = !text.isEmpty();
    label->setText(text);
    label->setVisible(empty);
    QChart *chart = this->chart(index);
    for (QAbstractAxis *axis : chart->axes()) {
        if (!m_hiddenAxes.contains(axis))
            axis->setVisible(!empty);
    }
    for (QAbstractSeries *series : chart->series())
        series->setVisible(!empty);
    if (index != TopStoresChart)
        chart->legend()->setVisible(!empty);
}

void ChartsPanel::showTip(int index, bool show, const QString &text)
{
    QChartView *view = m_views[index];
    if (show) {
        QToolTip::showText(QCursor::pos(), text, view);
        if (index != ApprovalsChart)
            view->setCursor(Qt::PointingHandCursor);
    } else {
        QToolTip::hideText();
        view->unsetCursor();
    }
}

void ChartsPanel::updateOpenByRegion()
{
    // Horizontal categories run bottom-up: the regions in reverse, so the first is at the top.
    std::array<QList<qreal>, 3> values;
    QStringList labels;
    int max = 0;
    m_regions.clear();
    for (auto region = m_result.openByRegion.crbegin(); region != m_result.openByRegion.crend(); ++region) {
        m_regions.append(region->region);
        labels.append(region->region.isEmpty() ? QueueRules::noStoreText() : region->region.toHtmlEscaped());
        for (int k = 0; k < 3; ++k)
            values[k].append(region->byKind.value(kinds().at(k)));
        max = std::max(max, region->total);
    }
    for (int k = 0; k < 3; ++k) {
        setValues(m_regionSets[k], values[k]);
        setLabel(m_regionSets[k], kindsText(k));
    }
    setCategories(m_regionAxis, uniqueLabels(labels));
    setScale(m_regionCountAxis, max, true);
    setEmpty(OpenByRegionChart, m_regions.isEmpty() ? tr("No open items") : QString());
}

void ChartsPanel::updateAging()
{
    // Categories run bottom-up: integration failures, exceptions, approvals (at the top).
    std::array<int, 3> rowTotals{};
    int all = 0;
    for (int b = 0; b < AgingBuckets::BucketCount; ++b) {
        QList<qreal> values;
        for (int row = 0; row < 3; ++row) {
            const QString &kind = kinds().at(2 - row);
            const int count = m_result.aging.byKind.value(kind, AgingBuckets::Counts{}).at(b);
            values.append(count);
            rowTotals[row] += count;
        }
        setValues(m_agingSets[b], values);
        setLabel(m_agingSets[b], bucketText(b));
        all += m_result.aging.counts.at(b);
    }
    setScale(m_agingCountAxis, *std::max_element(rowTotals.begin(), rowTotals.end()), true);
    setEmpty(AgingChart, all == 0 ? tr("No open items") : QString());
}

void ChartsPanel::updateApprovals()
{
    const QList<DailyApprovals> &days = m_result.approvalsPerDay;
    QList<qreal> approved;
    QList<qreal> rejected;
    QList<QPointF> medians;
    QStringList categories;
    QList<QDate> dates;
    int max = 0;
    int decided = 0;
    double maxHours = 0.0;
    for (int i = 0; i < days.size(); ++i) {
        const DailyApprovals &day = days.at(i);
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
    setCategories(m_approvalDayAxis, uniqueLabels(categories));
    setDateLabels(m_approvalDateAxis, dates);
    m_medianSeries->replace(medians);
    m_medianSeries->setPointsVisible(days.size() <= 45); // dots would blur a 90-day line
    setScale(m_approvalCountAxis, max, true);
    setScale(m_medianAxis, maxHours * 1.05, false); // the highest dot stays inside the plot
    m_medianAxis->setLabelFormat(m_medianAxis->max() >= 5.0 ? QStringLiteral("%.0f h")
                                                            : QStringLiteral("%.1f h"));
    const int window = days.isEmpty() ? m_days : int(days.size());
    setEmpty(ApprovalsChart,
             decided == 0 ? (window == 1 ? tr("No approvals decided today")
                                         : tr("No approvals decided in the last %n days", nullptr, window))
                          : QString());
}

QString ChartsPanel::sourceTitle(const QString &profileId) const
{
    const QString title = m_sourceTitles.value(profileId);
    return title.isEmpty() ? profileId : title;
}

void ChartsPanel::updateFailures()
{
    const QList<DailyFailures> &days = m_result.failuresPerDay;
    QStringList profiles;
    QSet<QString> seen;
    int max = 0;
    for (const DailyFailures &day : days) {
        max = std::max(max, day.total);
        for (auto it = day.byProfile.cbegin(); it != day.byProfile.cend(); ++it) {
            if (it.value() > 0 && !seen.contains(it.key())) {
                seen.insert(it.key());
                profiles.append(it.key());
            }
        }
    }
    std::sort(profiles.begin(), profiles.end(), [this](const QString &a, const QString &b) {
        return QString::compare(sourceTitle(a), sourceTitle(b), Qt::CaseInsensitive) < 0;
    });

    for (auto it = m_failureSets.begin(); it != m_failureSets.end();) {
        if (seen.contains(it.key())) {
            ++it;
        } else {
            m_failureSeries->remove(it.value());
            it = m_failureSets.erase(it);
        }
    }
    for (int p = 0; p < profiles.size(); ++p) {
        const QString &profile = profiles.at(p);
        QBarSet *set = m_failureSets.value(profile);
        if (!set) {
            set = makeSet(profile, {}, SourceColours.at(0));
            connect(set, &QBarSet::hovered, this, [this, set](bool status, int index) {
                const DailyFailures day = m_result.failuresPerDay.value(index);
                showTip(FailuresChart, status,
                        tr("%1\n%2: %3")
                            .arg(QLocale().toString(day.day, QLocale::ShortFormat),
                                 sourceTitle(set->objectName()))
                            .arg(set->at(index)));
            });
            connect(set, &QBarSet::clicked, this, [this] { Q_EMIT kindClicked(kinds().at(2)); });
            m_failureSeries->append(set);
            m_failureSets.insert(profile, set);
        }
        const QColor colour = SourceColours.at(p % SourceColours.size());
        if (set->color() != colour) {
            set->setColor(colour);
            set->setBorderColor(colour);
        }
        setLabel(set, sourceTitle(profile).toHtmlEscaped());
        QList<qreal> values;
        values.reserve(days.size());
        for (const DailyFailures &day : days)
            values.append(day.byProfile.value(profile));
        setValues(set, values);
    }

    QStringList categories;
    QList<QDate> dates;
    for (const DailyFailures &day : days) {
        categories.append(day.day.toString(Qt::ISODate));
        dates.append(day.day);
    }
    setCategories(m_failureDayAxis, uniqueLabels(categories));
    setDateLabels(m_failureDateAxis, dates);
    setScale(m_failureCountAxis, max, true);
    const int window = days.isEmpty() ? m_days : int(days.size());
    setEmpty(FailuresChart,
             profiles.isEmpty()
                 ? (window == 1 ? tr("No integration failures today")
                                : tr("No integration failures in the last %n days", nullptr, window))
                 : QString());
}

void ChartsPanel::updateTopStores()
{
    m_topShown = m_result.topStores;
    QStringList labels;
    QList<qreal> values;
    int max = 0;
    for (StoreRanking &store : m_topShown) {
        if (store.name.isEmpty())
            store.name = tr("Store %1").arg(store.storeId);
        labels.append(store.name.toHtmlEscaped());
        values.append(store.count);
        max = std::max(max, store.count);
    }
    labels = uniqueLabels(labels); // in ranking order: the higher of two namesakes keeps the name
    // Horizontal categories run bottom-up: reversed, the first store is drawn at the top.
    std::reverse(m_topShown.begin(), m_topShown.end());
    std::reverse(labels.begin(), labels.end());
    std::reverse(values.begin(), values.end());
    setValues(m_topSet, values);
    setCategories(m_topAxis, labels);
    // Room for the count printed after the longest bar.
    setScale(m_topCountAxis, max * 1.12, true);
    setEmpty(TopStoresChart, m_topShown.isEmpty() ? tr("No store has open exceptions") : QString());
}
