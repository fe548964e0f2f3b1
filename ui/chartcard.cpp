#include "chartcard.h"

#include "chartaxis.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QGridLayout>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QSet>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <array>

namespace {

const std::array<QColor, 3> KindColours{QColor(0x2f, 0x6f, 0xd1), QColor(0xe8, 0x83, 0x3a),
                                        QColor(0x8e, 0x5c, 0xc4)};
const QColor EmptyTextColour(0x6b, 0x72, 0x80);

} // namespace

ChartCard::ChartCard(const QString &title, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QGridLayout(this);
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

    m_view = new QChartView(chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(240, 180);

    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setContentsMargins(24, 24, 24, 24);
    m_emptyLabel->setAttribute(Qt::WA_TransparentForMouseEvents);
    QPalette palette = m_emptyLabel->palette();
    palette.setColor(QPalette::WindowText, EmptyTextColour);
    m_emptyLabel->setPalette(palette);

    layout->addWidget(m_view, 0, 0);
    layout->addWidget(m_emptyLabel, 0, 0);
    m_emptyLabel->raise();
}

QChart *ChartCard::chart() const
{
    return m_view->chart();
}

void ChartCard::setEmptyText(const QString &text)
{
    const bool empty = !text.isEmpty();
    m_emptyLabel->setText(text);
    m_emptyLabel->setVisible(empty);
    QChart *chart = this->chart();
    for (QAbstractAxis *axis : chart->axes()) {
        if (!m_hiddenAxes.contains(axis))
            axis->setVisible(!empty);
    }
    for (QAbstractSeries *series : chart->series())
        series->setVisible(!empty);
    if (m_legendUsed)
        chart->legend()->setVisible(!empty);
}

QString ChartCard::emptyText() const
{
    return m_emptyLabel->isHidden() ? QString() : m_emptyLabel->text();
}

void ChartCard::showTip(bool show, const QString &text)
{
    if (show) {
        QToolTip::showText(QCursor::pos(), text, m_view);
        if (m_clickable)
            m_view->setCursor(Qt::PointingHandCursor);
    } else {
        QToolTip::hideText();
        m_view->unsetCursor();
    }
}

ChartCard::DayAxes ChartCard::addDayAxes()
{
    QChart *chart = this->chart();
    DayAxes axes;
    axes.days = new QBarCategoryAxis(chart);
    axes.days->setVisible(false);
    addHiddenAxis(axes.days);
    axes.dates = new QCategoryAxis(chart);
    axes.dates->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axes.dates->setGridLineVisible(false);
    axes.counts = new QValueAxis(chart);
    axes.counts->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(axes.days, Qt::AlignBottom);
    chart->addAxis(axes.dates, Qt::AlignBottom);
    chart->addAxis(axes.counts, Qt::AlignLeft);
    return axes;
}

QString ChartCard::kindsText(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Approval:
        return tr("Approvals");
    case ItemKind::Exception:
        return tr("Store exceptions");
    case ItemKind::IntegrationFailure:
        return tr("Integration failures");
    case ItemKind::Unknown:
        break;
    }
    return tr("Other items");
}

QColor ChartCard::kindColour(ItemKind kind)
{
    return KindColours.at(
        qBound(0, int(EnumNames::known<ItemKind>().indexOf(kind)), int(KindColours.size()) - 1));
}

QBarSet *ChartCard::makeSet(const QString &key, const QString &label, const QColor &colour)
{
    auto *set = new QBarSet(label);
    set->setObjectName(key);
    set->setColor(colour);
    set->setBorderColor(colour);
    return set;
}

void ChartCard::setValues(QBarSet *set, const QList<qreal> &values)
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

void ChartCard::setLabel(QBarSet *set, const QString &label)
{
    if (set->label() != label)
        set->setLabel(label);
}

QStringList ChartCard::uniqueLabels(const QStringList &labels)
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

void ChartCard::setCategories(QBarCategoryAxis *axis, const QStringList &categories)
{
    if (axis->categories() != categories)
        axis->setCategories(categories);
}

void ChartCard::setDateLabels(QCategoryAxis *axis, const QList<QDate> &days)
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

void ChartCard::setScale(QValueAxis *axis, double max, bool integers)
{
    const ChartAxis::Scale scale = ChartAxis::niceScale(max, integers);
    if (axis->min() != 0.0 || axis->max() != scale.top)
        axis->setRange(0.0, scale.top);
    if (axis->tickCount() != scale.ticks)
        axis->setTickCount(scale.ticks);
}
