#include "failuretrendchart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QLocale>
#include <QSet>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <array>

namespace {

// Shades of the integration failures' purple, one per source profile.
const std::array<QColor, 6> SourceColours{QColor(0x5b, 0x2a, 0x86), QColor(0x8e, 0x5c, 0xc4),
                                          QColor(0xbe, 0xa2, 0xe3), QColor(0x3f, 0x1d, 0x5c),
                                          QColor(0xa8, 0x7f, 0xd6), QColor(0x72, 0x3f, 0xa8)};

} // namespace

FailureTrendChart::FailureTrendChart(QWidget *parent)
    : ChartCard(tr("Integration failures per day"), parent)
{
    QChart *chart = this->chart();
    chart->setMargins(QMargins(4, 4, 16, 4)); // room for the last date label
    m_series = new QStackedBarSeries(chart);
    m_series->setObjectName(QStringLiteral("failuresPerDay"));
    m_series->setBarWidth(0.75);
    chart->addSeries(m_series);
    m_axes = addDayAxes();
    m_series->attachAxis(m_axes.days);
    m_series->attachAxis(m_axes.counts);
}

QString FailureTrendChart::sourceTitle(const QString &profileId) const
{
    const QString title = m_sourceTitles.value(profileId);
    return title.isEmpty() ? profileId : title;
}

void FailureTrendChart::showResult(const AggregationResult &result, int days)
{
    m_days = result.failuresPerDay;
    QStringList profiles;
    QSet<QString> seen;
    int max = 0;
    for (const DailyFailures &day : std::as_const(m_days)) {
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

    for (auto it = m_sets.begin(); it != m_sets.end();) {
        if (seen.contains(it.key())) {
            ++it;
        } else {
            m_series->remove(it.value());
            it = m_sets.erase(it);
        }
    }
    for (int p = 0; p < profiles.size(); ++p) {
        const QString &profile = profiles.at(p);
        QBarSet *set = m_sets.value(profile);
        if (!set) {
            set = makeSet(profile, {}, SourceColours.at(0));
            connect(set, &QBarSet::hovered, this, [this, set](bool status, int index) {
                const DailyFailures day = m_days.value(index);
                showTip(status, tr("%1\n%2: %3")
                                    .arg(QLocale().toString(day.day, QLocale::ShortFormat),
                                         sourceTitle(set->objectName()))
                                    .arg(set->at(index)));
            });
            connect(set, &QBarSet::clicked, this,
                    [this] { Q_EMIT kindClicked(ItemKind::IntegrationFailure); });
            m_series->append(set);
            m_sets.insert(profile, set);
        }
        const QColor colour = SourceColours.at(p % SourceColours.size());
        if (set->color() != colour) {
            set->setColor(colour);
            set->setBorderColor(colour);
        }
        setLabel(set, sourceTitle(profile).toHtmlEscaped());
        QList<qreal> values;
        values.reserve(m_days.size());
        for (const DailyFailures &day : std::as_const(m_days))
            values.append(day.byProfile.value(profile));
        setValues(set, values);
    }

    QStringList categories;
    QList<QDate> dates;
    for (const DailyFailures &day : std::as_const(m_days)) {
        categories.append(day.day.toString(Qt::ISODate));
        dates.append(day.day);
    }
    setCategories(m_axes.days, uniqueLabels(categories));
    setDateLabels(m_axes.dates, dates);
    setScale(m_axes.counts, max, true);
    const int window = m_days.isEmpty() ? days : int(m_days.size());
    setEmptyText(profiles.isEmpty()
                     ? (window == 1 ? tr("No integration failures today")
                                    : tr("No integration failures in the last %n days", nullptr, window))
                     : QString());
}
