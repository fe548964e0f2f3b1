// Workspace: the queue, detail, map and charts panels with their models, placed in the main
// window and wired to each other (map and chart clicks filter the queue, saved views, figures
// computed off the GUI thread). It knows nothing of the session: AppController feeds it.
#pragma once

#include "domain/decidedapproval.h"
#include "domain/decision.h"
#include "domain/storeinfo.h"
#include "queueaggregations.h"

#include <QObject>
#include <QTimer>

class AggregationWorker;
class ChartsPanel;
class ItemDetailPanel;
class MainWindow;
class QSettings;
class QueueFilterModel;
class QueueModel;
class QueuePanel;
class StoreMapPanel;

class Workspace : public QObject
{
    Q_OBJECT
public:
    Workspace(MainWindow *window, QSettings *settings, QObject *parent = nullptr);
    ~Workspace() override;

    QueueModel *model() const { return m_model; }
    QueueFilterModel *filter() const { return m_filter; }
    QueuePanel *queue() const { return m_queue; }
    ItemDetailPanel *detail() const { return m_detail; }
    StoreMapPanel *map() const { return m_map; }
    ChartsPanel *charts() const { return m_charts; }

    // The stores of the queue, the map and the region filter.
    void showStores(const QList<StoreInfo> &stores);
    // Asks for fresh chart and map figures soon (debounced): aggregationDue() then asks the
    // owner for what only the session knows, and aggregate() computes them off the GUI thread.
    void scheduleAggregation();
    void aggregate(const QList<Decision> &decisions, const QList<DecidedApproval> &history);

Q_SIGNALS:
    void aggregationDue();
    // The figures arrived: open items and how many are overdue (for the tray).
    void countsChanged(int open, int overdue);

private:
    void wireSavedViews(QSettings *settings);
    void wireFilters(MainWindow *window);

    QueueModel *m_model;
    QueueFilterModel *m_filter;
    QueuePanel *m_queue;
    ItemDetailPanel *m_detail;
    StoreMapPanel *m_map;
    ChartsPanel *m_charts;
    AggregationWorker *m_worker;
    QTimer m_aggregateSoon;
};
