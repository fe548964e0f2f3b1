#include "workspace.h"

#include "aggregationworker.h"
#include "chartspanel.h"
#include "itemdetailpanel.h"
#include "mainwindow.h"
#include "queuefiltermodel.h"
#include "queuemodel.h"
#include "queuepanel.h"
#include "savedviews.h"
#include "storemappanel.h"

#include <QSet>
#include <QSettings>

Workspace::Workspace(MainWindow *window, QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_model(new QueueModel(this))
    , m_filter(new QueueFilterModel(this))
    , m_queue(nullptr)
    , m_detail(new ItemDetailPanel)
    , m_map(new StoreMapPanel)
    , m_charts(new ChartsPanel)
    , m_worker(new AggregationWorker(this))
{
    m_filter->setSourceModel(m_model);
    m_queue = new QueuePanel(m_model, m_filter);
    window->setWorkspace(m_queue, m_detail);
    window->addWorkspaceTab(m_map, tr("&Map"));
    window->addWorkspaceTab(m_charts, tr("C&harts"));
    wireSavedViews(settings);
    wireFilters(window);
    m_aggregateSoon.setSingleShot(true);
    m_aggregateSoon.setInterval(std::chrono::milliseconds(400));
    connect(&m_aggregateSoon, &QTimer::timeout, this, &Workspace::aggregationDue);
    connect(m_worker, &AggregationWorker::aggregated, this, [this](int, const AggregationResult &result) {
        m_charts->setResult(result);
        m_map->setCounts(result.storeCounts);
        Q_EMIT countsChanged(m_model->rowCount(), result.aging.counts[AgingBuckets::Overdue]);
    });
    connect(m_charts, &ChartsPanel::daysChanged, this, &Workspace::scheduleAggregation);
    connect(m_queue, &QueuePanel::openRequested, m_detail, [this] { m_detail->setFocus(); });
}

Workspace::~Workspace() = default;

void Workspace::wireSavedViews(QSettings *settings)
{
    // Saved views live in the settings; the panel only shows and asks.
    m_queue->setSavedViews(SavedViews::load(*settings));
    connect(m_queue, &QueuePanel::saveViewRequested, this, [this, settings](const QueueView &view) {
        const QList<QueueView> views = SavedViews::upserted(SavedViews::load(*settings), view);
        SavedViews::save(*settings, views);
        m_queue->setSavedViews(views);
    });
    connect(m_queue, &QueuePanel::deleteViewRequested, this, [this, settings](const QString &name) {
        const QList<QueueView> views = SavedViews::removed(SavedViews::load(*settings), name);
        SavedViews::save(*settings, views);
        m_queue->setSavedViews(views);
    });
}

void Workspace::wireFilters(MainWindow *window)
{
    // Clicking a store or a bar narrows the queue to it.
    const auto showStore = [this, window](int storeId, const QString &name) {
        m_queue->setStoreFilter(storeId, name);
        window->showWorkspaceTab(0);
    };
    connect(m_map, &StoreMapPanel::storeClicked, this, showStore);
    connect(m_charts, &ChartsPanel::storeClicked, this, showStore);
    connect(m_charts, &ChartsPanel::regionClicked, this, [this, window](const QString &region) {
        m_queue->setRegionFilter(region);
        window->showWorkspaceTab(0);
    });
    connect(m_charts, &ChartsPanel::kindClicked, this, [this, window](ItemKind kind) {
        m_queue->setKindFilter(kind);
        window->showWorkspaceTab(0);
    });
    connect(m_queue, &QueuePanel::regionFilterChanged, m_map, &StoreMapPanel::setHighlightedRegion);
}

void Workspace::showStores(const QList<StoreInfo> &stores)
{
    m_model->setStores(stores);
    m_map->setStores(stores);
    QSet<QString> regions;
    for (const StoreInfo &store : stores)
        regions.insert(store.region);
    QStringList sorted(regions.cbegin(), regions.cend());
    sorted.sort();
    m_queue->setRegions(sorted);
    scheduleAggregation();
}

void Workspace::scheduleAggregation()
{
    if (!m_aggregateSoon.isActive())
        m_aggregateSoon.start();
}

void Workspace::aggregate(const QList<Decision> &decisions, const QList<DecidedApproval> &history)
{
    AggregationInput input;
    input.items = m_model->items();
    input.stores = m_model->stores();
    input.decisions = decisions;
    input.history = history;
    input.now = QDateTime::currentDateTimeUtc();
    input.days = m_charts->days();
    m_worker->request(input);
}
