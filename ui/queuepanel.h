// QueuePanel: the work queue: a filter bar (saved view, search, kind, severity, SLA, region, store,
// mine) over a sortable table, with keyboard triage (J/K move, A approve, R reject, D delegate, X
// select for bulk, Esc clears it, Enter opens the detail). It shows and asks; decisions are taken
// and views are saved by whoever listens.
#pragma once

#include "domain/decision.h"
#include "queueview.h"

#include <QHash>
#include <QList>
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
    // The res.users id "mine" filters on (0 = not signed in: the box is kept, the filter is off).
    void setCurrentUserId(int userId);
    // From a chart: one region or one kind ("" = all; the region "" of HQ is shown as such).
    void setRegionFilter(const QString &region);
    void setKindFilter(const QString &kind);
    void selectItem(const QString &itemId);

    // The user's saved views, listed in the View combo in this order. The panel never stores
    // them: it asks with saveViewRequested() / deleteViewRequested() and is told the new list.
    void setSavedViews(const QList<QueueView> &views);
    QList<QueueView> savedViews() const { return m_savedViews; }
    // Applies the filters and sort of `view` and shows them in every widget of the bar.
    void applyView(const QueueView &view);
    // The filters and sort shown now, named `name`.
    QueueView currentView(const QString &name = QString()) const;
    // The saved view the View combo shows ("" = none), and whether the filters left it since.
    QString activeViewName() const;
    bool isActiveViewModified() const { return m_viewModified; }

public Q_SLOTS:
    // Asks for a name (the current view's by default) and emits saveViewRequested().
    void saveView();
    // Asks for confirmation and emits deleteViewRequested() for the current saved view.
    void deleteView();

Q_SIGNALS:
    void currentItemChanged(const QString &itemId);
    void selectionCountChanged(int count);
    void decisionRequested(const QStringList &itemIds, Decision::Action action);
    void openRequested(const QString &itemId);
    void regionFilterChanged(const QString &region);
    // Save `view` under view.name, replacing a saved view of that name.
    void saveViewRequested(const QueueView &view);
    void deleteViewRequested(const QString &name);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilters();
    // Runs `change` on the filter, then shows the result once in the bar.
    template<typename Change>
    void changeFilter(Change change);
    void chooseView(int index);
    // Every widget of the bar from the filter model (and the table's sort indicator).
    void showFilterState();
    // The View combo from the filters: a saved view, "All items", or an unsaved state.
    void showViewState();
    QString storeText(int storeId) const;
    const QueueView *savedView(const QString &name) const;
    void moveCurrent(int delta);
    void toggleSelected();
    void updateBulkBar();
    // Updates "N of M" once the current change is over.
    void scheduleCount();

    QueueModel *m_model;
    QueueFilterModel *m_filter;
    QComboBox *m_viewCombo;
    QPushButton *m_saveView;
    QPushButton *m_deleteView;
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
    QList<QueueView> m_savedViews;
    QString m_baseViewName;           // the saved view the filters came from, "" = none
    bool m_viewModified = false;      // the filters no longer match it
    QHash<int, QString> m_storeNames; // names given with setStoreFilter()
    QString m_shownRegion;            // the last regionFilterChanged()
    int m_userId = 0;
    bool m_pushing = false; // the bar is writing to the filter: show its state once at the end
    bool m_countScheduled = false;
    bool m_marking = false; // X was used: the selection is a bulk selection J/K keep
};
