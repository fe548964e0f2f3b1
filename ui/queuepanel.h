// QueuePanel: the work queue: the saved views and the filter bar (SavedViewsBar, QueueFilterBar)
// over the table (QueueTableView), with keyboard triage as QActions on the table (J/K move, A
// approve, R reject, D delegate, X select for bulk, Esc clears it, Enter opens the detail). It keeps
// the bars and the filter in step; decisions are taken and views are saved by whoever listens.
#pragma once

#include "domain/decision.h"
#include "queueview.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <optional>

class QLabel;
class QTableView;
class QueueFilterBar;
class QueueFilterModel;
class QueueModel;
class QueueTableView;
class SavedViewsBar;

class QueuePanel : public QWidget
{
    Q_OBJECT
public:
    QueuePanel(QueueModel *model, QueueFilterModel *filter, QWidget *parent = nullptr);

    QTableView *view() const;
    // The ids the next decision applies to: the bulk selection, or the current item.
    QStringList targetIds() const;
    QString currentId() const;
    void setRegions(const QStringList &regions);
    // From the map or a chart: show one store only (-1 = every store).
    void setStoreFilter(int storeId, const QString &storeName);
    // The res.users id "mine" filters on (0 = not signed in: the box is kept, the filter is off).
    void setCurrentUserId(int userId);
    // From a chart: one region ("" = all; the region "" of HQ is shown as such) or one kind
    // (nothing = all).
    void setRegionFilter(const QString &region);
    void setKindFilter(std::optional<ItemKind> kind);
    void selectItem(const QString &itemId);

    // The user's saved views, listed in the View combo in this order. The panel never stores
    // them: it asks with saveViewRequested() / deleteViewRequested() and is told the new list.
    void setSavedViews(const QList<QueueView> &views);
    QList<QueueView> savedViews() const;
    // Applies the filters and sort of `view` and shows them in every widget of the bar.
    void applyView(const QueueView &view);
    // The filters and sort shown now, named `name`.
    QueueView currentView(const QString &name = QString()) const;
    // The saved view the View combo shows ("" = none), and whether the filters left it since.
    QString activeViewName() const;
    bool isActiveViewModified() const;

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

private:
    // J/K, X, A/R/D, Esc and Enter as QActions on the table (view()->actions()).
    void addTriageActions();
    void applyFilters();
    // Runs `change` on the filter, then shows the result once in the bars.
    template<typename Change>
    void changeFilter(Change change);
    void chooseAllItems();
    // Every widget of the bars from the filter model (and the table's sort indicator).
    void showFilterState();
    // The View combo from the filters: a saved view, "All items", or an unsaved state.
    void showViewState();
    void moveCurrent(int delta);
    void toggleSelected();
    void clearSelection();
    void updateBulkBar();

    QueueModel *m_model;
    QueueFilterModel *m_filter;
    SavedViewsBar *m_viewsBar;
    QueueFilterBar *m_filterBar;
    QueueTableView *m_view;
    QWidget *m_bulkBar;
    QLabel *m_bulkLabel;
    bool m_pushing = false; // the bar is writing to the filter: show its state once at the end
    bool m_marking = false; // X was used: the selection is a bulk selection J/K keep
};
