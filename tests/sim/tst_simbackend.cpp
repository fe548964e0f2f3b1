// SimBackend, SimOrm, SimAccess and SimBusiness in-process: logins and API keys, generic ORM
// methods with Odoo's errors, access rights with Odoo's wording, and the business methods with
// the per-version semantics of METHODS.md.
#include "sim/simbackend.h"
#include "sim/simdatabase.h"

#include <QJsonArray>
#include <QtTest>

namespace {

struct World
{
    std::unique_ptr<SimDatabase> database;
    std::unique_ptr<SimBackend> backend;
    int admin = 0, manager = 0, buyer = 0, viewer = 0, vendor = 0, product = 0;

    explicit World(int flavor, const QStringList &modules = {})
        : database(std::make_unique<SimDatabase>(SimSchema::load(flavor, modules),
                                                 QStringLiteral("odoo%1").arg(flavor)))
        , backend(std::make_unique<SimBackend>(database.get()))
    {
        admin = backend->authenticate(QStringLiteral("admin"), QStringLiteral("admin"));
        manager = backend->authenticate(QStringLiteral("manager1"), QStringLiteral("manager1"));
        buyer = backend->authenticate(QStringLiteral("buyer1"), QStringLiteral("buyer1"));
        viewer = backend->authenticate(QStringLiteral("viewer1"), QStringLiteral("viewer1"));
        vendor = database->insert(QStringLiteral("res.partner"),
                                  {{QStringLiteral("name"), QStringLiteral("Azure Interior")},
                                   {QStringLiteral("is_company"), true}},
                                  1);
        product = database->insert(QStringLiteral("product.product"),
                                   {{QStringLiteral("name"), QStringLiteral("Office Chair")},
                                    {QStringLiteral("default_code"), QStringLiteral("FURN_7777")}},
                                   1);
    }

    SimCallResult call(int uid, const QString &model, const QString &method, const QJsonArray &args = {},
                       const QJsonObject &kwargs = {})
    {
        return backend->call(uid, model, method, args, kwargs);
    }

    int createOrder(int uid, double price)
    {
        const QJsonObject line{{QStringLiteral("product_id"), product},
                               {QStringLiteral("product_qty"), 10},
                               {QStringLiteral("price_unit"), price}};
        const SimCallResult created =
            call(uid, QStringLiteral("purchase.order"), QStringLiteral("create"),
                 QJsonArray{QJsonObject{{QStringLiteral("partner_id"), vendor},
                                        {QStringLiteral("order_line"), QJsonArray{QJsonArray{0, 0, line}}}}});
        return created.value.toInt();
    }

    QString field(const QString &model, int id, const QString &name) const
    {
        return database->rawValue(model, id, name).toString();
    }
};

} // namespace

class TestSimBackend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void logins()
    {
        World world(17);
        QVERIFY(world.admin > 0);
        QVERIFY(world.manager > 0 && world.buyer > 0 && world.viewer > 0);
        QCOMPARE(world.backend->authenticate(QStringLiteral("admin"), QStringLiteral("wrong")), 0);
        QCOMPARE(world.backend->authenticate(QStringLiteral("nobody"), QStringLiteral("nobody")), 0);
        const QString key = world.backend->apiKeys().value(QStringLiteral("buyer1"));
        QCOMPARE(key.size(), 40);
        QCOMPARE(world.backend->uidForApiKey(key), world.buyer);
        QCOMPARE(world.backend->authenticate(QStringLiteral("buyer1"), key),
                 world.buyer); // JSON-RPC takes keys too
        QCOMPARE(world.backend->authenticatePassword(QStringLiteral("buyer1"), key),
                 0); // the web login does not
        QVERIFY(world.backend->checkUidSecret(world.buyer, QStringLiteral("buyer1")));
        QVERIFY(!world.backend->checkUidSecret(world.admin, QStringLiteral("buyer1")));
        const QJsonObject info = world.backend->sessionInfo(world.admin);
        QCOMPARE(info.value(QLatin1String("uid")).toInt(), world.admin);
        QCOMPARE(info.value(QLatin1String("db")).toString(), QStringLiteral("odoo17"));
        QVERIFY(info.value(QLatin1String("is_system")).toBool());
        QVERIFY(!info.contains(QLatin1String("websocket_worker_version")));
        World eighteen(18);
        QCOMPARE(eighteen.backend->sessionInfo(eighteen.admin)
                     .value(QLatin1String("websocket_worker_version"))
                     .toString(),
                 QStringLiteral("18.0-5"));
    }

    void ormErrors_data()
    {
        QTest::addColumn<int>("flavor");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QJsonArray>("args");
        QTest::addColumn<QJsonObject>("kwargs");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("message");
        const QJsonArray noDomain{QJsonArray()};
        for (const int flavor : {17, 18, 19}) {
            const QByteArray v = QByteArray::number(flavor) + ' ';
            QTest::newRow(v + "unknown model")
                << flavor << QStringLiteral("no.such.model") << QStringLiteral("search_read") << noDomain
                << QJsonObject() << QStringLiteral("odoo.exceptions.UserError")
                << QStringLiteral("Object no.such.model doesn't exist");
            QTest::newRow(v + "unknown method")
                << flavor << QStringLiteral("purchase.order") << QStringLiteral("no_such_method")
                << QJsonArray{QJsonArray{1}} << QJsonObject() << QStringLiteral("builtins.AttributeError")
                << (flavor == 17
                        ? QStringLiteral(
                              "The method 'no_such_method' does not exist on the model 'purchase.order'")
                        : QStringLiteral("The method 'purchase.order.no_such_method' does not exist"));
            QTest::newRow(v + "private method")
                << flavor << QStringLiteral("purchase.order") << QStringLiteral("_approval_allowed")
                << QJsonArray{QJsonArray{1}} << QJsonObject() << QStringLiteral("odoo.exceptions.AccessError")
                << (flavor == 17
                        ? QStringLiteral(
                              "Private methods (such as _approval_allowed) cannot be called remotely.")
                        : QStringLiteral("Private methods (such as 'purchase.order._approval_allowed') "
                                         "cannot be called remotely."));
            QTest::newRow(v + "invalid field")
                << flavor << QStringLiteral("purchase.order") << QStringLiteral("search_read") << noDomain
                << QJsonObject{{QStringLiteral("fields"), QJsonArray{QStringLiteral("no_such_field")}}}
                << QStringLiteral("builtins.ValueError")
                << (flavor >= 19 ? QStringLiteral("Invalid field 'no_such_field' on 'purchase.order'")
                                 : QStringLiteral("Invalid field 'no_such_field' on model 'purchase.order'"));
            QTest::newRow(v + "bad selection")
                << flavor << QStringLiteral("res.partner") << QStringLiteral("create")
                << QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("x")},
                                          {QStringLiteral("type"), QStringLiteral("bogus")}}}
                << QJsonObject() << QStringLiteral("builtins.ValueError")
                << QStringLiteral("Wrong value for res.partner.type: 'bogus'");
            QTest::newRow(v + "missing required")
                << flavor << QStringLiteral("purchase.order") << QStringLiteral("create")
                << QJsonArray{QJsonObject{{QStringLiteral("order_line"), QJsonArray()}}} << QJsonObject()
                << QStringLiteral("odoo.exceptions.ValidationError") << QStringLiteral("partner_id");
            QTest::newRow(v + "too many args")
                << flavor << QStringLiteral("res.partner") << QStringLiteral("unlink")
                << QJsonArray{QJsonArray{1}, 2} << QJsonObject() << QStringLiteral("builtins.TypeError")
                << QStringLiteral("positional arguments");
        }
    }

    void ormErrors()
    {
        QFETCH(int, flavor);
        QFETCH(QString, model);
        QFETCH(QString, method);
        QFETCH(QJsonArray, args);
        QFETCH(QJsonObject, kwargs);
        QFETCH(QString, name);
        QFETCH(QString, message);
        World world(flavor);
        const SimCallResult result = world.call(world.admin, model, method, args, kwargs);
        QVERIFY(result.error.has_value());
        QCOMPARE(result.error->name, name);
        QVERIFY2(result.error->message == message || result.error->message.contains(message),
                 qPrintable(result.error->message));
    }

    void accessErrorsUseOdooWording_data()
    {
        QTest::addColumn<int>("flavor");
        QTest::addColumn<QString>("group");
        QTest::newRow("17") << 17 << QStringLiteral("Invoicing/Billing");
        QTest::newRow("18") << 18 << QStringLiteral("Invoicing/Invoicing");
        QTest::newRow("19") << 19 << QStringLiteral("Role / Portal");
    }

    void accessErrorsUseOdooWording()
    {
        QFETCH(int, flavor);
        QFETCH(QString, group);
        World world(flavor);
        const SimCallResult read = world.call(world.viewer, QStringLiteral("purchase.order"),
                                              QStringLiteral("search_read"), QJsonArray{QJsonArray()});
        QVERIFY(read.error);
        QCOMPARE(read.error->name, QStringLiteral("odoo.exceptions.AccessError"));
        QVERIFY(read.error->message.startsWith(
            QStringLiteral("You are not allowed to access 'Purchase Order' (purchase.order) records.")));
        QVERIFY(read.error->message.contains(group));
        QCOMPARE(read.error->json2Status, 403);
        const SimCallResult write = world.call(
            world.viewer, QStringLiteral("res.partner"), QStringLiteral("write"),
            QJsonArray{QJsonArray{world.vendor}, QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}}});
        QVERIFY(write.error);
        QVERIFY(write.error->message.startsWith(
            QStringLiteral("You are not allowed to modify 'Contact' (res.partner) records.")));
        QCOMPARE(world.field(QStringLiteral("res.partner"), world.vendor, QStringLiteral("name")),
                 QStringLiteral("Azure Interior"));
    }

    void crud()
    {
        World world(18);
        const int order = world.createOrder(world.buyer, 120.0);
        QVERIFY(order > 0);
        QCOMPARE(world.field(QStringLiteral("purchase.order"), order, QStringLiteral("state")),
                 QStringLiteral("draft"));
        QCOMPARE(
            world.database->rawValue(QStringLiteral("purchase.order"), order, QStringLiteral("amount_total"))
                .toDouble(),
            1200.0);
        const SimCallResult rows = world.call(
            world.admin, QStringLiteral("purchase.order"), QStringLiteral("read"),
            QJsonArray{QJsonArray{order, 999999}},
            {{QStringLiteral("fields"), QJsonArray{QStringLiteral("partner_id"), QStringLiteral("order_line"),
                                                   QStringLiteral("user_id")}}});
        QVERIFY(!rows.error);
        QCOMPARE(rows.value.toArray().size(), 1); // a missing id is silently left out, like Odoo
        const QJsonObject row = rows.value.toArray().first().toObject();
        QCOMPARE(row.value(QLatin1String("partner_id")).toArray(),
                 (QJsonArray{world.vendor, QStringLiteral("Azure Interior")}));
        QCOMPARE(row.value(QLatin1String("order_line")).toArray().size(), 1);
        QCOMPARE(row.value(QLatin1String("user_id")).toArray().first().toInt(), world.buyer);
        const SimCallResult count =
            world.call(world.admin, QStringLiteral("purchase.order"), QStringLiteral("search_count"),
                       QJsonArray{QJsonArray{QJsonArray{QStringLiteral("state"), QStringLiteral("="),
                                                        QStringLiteral("draft")}}});
        QCOMPARE(count.value.toInt(), 1);
        const SimCallResult names =
            world.call(world.admin, QStringLiteral("product.product"), QStringLiteral("name_search"),
                       QJsonArray{QStringLiteral("chair")});
        QCOMPARE(names.value.toArray().first().toArray().at(1).toString(),
                 QStringLiteral("[FURN_7777] Office Chair"));
        const SimCallResult fields =
            world.call(world.admin, QStringLiteral("purchase.order"), QStringLiteral("fields_get"),
                       QJsonArray{QJsonArray{QStringLiteral("state")}},
                       {{QStringLiteral("attributes"),
                         QJsonArray{QStringLiteral("type"), QStringLiteral("selection")}}});
        const QJsonObject state = fields.value.toObject().value(QLatin1String("state")).toObject();
        QCOMPARE(state.value(QLatin1String("type")).toString(), QStringLiteral("selection"));
        QVERIFY(state.value(QLatin1String("selection"))
                    .toArray()
                    .contains(QJsonArray{QStringLiteral("to approve"), QStringLiteral("To Approve")}));
        QVERIFY(!state.contains(QLatin1String("string")));
        const SimCallResult groups =
            world.call(world.admin, QStringLiteral("purchase.order"), QStringLiteral("read_group"),
                       QJsonArray{QJsonArray(), QJsonArray{QStringLiteral("amount_total:sum")},
                                  QJsonArray{QStringLiteral("state")}});
        QVERIFY2(!groups.error, groups.error ? qPrintable(groups.error->message) : "");
        const QJsonObject group = groups.value.toArray().first().toObject();
        QCOMPARE(group.value(QLatin1String("state_count")).toInt(), 1);
        QCOMPARE(group.value(QLatin1String("amount_total")).toDouble(), 1200.0);
        const SimCallResult confirmedUnlink = [&] {
            world.call(world.buyer, QStringLiteral("purchase.order"), QStringLiteral("button_confirm"),
                       QJsonArray{QJsonArray{order}});
            return world.call(world.admin, QStringLiteral("purchase.order"), QStringLiteral("unlink"),
                              QJsonArray{QJsonArray{order}});
        }();
        QCOMPARE(confirmedUnlink.error->message,
                 QStringLiteral("In order to delete a purchase order, you must cancel it first."));
        const SimCallResult recursion = world.call(
            world.admin, QStringLiteral("res.partner"), QStringLiteral("write"),
            QJsonArray{QJsonArray{world.vendor}, QJsonObject{{QStringLiteral("parent_id"), world.vendor}}});
        QCOMPARE(recursion.error->name, QStringLiteral("odoo.exceptions.ValidationError"));
    }

    void purchaseApproval_data()
    {
        QTest::addColumn<int>("flavor");
        QTest::newRow("17") << 17;
        QTest::newRow("18") << 18;
        QTest::newRow("19") << 19;
    }

    void purchaseApproval()
    {
        QFETCH(int, flavor);
        World world(flavor);
        const QString po = QStringLiteral("purchase.order");
        const int big = world.createOrder(world.buyer, 120.0);  // 1,200 > 500
        const int small = world.createOrder(world.buyer, 10.0); // 100
        QCOMPARE(
            world.call(world.buyer, po, QStringLiteral("button_confirm"), QJsonArray{QJsonArray{big}}).value,
            QJsonValue(true));
        world.call(world.buyer, po, QStringLiteral("button_confirm"), QJsonArray{QJsonArray{small}});
        QCOMPARE(world.field(po, big, QStringLiteral("state")), QStringLiteral("to approve"));
        QCOMPARE(world.field(po, small, QStringLiteral("state")), QStringLiteral("purchase"));
        // The buyer's approve answers {} and changes nothing, like real Odoo.
        const SimCallResult silent =
            world.call(world.buyer, po, QStringLiteral("button_approve"), QJsonArray{QJsonArray{big}});
        QVERIFY(!silent.error);
        QCOMPARE(silent.value, QJsonValue(QJsonObject()));
        QCOMPARE(world.field(po, big, QStringLiteral("state")), QStringLiteral("to approve"));
        const SimCallResult refused =
            world.call(world.viewer, po, QStringLiteral("button_approve"), QJsonArray{QJsonArray{big}});
        QCOMPARE(refused.error->name, QStringLiteral("odoo.exceptions.AccessError"));
        const SimCallResult approved =
            world.call(world.manager, po, QStringLiteral("button_approve"), QJsonArray{QJsonArray{big}});
        QCOMPARE(approved.value, QJsonValue(QJsonObject()));
        QCOMPARE(world.field(po, big, QStringLiteral("state")), QStringLiteral("purchase"));
        QVERIFY(!world.field(po, big, QStringLiteral("date_approve")).isEmpty());
        const SimCallResult cancelled =
            world.call(world.buyer, po, QStringLiteral("button_cancel"), QJsonArray{QJsonArray{small}});
        QVERIFY(cancelled.returnedNone);
        QCOMPARE(world.field(po, small, QStringLiteral("state")), QStringLiteral("cancel"));
        const SimCallResult posted =
            world.call(world.manager, po, QStringLiteral("message_post"), QJsonArray{QJsonArray{big}},
                       {{QStringLiteral("body"), QStringLiteral("Rejected: <b>x</b> & y")}});
        const int messageId = flavor >= 19 ? posted.value.toArray().first().toInt() : posted.value.toInt();
        QVERIFY(messageId > 0);
        QCOMPARE(world.field(QStringLiteral("mail.message"), messageId, QStringLiteral("body")),
                 QStringLiteral("<p>Rejected: &lt;b&gt;x&lt;/b&gt; &amp; y</p>"));
        const SimCallResult notSingleton =
            world.call(world.manager, po, QStringLiteral("message_post"), QJsonArray{QJsonArray{big, small}},
                       {{QStringLiteral("body"), QStringLiteral("x")}});
        QVERIFY(
            notSingleton.error->message.startsWith(QStringLiteral("Expected singleton: purchase.order(")));
    }

    void someoneElseDecidesFirst()
    {
        World world(17);
        const QString po = QStringLiteral("purchase.order");
        const int order = world.createOrder(world.buyer, 120.0);
        world.call(world.buyer, po, QStringLiteral("button_confirm"), QJsonArray{QJsonArray{order}});
        const QString before = world.field(po, order, QStringLiteral("write_date"));
        world.backend->conflictOnNextDecision();
        // The manager's cancel arrives after the admin approved in the browser: the record moved.
        world.call(world.manager, po, QStringLiteral("button_cancel"), QJsonArray{QJsonArray{order}});
        const int admin = world.admin;
        QCOMPARE(world.database->rawValue(po, order, QStringLiteral("write_uid")).toInt(), world.manager);
        QVERIFY(!world.field(po, order, QStringLiteral("date_approve")).isEmpty());
        QVERIFY(admin > 0);
        QVERIFY(!before.isEmpty());
        const int second = world.createOrder(world.buyer, 120.0);
        world.call(world.buyer, po, QStringLiteral("button_confirm"), QJsonArray{QJsonArray{second}});
        QVERIFY(world.backend->decideAsSomeoneElse(po, second));
        QCOMPARE(world.field(po, second, QStringLiteral("state")), QStringLiteral("purchase"));
        QCOMPARE(world.database->rawValue(po, second, QStringLiteral("write_uid")).toInt(), world.admin);
        QVERIFY(!world.backend->decideAsSomeoneElse(po, second)); // already decided: nothing to do
    }

    void conflictShare()
    {
        World world(18);
        const QString po = QStringLiteral("purchase.order");
        world.backend->setConflictShare(1.0);
        const int order = world.createOrder(world.buyer, 120.0);
        world.call(world.buyer, po, QStringLiteral("button_confirm"), QJsonArray{QJsonArray{order}});
        // button_confirm itself was preceded by a (no-op) decision attempt; the next call finds it approved.
        QCOMPARE(world.field(po, order, QStringLiteral("state")), QStringLiteral("to approve"));
        world.call(world.manager, po, QStringLiteral("button_approve"), QJsonArray{QJsonArray{order}});
        QCOMPARE(world.database->rawValue(po, order, QStringLiteral("write_uid")).toInt(), world.admin);
        world.backend->setConflictShare(0.0);
    }

    void archivedRecordsAreHidden()
    {
        World world(17);
        const int archived = world.database->insert(
            QStringLiteral("res.partner"),
            {{QStringLiteral("name"), QStringLiteral("Old Vendor")}, {QStringLiteral("active"), false}}, 1);
        const QJsonArray byName{QJsonArray{
            QJsonArray{QStringLiteral("name"), QStringLiteral("="), QStringLiteral("Old Vendor")}}};
        QCOMPARE(world.call(world.admin, QStringLiteral("res.partner"), QStringLiteral("search"), byName)
                     .value.toArray()
                     .size(),
                 0);
        const SimCallResult withInactive =
            world.call(world.admin, QStringLiteral("res.partner"), QStringLiteral("search"), byName,
                       {{QStringLiteral("context"), QJsonObject{{QStringLiteral("active_test"), false}}}});
        QCOMPARE(withInactive.value.toArray(), QJsonArray{archived});
    }

    void defaultOrderIsTheModels()
    {
        World world(17);
        const int first = world.createOrder(world.buyer, 1.0);
        const int second = world.createOrder(world.buyer, 1.0);
        const SimCallResult ids = world.call(world.admin, QStringLiteral("purchase.order"),
                                             QStringLiteral("search"), QJsonArray{QJsonArray()});
        QCOMPARE(ids.value.toArray(), (QJsonArray{second, first})); // purchase.order: priority desc, id desc
    }

    void inventoryApplyDiffersOn19_data()
    {
        QTest::addColumn<int>("flavor");
        QTest::addColumn<double>("afterSecondApply");
        QTest::newRow("17 leaves it") << 17 << 40.0;
        QTest::newRow("18 leaves it") << 18 << 40.0;
        QTest::newRow("19 zeroes it") << 19 << 0.0;
    }

    void inventoryApplyDiffersOn19()
    {
        QFETCH(int, flavor);
        QFETCH(double, afterSecondApply);
        World world(flavor);
        const QString quant = QStringLiteral("stock.quant");
        const int id = world.database->insert(quant,
                                              {{QStringLiteral("quantity"), 34.0},
                                               {QStringLiteral("inventory_quantity"), 40.0},
                                               {QStringLiteral("inventory_quantity_set"), true}},
                                              1);
        QVERIFY(world
                    .call(world.admin, quant, QStringLiteral("action_apply_inventory"),
                          QJsonArray{QJsonArray{id}})
                    .returnedNone);
        QCOMPARE(world.database->rawValue(quant, id, QStringLiteral("quantity")).toDouble(), 40.0);
        QVERIFY(!world.database->rawValue(quant, id, QStringLiteral("inventory_quantity_set")).toBool());
        world.call(world.admin, quant, QStringLiteral("action_apply_inventory"), QJsonArray{QJsonArray{id}});
        QCOMPARE(world.database->rawValue(quant, id, QStringLiteral("quantity")).toDouble(),
                 afterSecondApply);
        const SimCallResult viewer = world.call(world.viewer, quant, QStringLiteral("action_apply_inventory"),
                                                QJsonArray{QJsonArray{id}});
        QVERIFY(viewer.error);
    }

    void leaves_data()
    {
        QTest::addColumn<int>("flavor");
        QTest::addColumn<QString>("afterApprove");
        QTest::newRow("17 two steps") << 17 << QStringLiteral("validate1");
        QTest::newRow("18 two steps") << 18 << QStringLiteral("validate1");
        QTest::newRow("19 officer does both") << 19 << QStringLiteral("validate");
    }

    void leaves()
    {
        QFETCH(int, flavor);
        QFETCH(QString, afterApprove);
        World world(flavor);
        const int type =
            world.database->insert(QStringLiteral("hr.leave.type"),
                                   {{QStringLiteral("name"), QStringLiteral("Paid")},
                                    {QStringLiteral("leave_validation_type"), QStringLiteral("both")}},
                                   1);
        const int leave = world.database->insert(QStringLiteral("hr.leave"),
                                                 {{QStringLiteral("holiday_status_id"), type},
                                                  {QStringLiteral("state"), QStringLiteral("confirm")}},
                                                 1);
        const SimCallResult approve =
            world.call(world.admin, QStringLiteral("hr.leave"), QStringLiteral("action_approve"),
                       QJsonArray{QJsonArray{leave}});
        QCOMPARE(approve.value, QJsonValue(true));
        QCOMPARE(world.field(QStringLiteral("hr.leave"), leave, QStringLiteral("state")), afterApprove);
        const SimCallResult validate =
            world.call(world.admin, QStringLiteral("hr.leave"), QStringLiteral("action_validate"),
                       QJsonArray{QJsonArray{leave}});
        if (flavor >= 19) {
            QCOMPARE(validate.error->name, QStringLiteral("builtins.AttributeError"));
        } else {
            QCOMPARE(validate.value, QJsonValue(true));
            QCOMPARE(world.field(QStringLiteral("hr.leave"), leave, QStringLiteral("state")),
                     QStringLiteral("validate"));
        }
        world.call(world.admin, QStringLiteral("hr.leave"), QStringLiteral("action_refuse"),
                   QJsonArray{QJsonArray{leave}});
        QCOMPARE(world.field(QStringLiteral("hr.leave"), leave, QStringLiteral("state")),
                 QStringLiteral("refuse"));
        const SimCallResult again =
            world.call(world.admin, QStringLiteral("hr.leave"), QStringLiteral("action_refuse"),
                       QJsonArray{QJsonArray{leave}});
        QCOMPARE(again.error->name, QStringLiteral("odoo.exceptions.UserError"));
        QVERIFY(world
                    .call(world.viewer, QStringLiteral("hr.leave"), QStringLiteral("action_approve"),
                          QJsonArray{QJsonArray{leave}})
                    .error);
    }

    void expenseRefusalThroughTheWizard_data()
    {
        QTest::addColumn<int>("flavor");
        QTest::newRow("17 sheets") << 17;
        QTest::newRow("19 expenses") << 19;
    }

    void expenseRefusalThroughTheWizard()
    {
        QFETCH(int, flavor);
        World world(flavor);
        const bool sheets = flavor < 19;
        const QString model = sheets ? QStringLiteral("hr.expense.sheet") : QStringLiteral("hr.expense");
        const QJsonObject values =
            sheets ? QJsonObject{{QStringLiteral("name"), QStringLiteral("Trip")},
                                 {QStringLiteral("state"), QStringLiteral("submit")}}
                   : QJsonObject{{QStringLiteral("name"), QStringLiteral("Trip")},
                                 {QStringLiteral("approval_state"), QStringLiteral("submitted")}};
        const int id = world.database->insert(model, values, 1);
        const SimCallResult action = world.call(world.admin, model,
                                                sheets ? QStringLiteral("action_refuse_expense_sheets")
                                                       : QStringLiteral("action_refuse"),
                                                QJsonArray{QJsonArray{id}});
        QCOMPARE(action.value.toObject().value(QLatin1String("res_model")).toString(),
                 QStringLiteral("hr.expense.refuse.wizard"));
        const QJsonObject wizardValues{{QStringLiteral("reason"), QStringLiteral("No receipt")},
                                       {sheets ? QStringLiteral("sheet_ids") : QStringLiteral("expense_ids"),
                                        QJsonArray{QJsonArray{6, 0, QJsonArray{id}}}}};
        const SimCallResult wizard =
            world.call(world.admin, QStringLiteral("hr.expense.refuse.wizard"), QStringLiteral("create"),
                       QJsonArray{QJsonArray{wizardValues}});
        QVERIFY2(!wizard.error, wizard.error ? qPrintable(wizard.error->message) : "");
        const SimCallResult refuse = world.call(world.admin, QStringLiteral("hr.expense.refuse.wizard"),
                                                QStringLiteral("action_refuse"), QJsonArray{wizard.value});
        QCOMPARE(refuse.value.toObject().value(QLatin1String("type")).toString(),
                 QStringLiteral("ir.actions.act_window_close"));
        QCOMPARE(world.field(model, id, sheets ? QStringLiteral("state") : QStringLiteral("approval_state")),
                 sheets ? QStringLiteral("cancel") : QStringLiteral("refused"));
        const SimCallResult viewer = world.call(world.viewer, model,
                                                sheets ? QStringLiteral("action_approve_expense_sheets")
                                                       : QStringLiteral("action_approve"),
                                                QJsonArray{QJsonArray{id}});
        QVERIFY(viewer.error && viewer.error->message.contains(QStringLiteral("top-secret")));
    }

    void tierValidationWithComment()
    {
        World world(17, {QStringLiteral("base_tier_validation")});
        const int order = world.createOrder(world.buyer, 120.0);
        const int review =
            world.database->insert(QStringLiteral("tier.review"),
                                   {{QStringLiteral("model"), QStringLiteral("purchase.order")},
                                    {QStringLiteral("res_id"), order},
                                    {QStringLiteral("status"), QStringLiteral("pending")},
                                    {QStringLiteral("reviewer_id"), world.manager},
                                    {QStringLiteral("has_comment"), true}},
                                   1);
        const SimCallResult action =
            world.call(world.manager, QStringLiteral("purchase.order"), QStringLiteral("validate_tier"),
                       QJsonArray{QJsonArray{order}});
        QCOMPARE(action.value.toObject().value(QLatin1String("res_model")).toString(),
                 QStringLiteral("comment.wizard"));
        QCOMPARE(world.field(QStringLiteral("tier.review"), review, QStringLiteral("status")),
                 QStringLiteral("pending"));
        const QJsonObject context = action.value.toObject().value(QLatin1String("context")).toObject();
        const SimCallResult wizard = world.call(
            world.manager, QStringLiteral("comment.wizard"), QStringLiteral("create"),
            QJsonArray{QJsonObject{
                {QStringLiteral("comment"), QStringLiteral("Fine")},
                {QStringLiteral("res_model"), QStringLiteral("purchase.order")},
                {QStringLiteral("res_id"), order},
                {QStringLiteral("validate_reject"), QStringLiteral("validate")},
                {QStringLiteral("review_ids"),
                 QJsonArray{QJsonArray{6, 0, context.value(QLatin1String("default_review_ids"))}}}}});
        QVERIFY2(!wizard.error, wizard.error ? qPrintable(wizard.error->message) : "");
        world.call(world.manager, QStringLiteral("comment.wizard"), QStringLiteral("add_comment"),
                   QJsonArray{QJsonArray{wizard.value}});
        QCOMPARE(world.field(QStringLiteral("tier.review"), review, QStringLiteral("status")),
                 QStringLiteral("approved"));
        QCOMPARE(world.field(QStringLiteral("tier.review"), review, QStringLiteral("comment")),
                 QStringLiteral("Fine"));
        World without(17);
        QCOMPARE(without
                     .call(without.manager, QStringLiteral("purchase.order"), QStringLiteral("validate_tier"),
                           QJsonArray{QJsonArray{1}})
                     .error->name,
                 QStringLiteral("builtins.AttributeError"));
    }

    void approvalRequestsHonourSequence()
    {
        World world(18, {QStringLiteral("approvals")});
        const int category = world.database->insert(QStringLiteral("approval.category"),
                                                    {{QStringLiteral("name"), QStringLiteral("Budget")}}, 1);
        const int request =
            world.database->insert(QStringLiteral("approval.request"),
                                   {{QStringLiteral("name"), QStringLiteral("New shelves")},
                                    {QStringLiteral("category_id"), category},
                                    {QStringLiteral("request_status"), QStringLiteral("pending")}},
                                   1);
        world.database->insert(QStringLiteral("approval.approver"),
                               {{QStringLiteral("request_id"), request},
                                {QStringLiteral("user_id"), world.manager},
                                {QStringLiteral("sequence"), 1},
                                {QStringLiteral("status"), QStringLiteral("pending")}},
                               1);
        world.database->insert(QStringLiteral("approval.approver"),
                               {{QStringLiteral("request_id"), request},
                                {QStringLiteral("user_id"), world.buyer},
                                {QStringLiteral("sequence"), 2},
                                {QStringLiteral("status"), QStringLiteral("waiting")}},
                               1);
        QVERIFY(world
                    .call(world.buyer, QStringLiteral("approval.request"), QStringLiteral("action_approve"),
                          QJsonArray{QJsonArray{request}})
                    .error);
        QVERIFY(world
                    .call(world.viewer, QStringLiteral("approval.request"), QStringLiteral("action_approve"),
                          QJsonArray{QJsonArray{request}})
                    .error);
        world.call(world.manager, QStringLiteral("approval.request"), QStringLiteral("action_approve"),
                   QJsonArray{QJsonArray{request}});
        QCOMPARE(world.field(QStringLiteral("approval.request"), request, QStringLiteral("request_status")),
                 QStringLiteral("pending"));
        world.call(world.buyer, QStringLiteral("approval.request"), QStringLiteral("action_approve"),
                   QJsonArray{QJsonArray{request}});
        QCOMPARE(world.field(QStringLiteral("approval.request"), request, QStringLiteral("request_status")),
                 QStringLiteral("approved"));
    }

    void failuresAndActivities_data()
    {
        QTest::addColumn<int>("flavor");
        QTest::newRow("17") << 17;
        QTest::newRow("19") << 19;
    }

    void failuresAndActivities()
    {
        QFETCH(int, flavor);
        World world(flavor, {QStringLiteral("queue_job")});
        const int mail = world.database->insert(
            QStringLiteral("mail.mail"),
            {{QStringLiteral("state"), QStringLiteral("exception")},
             {QStringLiteral("failure_reason"), QStringLiteral("111\nConnection refused")}},
            1);
        QVERIFY(world
                    .call(world.manager, QStringLiteral("mail.mail"), QStringLiteral("mark_outgoing"),
                          QJsonArray{QJsonArray{mail}})
                    .error);
        QVERIFY(world
                    .call(world.admin, QStringLiteral("mail.mail"), QStringLiteral("action_retry"),
                          QJsonArray{QJsonArray{mail}})
                    .returnedNone);
        QCOMPARE(world.field(QStringLiteral("mail.mail"), mail, QStringLiteral("state")),
                 QStringLiteral("outgoing"));
        const int job = world.database->insert(QStringLiteral("queue.job"),
                                               {{QStringLiteral("state"), QStringLiteral("failed")}}, 1);
        world.call(world.admin, QStringLiteral("queue.job"), QStringLiteral("requeue"),
                   QJsonArray{QJsonArray{job}});
        QCOMPARE(world.field(QStringLiteral("queue.job"), job, QStringLiteral("state")),
                 QStringLiteral("pending"));
        const int order = world.createOrder(world.buyer, 10.0);
        const int activity =
            world.database->insert(QStringLiteral("mail.activity"),
                                   {{QStringLiteral("res_model"), QStringLiteral("purchase.order")},
                                    {QStringLiteral("res_id"), order},
                                    {QStringLiteral("summary"), QStringLiteral("Check")},
                                    {QStringLiteral("active"), true}},
                                   1);
        const SimCallResult feedback = world.call(
            world.manager, QStringLiteral("mail.activity"), QStringLiteral("action_feedback"),
            QJsonArray{QJsonArray{activity}}, {{QStringLiteral("feedback"), QStringLiteral("Done")}});
        QVERIFY(feedback.value.toInt() > 0);
        if (flavor >= 19)
            QVERIFY(
                !world.database->rawValue(QStringLiteral("mail.activity"), activity, QStringLiteral("active"))
                     .toBool());
        else
            QVERIFY(!world.database->exists(QStringLiteral("mail.activity"), activity));
    }
};

QTEST_GUILESS_MAIN(TestSimBackend)
#include "tst_simbackend.moc"
