// Queue models benchmark: 1,000 x scale synthetic queue items (100k at --scale 100) in QueueModel
// and QueueFilterModel: load, filter and sort times per column, a 10-change sync, clock ticks, the
// chart aggregations, the chart panel's refresh, and memory. Prints figures only.
//   hqtower-bench-models [--scale 100]
#include "benchsupport.h"
#include "chartspanel.h"
#include "queueaggregations.h"
#include "queuefiltermodel.h"
#include "queuemodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSortFilterProxyModel>
#include <QTextStream>

#include <functional>

namespace {

const QDateTime Now(QDate(2024, 5, 10), QTime(12, 0), Qt::UTC);

QList<StoreInfo> makeStores()
{
    QList<StoreInfo> stores;
    for (int id = 1; id <= 60; ++id) {
        StoreInfo store;
        store.id = id;
        store.name = QStringLiteral("Store %1").arg(id, 2, 10, QLatin1Char('0'));
        store.region = QStringLiteral("Region %1").arg(id % 6);
        store.hasCoordinates = true;
        store.latitude = 40.0 + id * 0.1;
        store.longitude = 2.0 + id * 0.1;
        stores.append(store);
    }
    return stores;
}

QueueItem makeItem(int index, QRandomGenerator &random)
{
    const QList<ItemKind> &kinds = EnumNames::known<ItemKind>();
    static const QStringList words{QStringLiteral("chairs"),  QStringLiteral("forklift"),
                                   QStringLiteral("pallets"), QStringLiteral("freezer"),
                                   QStringLiteral("shelves"), QStringLiteral("printer"),
                                   QStringLiteral("fuel"),    QStringLiteral("uniforms")};
    static const QStringList people{QStringLiteral("Alice Martin"), QStringLiteral("Bob Durand"),
                                    QStringLiteral("Carla Petit"), QStringLiteral("Denis Roy")};
    QueueItem item;
    item.kind = kinds.at(index % 3);
    item.id = QStringLiteral("model%1:%2").arg(index % 3).arg(index);
    item.profileId = QStringLiteral("profile_%1").arg(index % 7);
    item.title =
        QStringLiteral("DOC%1 %2").arg(index, 6, 10, QLatin1Char('0')).arg(words.at(random.bounded(8)));
    item.summary = QStringLiteral("%1 and %2 for the store")
                       .arg(words.at(random.bounded(8)), words.at(random.bounded(8)));
    item.severity = EnumNames::known<Severity>().at(random.bounded(4));
    item.storeId = random.bounded(61); // 0 = HQ
    item.hasAmount = item.kind == kinds.first();
    item.amount = item.hasAmount ? random.bounded(100000) / 100.0 : 0.0;
    item.currency = QStringLiteral("EUR");
    item.requestedById = 1 + random.bounded(4);
    item.requestedBy = people.at(item.requestedById - 1);
    item.created = Now.addSecs(-qint64(random.bounded(30 * 86400)));
    if (index % 4 != 0)
        item.slaDue = item.created.addSecs(qint64(24 + random.bounded(72)) * 3600);
    item.fields.insert(QStringLiteral("user_id"), QJsonArray{1 + random.bounded(4), item.requestedBy});
    return item;
}

qint64 timed(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return timer.elapsed();
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // the chart panel is measured without a screen
    QApplication app(argc, argv);
    const BenchSupport::Options bench = BenchSupport::parseOptions(app);
    const int count = int(1000 * bench.scale);
    QTextStream out(stdout);

    QRandomGenerator random(42);
    QList<QueueItem> items;
    items.reserve(count);
    for (int i = 0; i < count; ++i)
        items.append(makeItem(i, random));
    const QList<StoreInfo> stores = makeStores();
    const qint64 rssBefore = BenchSupport::memoryKilobytes("VmRSS");

    QueueModel model;
    model.setNow(Now);
    model.setStores(stores);
    QueueFilterModel proxy;
    proxy.setSourceModel(&model);

    out << QStringLiteral("queue models, %1 items\n").arg(count);
    QList<QueueItem> moved = items;
    moved.detach();
    out << QStringLiteral("  setItems (moved in, as from the cache): %1 ms\n").arg(timed([&] {
        model.setItems(std::move(moved));
    }));
    out << QStringLiteral("  memory: +%1 MiB for the model (rows and items)\n")
               .arg((BenchSupport::memoryKilobytes("VmRSS") - rssBefore) / 1024);
    out << QStringLiteral("  setItems (copied from a list kept by the caller): %1 ms\n").arg(timed([&] {
        model.setItems(items);
    }));

    // rowCount() inside the timings: the proxy builds its mapping lazily.
    const auto filter = [&](const QString &name, const std::function<void()> &set) {
        const qint64 ms = timed([&] {
            set();
            proxy.rowCount();
        });
        out << QStringLiteral("  filter %1: %2 ms (%3 rows)\n").arg(name).arg(ms).arg(proxy.rowCount());
    };
    const auto filters = [&] {
        filter(QStringLiteral("kind"), [&] { proxy.setKinds({ItemKind::Approval}); });
        filter(QStringLiteral("clear"), [&] { proxy.clearFilters(); });
        filter(QStringLiteral("region"), [&] { proxy.setRegions({QStringLiteral("Region 2")}); });
        filter(QStringLiteral("SLA overdue"), [&] { proxy.setSlaStates({SlaState::Overdue}); });
        filter(QStringLiteral("clear"), [&] { proxy.clearFilters(); });
        filter(QStringLiteral("text, one word"), [&] { proxy.setSearchText(QStringLiteral("forklift")); });
        filter(QStringLiteral("text, two words"),
               [&] { proxy.setSearchText(QStringLiteral("forklift store 12")); });
        filter(QStringLiteral("mine"), [&] { proxy.setMineUserId(2); });
        filter(QStringLiteral("clear"), [&] { proxy.clearFilters(); });
    };
    out << QStringLiteral(" unsorted:\n");
    filters();

    for (int column = 0; column < QueueModel::ColumnCount; ++column) {
        const qint64 first = timed([&] {
            proxy.sort(column, Qt::AscendingOrder);
            proxy.rowCount();
        });
        const qint64 again = timed([&] {
            proxy.sort(column, Qt::DescendingOrder);
            proxy.rowCount();
        });
        out << QStringLiteral("  sort %1: %2 ms, the other way %3 ms\n")
                   .arg(QueueModel::columnKey(column))
                   .arg(first)
                   .arg(again);
    }
    {
        QSortFilterProxyModel plain;
        plain.setSourceModel(&model);
        plain.setSortRole(QueueModel::SortRole);
        plain.setSortCaseSensitivity(Qt::CaseInsensitive);
        out << QStringLiteral("  (plain QSortFilterProxyModel on SortRole: title %1 ms, amount %2 ms)\n")
                   .arg(timed([&] { plain.sort(QueueModel::TitleColumn); }))
                   .arg(timed([&] { plain.sort(QueueModel::AmountColumn); }));
    }

    proxy.sort(QueueModel::TitleColumn, Qt::AscendingOrder);
    out << QStringLiteral(" sorted by title:\n");
    filters();

    proxy.sort(QueueModel::AgeColumn, Qt::AscendingOrder);
    proxy.setKinds({ItemKind::Approval, ItemKind::Exception});
    proxy.rowCount(); // the filter applies lazily: not part of the sync below
    QList<QueueItem> upserts;
    QStringList removedIds;
    for (int i = 0; i < 4; ++i) {
        QueueItem item = items.at(i * 997);
        item.severity = Severity::Critical;
        item.created = Now;
        upserts.append(item);
        upserts.append(makeItem(count + i, random));
    }
    removedIds << items.at(5).id << items.at(count / 2).id;
    out << QStringLiteral("  sync of 10 changes (sorted, filtered): %1 ms\n").arg(timed([&] {
        model.applyChanges(upserts, removedIds);
    }));
    {
        // A sync page (500 records) of items new to the queue, as during a first sync or a bulk
        // import in Odoo: the largest change one sync step hands to the model.
        QList<QueueItem> page;
        for (int i = 0; i < 500; ++i)
            page.append(makeItem(2 * count + i, random));
        out << QStringLiteral("  sync page of 500 new items (sorted, filtered): %1 ms\n").arg(timed([&] {
            model.applyChanges(page, {});
        }));
    }
    out << QStringLiteral("  clock +1 min (sorted by age): %1 ms\n").arg(timed([&] {
        model.setNow(Now.addSecs(60));
    }));
    out << QStringLiteral("  clock +1 h (sorted by age): %1 ms\n").arg(timed([&] {
        model.setNow(Now.addSecs(3660));
    }));

    AggregationInput input;
    input.items = model.items();
    input.stores = stores;
    input.now = Now;
    AggregationResult result;
    out << QStringLiteral("  aggregate (charts + store counts, off the GUI thread in the app): %1 ms\n")
               .arg(timed([&] { result = QueueAggregations::aggregate(input); }));
    {
        const qint64 rssBeforePanel = BenchSupport::memoryKilobytes("VmRSS");
        ChartsPanel panel;
        panel.resize(1280, 760);
        input.now = Now.addSecs(3600);
        const AggregationResult later = QueueAggregations::aggregate(input);
        const qint64 first = timed([&] { panel.setResult(result); });
        const qint64 firstPaint = timed([&] { panel.grab(); });
        const qint64 refresh = timed([&] { panel.setResult(later); });
        const qint64 refreshPaint = timed([&] { panel.grab(); });
        input.days = 90;
        const AggregationResult ninety = QueueAggregations::aggregate(input);
        const qint64 switched = timed([&] {
            panel.setResult(ninety);
            panel.grab();
        });
        out << QStringLiteral("  chart panel (GUI thread): first result %1 ms + paint %2 ms, refresh %3 ms + "
                              "paint %4 ms, 30 -> 90 days with paint %5 ms (+%6 MiB)\n")
                   .arg(first)
                   .arg(firstPaint)
                   .arg(refresh)
                   .arg(refreshPaint)
                   .arg(switched)
                   .arg((BenchSupport::memoryKilobytes("VmRSS") - rssBeforePanel) / 1024);
    }
    out << QStringLiteral("  peak RSS: %1 MiB\n").arg(BenchSupport::memoryKilobytes("VmHWM") / 1024);
    return 0;
}
