// QueuePanel: the work queue: a filter bar (search, kind, severity, SLA, region, store, mine) over
// a sortable table, with keyboard triage (J/K move, A approve, R reject, D delegate, X select for
// bulk, Esc clears it, Enter opens the detail). It shows and asks; decisions are taken by whoever listens.
#pragma once

#include <QSet>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QueueFilterModel;
class QueueModel;

class QueuePanel : public QWidget
{
    Q_OBJECT
public:
    QueuePanel(QueueModel *model, QueueFilterModel *filter, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    // The ids the next decision applies to: the bulk selection, or the current item.
    QStringList targetIds() const;
    QString currentId() const;
    void setRegions(const QStringList &regions);
    // From the map or a chart: show one store only (-1 = every store).
    void setStoreFilter(int storeId, const QString &storeName);
    void setCurrentUserId(int userId) { m_userId = userId; }
    // From a chart: one region or one kind ("" = all; the region "" of HQ is shown as such).
    void setRegionFilter(const QString &region);
    void setKindFilter(const QString &kind);
    void selectItem(const QString &itemId);

Q_SIGNALS:
    void currentItemChanged(const QString &itemId);
    void selectionCountChanged(int count);
    void decisionRequested(const QStringList &itemIds, const QString &action);
    void openRequested(const QString &itemId);
    void regionFilterChanged(const QString &region);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilters();
    void moveCurrent(int delta);
    void toggleSelected();
    void updateBulkBar();

    QueueModel *m_model;
    QueueFilterModel *m_filter;
    QLineEdit *m_search;
    QComboBox *m_kind;
    QComboBox *m_severity;
    QComboBox *m_sla;
    QComboBox *m_region;
    QCheckBox *m_mine;
    QPushButton *m_storeChip;
    QTableView *m_view;
    QWidget *m_bulkBar;
    QLabel *m_bulkLabel;
    QLabel *m_count;
    int m_userId = 0;
    bool m_marking = false; // X was used: the selection is a bulk selection J/K keep
};
