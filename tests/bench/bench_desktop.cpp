// Desktop benchmark: a cache of 1,000 x scale items (100k at --scale 100), then the cold start
// from that cache (the window shown while the items are read off the GUI thread, then the queue
// filled), the longest GUI-thread stall meanwhile, filter and sort, panning the store map, and
// memory. Prints figures only.
//   hqtower-bench-desktop [--scale 100]
#include "benchsupport.h"
#include "chartspanel.h"
#include "itemdetailpanel.h"
#include "mainwindow.h"
#include "queuefiltermodel.h"
#include "queueload.h"
#include "queuemodel.h"
#include "queuepanel.h"
#include "session/cachedqueuereader.h"
#include "storage/cache.h"
#include "storemappanel.h"
#include "storemapview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

namespace {

QList<StoreInfo> makeStores()
{
    QList<StoreInfo> stores;
    for (int id = 1; id <= 60; ++id) {
        StoreInfo store;
        store.id = id;
        store.name = QStringLiteral("Store %1").arg(id, 2, 10, QLatin1Char('0'));
        store.region = QStringLiteral("Region %1").arg(id % 5);
        store.hasCoordinates = true;
        store.latitude = 50.0 + (id % 10) * 0.2;
        store.longitude = 3.0 + (id / 10) * 0.5;
        stores.append(store);
    }
    return stores;
}

QList<QueueItem> makeItems(int count)
{
    const QList<ItemKind> &kinds = EnumNames::known<ItemKind>();
    QRandomGenerator random(7);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<QueueItem> items;
    items.reserve(count);
    for (int i = 0; i < count; ++i) {
        QueueItem item;
        item.profileId = QStringLiteral("bench_%1").arg(i % 11);
        item.model = QStringLiteral("bench.model%1").arg(i % 11);
        item.resId = i + 1;
        item.id = QStringLiteral("%1:%2").arg(item.model).arg(item.resId);
        item.kind = kinds.at(i % 3);
        item.title = QStringLiteral("Document %1").arg(i + 1, 6, 10, QLatin1Char('0'));
        item.summary = QStringLiteral("Supplier %1 — %2 lines").arg(i % 97).arg(i % 13);
        item.reason = QStringLiteral("Waiting for approval");
        item.severity = EnumNames::known<Severity>().at(int(random.bounded(4)));
        item.storeId = int(random.bounded(61));
        item.hasAmount = item.kind == ItemKind::Approval;
        item.amount = random.bounded(50000.0);
        item.currency = QStringLiteral("EUR");
        item.requestedBy = QStringLiteral("User %1").arg(i % 40);
        item.created = now.addSecs(-qint64(random.bounded(90 * 86400)));
        item.writeDate = item.created;
        item.slaDue = item.created.addSecs(48 * 3600);
        item.state = QStringLiteral("to approve");
        items.append(item);
    }
    return items;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const BenchSupport::Options options = BenchSupport::parseOptions(app);
    QTextStream out(stdout);
    const int count = int(1000 * options.scale);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("bench.sqlite"));
    {
        auto cache = Cache::open(file);
        cache->replaceStores(makeStores());
        cache->upsertItems(makeItems(count));
    }
    out << QStringLiteral("desktop, %1 items in the cache\n").arg(count) << Qt::flush;

    // The app's own path (AppController::readCachedQueue): the stores at once, the items read and
    // their rows made on worker threads while the GUI thread builds and paints the window; the
    // model then swaps the rows in. A 5 ms timer on the GUI thread measures its longest stall.
    QElapsedTimer clock;
    clock.start();
    auto cache = Cache::open(file);
    const QList<StoreInfo> stores = cache->stores();
    MainWindow window;
    QueueModel model;
    QueueFilterModel filter;
    filter.setSourceModel(&model);
    model.setStores(stores);
    auto load = std::make_shared<QueueLoad>(model.rowMaker());
    CachedQueueReader reader(file);
    bool loaded = false;
    qint64 readDoneMs = 0;
    QObject::connect(&reader, &CachedQueueReader::finished, &window, [&](bool ok, const QString &) {
        readDoneMs = clock.elapsed();
        if (ok)
            load->applyTo(&model);
        loaded = true;
    });
    reader.start([load](QList<QueueItem> &&chunk) { load->addChunk(std::move(chunk)); },
                 [load] { load->finish(); });
    QElapsedTimer stall;
    qint64 longestStallMs = 0;
    QTimer ticker;
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, &window,
                     [&] { longestStallMs = std::max(longestStallMs, stall.restart()); });
    auto *queue = new QueuePanel(&model, &filter);
    window.setWorkspace(queue, new ItemDetailPanel);
    auto *map = new StoreMapPanel;
    map->setStores(stores);
    window.addWorkspaceTab(map, QStringLiteral("Map"));
    window.addWorkspaceTab(new ChartsPanel, QStringLiteral("Charts"));
    window.resize(1360, 800);
    window.show();
    QApplication::processEvents();
    window.grab(); // the first full paint
    const qint64 windowMs = clock.elapsed();
    stall.start();
    ticker.start();
    while (!loaded)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents);
    QApplication::processEvents();
    window.grab(); // the queue painted with its rows
    const qint64 startMs = clock.elapsed();
    ticker.stop();
    longestStallMs = std::max(longestStallMs, stall.elapsed());
    out << QStringLiteral(
               "  cold start from the cache: window interactive after %1 ms; %2 items shown after %3 ms "
               "(read and rows ready %4 ms); longest GUI-thread stall while loading %5 ms\n")
               .arg(windowMs)
               .arg(model.rowCount())
               .arg(startMs)
               .arg(readDoneMs)
               .arg(longestStallMs);

    clock.restart();
    filter.setSearchText(QStringLiteral("supplier 42"));
    const qint64 filterMs = clock.elapsed();
    clock.restart();
    filter.sort(QueueModel::AmountColumn, Qt::DescendingOrder);
    const qint64 sortMs = clock.elapsed();
    out << QStringLiteral("  filter by text: %1 ms (%2 rows), sort by amount: %3 ms\n")
               .arg(filterMs)
               .arg(filter.rowCount())
               .arg(sortMs);

    map->resize(1100, 700);
    map->show();
    StoreMapView *view = map->mapView();
    view->fitToStores();
    QApplication::processEvents();
    constexpr int steps = 60;
    clock.restart();
    for (int step = 0; step < steps; ++step) {
        view->horizontalScrollBar()->setValue(view->horizontalScrollBar()->value() +
                                              (step < steps / 2 ? 8 : -8));
        view->viewport()->repaint();
    }
    out << QStringLiteral("  map pan: %1 ms per step (repaint included, %2 steps)\n")
               .arg(double(clock.elapsed()) / steps, 0, 'f', 2)
               .arg(steps);
    out << QStringLiteral("  peak RSS: %1 MiB\n").arg(BenchSupport::memoryKilobytes("VmHWM") / 1024);
    return 0;
}
