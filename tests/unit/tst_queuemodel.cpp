// QueueModel, QueueFilterModel and QueueView: every change keeps the models valid
// (QAbstractItemModelTester, fatal), incremental changes never reset, filters show exactly the
// expected items, and sorting uses numbers where the column is a number.
#include "queuefiltermodel.h"
#include "queueload.h"
#include "queuemodel.h"
#include "queueview.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QtTest>

#include <algorithm>
#include <thread>

namespace {

const QDateTime Now(QDate(2024, 5, 10), QTime(12, 0), Qt::UTC);

struct ItemSpec
{
    const char *id;
    const char *kind;
    int storeId;
    const char *severity;
    qint64 ageSeconds;
    int slaHours;  // 0 = no SLA
    double amount; // < 0 = none
    const char *currency;
    int requestedById;
    const char *requestedBy;
    const char *title;
    const char *summary;
    int assignedUserId; // the record's user_id, 0 = false
};

QueueItem makeItem(const ItemSpec &spec)
{
    QueueItem item;
    item.id = QString::fromUtf8(spec.id);
    item.kind = EnumNames::fromName<ItemKind>(QString::fromUtf8(spec.kind)).value_or(ItemKind::Unknown);
    item.model = item.id.section(QLatin1Char(':'), 0, 0);
    item.resId = item.id.section(QLatin1Char(':'), 1).toInt();
    item.profileId = QStringLiteral("profile_") + QString::fromUtf8(spec.kind);
    item.storeId = spec.storeId;
    item.severity =
        EnumNames::fromName<Severity>(QString::fromUtf8(spec.severity)).value_or(Severity::Unknown);
    item.created = Now.addSecs(-spec.ageSeconds);
    if (spec.slaHours > 0)
        item.slaDue = item.created.addSecs(qint64(spec.slaHours) * 3600);
    item.hasAmount = spec.amount >= 0.0;
    item.amount = item.hasAmount ? spec.amount : 0.0;
    item.currency = QString::fromUtf8(spec.currency);
    item.requestedById = spec.requestedById;
    item.requestedBy = QString::fromUtf8(spec.requestedBy);
    item.title = QString::fromUtf8(spec.title);
    item.summary = QString::fromUtf8(spec.summary);
    item.fields.insert(QStringLiteral("user_id"),
                       spec.assignedUserId
                           ? QJsonValue(QJsonArray{spec.assignedUserId, QStringLiteral("Someone")})
                           : QJsonValue(false));
    return item;
}

constexpr qint64 Hour = 3600;
constexpr qint64 Day = 24 * Hour;

// a: on time (due in 38 h, window 12 h); b: overdue by 24 h; c: no SLA, HQ; d: due soon (8 h
// left of 48); e: on time (23 h left of 24, window 6 h); f: overdue, store not in the list.
QList<QueueItem> sampleItems()
{
    const ItemSpec specs[] = {
        {"purchase.order:1", "approval", 1, "high", 10 * Hour, 48, 1200.0, "EUR", 7, "Alice Martin",
         "PO00042 Office chairs", "12 chairs for the back office", 7},
        {"stock.picking:2", "exception", 2, "critical", 3 * Day, 48, -1.0, "", 8, "Bob Durand",
         "Late picking WH/OUT/0012", "Due three days ago", 9},
        {"mail.mail:3", "integration_failure", 0, "medium", 2 * Hour, 0, -1.0, "", 0, "",
         "Mail delivery failed", "SMTP refused the message", 0},
        {"hr.expense.sheet:4", "approval", 3, "low", 40 * Hour, 48, 80.5, "USD", 9, "Carla Petit",
         "Expense report: taxi", "Airport taxi", 0},
        {"stock.quant:5", "exception", 1, "medium", 1 * Hour, 24, -1.0, "", 10, "Denis Roy",
         "Inventory discrepancy", "Counted 8 office chairs, expected 12", 0},
        {"purchase.order:6", "approval", 4, "critical", 5 * Day, 24, 50000.0, "EUR", 7, "Alice Martin",
         "PO00077 Forklift", "Electric forklift", 0},
    };
    QList<QueueItem> items;
    for (const ItemSpec &spec : specs)
        items.append(makeItem(spec));
    return items;
}

QList<StoreInfo> sampleStores()
{
    QList<StoreInfo> stores;
    const auto add = [&stores](int id, const QString &name, const QString &region, bool coordinates) {
        StoreInfo store;
        store.id = id;
        store.name = name;
        store.code = QStringLiteral("S%1").arg(id);
        store.region = region;
        store.city = name.section(QLatin1Char(' '), 0, 0);
        store.hasCoordinates = coordinates;
        store.latitude = coordinates ? 45.0 + id : 0.0;
        store.longitude = coordinates ? 4.0 + id : 0.0;
        stores.append(store);
    };
    add(1, QStringLiteral("Lyon Centre"), QStringLiteral("Auvergne-Rhône-Alpes"), true);
    add(2, QStringLiteral("Paris Nord"), QStringLiteral("Île-de-France"), true);
    add(3, QStringLiteral("Marseille Port"), QStringLiteral("Provence"), false);
    return stores;
}

QStringList idsOf(const QAbstractItemModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(QueueModel::ItemIdRole).toString());
    return ids;
}

QStringList sortedIdsOf(const QAbstractItemModel &model)
{
    QStringList ids = idsOf(model);
    ids.sort();
    return ids;
}

QString shortId(const QString &id)
{
    return id.section(QLatin1Char(':'), 1);
}

// "1,4,6" -> the full ids of sampleItems(), sorted.
QStringList expandIds(const QString &numbers)
{
    QStringList ids;
    for (const QueueItem &item : sampleItems()) {
        if (numbers.split(QLatin1Char(','), Qt::SkipEmptyParts).contains(shortId(item.id)))
            ids.append(item.id);
    }
    ids.sort();
    return ids;
}

QStringList shortIds(const QStringList &ids)
{
    QStringList result;
    for (const QString &id : ids)
        result.append(shortId(id));
    return result;
}

Decision makeDecision(const QString &id, const QString &itemId, Decision::Status status,
                      const QDateTime &createdAt, const QDateTime &updatedAt)
{
    Decision decision;
    decision.id = id;
    decision.itemId = itemId;
    decision.action = Decision::Action::Approve;
    decision.status = status;
    decision.stage = status == Decision::Status::Pending ? Decision::Stage::Queued : Decision::Stage::Settled;
    decision.createdAt = createdAt;
    decision.updatedAt = updatedAt;
    return decision;
}

template<typename T>
QSet<T> setOf(const QList<T> &values)
{
    return QSet<T>(values.cbegin(), values.cend());
}

QSet<ItemKind> kindSet(const QStringList &names)
{
    QSet<ItemKind> kinds;
    for (const QString &name : names)
        kinds.insert(EnumNames::fromName<ItemKind>(name).value_or(ItemKind::Unknown));
    return kinds;
}

// The SortRole value of a row for comparing orders: tied values compare equal as text.
QString sortKeyText(const QModelIndex &index)
{
    const QVariant value = index.data(QueueModel::SortRole);
    if (!value.isValid())
        return QStringLiteral("<none>");
    return value.toString().toLower();
}

// The sort keys of `proxy`'s rows, and the same of a plain QSortFilterProxyModel sorted on the
// SortRole values, limited to the items `proxy` shows: equal when `proxy` is correctly sorted.
std::pair<QStringList, QStringList> sortKeysAgainstReference(const QSortFilterProxyModel &proxy,
                                                             QAbstractItemModel *source)
{
    QSortFilterProxyModel reference;
    reference.setSourceModel(source);
    reference.setSortRole(QueueModel::SortRole);
    reference.setSortCaseSensitivity(Qt::CaseInsensitive);
    reference.sort(proxy.sortColumn(), proxy.sortOrder());
    const QSet<QString> shown = setOf(idsOf(proxy));
    QStringList actual;
    QStringList expected;
    for (int row = 0; row < proxy.rowCount(); ++row)
        actual.append(sortKeyText(proxy.index(row, proxy.sortColumn())));
    for (int row = 0; row < reference.rowCount(); ++row) {
        const QModelIndex index = reference.index(row, proxy.sortColumn());
        if (shown.contains(index.data(QueueModel::ItemIdRole).toString()))
            expected.append(sortKeyText(index));
    }
    return {actual, expected};
}

} // namespace

class TestQueueModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void displaysPrecomputedColumns()
    {
        QueueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setNow(Now);
        model.setStores(sampleStores());
        model.setItems(sampleItems());
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.columnCount(), int(QueueModel::ColumnCount));

        const auto text = [&model](int row, int column) {
            return model.index(row, column).data().toString();
        };
        QCOMPARE(text(0, QueueModel::KindColumn), QStringLiteral("Approval"));
        QCOMPARE(text(2, QueueModel::KindColumn), QStringLiteral("Integration failure"));
        QCOMPARE(text(0, QueueModel::TitleColumn), QStringLiteral("PO00042 Office chairs"));
        QCOMPARE(text(0, QueueModel::StoreColumn), QStringLiteral("Lyon Centre"));
        QCOMPARE(text(0, QueueModel::RegionColumn), QStringLiteral("Auvergne-Rhône-Alpes"));
        QCOMPARE(text(2, QueueModel::StoreColumn), QStringLiteral("HQ / no store"));
        QCOMPARE(text(2, QueueModel::RegionColumn), QString());
        QCOMPARE(text(5, QueueModel::StoreColumn), QStringLiteral("Store 4"));
        QVERIFY2(text(0, QueueModel::AmountColumn).contains(QStringLiteral("1,200.00")),
                 qPrintable(text(0, QueueModel::AmountColumn)));
        QVERIFY(text(0, QueueModel::AmountColumn).contains(QStringLiteral("EUR")));
        QVERIFY(text(3, QueueModel::AmountColumn).contains(QStringLiteral("80.50")));
        QCOMPARE(text(1, QueueModel::AmountColumn), QString());
        QCOMPARE(text(0, QueueModel::RequestedByColumn), QStringLiteral("Alice Martin"));
        QCOMPARE(text(0, QueueModel::AgeColumn), QStringLiteral("10 h 0 min"));
        QCOMPARE(text(1, QueueModel::AgeColumn), QStringLiteral("3 d 0 h"));
        QCOMPARE(text(0, QueueModel::SlaColumn), QStringLiteral("On time"));
        QCOMPARE(text(1, QueueModel::SlaColumn), QStringLiteral("Overdue"));
        QCOMPARE(text(2, QueueModel::SlaColumn), QString());
        QCOMPARE(text(3, QueueModel::SlaColumn), QStringLiteral("Due soon"));
        QCOMPARE(text(4, QueueModel::SlaColumn), QStringLiteral("On time"));
        QCOMPARE(text(1, QueueModel::SeverityColumn), QStringLiteral("Critical"));
        QCOMPARE(text(3, QueueModel::SeverityColumn), QStringLiteral("Low"));
        QCOMPARE(text(0, QueueModel::DecisionColumn), QString());

        QVERIFY(model.index(1, QueueModel::SlaColumn).data(Qt::ForegroundRole).value<QColor>().isValid());
        QVERIFY(model.index(1, QueueModel::SlaColumn).data(Qt::BackgroundRole).value<QColor>().isValid());
        QVERIFY(!model.index(0, QueueModel::SlaColumn).data(Qt::BackgroundRole).isValid());
        QVERIFY(!model.index(1, QueueModel::TitleColumn).data(Qt::ForegroundRole).isValid());

        const QModelIndex first = model.index(0, QueueModel::TitleColumn);
        QCOMPARE(first.data(QueueModel::ItemIdRole).toString(), QStringLiteral("purchase.order:1"));
        QCOMPARE(first.data(QueueModel::KindRole).toString(), QStringLiteral("approval"));
        QCOMPARE(first.data(QueueModel::StoreIdRole).toInt(), 1);
        QCOMPARE(first.data(QueueModel::RegionRole).toString(), QStringLiteral("Auvergne-Rhône-Alpes"));
        QCOMPARE(first.data(QueueModel::SeverityRole).toInt(), int(Severity::High));
        QCOMPARE(first.data(QueueModel::SlaStateRole).toInt(), int(SlaState::OnTime));
        QCOMPARE(first.data(QueueModel::RequestedByIdRole).toInt(), 7);
        QCOMPARE(model.index(1, 0).data(QueueModel::AssignedUserIdRole).toInt(), 9);
        QCOMPARE(first.data(QueueModel::ItemRole).value<QueueItem>(), sampleItems().first());
        QCOMPARE(model.itemAt(0), sampleItems().first());
        QCOMPARE(model.itemAt(6), QueueItem());
        QVERIFY(!first.data(QueueModel::DecisionStatusRole).isValid());
        const QString search = first.data(QueueModel::SearchTextRole).toString();
        for (const char *part :
             {"po00042 office chairs", "12 chairs for the back office", "lyon centre", "alice martin"})
            QVERIFY2(search.contains(QString::fromUtf8(part)), part);

        QCOMPARE(model.rowOf(QStringLiteral("stock.quant:5")), 4);
        QCOMPARE(model.rowOf(QStringLiteral("nope:1")), -1);
        QCOMPARE(model.headerData(QueueModel::AgeColumn, Qt::Horizontal).toString(), QStringLiteral("Age"));
        QCOMPARE(QueueModel::columnFromKey(QueueModel::columnKey(QueueModel::AmountColumn)),
                 int(QueueModel::AmountColumn));
    }

    void ageTexts_data()
    {
        QTest::addColumn<qint64>("age");
        QTest::addColumn<QString>("expected");
        QTest::newRow("just now") << qint64(0) << QStringLiteral("0 min");
        QTest::newRow("59 s") << qint64(59) << QStringLiteral("0 min");
        QTest::newRow("59 min") << qint64(59 * 60 + 59) << QStringLiteral("59 min");
        QTest::newRow("1 h") << Hour << QStringLiteral("1 h 0 min");
        QTest::newRow("23 h 59") << qint64(Day - 1) << QStringLiteral("23 h 59 min");
        QTest::newRow("1 d") << Day << QStringLiteral("1 d 0 h");
        QTest::newRow("3 d 4 h") << qint64(3 * Day + 4 * Hour + 59 * 60) << QStringLiteral("3 d 4 h");
        QTest::newRow("created in the future") << qint64(-Hour) << QStringLiteral("0 min");
    }

    void ageTexts()
    {
        QFETCH(qint64, age);
        QFETCH(QString, expected);
        QueueModel model;
        model.setNow(Now);
        QueueItem item = sampleItems().first();
        item.created = Now.addSecs(-age);
        model.setItems({item});
        QCOMPARE(model.index(0, QueueModel::AgeColumn).data().toString(), expected);
        QCOMPARE(model.index(0, QueueModel::AgeColumn).data(QueueModel::SortRole).toLongLong(), age);
    }

    void applyChangesInsertsUpdatesAndRemovesWithoutReset()
    {
        QueueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QueueFilterModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxy.sort(QueueModel::SeverityColumn, Qt::DescendingOrder);
        model.setNow(Now);
        model.setStores(sampleStores());
        model.setItems(sampleItems());

        QSignalSpy resets(&model, &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        QList<QueueItem> upserts;
        QueueItem updated = sampleItems().at(1); // stock.picking:2
        updated.title = QStringLiteral("Late picking WH/OUT/0012 (carrier called)");
        updated.severity = Severity::Low;
        upserts.append(updated);
        QueueItem added = sampleItems().first();
        added.id = QStringLiteral("purchase.order:7");
        added.title = QStringLiteral("PO00080 Shelves");
        upserts.append(added);
        QueueItem kept = sampleItems().at(3); // in both lists: stays
        kept.summary = QStringLiteral("Airport taxi, night fare");
        upserts.append(kept);
        QueueItem twice = added;
        twice.id = QStringLiteral("purchase.order:8");
        upserts.append(twice);
        twice.title = QStringLiteral("PO00081 Last version wins");
        upserts.append(twice);

        model.applyChanges(upserts, {QStringLiteral("mail.mail:3"), QStringLiteral("purchase.order:6"),
                                     QStringLiteral("hr.expense.sheet:4"), QStringLiteral("unknown:1")});

        QCOMPARE(resets.count(), 0);
        QCOMPARE(removed.count(), 2); // rows 2 and 5 are not contiguous
        QCOMPARE(inserted.count(), 1);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(idsOf(model),
                 QStringList({QStringLiteral("purchase.order:1"), QStringLiteral("stock.picking:2"),
                              QStringLiteral("hr.expense.sheet:4"), QStringLiteral("stock.quant:5"),
                              QStringLiteral("purchase.order:7"), QStringLiteral("purchase.order:8")}));
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.rowOf(model.itemAt(row).id), row);
        QCOMPARE(model.rowOf(QStringLiteral("mail.mail:3")), -1);
        QCOMPARE(model.index(1, QueueModel::TitleColumn).data().toString(),
                 QStringLiteral("Late picking WH/OUT/0012 (carrier called)"));
        QCOMPARE(model.index(1, QueueModel::SeverityColumn).data().toString(), QStringLiteral("Low"));
        QCOMPARE(model.itemAt(2).summary, QStringLiteral("Airport taxi, night fare"));
        QCOMPARE(model.index(5, QueueModel::TitleColumn).data().toString(),
                 QStringLiteral("PO00081 Last version wins"));
        QCOMPARE(model.items().size(), 6);
        QCOMPARE(*model.items().at(1), model.itemAt(1));

        // The sorted proxy followed: every row, severity descending.
        QCOMPARE(sortedIdsOf(proxy), sortedIdsOf(model));
        for (int row = 1; row < proxy.rowCount(); ++row) {
            QVERIFY(proxy.index(row - 1, 0).data(QueueModel::SeverityRole).toInt() >=
                    proxy.index(row, 0).data(QueueModel::SeverityRole).toInt());
        }

        // Removing everything, then nothing at all.
        model.applyChanges({}, idsOf(model));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(proxy.rowCount(), 0);
        model.applyChanges({}, {});
        QCOMPARE(resets.count(), 0);
    }

    void tenChangesInManyRowsTouchOnlyThem()
    {
        QueueModel model;
        QueueFilterModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxy.setKinds({ItemKind::Approval});
        proxy.sort(QueueModel::AmountColumn, Qt::AscendingOrder);
        model.setNow(Now);

        QList<QueueItem> items;
        const QueueItem base = sampleItems().first();
        for (int i = 0; i < 2000; ++i) {
            QueueItem item = base;
            item.id = QStringLiteral("purchase.order:%1").arg(1000 + i);
            item.kind = i % 3 == 0 ? ItemKind::Exception : ItemKind::Approval;
            item.amount = double((i * 7919) % 5000);
            items.append(item);
        }
        model.setItems(items);
        QSignalSpy resets(&model, &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        QList<QueueItem> upserts;
        QStringList removedIds;
        for (int i = 0; i < 4; ++i) {
            QueueItem item = items.at(100 * i + 1);
            item.amount = 99999.0 + i;
            upserts.append(item);
        }
        for (int i = 0; i < 3; ++i) {
            QueueItem item = base;
            item.id = QStringLiteral("purchase.order:%1").arg(9000 + i);
            item.amount = -1.0 - i;
            upserts.append(item);
        }
        removedIds << items.at(5).id << items.at(6).id << items.at(1999).id;
        model.applyChanges(upserts, removedIds);

        QCOMPARE(resets.count(), 0);
        QCOMPARE(changed.count(), 4);
        QCOMPARE(model.rowCount(), 2000 - 3 + 3);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.rowOf(model.itemAt(row).id), row);
        // The proxy stayed sorted by amount and filtered by kind.
        double previous = -1e9;
        for (int row = 0; row < proxy.rowCount(); ++row) {
            const QModelIndex index = proxy.index(row, QueueModel::AmountColumn);
            QCOMPARE(index.data(QueueModel::KindRole).toString(), QStringLiteral("approval"));
            const double amount = index.data(QueueModel::SortRole).toDouble();
            QVERIFY(amount >= previous);
            previous = amount;
        }
        QCOMPARE(proxy.index(0, 0).data(QueueModel::ItemIdRole).toString(),
                 QStringLiteral("purchase.order:9002"));
        QCOMPARE(proxy.index(proxy.rowCount() - 1, 0).data(QueueModel::ItemIdRole).toString(),
                 QStringLiteral("purchase.order:1301"));
    }

    void setStoresUpdatesNamesAndSearchWithoutReset()
    {
        QueueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QueueFilterModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setNow(Now);
        model.setItems(sampleItems());
        proxy.setSearchText(QStringLiteral("lyon"));
        QCOMPARE(proxy.rowCount(), 0);
        QCOMPARE(model.index(0, QueueModel::StoreColumn).data().toString(), QStringLiteral("Store 1"));

        QSignalSpy resets(&model, &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setStores(sampleStores());
        QCOMPARE(resets.count(), 0);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(model.index(0, QueueModel::StoreColumn).data().toString(), QStringLiteral("Lyon Centre"));
        QCOMPARE(model.index(1, QueueModel::RegionColumn).data().toString(), QStringLiteral("Île-de-France"));
        QCOMPARE(sortedIdsOf(proxy), expandIds(QStringLiteral("1,5")));
        QCOMPARE(model.stores().size(), 3);

        changed.clear();
        model.setStores(sampleStores());
        QCOMPARE(changed.count(), 0); // nothing changed, nothing announced
    }

    void decisionsShowOnTheirRows()
    {
        QueueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QueueFilterModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxy.sort(QueueModel::DecisionColumn);
        model.setNow(Now);
        model.setItems(sampleItems());
        const QString itemId = QStringLiteral("purchase.order:1");
        const QModelIndex cell = model.index(0, QueueModel::DecisionColumn);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setDecision(makeDecision(QStringLiteral("d1"), itemId, Decision::Status::Pending, Now, Now));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(cell.data().toString(), QStringLiteral("Pending"));
        QCOMPARE(cell.data(QueueModel::DecisionStatusRole).toInt(), int(Decision::Status::Pending));
        QCOMPARE(proxy.index(0, 0).data(QueueModel::ItemIdRole).toString(), itemId); // sorted first

        model.setDecision(
            makeDecision(QStringLiteral("d1"), itemId, Decision::Status::Conflict, Now, Now.addSecs(30)));
        QCOMPARE(cell.data().toString(), QStringLiteral("Conflict"));
        // An older decision on the same item does not hide the newer one.
        model.setDecision(makeDecision(QStringLiteral("d0"), itemId, Decision::Status::Applied,
                                       Now.addSecs(-600), Now.addSecs(-500)));
        QCOMPARE(cell.data().toString(), QStringLiteral("Conflict"));

        // Settled decisions stay visible for the window (10 min by default), then disappear.
        model.setNow(Now.addSecs(30 + 600));
        QCOMPARE(cell.data().toString(), QStringLiteral("Conflict"));
        model.setNow(Now.addSecs(30 + 601));
        QCOMPARE(cell.data().toString(), QString());
        QVERIFY(!cell.data(QueueModel::DecisionStatusRole).isValid());

        // A decision for an item that is not there yet shows when it arrives.
        QueueItem later = sampleItems().first();
        later.id = QStringLiteral("purchase.order:99");
        model.setDecision(makeDecision(QStringLiteral("d2"), later.id, Decision::Status::Pending,
                                       Now.addSecs(700), Now.addSecs(700)));
        model.applyChanges({later}, {});
        QCOMPARE(model.index(model.rowOf(later.id), QueueModel::DecisionColumn).data().toString(),
                 QStringLiteral("Pending"));
        model.clearDecision(later.id);
        QCOMPARE(model.index(model.rowOf(later.id), QueueModel::DecisionColumn).data().toString(), QString());
    }

    // Every role of every cell, for comparing two models cell by cell.
    static QStringList cells(const QAbstractItemModel &model)
    {
        QStringList result;
        for (int row = 0; row < model.rowCount(); ++row) {
            for (int column = 0; column < model.columnCount(); ++column) {
                const QModelIndex index = model.index(row, column);
                for (const int role :
                     {int(Qt::DisplayRole), int(QueueModel::SortRole), int(QueueModel::SlaStateRole),
                      int(QueueModel::RegionRole), int(QueueModel::SearchTextRole),
                      int(QueueModel::DecisionStatusRole), int(QueueModel::AssignedUserIdRole)})
                    result.append(index.data(role).toString());
            }
        }
        return result;
    }

    void rowsMadeOffTheGuiThreadMatchRowsMadeByTheModel()
    {
        QueueModel plain;
        plain.setNow(Now);
        plain.setStores(sampleStores());
        plain.setDecision(makeDecision(QStringLiteral("d1"), QStringLiteral("stock.picking:2"),
                                       Decision::Status::Pending, Now, Now));
        plain.setItems(sampleItems());

        QueueModel loaded;
        QAbstractItemModelTester tester(&loaded, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QueueFilterModel proxy;
        proxy.setSourceModel(&loaded);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxy.sort(QueueModel::AgeColumn);
        loaded.setNow(Now);
        loaded.setStores(sampleStores());
        loaded.setDecision(makeDecision(QStringLiteral("d1"), QStringLiteral("stock.picking:2"),
                                        Decision::Status::Pending, Now, Now));
        QueueLoad load(loaded.rowMaker());
        QList<QueueItem> items = sampleItems();
        // In two chunks from another thread, as the cache reader hands them over.
        std::thread reader([&load, &items] {
            load.addChunk(items.mid(0, 4));
            load.addChunk(items.mid(4));
            load.finish();
        });
        reader.join();
        QCOMPARE(load.itemCount(), qsizetype(6));
        QSignalSpy reset(&loaded, &QAbstractItemModel::modelReset);
        load.applyTo(&loaded);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(cells(loaded), cells(plain));
        QCOMPARE(loaded.rowOf(QStringLiteral("purchase.order:6")), 5);
        QCOMPARE(loaded.index(1, QueueModel::DecisionColumn).data().toString(), QStringLiteral("Pending"));
        QCOMPARE(proxy.rowCount(), 6);
        // Incremental changes go on from there.
        QueueItem changed = items.at(0);
        changed.title = QStringLiteral("PO00042 Office chairs (revised)");
        loaded.applyChanges({changed}, {QStringLiteral("mail.mail:3")});
        QCOMPARE(loaded.rowCount(), 5);
        QCOMPARE(loaded.index(loaded.rowOf(changed.id), QueueModel::TitleColumn).data().toString(),
                 changed.title);
    }

    void rowsMadeBeforeALaterChangeAreMadeAgain_data()
    {
        QTest::addColumn<QString>("change");
        QTest::newRow("stores") << QStringLiteral("stores");
        QTest::newRow("decision") << QStringLiteral("decision");
        QTest::newRow("clock") << QStringLiteral("clock");
        QTest::newRow("sla policy") << QStringLiteral("sla");
    }

    void rowsMadeBeforeALaterChangeAreMadeAgain()
    {
        QFETCH(QString, change);
        QueueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setNow(Now);
        model.setStores(sampleStores());
        QueueLoad load(model.rowMaker());
        load.addChunk(sampleItems());
        load.finish();

        // The model moves on while the rows are being made.
        QueueModel expected;
        expected.setNow(Now);
        expected.setStores(sampleStores());
        const auto apply = [&change](QueueModel &target) {
            if (change == QLatin1String("stores")) {
                QList<StoreInfo> renamed = sampleStores();
                renamed[0].name = QStringLiteral("Lyon Part-Dieu");
                target.setStores(renamed);
            } else if (change == QLatin1String("decision")) {
                target.setDecision(makeDecision(QStringLiteral("d9"), QStringLiteral("purchase.order:1"),
                                                Decision::Status::Applied, Now, Now));
            } else if (change == QLatin1String("clock")) {
                target.setNow(Now.addSecs(3 * Day));
            } else {
                SlaPolicy policy;
                policy.dueSoonFraction = 0.9;
                target.setSlaPolicy(policy);
            }
        };
        apply(model);
        apply(expected);
        expected.setItems(sampleItems());
        load.applyTo(&model);
        QCOMPARE(cells(model), cells(expected));
    }

    void setNowMovesAgesAndSlaStates()
    {
        QueueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QueueFilterModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxy.setSlaStates({SlaState::Overdue});
        proxy.sort(QueueModel::AgeColumn);
        model.setNow(Now);
        model.setItems(sampleItems());
        QCOMPARE(sortedIdsOf(proxy), expandIds(QStringLiteral("2,6")));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setNow(Now.addSecs(10));
        QCOMPARE(changed.count(), 0); // no text and no state moved within the same minute

        model.setNow(Now.addSecs(10 * Hour));
        QVERIFY(changed.count() >= 1);
        for (const QList<QVariant> &arguments : std::as_const(changed)) {
            QVERIFY(arguments.at(0).toModelIndex().column() >= QueueModel::AgeColumn);
            QVERIFY(arguments.at(1).toModelIndex().column() <= QueueModel::DecisionColumn);
        }
        QCOMPARE(model.index(0, QueueModel::AgeColumn).data().toString(), QStringLiteral("20 h 0 min"));
        QCOMPARE(model.index(3, QueueModel::SlaColumn).data().toString(), QStringLiteral("Overdue"));
        QCOMPARE(model.index(4, QueueModel::SlaColumn).data().toString(),
                 QStringLiteral("On time")); // 13 h of 24 left
        QCOMPARE(model.index(0, QueueModel::SlaColumn).data().toString(),
                 QStringLiteral("On time")); // 28 h of 48 left
        QCOMPARE(sortedIdsOf(proxy), expandIds(QStringLiteral("2,4,6")));
        QCOMPARE(model.now(), Now.addSecs(10 * Hour));

        // A wider due-soon window (60 %) moves both into due soon.
        model.setSlaPolicy({0.6, 4 * Hour});
        QCOMPARE(model.index(0, QueueModel::SlaColumn).data().toString(), QStringLiteral("Due soon"));
        QCOMPARE(model.index(4, QueueModel::SlaColumn).data().toString(), QStringLiteral("Due soon"));
    }

    void sortingEveryColumnMatchesSortRole_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        for (int column = 0; column < QueueModel::ColumnCount; ++column) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                const QString name =
                    QueueModel::columnKey(column) +
                    (order == Qt::AscendingOrder ? QStringLiteral(" asc") : QStringLiteral(" desc"));
                QTest::newRow(qPrintable(name)) << column << int(order);
            }
        }
    }

    // The fast sort of QueueFilterModel gives exactly the order a plain QSortFilterProxyModel
    // gets from the SortRole values.
    void sortingEveryColumnMatchesSortRole()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        QueueModel model;
        model.setNow(Now);
        model.setStores(sampleStores());
        QList<QueueItem> items = sampleItems();
        QueueItem lower = items.at(0);
        lower.id = QStringLiteral("purchase.order:11");
        lower.title = QStringLiteral("po00042 office chairs"); // differs by case only
        lower.requestedBy = QStringLiteral("alice martin");
        items.append(lower);
        model.setItems(items);
        model.setDecision(
            makeDecision(QStringLiteral("d1"), items.at(1).id, Decision::Status::Refused, Now, Now));
        model.setDecision(
            makeDecision(QStringLiteral("d2"), items.at(4).id, Decision::Status::Pending, Now, Now));

        QueueFilterModel proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxy.setSourceModel(&model);
        QSortFilterProxyModel reference;
        reference.setSourceModel(&model);
        reference.setSortRole(QueueModel::SortRole);
        reference.setSortCaseSensitivity(Qt::CaseInsensitive);

        proxy.sort(column, Qt::SortOrder(order));
        reference.sort(column, Qt::SortOrder(order));
        QCOMPARE(idsOf(proxy), idsOf(reference));
    }

    void sortStaysRightThroughChanges_data()
    {
        QTest::addColumn<int>("column");
        for (int column = 0; column < QueueModel::ColumnCount; ++column)
            QTest::newRow(qPrintable(QueueModel::columnKey(column))) << column;
    }

    // Sorted once, then kept sorted by the proxy through every kind of change (ranked rows,
    // dropped ranks, dynamic re-sorting), in both orders.
    void sortStaysRightThroughChanges()
    {
        QFETCH(int, column);
        QueueModel model;
        model.setNow(Now);
        model.setStores(sampleStores());
        QList<QueueItem> items = sampleItems();
        QRandomGenerator random(column + 1);
        const QStringList people{QStringLiteral("Alice Martin"), QStringLiteral("bob durand"), QString()};
        for (int i = 0; i < 120; ++i) {
            QueueItem item = items.at(i % 6);
            item.id = QStringLiteral("x:%1").arg(100 + i);
            item.title = QStringLiteral("Item %1").arg(random.bounded(40));
            item.storeId = random.bounded(5);
            item.amount = random.bounded(50);
            item.hasAmount = random.bounded(3) != 0;
            item.created = Now.addSecs(-qint64(random.bounded(200)) * 600);
            item.slaDue =
                random.bounded(4) ? item.created.addSecs(qint64(random.bounded(100)) * 3600) : QDateTime();
            item.severity = Severity(random.bounded(5));
            item.requestedBy = people.at(random.bounded(3));
            items.append(item);
        }
        model.setItems(items);

        QueueFilterModel proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxy.setSourceModel(&model);
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            proxy.sort(column, order);
            const auto check = [&](const char *step) {
                const auto [actual, expected] = sortKeysAgainstReference(proxy, &model);
                QVERIFY2(actual == expected, step);
            };
            check("sorted");

            QList<QueueItem> upserts;
            for (int i = 0; i < 10; ++i) {
                QueueItem item = model.itemAt(random.bounded(model.rowCount()));
                item.title = QStringLiteral("Changed %1").arg(random.bounded(40));
                item.amount = random.bounded(50);
                item.severity = Severity(random.bounded(5));
                item.created = item.created.addSecs(-3600);
                item.requestedBy = people.at(random.bounded(3));
                upserts.append(item);
            }
            QueueItem added = items.at(2);
            added.id = QStringLiteral("x:%1").arg(900 + int(order));
            upserts.append(added);
            model.applyChanges(upserts, {model.itemAt(3).id, model.itemAt(40).id, model.itemAt(41).id});
            check("applyChanges");

            QList<StoreInfo> stores = sampleStores();
            stores[0].name = QStringLiteral("Zurich");
            stores[1].region = QStringLiteral("Alsace");
            model.setStores(stores);
            check("setStores");

            for (int i = 0; i < 5; ++i) {
                model.setDecision(makeDecision(QStringLiteral("d%1-%2").arg(int(order)).arg(i),
                                               model.itemAt(i * 7).id, Decision::Status(i), Now.addSecs(i),
                                               Now.addSecs(i)));
            }
            check("setDecision");
            proxy.setKinds({ItemKind::Approval, ItemKind::Exception});
            check("filter");
            model.setNow(Now.addSecs(7 * 3600));
            check("setNow, decisions expired");
            proxy.clearFilters();
            check("filter cleared");
            model.setStores(sampleStores());
        }
    }

    void numericColumnsSortAsNumbers_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<QString>("expected");
        // Amounts 1200, 80.5, 50000; items without an amount last, in source order.
        QTest::newRow("amount asc") << int(QueueModel::AmountColumn) << int(Qt::AscendingOrder)
                                    << QStringLiteral("4,1,6,2,3,5");
        QTest::newRow("amount desc") << int(QueueModel::AmountColumn) << int(Qt::DescendingOrder)
                                     << QStringLiteral("2,3,5,6,1,4");
        // Ages 10 h, 3 d, 2 h, 40 h, 1 h, 5 d.
        QTest::newRow("age asc") << int(QueueModel::AgeColumn) << int(Qt::AscendingOrder)
                                 << QStringLiteral("5,3,1,4,2,6");
        QTest::newRow("age desc") << int(QueueModel::AgeColumn) << int(Qt::DescendingOrder)
                                  << QStringLiteral("6,2,4,1,3,5");
        // Due: +38 h, -24 h, none, +8 h, +23 h, -4 d.
        QTest::newRow("sla asc") << int(QueueModel::SlaColumn) << int(Qt::AscendingOrder)
                                 << QStringLiteral("6,2,4,5,1,3");
        // high, critical, medium, low, medium, critical.
        QTest::newRow("severity asc")
            << int(QueueModel::SeverityColumn) << int(Qt::AscendingOrder) << QStringLiteral("4,3,5,1,2,6");
        QTest::newRow("severity desc")
            << int(QueueModel::SeverityColumn) << int(Qt::DescendingOrder) << QStringLiteral("2,6,1,3,5,4");
    }

    void numericColumnsSortAsNumbers()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(QString, expected);
        QueueModel model;
        model.setNow(Now);
        model.setItems(sampleItems());
        QueueFilterModel proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxy.setSourceModel(&model);
        proxy.sort(column, Qt::SortOrder(order));
        QCOMPARE(shortIds(idsOf(proxy)).join(QLatin1Char(',')), expected);
    }

    void filters_data()
    {
        QTest::addColumn<QStringList>("kinds");
        QTest::addColumn<QStringList>("regions");
        QTest::addColumn<QList<int>>("storeIds");
        QTest::addColumn<QStringList>("severities");
        QTest::addColumn<QString>("minimumSeverity");
        QTest::addColumn<QStringList>("slaStates");
        QTest::addColumn<int>("mine");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");

        const QStringList none;
        const QList<int> noStores;
        const QString any;
        const auto row = [](const char *name) { return &QTest::newRow(name); };
        *row("no filter") << none << none << noStores << none << any << none << 0 << any
                          << QStringLiteral("1,2,3,4,5,6");
        *row("kind approval") << QStringList{QStringLiteral("approval")} << none << noStores << none << any
                              << none << 0 << any << QStringLiteral("1,4,6");
        *row("two kinds") << QStringList{QStringLiteral("approval"), QStringLiteral("exception")} << none
                          << noStores << none << any << none << 0 << any << QStringLiteral("1,2,4,5,6");
        *row("region") << none << QStringList{QStringLiteral("Auvergne-Rhône-Alpes")} << noStores << none
                       << any << none << 0 << any << QStringLiteral("1,5");
        *row("no region (HQ, unknown store)") << none << QStringList{QString()} << noStores << none << any
                                              << none << 0 << any << QStringLiteral("3,6");
        *row("store") << none << none << QList<int>{1} << none << any << none << 0 << any
                      << QStringLiteral("1,5");
        *row("store HQ") << none << none << QList<int>{0} << none << any << none << 0 << any
                         << QStringLiteral("3");
        *row("two stores") << none << none << QList<int>{2, 3} << none << any << none << 0 << any
                           << QStringLiteral("2,4");
        *row("severity set") << none << none << noStores << QStringList{QStringLiteral("critical")} << any
                             << none << 0 << any << QStringLiteral("2,6");
        *row("severity low+medium") << none << none << noStores
                                    << QStringList{QStringLiteral("low"), QStringLiteral("medium")} << any
                                    << none << 0 << any << QStringLiteral("3,4,5");
        *row("minimum high") << none << none << noStores << none << QStringLiteral("high") << none << 0 << any
                             << QStringLiteral("1,2,6");
        *row("minimum and set") << none << none << noStores
                                << QStringList{QStringLiteral("low"), QStringLiteral("critical")}
                                << QStringLiteral("medium") << none << 0 << any << QStringLiteral("2,6");
        *row("minimum excludes set") << none << none << noStores << QStringList{QStringLiteral("low")}
                                     << QStringLiteral("high") << none << 0 << any << QString();
        *row("sla overdue") << none << none << noStores << none << any
                            << QStringList{QStringLiteral("overdue")} << 0 << any << QStringLiteral("2,6");
        *row("sla due soon") << none << none << noStores << none << any
                             << QStringList{QStringLiteral("due_soon")} << 0 << any << QStringLiteral("4");
        *row("sla on time") << none << none << noStores << none << any
                            << QStringList{QStringLiteral("on_time")} << 0 << any << QStringLiteral("1,5");
        *row("sla none") << none << none << noStores << none << any << QStringList{QStringLiteral("none")}
                         << 0 << any << QStringLiteral("3");
        *row("mine: requested and assigned")
            << none << none << noStores << none << any << none << 7 << any << QStringLiteral("1,6");
        *row("mine: assigned or requested")
            << none << none << noStores << none << any << none << 9 << any << QStringLiteral("2,4");
        *row("mine: nobody") << none << none << noStores << none << any << none << 42 << any << QString();
        *row("text one word") << none << none << noStores << none << any << none << 0
                              << QStringLiteral("chairs") << QStringLiteral("1,5");
        *row("text two words") << none << none << noStores << none << any << none << 0
                               << QStringLiteral("Office  CHAIRS") << QStringLiteral("1,5");
        *row("text words across fields") << none << none << noStores << none << any << none << 0
                                         << QStringLiteral("chairs lyon") << QStringLiteral("1,5");
        *row("text words in title and requester") << none << none << noStores << none << any << none << 0
                                                  << QStringLiteral("forklift alice") << QStringLiteral("6");
        *row("text no match for one word") << none << none << noStores << none << any << none << 0
                                           << QStringLiteral("chairs marseille") << QString();
        *row("text store name") << none << none << noStores << none << any << none << 0
                                << QStringLiteral("paris") << QStringLiteral("2");
        *row("text HQ") << none << none << noStores << none << any << none << 0 << QStringLiteral("hq")
                        << QStringLiteral("3");
        *row("text blank") << none << none << noStores << none << any << none << 0 << QStringLiteral("   ")
                           << QStringLiteral("1,2,3,4,5,6");
        *row("kind + minimum + text")
            << QStringList{QStringLiteral("approval")} << none << noStores << none << QStringLiteral("high")
            << none << 0 << QStringLiteral("po000") << QStringLiteral("1,6");
        *row("kind + sla") << QStringList{QStringLiteral("approval")} << none << noStores << none << any
                           << QStringList{QStringLiteral("overdue")} << 0 << any << QStringLiteral("6");
        *row("region + mine") << none << QStringList{QStringLiteral("Île-de-France")} << noStores << none
                              << any << none << 9 << any << QStringLiteral("2");
        *row("store + kind, nothing") << QStringList{QStringLiteral("integration_failure")} << none
                                      << QList<int>{1} << none << any << none << 0 << any << QString();
    }

    void filters()
    {
        QFETCH(QStringList, kinds);
        QFETCH(QStringList, regions);
        QFETCH(QList<int>, storeIds);
        QFETCH(QStringList, severities);
        QFETCH(QString, minimumSeverity);
        QFETCH(QStringList, slaStates);
        QFETCH(int, mine);
        QFETCH(QString, text);
        QFETCH(QString, expected);

        QueueModel model;
        model.setNow(Now);
        model.setStores(sampleStores());
        model.setItems(sampleItems());
        QueueFilterModel proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxy.setSourceModel(&model);
        proxy.sort(QueueModel::TitleColumn);

        QSignalSpy filtersChanged(&proxy, &QueueFilterModel::filtersChanged);
        int setters = 0;
        const auto count = [&setters](bool active) { setters += active ? 1 : 0; };
        proxy.setKinds(kindSet(kinds));
        count(!kinds.isEmpty());
        proxy.setRegions(setOf(regions));
        count(!regions.isEmpty());
        proxy.setStoreIds(setOf(storeIds));
        count(!storeIds.isEmpty());
        QSet<Severity> ranks;
        for (const QString &name : std::as_const(severities))
            ranks.insert(QueueRules::severityRank(name));
        proxy.setSeverities(ranks);
        count(!ranks.isEmpty());
        proxy.setMinimumSeverity(QueueRules::severityRank(minimumSeverity));
        count(!minimumSeverity.isEmpty());
        QSet<SlaState> states;
        for (const QString &name : std::as_const(slaStates))
            states.insert(*QueueRules::slaStateFromName(name));
        proxy.setSlaStates(states);
        count(!states.isEmpty());
        proxy.setMineUserId(mine);
        count(mine != 0);
        proxy.setSearchText(text);
        count(!text.isEmpty());

        QCOMPARE(filtersChanged.count(), setters); // one re-filter per setter that changed something
        QCOMPARE(sortedIdsOf(proxy), expandIds(expected));

        // The same state as a saved view, applied to a fresh proxy, shows the same rows.
        const QueueView view = QueueView::fromJson(proxy.currentView(QStringLiteral("v")).toJson());
        QCOMPARE(view, proxy.currentView(QStringLiteral("v")));
        QueueFilterModel other;
        other.setSourceModel(&model);
        other.applyView(view, mine);
        QCOMPARE(idsOf(other), idsOf(proxy));

        // Over a source that is not a QueueModel the same filters read the roles.
        QSortFilterProxyModel identity;
        identity.setSourceModel(&model);
        QueueFilterModel viaRoles;
        QAbstractItemModelTester viaRolesTester(&viaRoles,
                                                QAbstractItemModelTester::FailureReportingMode::Fatal);
        viaRoles.setSourceModel(&identity);
        viaRoles.applyView(view, mine);
        QCOMPARE(sortedIdsOf(viaRoles), expandIds(expected));

        proxy.clearFilters();
        QVERIFY(!proxy.hasFilters());
        QCOMPARE(proxy.rowCount(), model.rowCount());
    }

    void settersWithTheSameValueDoNotRefilter()
    {
        QueueModel model;
        model.setItems(sampleItems());
        QueueFilterModel proxy;
        proxy.setSourceModel(&model);
        QSignalSpy filtersChanged(&proxy, &QueueFilterModel::filtersChanged);
        proxy.setKinds({ItemKind::Approval});
        proxy.setKinds({ItemKind::Approval});
        proxy.setMineUserId(0);
        proxy.setSearchText(QString());
        proxy.clearFilters();
        proxy.clearFilters();
        QCOMPARE(filtersChanged.count(), 2);
    }

    void survivesTheDeletionOfItsSource()
    {
        QueueFilterModel proxy;
        auto *model = new QueueModel;
        model->setItems(sampleItems());
        proxy.setSourceModel(model);
        proxy.sort(QueueModel::TitleColumn);
        QCOMPARE(proxy.rowCount(), 6);
        delete model;
        proxy.setKinds({ItemKind::Approval});
        proxy.sort(QueueModel::AmountColumn);
        QCOMPARE(proxy.rowCount(), 0);
    }

    void savedViewsRoundTripAsJson()
    {
        QueueView view;
        view.name = QStringLiteral("Overdue approvals in the south");
        view.kinds = {ItemKind::Approval};
        view.regions = {QStringLiteral("Provence"), QStringLiteral("Occitanie")};
        view.storeIds = {12, 3};
        view.severities = {Severity::Critical, Severity::High};
        view.minimumSeverity = Severity::Medium;
        view.slaStates = {SlaState::Overdue, SlaState::DueSoon};
        view.mine = true;
        view.text = QStringLiteral("forklift");
        view.sortColumn = QueueModel::AmountColumn;
        view.sortOrder = Qt::DescendingOrder;

        const QJsonObject json = view.toJson();
        QCOMPARE(json.value(QStringLiteral("sort_column")).toString(), QStringLiteral("amount"));
        QCOMPARE(json.value(QStringLiteral("sort_order")).toString(), QStringLiteral("descending"));
        QCOMPARE(json.value(QStringLiteral("store_ids")).toArray(), QJsonArray({3, 12}));
        QCOMPARE(json.value(QStringLiteral("regions")).toArray(),
                 QJsonArray({QStringLiteral("Occitanie"), QStringLiteral("Provence")}));
        QCOMPARE(json.value(QStringLiteral("severities")).toArray(),
                 QJsonArray({QStringLiteral("high"), QStringLiteral("critical")}));
        QCOMPARE(json.value(QStringLiteral("sla_states")).toArray(),
                 QJsonArray({QStringLiteral("due_soon"), QStringLiteral("overdue")}));
        QCOMPARE(QueueView::fromJson(json), view);

        // Tolerant reading: unknown names dropped, defaults kept.
        const QueueView odd = QueueView::fromJson(QJsonObject{
            {QStringLiteral("severities"), QJsonArray{QStringLiteral("urgent"), QStringLiteral("low")}},
            {QStringLiteral("sla_states"), QJsonArray{QStringLiteral("late")}},
            {QStringLiteral("sort_column"), QStringLiteral("colour")},
            {QStringLiteral("store_ids"), QJsonArray{QStringLiteral("x"), 5}},
        });
        QCOMPARE(odd.severities, QSet<Severity>{Severity::Low});
        QVERIFY(odd.slaStates.isEmpty());
        QCOMPARE(odd.sortColumn, -1);
        QCOMPARE(odd.storeIds, QSet<int>{5});
        QCOMPARE(QueueView::fromJson({}), QueueView());

        QueueModel model;
        model.setNow(Now);
        model.setItems(sampleItems());
        QueueFilterModel proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxy.setSourceModel(&model);
        QueueView mineByAmount;
        mineByAmount.mine = true;
        mineByAmount.sortColumn = QueueModel::AmountColumn;
        mineByAmount.sortOrder = Qt::DescendingOrder;
        QSignalSpy filtersChanged(&proxy, &QueueFilterModel::filtersChanged);
        proxy.applyView(mineByAmount, 7);
        QCOMPARE(filtersChanged.count(), 1);
        QCOMPARE(shortIds(idsOf(proxy)), QStringList({QStringLiteral("6"), QStringLiteral("1")}));
        QCOMPARE(proxy.currentView(), mineByAmount);
    }
};

QTEST_MAIN(TestQueueModel)
#include "tst_queuemodel.moc"
