// SimDataset and SimLiveActivity: the demo dataset has the documented size and shape on Odoo 17,
// 18 and 19, is reproducible from its seed, keeps its relations consistent, and live mode creates
// and resolves work through the database.
#include "sim/simbackend.h"
#include "sim/simdatabase.h"
#include "sim/simdataset.h"
#include "sim/simliveactivity.h"
#include "sim/simschema.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

namespace {

QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 3, 16), QTime(9, 30), Qt::UTC);
}

struct World
{
    std::unique_ptr<SimDatabase> database;
    std::unique_ptr<SimBackend> backend;
    SimDatasetSummary summary;
    std::shared_ptr<QDateTime> clock = std::make_shared<QDateTime>(fixedNow());
};

std::unique_ptr<World> buildWorld(int flavor, quint32 seed, const QStringList &modules = {},
                                  double scale = 1.0)
{
    auto world = std::make_unique<World>();
    world->database = std::make_unique<SimDatabase>(SimSchema::load(flavor, modules), QStringLiteral("demo"));
    const std::shared_ptr<QDateTime> clock = world->clock;
    world->database->setClock([clock] { return *clock; });
    world->backend = std::make_unique<SimBackend>(world->database.get());
    world->summary = SimDataset::populate(*world->backend, seed, scale);
    return world;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

// A digest of every stored value of every record, models and fields in name order, ids ascending.
QByteArray digest(const SimDatabase &database)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &modelName : sorted(database.schema().modelNames())) {
        const SimModel *model = database.schema().model(modelName);
        QStringList fields;
        for (auto it = model->fields.constBegin(); it != model->fields.constEnd(); ++it) {
            if (it->type != QLatin1String("one2many"))
                fields.append(it.key());
        }
        fields.sort();
        for (const int id : database.allIds(modelName)) {
            QJsonObject record;
            for (const QString &field : fields)
                record.insert(field, database.rawValue(modelName, id, field));
            hash.addData(modelName.toUtf8());
            hash.addData(QJsonDocument(record).toJson(QJsonDocument::Compact));
        }
    }
    return hash.result();
}

int countWhere(const SimDatabase &database, const QString &model, const QString &field,
               const QJsonValue &value)
{
    int matches = 0;
    for (const int id : database.allIds(model))
        matches += database.rawValue(model, id, field) == value ? 1 : 0;
    return matches;
}

QString raw(const SimDatabase &database, const QString &model, int id, const char *field)
{
    return database.rawValue(model, id, QString::fromLatin1(field)).toString();
}

const QStringList allModules = {QStringLiteral("approvals"), QStringLiteral("base_tier_validation"),
                                QStringLiteral("queue_job")};

} // namespace

class TestSimDataset : public QObject
{
    Q_OBJECT

private:
    // Populating takes a moment: each flavour's scale-1 world is built once and shared.
    World &world(int flavor, bool modules)
    {
        const int key = flavor * 10 + (modules ? 1 : 0);
        if (!m_worlds.contains(key))
            m_worlds.insert(
                key, std::shared_ptr<World>(buildWorld(flavor, 7, modules ? allModules : QStringList())));
        return *m_worlds.value(key);
    }

    static void flavorRows()
    {
        QTest::addColumn<int>("flavor");
        QTest::addColumn<bool>("modules");
        QTest::newRow("17") << 17 << false;
        QTest::newRow("18") << 18 << false;
        QTest::newRow("19") << 19 << false;
        QTest::newRow("17 + optional modules") << 17 << true;
        QTest::newRow("19 + optional modules") << 19 << true;
    }

    QHash<int, std::shared_ptr<World>> m_worlds;

private Q_SLOTS:
    void countsAreInTheDocumentedRanges_data() { flavorRows(); }
    void countsAreInTheDocumentedRanges()
    {
        QFETCH(int, flavor);
        QFETCH(bool, modules);
        const World &w = world(flavor, modules);
        const SimDatasetSummary &summary = w.summary;
        const SimDatabase &db = *w.database;

        QCOMPARE(summary.stores, 60);
        QCOMPARE(summary.regions, 5);
        QVERIFY2(summary.pendingApprovals >= 270 && summary.pendingApprovals <= 340,
                 qPrintable(QString::number(summary.pendingApprovals)));
        QVERIFY2(summary.openExceptions >= 1400 && summary.openExceptions <= 1600,
                 qPrintable(QString::number(summary.openExceptions)));
        QVERIFY2(summary.integrationFailures >= 60 && summary.integrationFailures <= 100,
                 qPrintable(QString::number(summary.integrationFailures)));
        QVERIFY2(summary.history >= 1300 && summary.history <= 1700,
                 qPrintable(QString::number(summary.history)));

        // The categories are the sums of their kinds, and the kinds match the database.
        int sum = 0;
        for (auto it = summary.perKind.constBegin(); it != summary.perKind.constEnd(); ++it)
            sum += it.value();
        QCOMPARE(sum, summary.pendingApprovals + summary.openExceptions + summary.integrationFailures +
                          summary.history);
        QCOMPARE(countWhere(db, QStringLiteral("purchase.order"), QStringLiteral("state"),
                            QStringLiteral("to approve")),
                 summary.perKind.value(QStringLiteral("approval/purchase.order")));
        QCOMPARE(
            countWhere(db, QStringLiteral("mail.mail"), QStringLiteral("state"), QStringLiteral("exception")),
            summary.perKind.value(QStringLiteral("failure/mail.mail")));
        QCOMPARE(
            countWhere(db, QStringLiteral("pos.session"), QStringLiteral("state"), QStringLiteral("closed")),
            summary.perKind.value(QStringLiteral("exception/pos.session")));
        QCOMPARE(
            countWhere(db, QStringLiteral("stock.quant"), QStringLiteral("inventory_quantity_set"), true),
            summary.perKind.value(QStringLiteral("approval/stock.quant")) +
                summary.perKind.value(QStringLiteral("exception/stock.quant")));
        QCOMPARE(db.count(QStringLiteral("stock.warehouse")), 61); // 60 stores and the HQ warehouse
        QCOMPARE(summary.perModel.value(QStringLiteral("stock.warehouse")), 61);
        QVERIFY(summary.perModel.value(QStringLiteral("product.product")) >= 40);

        int total = 0;
        for (const QString &model : db.schema().modelNames())
            total += db.count(model);
        QCOMPARE(summary.totalRecords, total);

        // One regional manager per region, a real user with an employee record.
        QCOMPARE(summary.regionalManagers.size(), 5);
        for (const QString &login : summary.regionalManagers) {
            int uid = 0;
            for (const int id : db.allIds(QStringLiteral("res.users"))) {
                if (raw(db, QStringLiteral("res.users"), id, "login") == login)
                    uid = id;
            }
            QVERIFY2(uid > 0, qPrintable(login));
            QVERIFY(w.backend->hasRole(uid, QStringLiteral("purchase_manager")));
            QVERIFY(w.backend->hasRole(uid, QStringLiteral("leave_manager")));
            QCOMPARE(countWhere(db, QStringLiteral("hr.employee"), QStringLiteral("user_id"), uid), 1);
        }
        // The contract users are still there, not created twice.
        for (const char *login : {"admin", "manager1", "buyer1", "viewer1"})
            QCOMPARE(countWhere(db, QStringLiteral("res.users"), QStringLiteral("login"),
                                QString::fromLatin1(login)),
                     1);
    }

    void pendingItemsHaveRealisticAges()
    {
        const SimDatabase &db = *world(18, false).database;
        const QString now = SimDatabase::formatDateTime(fixedNow());
        const QString dayAgo = SimDatabase::formatDateTime(fixedNow().addDays(-1));
        const QString monthAgo = SimDatabase::formatDateTime(fixedNow().addDays(-30));
        int recent = 0;
        int old = 0;
        for (const int id : db.allIds(QStringLiteral("purchase.order"))) {
            if (raw(db, QStringLiteral("purchase.order"), id, "state") != QLatin1String("to approve"))
                continue;
            const QString written = raw(db, QStringLiteral("purchase.order"), id, "write_date");
            QVERIFY(written <= now);
            QVERIFY(raw(db, QStringLiteral("purchase.order"), id, "create_date") <= written);
            recent += written > dayAgo ? 1 : 0;
            old += written < monthAgo ? 1 : 0;
        }
        QVERIFY(recent > 10);
        QVERIFY(old > 0);
        // History covers the last 90 days.
        const QString ninetyDaysAgo = SimDatabase::formatDateTime(fixedNow().addDays(-91));
        QString oldest = now;
        for (const int id : db.allIds(QStringLiteral("purchase.order"))) {
            const QString approved = raw(db, QStringLiteral("purchase.order"), id, "date_approve");
            if (!approved.isEmpty() && approved != QLatin1String("false"))
                oldest = std::min(oldest, approved);
        }
        QVERIFY(oldest >= ninetyDaysAgo);
        QVERIFY(oldest < SimDatabase::formatDateTime(fixedNow().addDays(-60)));
    }

    void sameSeedSameData_data()
    {
        QTest::addColumn<int>("flavor");
        QTest::newRow("17") << 17;
        QTest::newRow("18") << 18;
        QTest::newRow("19") << 19;
    }
    void sameSeedSameData()
    {
        QFETCH(int, flavor);
        const QByteArray first = digest(*world(flavor, false).database);
        const auto again = buildWorld(flavor, 7);
        QCOMPARE(digest(*again->database), first);
        const auto other = buildWorld(flavor, 8);
        QVERIFY(digest(*other->database) != first);
        QCOMPARE(other->summary.stores, 60);
    }

    void relationsPointAtExistingRecords_data() { flavorRows(); }
    void relationsPointAtExistingRecords()
    {
        QFETCH(int, flavor);
        QFETCH(bool, modules);
        const SimDatabase &db = *world(flavor, modules).database;
        const SimSchema &schema = db.schema();
        int checked = 0;
        for (const QString &modelName : schema.modelNames()) {
            const SimModel *model = schema.model(modelName);
            for (auto field = model->fields.constBegin(); field != model->fields.constEnd(); ++field) {
                if (field->type != QLatin1String("many2one") && field->type != QLatin1String("many2many"))
                    continue;
                const bool known = schema.model(field->relation) != nullptr;
                for (const int id : db.allIds(modelName)) {
                    const QJsonValue value = db.rawValue(modelName, id, field.key());
                    QList<int> targets;
                    if (value.isArray()) {
                        for (const QJsonValue &target : value.toArray())
                            targets.append(target.toInt());
                    } else if (value.toInt() > 0) {
                        targets.append(value.toInt());
                    }
                    for (const int target : targets) {
                        const QString where = QStringLiteral("%1(%2).%3 = %4,%5")
                                                  .arg(modelName)
                                                  .arg(id)
                                                  .arg(field.key(), field->relation)
                                                  .arg(target);
                        QVERIFY2(known && db.exists(field->relation, target), qPrintable(where));
                        ++checked;
                    }
                }
            }
        }
        QVERIFY(checked > 10000);
        // Generic references: activities and tier reviews point at real documents.
        for (const QString &model : {QStringLiteral("mail.activity"), QStringLiteral("tier.review")}) {
            if (!schema.model(model))
                continue;
            for (const int id : db.allIds(model)) {
                const QString target =
                    raw(db, model, id, model == QLatin1String("mail.activity") ? "res_model" : "model");
                const int resId = db.rawValue(model, id, QStringLiteral("res_id")).toInt();
                QVERIFY2(db.exists(target, resId), qPrintable(QStringLiteral("%1 %2").arg(model).arg(id)));
            }
        }
        // Children found through their parents (one2many inverses).
        for (const int order : db.allIds(QStringLiteral("purchase.order")))
            QVERIFY(!db.children(QStringLiteral("purchase.order"), order, QStringLiteral("order_line"))
                         .isEmpty());
    }

    void storesHavePartnersAndCoordinates_data() { flavorRows(); }
    void storesHavePartnersAndCoordinates()
    {
        QFETCH(int, flavor);
        QFETCH(bool, modules);
        const SimDatabase &db = *world(flavor, modules).database;
        const QString warehouseModel = QStringLiteral("stock.warehouse");
        const QString partnerModel = QStringLiteral("res.partner");
        QStringList withoutCoordinates;
        QSet<int> regions;
        int stores = 0;
        for (const int warehouse : db.allIds(warehouseModel)) {
            const QString code = raw(db, warehouseModel, warehouse, "code");
            if (code == QLatin1String("HQ"))
                continue;
            ++stores;
            const int partner = db.rawValue(warehouseModel, warehouse, QStringLiteral("partner_id")).toInt();
            QVERIFY2(db.exists(partnerModel, partner), qPrintable(code));
            QVERIFY(db.rawValue(partnerModel, partner, QStringLiteral("is_company")).toBool());
            QVERIFY(!raw(db, partnerModel, partner, "street").isEmpty());
            QVERIFY(!raw(db, partnerModel, partner, "city").isEmpty());
            QVERIFY(!raw(db, partnerModel, partner, "zip").isEmpty());
            const int state = db.rawValue(partnerModel, partner, QStringLiteral("state_id")).toInt();
            QVERIFY(db.exists(QStringLiteral("res.country.state"), state));
            QCOMPARE(db.rawValue(partnerModel, partner, QStringLiteral("country_id")).toInt(),
                     db.rawValue(QStringLiteral("res.country.state"), state, QStringLiteral("country_id"))
                         .toInt());
            regions.insert(state);
            const double latitude =
                db.rawValue(partnerModel, partner, QStringLiteral("partner_latitude")).toDouble();
            const double longitude =
                db.rawValue(partnerModel, partner, QStringLiteral("partner_longitude")).toDouble();
            if (latitude == 0.0 && longitude == 0.0) {
                withoutCoordinates.append(code);
            } else {
                // Belgium and the south of the Netherlands.
                QVERIFY2(latitude > 49.4 && latitude < 52.0, qPrintable(code));
                QVERIFY2(longitude > 2.5 && longitude < 6.5, qPrintable(code));
            }
            const int stock = db.rawValue(warehouseModel, warehouse, QStringLiteral("lot_stock_id")).toInt();
            QCOMPARE(
                db.rawValue(QStringLiteral("stock.location"), stock, QStringLiteral("warehouse_id")).toInt(),
                warehouse);
            QCOMPARE(raw(db, QStringLiteral("stock.location"), stock, "usage"), QStringLiteral("internal"));
        }
        QCOMPARE(stores, 60);
        QCOMPARE(regions.size(), 5);
        withoutCoordinates.sort();
        QCOMPARE(withoutCoordinates,
                 QStringList({QStringLiteral("MAL1"), QStringLiteral("WAA1"), QStringLiteral("ZEL1")}));
    }

    void ordersNameTheirStore()
    {
        const SimDatabase &db = *world(17, false).database;
        QHash<QString, int> partnerByCode;
        for (const int warehouse : db.allIds(QStringLiteral("stock.warehouse")))
            partnerByCode.insert(
                raw(db, QStringLiteral("stock.warehouse"), warehouse, "code"),
                db.rawValue(QStringLiteral("stock.warehouse"), warehouse, QStringLiteral("partner_id"))
                    .toInt());
        for (const int order : db.allIds(QStringLiteral("purchase.order"))) {
            const QString origin = raw(db, QStringLiteral("purchase.order"), order, "origin");
            QVERIFY2(partnerByCode.contains(origin), qPrintable(origin));
            QCOMPARE(db.rawValue(QStringLiteral("purchase.order"), order, QStringLiteral("dest_address_id"))
                         .toInt(),
                     partnerByCode.value(origin));
            if (raw(db, QStringLiteral("purchase.order"), order, "state") == QLatin1String("to approve")) {
                // Above the two-step validation threshold, with totals that add up.
                const double untaxed =
                    db.rawValue(QStringLiteral("purchase.order"), order, QStringLiteral("amount_untaxed"))
                        .toDouble();
                const double tax =
                    db.rawValue(QStringLiteral("purchase.order"), order, QStringLiteral("amount_tax"))
                        .toDouble();
                const double total =
                    db.rawValue(QStringLiteral("purchase.order"), order, QStringLiteral("amount_total"))
                        .toDouble();
                QVERIFY(untaxed > 500.0);
                QVERIFY(qAbs(untaxed + tax - total) < 0.011);
            }
        }
    }

    void flavorDifferences()
    {
        const SimDatabase &db17 = *world(17, false).database;
        const SimDatabase &db18 = *world(18, false).database;
        const SimDatabase &db19 = *world(19, false).database;

        // Expenses: reports (sheets) on 17/18, single expenses with approval_state on 19.
        for (const SimDatabase *db : {&db17, &db18}) {
            QVERIFY(db->count(QStringLiteral("hr.expense.sheet")) > 0);
            QVERIFY(countWhere(*db, QStringLiteral("hr.expense.sheet"), QStringLiteral("state"),
                               QStringLiteral("submit")) >= 40);
            for (const int sheet : db->allIds(QStringLiteral("hr.expense.sheet")))
                QVERIFY(!db->children(QStringLiteral("hr.expense.sheet"), sheet,
                                      QStringLiteral("expense_line_ids"))
                             .isEmpty());
        }
        QVERIFY(!db19.schema().model(QStringLiteral("hr.expense.sheet")));
        QCOMPARE(countWhere(db19, QStringLiteral("hr.expense"), QStringLiteral("approval_state"),
                            QStringLiteral("submitted")),
                 world(19, false).summary.perKind.value(QStringLiteral("approval/hr.expense")));
        QVERIFY(countWhere(db19, QStringLiteral("hr.expense"), QStringLiteral("approval_state"),
                           QStringLiteral("approved")) > 100);

        // Scheduled actions: failure counters from 18 on; 17 shows failing jobs as off or stuck.
        QVERIFY(!db17.schema().model(QStringLiteral("ir.cron"))->field(QStringLiteral("failure_count")));
        const QString now = SimDatabase::formatDateTime(fixedNow());
        const QString dayAgo = SimDatabase::formatDateTime(fixedNow().addDays(-1));
        int stuck = 0;
        for (const int cron : db17.allIds(QStringLiteral("ir.cron"))) {
            const bool active =
                db17.rawValue(QStringLiteral("ir.cron"), cron, QStringLiteral("active")).toBool();
            stuck += !active || raw(db17, QStringLiteral("ir.cron"), cron, "nextcall") <= dayAgo ? 1 : 0;
        }
        QCOMPARE(stuck, world(17, false).summary.perKind.value(QStringLiteral("failure/ir.cron")));
        for (const SimDatabase *db : {&db18, &db19}) {
            int failing = 0;
            for (const int cron : db->allIds(QStringLiteral("ir.cron"))) {
                if (db->rawValue(QStringLiteral("ir.cron"), cron, QStringLiteral("failure_count")).toInt() >
                    0) {
                    ++failing;
                    QVERIFY(raw(*db, QStringLiteral("ir.cron"), cron, "first_failure_date") < now);
                }
            }
            QVERIFY(failing >= 5);
        }

        // Time off: 17 still has holiday_type; 18/19 do not.
        QCOMPARE(countWhere(db17, QStringLiteral("hr.leave"), QStringLiteral("holiday_type"),
                            QStringLiteral("employee")),
                 db17.count(QStringLiteral("hr.leave")));
        QVERIFY(!db18.schema().model(QStringLiteral("hr.leave"))->field(QStringLiteral("holiday_type")));
        for (const SimDatabase *db : {&db17, &db18, &db19}) {
            QVERIFY(countWhere(*db, QStringLiteral("hr.leave"), QStringLiteral("state"),
                               QStringLiteral("confirm")) > 30);
            QVERIFY(countWhere(*db, QStringLiteral("hr.leave"), QStringLiteral("state"),
                               QStringLiteral("validate1")) > 0);
        }
    }

    void optionalModulesOnlyWhenInstalled_data()
    {
        QTest::addColumn<int>("flavor");
        QTest::newRow("17") << 17;
        QTest::newRow("19") << 19;
    }
    void optionalModulesOnlyWhenInstalled()
    {
        QFETCH(int, flavor);
        const World &plain = world(flavor, false);
        for (const char *kind : {"approval/approval.request", "approval/tier.review", "failure/queue.job"})
            QVERIFY2(!plain.summary.perKind.contains(QString::fromLatin1(kind)), kind);
        QVERIFY(!plain.database->schema().model(QStringLiteral("approval.request")));

        const World &full = world(flavor, true);
        const SimDatabase &db = *full.database;
        const int requests = full.summary.perKind.value(QStringLiteral("approval/approval.request"));
        QVERIFY(requests >= 15);
        QCOMPARE(countWhere(db, QStringLiteral("approval.request"), QStringLiteral("request_status"),
                            QStringLiteral("pending")),
                 requests);
        for (const int request : db.allIds(QStringLiteral("approval.request"))) {
            const QList<int> approvers =
                db.children(QStringLiteral("approval.request"), request, QStringLiteral("approver_ids"));
            QVERIFY(!approvers.isEmpty());
            QCOMPARE(raw(db, QStringLiteral("approval.approver"), approvers.first(), "status"),
                     QStringLiteral("pending"));
        }
        const int reviews = full.summary.perKind.value(QStringLiteral("approval/tier.review"));
        QVERIFY(reviews >= 10);
        for (const int review : db.allIds(QStringLiteral("tier.review"))) {
            QCOMPARE(raw(db, QStringLiteral("tier.review"), review, "status"), QStringLiteral("pending"));
            QCOMPARE(raw(db, QStringLiteral("tier.review"), review, "model"),
                     QStringLiteral("purchase.order"));
        }
        const int jobs = full.summary.perKind.value(QStringLiteral("failure/queue.job"));
        QVERIFY(jobs >= 15);
        QCOMPARE(
            countWhere(db, QStringLiteral("queue.job"), QStringLiteral("state"), QStringLiteral("failed")),
            jobs);
        // The totals stay in range with or without the optional modules.
        QVERIFY(qAbs(full.summary.pendingApprovals - plain.summary.pendingApprovals) <= 10);
        QCOMPARE(full.summary.integrationFailures, plain.summary.integrationFailures);
    }

    void scaleMultipliesDocumentsNotStores()
    {
        const auto small = buildWorld(18, 7, {}, 0.2);
        QCOMPARE(small->summary.stores, 60);
        QCOMPARE(small->database->count(QStringLiteral("stock.warehouse")), 61);
        QVERIFY(small->summary.pendingApprovals >= 50 && small->summary.pendingApprovals <= 70);
        QVERIFY(small->summary.openExceptions >= 280 && small->summary.openExceptions <= 320);
        QVERIFY(small->summary.history >= 250 && small->summary.history <= 350);
        QVERIFY(small->summary.totalRecords < world(18, false).summary.totalRecords / 3);
    }

    void liveActivityCreatesAndResolves_data()
    {
        QTest::addColumn<int>("flavor");
        QTest::newRow("17") << 17;
        QTest::newRow("18") << 18;
        QTest::newRow("19") << 19;
    }
    void liveActivityCreatesAndResolves()
    {
        QFETCH(int, flavor);
        const auto w = buildWorld(flavor, 7);
        SimDatabase &db = *w->database;
        const QStringList watched = {QStringLiteral("purchase.order"), QStringLiteral("stock.picking"),
                                     QStringLiteral("mail.mail"),      QStringLiteral("hr.leave"),
                                     QStringLiteral("hr.expense"),     QStringLiteral("hr.expense.sheet"),
                                     QStringLiteral("stock.quant")};
        QHash<QString, QHash<int, QString>> writeDates;
        for (const QString &model : watched) {
            for (const int id : db.allIds(model))
                writeDates[model].insert(id, raw(db, model, id, "write_date"));
        }
        const int before = w->summary.totalRecords;
        const int ordersToApprove = countWhere(db, QStringLiteral("purchase.order"), QStringLiteral("state"),
                                               QStringLiteral("to approve"));

        *w->clock = fixedNow().addSecs(3600);
        const QString later = SimDatabase::formatDateTime(*w->clock);
        SimLiveActivity live(w->backend.get(), 11);
        QSignalSpy ticked(&live, &SimLiveActivity::ticked);
        QSignalSpy changed(&db, &SimDatabase::recordsChanged);
        for (int i = 0; i < 8; ++i)
            live.tick();
        QCOMPARE(ticked.size(), 8);
        int created = 0;
        int resolved = 0;
        for (const QList<QVariant> &arguments : ticked) {
            QVERIFY(arguments.at(0).toInt() >= 1 && arguments.at(0).toInt() <= 3);
            QVERIFY(arguments.at(1).toInt() >= 0 && arguments.at(1).toInt() <= 2);
            created += arguments.at(0).toInt();
            resolved += arguments.at(1).toInt();
        }
        QVERIFY(created >= 8);
        QVERIFY(resolved >= 1);
        QVERIFY(changed.size() >= created + resolved);

        int total = 0;
        for (const QString &model : db.schema().modelNames())
            total += db.count(model);
        QVERIFY(total >= before + created);

        // Resolved items were pending before and now carry the new write date.
        int moved = 0;
        for (auto model = writeDates.constBegin(); model != writeDates.constEnd(); ++model) {
            for (auto record = model->constBegin(); record != model->constEnd(); ++record) {
                const QString now = raw(db, model.key(), record.key(), "write_date");
                if (now == record.value())
                    continue;
                QCOMPARE(now, later);
                QVERIFY(record.value() < later);
                ++moved;
            }
        }
        QVERIFY(moved >= resolved);

        // New purchase orders wait for approval, dated now, with their lines.
        const int ordersNow = countWhere(db, QStringLiteral("purchase.order"), QStringLiteral("state"),
                                         QStringLiteral("to approve"));
        for (const int order : db.allIds(QStringLiteral("purchase.order"))) {
            if (writeDates.value(QStringLiteral("purchase.order")).contains(order))
                continue;
            const QString state = raw(db, QStringLiteral("purchase.order"), order, "state");
            QVERIFY2(state == QLatin1String("to approve") || state == QLatin1String("purchase"),
                     qPrintable(state));
            QVERIFY(raw(db, QStringLiteral("purchase.order"), order, "create_date") <= later);
            QVERIFY(!db.children(QStringLiteral("purchase.order"), order, QStringLiteral("order_line"))
                         .isEmpty());
        }
        QVERIFY(ordersNow >= ordersToApprove - resolved);
    }

    void liveActivityRunsOnItsTimer()
    {
        const auto w = buildWorld(19, 3, {}, 0.05);
        SimLiveActivity live(w->backend.get(), 5);
        QSignalSpy ticked(&live, &SimLiveActivity::ticked);
        live.start(std::chrono::milliseconds(5));
        QVERIFY(live.isActive());
        QVERIFY(ticked.wait(5000));
        live.stop();
        QVERIFY(!live.isActive());
        QVERIFY(ticked.first().at(0).toInt() >= 1);
    }
};

QTEST_GUILESS_MAIN(TestSimDataset)
#include "tst_simdataset.moc"
