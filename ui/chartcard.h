// ChartCard: one cell of the charts panel: a titled QChart in its view, the text shown over it while
// it has nothing to show, the hover tip, and the helpers every chart uses to fill its series.
#pragma once

#include "queueaggregations.h"

#include <QColor>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

class QAbstractAxis;
class QBarCategoryAxis;
class QBarSet;
class QCategoryAxis;
class QChart;
class QChartView;
class QLabel;
class QValueAxis;

class ChartCard : public QWidget
{
    Q_OBJECT

public:
    explicit ChartCard(const QString &title, QWidget *parent = nullptr);

    QChart *chart() const;
    QChartView *view() const { return m_view; }

    // Draws the chart from `result`, reusing its series and axes. `days` is the window the user
    // picked, for the charts per day when the result has no day.
    virtual void showResult(const AggregationResult &result, int days) = 0;

    // The text shown over the chart, which hides its series, axes and legend ("" = show the data).
    void setEmptyText(const QString &text);
    // Empty while the chart shows data.
    QString emptyText() const;

protected:
    // Bars that do something when clicked get the pointing hand on hover (default: yes).
    void setClickable(bool clickable) { m_clickable = clickable; }
    // A chart without a legend keeps it hidden when it shows data.
    void setLegendUsed(bool used) { m_legendUsed = used; }
    // A category axis that places bars but is never drawn.
    void addHiddenAxis(QAbstractAxis *axis) { m_hiddenAxes.append(axis); }
    void showTip(bool show, const QString &text);

    // The axes of a chart per day: the day of each bar (hidden), the date labels under it and the
    // counts on the left, added to the chart in that order.
    struct DayAxes
    {
        QBarCategoryAxis *days = nullptr;
        QCategoryAxis *dates = nullptr;
        QValueAxis *counts = nullptr;
    };
    DayAxes addDayAxes();

    // The queue's item kinds in chart order (EnumNames::known<ItemKind>(): approvals, exceptions, failures);
    // their names in the charts and their colours (approvals blue, exceptions orange, failures purple).
    static ItemKind kindAt(int index) { return EnumNames::known<ItemKind>().at(index); }
    static QString kindsText(ItemKind kind);
    static QColor kindColour(ItemKind kind);

    static QBarSet *makeSet(const QString &key, const QString &label, const QColor &colour);
    // Replaces the values of a bar set, touching only the bars that changed when the count is the same.
    static void setValues(QBarSet *set, const QList<qreal> &values);
    static void setLabel(QBarSet *set, const QString &label);
    // Category names must be unique: a repeated one gets " (2)", " (3)"…. Axis and legend labels are
    // drawn as rich text, so names from Odoo are HTML-escaped before they get there.
    static QStringList uniqueLabels(const QStringList &labels);
    static void setCategories(QBarCategoryAxis *axis, const QStringList &categories);
    // Day labels under a per-day bar chart: today and every week (every two weeks over 90 days) before.
    static void setDateLabels(QCategoryAxis *axis, const QList<QDate> &days);
    // 0 to a round top that holds `max` (ChartAxis::niceScale), changed only when it differs.
    static void setScale(QValueAxis *axis, double max, bool integers);

private:
    QChartView *m_view;
    QLabel *m_emptyLabel;
    QList<QAbstractAxis *> m_hiddenAxes;
    bool m_clickable = true;
    bool m_legendUsed = true;
};
