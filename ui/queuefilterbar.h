// QueueFilterBar: the search with "N of M", then the kind, severity, SLA, region, mine and store filters;
// it writes the user's picks to the QueueFilterModel and shows the model's filters, whoever set them.
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QueueFilterModel;
class QueueModel;

class QueueFilterBar : public QWidget
{
    Q_OBJECT
public:
    // `leading` is placed on the first row, before the search.
    QueueFilterBar(QueueModel *model, QueueFilterModel *filter, QWidget *leading, QWidget *parent = nullptr);

    QLineEdit *searchEdit() const { return m_search; }
    void setRegions(const QStringList &regions);
    // The name the store chip shows for `storeId` (from the map or a chart).
    void setStoreName(int storeId, const QString &name);
    // The res.users id "mine" filters on (0 = not signed in: the box is kept, the filter is off).
    void setCurrentUserId(int userId);
    int currentUserId() const { return m_userId; }
    // What the filter's "mine" is: the current user while the box is ticked, else 0.
    int mineUserId() const;
    bool isMineChecked() const;
    // Ticks the box without applying it (whoever calls this sets the filter).
    void setMineChecked(bool checked);

    // Writes the state of every widget to the filter (all are read before the first setter
    // re-filters).
    void applyToFilter();
    // Every widget from the filter, without writing back; emits regionFilterChanged when the one
    // region shown changed.
    void showFilterState();
    // "N of M" now; scheduleCount() updates it again once the current change is over.
    void showCount();
    void scheduleCount();

Q_SIGNALS:
    // The user changed the search or a filter: applyToFilter() is due.
    void edited();
    // The store chip was clicked: every store again.
    void storesCleared();
    // The single region the filter shows ("" = all, or several).
    void regionFilterChanged(const QString &region);

private:
    QString storeText(int storeId) const;

    QueueModel *m_model;
    QueueFilterModel *m_filter;
    QLineEdit *m_search;
    QComboBox *m_kind;
    QComboBox *m_severity;
    QComboBox *m_sla;
    QComboBox *m_region;
    QCheckBox *m_mine;
    QPushButton *m_storeChip;
    QLabel *m_count;
    QHash<int, QString> m_storeNames; // names given with setStoreName()
    QString m_shownRegion;            // the last regionFilterChanged()
    int m_userId = 0;
    bool m_countScheduled = false;
};
