// The decision adapters against the simulator (Odoo 17, 18, 19): each adapter's actions run
// through a DecisionRun, then the record is read again and must show the decision (isApplied)
// and the simulator's database the expected state. Covers the refusal wizards with the reason in
// the chatter, the comment wizard of tier validation, inventory counts never applied twice (19
// zeroes an unset count), the conflict wizard, cron retries failing on 19 with a
// display_exception, a purchase user's silent no-op above the limit, and idempotent delegation.
#include "decisions/decisionadapters.h"
#include "decisions/decisionrun.h"
#include "odoo/odooconnection.h"
#include "sim/odoosimulator.h"
#include "sim/simbackend.h"
#include "sim/simdatabase.h"
#include "sync/sourcecatalog.h"

#include <QJsonArray>
#include <QUuid>
#include <QtTest>

#include <map>
#include <memory>

namespace {

struct RunResult
{
    DecisionRun::Outcome outcome = DecisionRun::Outcome::Running;
    QString refusal;
    OdooError error;
    int calls = 0;

    QString describe() const
    {
        switch (outcome) {
        case DecisionRun::Outcome::Running:
            return QStringLiteral("still running");
        case DecisionRun::Outcome::Succeeded:
            return QStringLiteral("succeeded");
        case DecisionRun::Outcome::Refused:
            return QStringLiteral("refused: ") + refusal;
        case DecisionRun::Outcome::Failed:
            return QStringLiteral("failed: ") + error.userMessage();
        }
        return {};
    }
};

const QString &failingCron()
{
    static const QString name = QStringLiteral("Webshop: Export stock levels"); // fails in the demo catalog
    return name;
}

const QString &healthyCron()
{
    static const QString name = QStringLiteral("Mail: Email Queue Manager");
    return name;
}

} // namespace

class TestDecisionAdapters : public QObject
{
    Q_OBJECT

    std::map<int, std::unique_ptr<OdooSimulator>> m_simulators;
    std::map<QString, std::unique_ptr<OdooConnection>> m_connections;

    // One simulator per version, with every optional module, shared by the tests.
    OdooSimulator *simulator(int flavor)
    {
        auto &slot = m_simulators[flavor];
        if (!slot) {
            SimulatorOptions options;
            options.flavor = flavor;
            options.populate = false;
            options.optionalModules = {QStringLiteral("approvals"), QStringLiteral("base_tier_validation"),
                                       QStringLiteral("queue_job")};
            slot = std::make_unique<OdooSimulator>(options);
            if (!slot->start())
                qFatal("the simulator does not start");
        }
        return slot.get();
    }

    SimDatabase *db(int flavor) { return simulator(flavor)->database(); }
    int uid(int flavor, const QString &login) { return simulator(flavor)->backend()->uidForLogin(login); }

    // A connection as `login`: JSON-2 with an API key on 19, JSON-RPC with the password before.
    OdooConnection *connection(int flavor, const QString &login)
    {
        const QString key = QStringLiteral("%1/%2").arg(flavor).arg(login);
        auto &slot = m_connections[key];
        if (!slot) {
            OdooSimulator *server = simulator(flavor);
            ConnectionSettings settings;
            settings.serverUrl = server->url();
            settings.database = QStringLiteral("odoo%1").arg(flavor);
            settings.login = login;
            QString secret = login;
            if (flavor >= 19) {
                settings.secretKind = ConnectionSettings::SecretKind::ApiKey;
                secret = server->backend()->apiKeys().value(login);
            }
            slot = std::make_unique<OdooConnection>(settings, secret);
            QSignalSpy opened(slot.get(), &OdooConnection::opened);
            QSignalSpy failed(slot.get(), &OdooConnection::openFailed);
            slot->open();
            if (!QTest::qWaitFor([&] { return opened.size() + failed.size() > 0; }, 20000) ||
                !failed.isEmpty())
                qWarning("cannot connect as %s", qPrintable(login));
        }
        return slot.get();
    }

    static const DecisionAdapter *adapter(const QString &id)
    {
        const DecisionAdapter *found = DecisionAdapters::forId(id);
        if (!found)
            qWarning("no adapter %s", qPrintable(id));
        return found;
    }

    // The record as the sender reads it: the adapter's fields plus write_date and write_uid; an
    // empty object when it is gone.
    static QJsonObject readRecord(OdooConnection *connection, const DecisionAdapter *adapter,
                                  const QString &model, int id)
    {
        QJsonArray fields;
        for (const QString &field : adapter->fields(connection->serverInfo().version.major))
            fields.append(field);
        fields.append(QStringLiteral("write_date"));
        fields.append(QStringLiteral("write_uid"));
        OdooCall *call = connection->call(model, QStringLiteral("read"), QJsonArray{QJsonArray{id}},
                                          {{QStringLiteral("fields"), fields}});
        QSignalSpy finished(call, &OdooCall::finished);
        QJsonObject record;
        bool ok = false;
        connect(call, &OdooCall::succeeded, connection, [&](const QJsonValue &rows) {
            record = rows.toArray().at(0).toObject();
            ok = true;
        });
        connect(call, &OdooCall::failed, connection,
                [](const OdooError &error) { qWarning("read failed: %s", qPrintable(error.userMessage())); });
        finished.wait(20000);
        if (!ok)
            return QJsonObject{{QStringLiteral("read_failed"), true}};
        return record;
    }

    static Decision decisionFor(const QString &model, int id, Decision::Action action,
                                const QJsonObject &seen, const QString &reason = {},
                                const QString &targetLogin = {})
    {
        Decision decision;
        decision.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        decision.itemId = QStringLiteral("%1:%2").arg(model).arg(id);
        decision.model = model;
        decision.resId = id;
        decision.action = action;
        decision.reason = reason;
        decision.targetLogin = targetLogin;
        decision.seenRecord = seen;
        decision.seenState = seen.value(QLatin1String("state")).toString();
        return decision;
    }

    // Runs the adapter's calls once and waits for the run to end (exactly once).
    static RunResult runDecision(OdooConnection *connection, const DecisionAdapter *adapter,
                                 const Decision &decision, const QJsonObject &record)
    {
        DecisionRun run(connection, decision, record);
        QSignalSpy finished(&run, &DecisionRun::finished);
        adapter->apply(run);
        if (finished.isEmpty())
            finished.wait(20000);
        QTest::qWait(20);
        RunResult result;
        result.outcome = finished.size() == 1 ? run.outcome() : DecisionRun::Outcome::Running;
        result.refusal = run.refusal();
        result.error = run.error();
        result.calls = run.callCount();
        return result;
    }

    QString field(int flavor, const QString &model, int id, const QString &name)
    {
        return db(flavor)->rawValue(model, id, name).toString();
    }

    // Chatter messages on model/id whose body contains `text`.
    int messagesContaining(int flavor, const QString &model, int id, const QString &text)
    {
        int count = 0;
        const QString message = QStringLiteral("mail.message");
        for (const int messageId : db(flavor)->allIds(message)) {
            if (db(flavor)->rawValue(message, messageId, QStringLiteral("model")).toString() == model &&
                db(flavor)->rawValue(message, messageId, QStringLiteral("res_id")).toInt() == id &&
                db(flavor)->rawValue(message, messageId, QStringLiteral("body")).toString().contains(text))
                ++count;
        }
        return count;
    }

    QList<int> activitiesOn(int flavor, const QString &model, int id, int userId)
    {
        QList<int> found;
        const QString activity = QStringLiteral("mail.activity");
        for (const int activityId : db(flavor)->allIds(activity)) {
            if (db(flavor)->rawValue(activity, activityId, QStringLiteral("res_model")).toString() == model &&
                db(flavor)->rawValue(activity, activityId, QStringLiteral("res_id")).toInt() == id &&
                db(flavor)->rawValue(activity, activityId, QStringLiteral("user_id")).toInt() == userId)
                found.append(activityId);
        }
        return found;
    }

    int addOrder(int flavor, const QString &state = QStringLiteral("to approve"), double amount = 1000.0)
    {
        const int vendor = db(flavor)->insert(QStringLiteral("res.partner"),
                                              {{QStringLiteral("name"), QStringLiteral("Vendor")}}, 1);
        return db(flavor)->insert(QStringLiteral("purchase.order"),
                                  {{QStringLiteral("name"), QStringLiteral("PO-TEST")},
                                   {QStringLiteral("partner_id"), vendor},
                                   {QStringLiteral("state"), state},
                                   {QStringLiteral("amount_total"), amount},
                                   {QStringLiteral("user_id"), uid(flavor, QStringLiteral("buyer1"))}},
                                  1);
    }

    int addExpense(int flavor)
    {
        if (flavor < 19)
            return db(flavor)->insert(QStringLiteral("hr.expense.sheet"),
                                      {{QStringLiteral("name"), QStringLiteral("Store visit")},
                                       {QStringLiteral("state"), QStringLiteral("submit")}},
                                      1);
        return db(flavor)->insert(QStringLiteral("hr.expense"),
                                  {{QStringLiteral("name"), QStringLiteral("Store visit")},
                                   {QStringLiteral("state"), QStringLiteral("submitted")},
                                   {QStringLiteral("approval_state"), QStringLiteral("submitted")}},
                                  1);
    }

    int addLeave(int flavor, const QString &state = QStringLiteral("confirm"))
    {
        const int type =
            db(flavor)->insert(QStringLiteral("hr.leave.type"),
                               {{QStringLiteral("name"), QStringLiteral("Unpaid")},
                                {QStringLiteral("leave_validation_type"), QStringLiteral("both")}},
                               1);
        return db(flavor)->insert(
            QStringLiteral("hr.leave"),
            {{QStringLiteral("holiday_status_id"), type}, {QStringLiteral("state"), state}}, 1);
    }

    // A pending request: manager1 decides first (pending), admin second (waiting).
    int addApprovalRequest(int flavor)
    {
        const int category = db(flavor)->insert(QStringLiteral("approval.category"),
                                                {{QStringLiteral("name"), QStringLiteral("Budget")}}, 1);
        const int request =
            db(flavor)->insert(QStringLiteral("approval.request"),
                               {{QStringLiteral("name"), QStringLiteral("New shelves")},
                                {QStringLiteral("category_id"), category},
                                {QStringLiteral("request_status"), QStringLiteral("pending")}},
                               1);
        const QList<QPair<QString, QString>> approvers = {
            {QStringLiteral("manager1"), QStringLiteral("pending")},
            {QStringLiteral("admin"), QStringLiteral("waiting")}};
        int sequence = 10;
        for (const auto &[login, status] : approvers) {
            db(flavor)->insert(QStringLiteral("approval.approver"),
                               {{QStringLiteral("request_id"), request},
                                {QStringLiteral("user_id"), uid(flavor, login)},
                                {QStringLiteral("sequence"), sequence},
                                {QStringLiteral("required"), true},
                                {QStringLiteral("status"), status}},
                               1);
            sequence += 10;
        }
        return request;
    }

    int addTierReview(int flavor, int order, bool hasComment)
    {
        return db(flavor)->insert(QStringLiteral("tier.review"),
                                  {{QStringLiteral("model"), QStringLiteral("purchase.order")},
                                   {QStringLiteral("res_id"), order},
                                   {QStringLiteral("status"), QStringLiteral("pending")},
                                   {QStringLiteral("reviewer_id"), uid(flavor, QStringLiteral("manager1"))},
                                   {QStringLiteral("sequence"), 10},
                                   {QStringLiteral("has_comment"), hasComment}},
                                  1);
    }

    int addQuant(int flavor, double quantity, double counted, bool outdated = false)
    {
        const int product =
            db(flavor)->insert(QStringLiteral("product.product"),
                               {{QStringLiteral("name"), QStringLiteral("Shelf bracket")}}, 1);
        return db(flavor)->insert(QStringLiteral("stock.quant"),
                                  {{QStringLiteral("product_id"), product},
                                   {QStringLiteral("quantity"), quantity},
                                   {QStringLiteral("inventory_quantity"), counted},
                                   {QStringLiteral("inventory_diff_quantity"), counted - quantity},
                                   {QStringLiteral("inventory_quantity_set"), true},
                                   {QStringLiteral("is_outdated"), outdated}},
                                  1);
    }

    int addCron(int flavor, const QString &name)
    {
        QJsonObject values{{QStringLiteral("cron_name"), name},
                           {QStringLiteral("name"), name},
                           {QStringLiteral("active"), true},
                           {QStringLiteral("lastcall"), QStringLiteral("2020-01-01 03:00:00")}};
        if (flavor >= 18) {
            values.insert(QStringLiteral("failure_count"), 3);
            values.insert(QStringLiteral("first_failure_date"), QStringLiteral("2019-12-31 03:00:00"));
        }
        return db(flavor)->insert(QStringLiteral("ir.cron"), values, 1);
    }

    // Creates the document a delegation row is about; returns the record the decision is on.
    int addDelegable(int flavor, const QString &adapterId)
    {
        if (adapterId == QLatin1String("purchase_order"))
            return addOrder(flavor);
        if (adapterId == QLatin1String("expense_report") || adapterId == QLatin1String("expense"))
            return addExpense(flavor);
        if (adapterId == QLatin1String("time_off"))
            return addLeave(flavor);
        if (adapterId == QLatin1String("approval_request"))
            return addApprovalRequest(flavor);
        if (adapterId == QLatin1String("tier_review"))
            return addTierReview(flavor, addOrder(flavor, QStringLiteral("draft")), true);
        return addQuant(flavor, 34.0, 40.0);
    }

    static QString modelOf(const QString &adapterId)
    {
        static const QHash<QString, QString> models = {
            {QStringLiteral("purchase_order"), QStringLiteral("purchase.order")},
            {QStringLiteral("expense_report"), QStringLiteral("hr.expense.sheet")},
            {QStringLiteral("expense"), QStringLiteral("hr.expense")},
            {QStringLiteral("time_off"), QStringLiteral("hr.leave")},
            {QStringLiteral("approval_request"), QStringLiteral("approval.request")},
            {QStringLiteral("tier_review"), QStringLiteral("tier.review")},
            {QStringLiteral("inventory_count"), QStringLiteral("stock.quant")},
        };
        return models.value(adapterId);
    }

    static void addFlavorRows()
    {
        QTest::addColumn<int>("flavor");
        for (const int flavor : {17, 18, 19})
            QTest::addRow("odoo%d", flavor) << flavor;
    }

private Q_SLOTS:
    void cleanupTestCase()
    {
        m_connections.clear();
        m_simulators.clear();
    }

    void everyProfileNamesAnAdapter()
    {
        const QStringList expected = {QStringLiteral("activity"),         QStringLiteral("approval_request"),
                                      QStringLiteral("expense"),          QStringLiteral("expense_report"),
                                      QStringLiteral("inventory_count"),  QStringLiteral("mail_failure"),
                                      QStringLiteral("purchase_order"),   QStringLiteral("queue_job"),
                                      QStringLiteral("scheduled_action"), QStringLiteral("tier_review"),
                                      QStringLiteral("time_off")};
        QCOMPARE(DecisionAdapters::ids(), expected);
        for (const QString &id : expected)
            QCOMPARE(DecisionAdapters::forId(id)->id(), id);
        QVERIFY(!DecisionAdapters::forId(QStringLiteral("nothing")));

        SourceCatalog catalog;
        catalog.loadBuiltIn();
        int withDecisions = 0;
        for (const SourceProfile &profile : catalog.profiles()) {
            for (const int version : {17, 18, 19}) {
                const SourceProfile effective = profile.forVersion(version);
                if (effective.decisions.isEmpty())
                    continue;
                const QString id = effective.decisions.value(QLatin1String("adapter")).toString();
                const DecisionAdapter *found = DecisionAdapters::forId(id);
                QVERIFY2(found, qPrintable(profile.id + QStringLiteral(": ") + id));
                QVERIFY2(!found->actions(version).isEmpty(),
                         qPrintable(QStringLiteral("%1 offers nothing on %2").arg(id).arg(version)));
                ++withDecisions;
            }
        }
        QCOMPARE(withDecisions, 10 * 3);
        QCOMPARE(catalog.profile(QStringLiteral("expense_reports_submitted"))
                     ->forVersion(18)
                     .decisions.value(QLatin1String("adapter"))
                     .toString(),
                 QStringLiteral("expense_report"));
    }

    void purchaseOrder_data()
    {
        QTest::addColumn<int>("flavor");
        QTest::addColumn<QString>("login");
        QTest::addColumn<Decision::Action>("action");
        QTest::addColumn<QString>("expectedState");
        for (const int flavor : {17, 18, 19}) {
            QTest::addRow("odoo%d manager approves", flavor)
                << flavor << QStringLiteral("manager1") << Decision::Action::Approve
                << QStringLiteral("purchase");
            QTest::addRow("odoo%d buyer rejects", flavor)
                << flavor << QStringLiteral("buyer1") << Decision::Action::Reject << QStringLiteral("cancel");
        }
    }

    void purchaseOrder()
    {
        QFETCH(int, flavor);
        QFETCH(QString, login);
        QFETCH(Decision::Action, action);
        QFETCH(QString, expectedState);
        const DecisionAdapter *orders = adapter(QStringLiteral("purchase_order"));
        QVERIFY(orders);
        const int order = addOrder(flavor);
        OdooConnection *odoo = connection(flavor, login);
        const QString model = QStringLiteral("purchase.order");
        const QJsonObject before = readRecord(odoo, orders, model, order);
        const Decision decision = decisionFor(model, order, action, before, QStringLiteral("Over budget"));
        QVERIFY(orders->isOpen(decision, before, flavor));
        QVERIFY(!orders->isApplied(decision, before, flavor));
        QVERIFY(!orders->recordsReason(action, flavor));

        const RunResult result = runDecision(odoo, orders, decision, before);
        QVERIFY2(result.outcome == DecisionRun::Outcome::Succeeded, qPrintable(result.describe()));
        QCOMPARE(field(flavor, model, order, QStringLiteral("state")), expectedState);
        const QJsonObject after = readRecord(odoo, orders, model, order);
        QVERIFY(orders->isApplied(decision, after, flavor));
        QVERIFY(!orders->isOpen(decision, after, flavor));
    }

    void purchaseUserAboveTheLimitChangesNothing_data() { addFlavorRows(); }

    void purchaseUserAboveTheLimitChangesNothing()
    {
        QFETCH(int, flavor);
        const DecisionAdapter *orders = adapter(QStringLiteral("purchase_order"));
        QVERIFY(orders);
        const int order = addOrder(flavor, QStringLiteral("to approve"), 5000.0);
        OdooConnection *odoo = connection(flavor, QStringLiteral("buyer1"));
        const QString model = QStringLiteral("purchase.order");
        const QJsonObject before = readRecord(odoo, orders, model, order);
        const Decision decision = decisionFor(model, order, Decision::Action::Approve, before);

        // Odoo answers {} and does nothing: the run succeeds, the re-read shows no approval.
        const RunResult result = runDecision(odoo, orders, decision, before);
        QVERIFY2(result.outcome == DecisionRun::Outcome::Succeeded, qPrintable(result.describe()));
        QCOMPARE(field(flavor, model, order, QStringLiteral("state")), QStringLiteral("to approve"));
        const QJsonObject after = readRecord(odoo, orders, model, order);
        QVERIFY(!orders->isApplied(decision, after, flavor));
        QVERIFY(orders->isOpen(decision, after, flavor));
        QVERIFY(orders->noEffectMessage(decision, after, flavor).contains(QStringLiteral("PO-TEST")));
    }

    void expenses_data()
    {
        QTest::addColumn<int>("flavor");
        QTest::addColumn<Decision::Action>("action");
        QTest::addColumn<QString>("expectedState");
        for (const int flavor : {17, 18, 19}) {
            const bool sheets = flavor < 19;
            QTest::addRow("odoo%d approve", flavor)
                << flavor << Decision::Action::Approve
                << (sheets ? QStringLiteral("approve") : QStringLiteral("approved"));
            QTest::addRow("odoo%d reject", flavor)
                << flavor << Decision::Action::Reject
                << (sheets ? QStringLiteral("cancel") : QStringLiteral("refused"));
        }
    }

    void expenses()
    {
        QFETCH(int, flavor);
        QFETCH(Decision::Action, action);
        QFETCH(QString, expectedState);
        const bool sheets = flavor < 19;
        const DecisionAdapter *expenses =
            adapter(sheets ? QStringLiteral("expense_report") : QStringLiteral("expense"));
        QVERIFY(expenses);
        QVERIFY(expenses->actions(flavor).contains(action));
        QVERIFY(!adapter(sheets ? QStringLiteral("expense") : QStringLiteral("expense_report"))
                     ->actions(flavor)
                     .contains(action));
        const QString model = sheets ? QStringLiteral("hr.expense.sheet") : QStringLiteral("hr.expense");
        const int id = addExpense(flavor);
        OdooConnection *odoo = connection(flavor, QStringLiteral("admin"));
        const QJsonObject before = readRecord(odoo, expenses, model, id);
        const QString reason = QStringLiteral("No receipt attached #%1").arg(id);
        const Decision decision = decisionFor(model, id, action, before, reason);
        QVERIFY(expenses->isOpen(decision, before, flavor));
        QCOMPARE(expenses->recordsReason(action, flavor), action == Decision::Action::Reject);

        const RunResult result = runDecision(odoo, expenses, decision, before);
        QVERIFY2(result.outcome == DecisionRun::Outcome::Succeeded, qPrintable(result.describe()));
        QCOMPARE(
            field(flavor, model, id, sheets ? QStringLiteral("state") : QStringLiteral("approval_state")),
            expectedState);
        QVERIFY(expenses->isApplied(decision, readRecord(odoo, expenses, model, id), flavor));
        // The refusal wizard wrote the reason in the chatter (the sender must not post it again).
        QCOMPARE(messagesContaining(flavor, model, id, reason), action == Decision::Action::Reject ? 1 : 0);
        if (action == Decision::Action::Reject)
            QCOMPARE(result.calls, 3); // refuse action, wizard create, wizard confirm
    }

    void timeOff_data()
    {
        QTest::addColumn<int>("flavor");
        QTest::addColumn<QStringList>("afterEachApproval");
        QTest::newRow("odoo17 two levels")
            << 17 << QStringList{QStringLiteral("validate1"), QStringLiteral("validate")};
        QTest::newRow("odoo18 two levels")
            << 18 << QStringList{QStringLiteral("validate1"), QStringLiteral("validate")};
        QTest::newRow("odoo19 an officer does both") << 19 << QStringList{QStringLiteral("validate")};
    }

    void timeOff()
    {
        QFETCH(int, flavor);
        QFETCH(QStringList, afterEachApproval);
        const DecisionAdapter *leaves = adapter(QStringLiteral("time_off"));
        QVERIFY(leaves);
        const QString model = QStringLiteral("hr.leave");
        OdooConnection *odoo = connection(flavor, QStringLiteral("admin"));
        const int leave = addLeave(flavor);
        // Each approval moves the leave one step on from what the user saw (17 takes no kwargs
        // on action_validate: the simulator fails the call if any is sent).
        for (const QString &expected : afterEachApproval) {
            const QJsonObject before = readRecord(odoo, leaves, model, leave);
            const Decision decision = decisionFor(model, leave, Decision::Action::Approve, before);
            QVERIFY(leaves->isOpen(decision, before, flavor));
            QVERIFY(!leaves->isApplied(decision, before, flavor));
            const RunResult result = runDecision(odoo, leaves, decision, before);
            QVERIFY2(result.outcome == DecisionRun::Outcome::Succeeded, qPrintable(result.describe()));
            QCOMPARE(field(flavor, model, leave, QStringLiteral("state")), expected);
            QVERIFY(leaves->isApplied(decision, readRecord(odoo, leaves, model, leave), flavor));
        }
        QVERIFY(!leaves->isOpen({}, readRecord(odoo, leaves, model, leave), flavor));

        const int refused = addLeave(flavor, QStringLiteral("validate1"));
        const QJsonObject before = readRecord(odoo, leaves, model, refused);
        const Decision decision =
            decisionFor(model, refused, Decision::Action::Reject, before, QStringLiteral("Stock count week"));
        QVERIFY(leaves->isOpen(decision, before, flavor));
        const RunResult result = runDecision(odoo, leaves, decision, before);
        QVERIFY2(result.outcome == DecisionRun::Outcome::Succeeded, qPrintable(result.describe()));
        QCOMPARE(field(flavor, model, refused, QStringLiteral("state")), QStringLiteral("refuse"));
        QVERIFY(leaves->isApplied(decision, readRecord(odoo, leaves, model, refused), flavor));
        QVERIFY(!leaves->recordsReason(Decision::Action::Reject, flavor));
    }

    void approvalRequestFollowsTheApprovers_data() { addFlavorRows(); }

    void approvalRequestFollowsTheApprovers()
    {
        QFETCH(int, flavor);
        const DecisionAdapter *requests = adapter(QStringLiteral("approval_request"));
        QVERIFY(requests);
        const QString model = QStringLiteral("approval.request");
        const int request = addApprovalRequest(flavor);
        OdooConnection *manager = connection(flavor, QStringLiteral("manager1"));
        OdooConnection *admin = connection(flavor, QStringLiteral("admin"));

        // manager1's approval goes through while admin still has to decide.
        const QJsonObject seenByManager = readRecord(manager, requests, model, request);
        QCOMPARE(seenByManager.value(QLatin1String("user_status")).toString(), QStringLiteral("pending"));
        const Decision first = decisionFor(model, request, Decision::Action::Approve, seenByManager);
        QVERIFY(requests->isOpen(first, seenByManager, flavor));
        RunResult result = runDecision(manager, requests, first, seenByManager);
        QVERIFY2(result.outcome == DecisionRun::Outcome::Succeeded, qPrintable(result.describe()));
        const QJsonObject afterFirst = readRecord(manager, requests, model, request);
        QCOMPARE(afterFirst.value(QLatin1String("request_status")).toString(), QStringLiteral("pending"));
        QVERIFY(requests->isApplied(first, afterFirst, flavor));
        QVERIFY(!requests->isOpen(first, afterFirst, flavor)); // manager1 decided already

        // Now it is admin's turn; their approval approves the request.
        const QJsonObject seenByAdmin = readRecord(admin, requests, model, request);
        QCOMPARE(seenByAdmin.value(QLatin1String("user_status")).toString(), QStringLiteral("pending"));
        const Decision second = decisionFor(model, request, Decision::Action::Approve, seenByAdmin);
        QVERIFY(requests->isOpen(second, seenByAdmin, flavor));
        QVERIFY(!requests->isApplied(second, seenByAdmin, flavor));
        result = runDecision(admin, requests, second, seenByAdmin);
        QVERIFY2(result.outcome == DecisionRun::Outcome::Succeeded, qPrintable(result.describe()));
        QCOMPARE(field(flavor, model, request, QStringLiteral("request_status")), QStringLiteral("approved"));
        QVERIFY(requests->isApplied(second, readRecord(admin, requests, model, request), flavor));

        // A refusal by the first approver refuses the request.
        const int refused = addApprovalRequest(flavor);
        const QJsonObject seen = readRecord(manager, requests, model, refused);
        const Decision reject =
            decisionFor(model, refused, Decision::Action::Reject, seen, QStringLiteral("Not this quarter"));
        result = runDecision(manager, requests, reject, seen);
        QVERIFY2(result.outcome == DecisionRun::Outcome::Succeeded, qPrintable(result.describe()));
        QCOMPARE(field(flavor, model, refused, QStringLiteral("request_status")), QStringLiteral("refused"));
        QVERIFY(requests->isApplied(reject, readRecord(manager, requests, model, refused), flavor));
    }

    void tierReview_data()
    {
        QTest::addColumn<int>("flavor");
        QTest::addColumn<Decision::Action>("action");
        QTest::addColumn<bool>("hasComment");
        QTest::addColumn<QString>("expectedStatus");
        for (const int flavor : {17, 18, 19}) {
            QTest::addRow("odoo%d validate with comment", flavor)
                << flavor << Decision::Action::Approve << true << QStringLiteral("approved");
            QTest::addRow("odoo%d reject with comment", flavor)
                << flavor << Decision::Action::Reject << true << QStringLiteral("rejected");
            QTest::addRow("odoo%d validate without comment", flavor)
                << flavor << Decision::Action::Approve << false << QStringLiteral("approved");
        }
    }

    void tierReview()
    {
        QFETCH(int, flavor);
        QFETCH(Decision::Action, action);
        QFETCH(bool, hasComment);
        QFETCH(QString, expectedStatus);
        const DecisionAdapter *tiers = adapter(QStringLiteral("tier_review"));
        QVERIFY(tiers);
        const QString model = QStringLiteral("tier.review");
        const int order = addOrder(flavor, QStringLiteral("draft"), 6000.0);
        const int review = addTierReview(flavor, order, hasComment);
        OdooConnection *odoo = connection(flavor, QStringLiteral("manager1"));
        const QJsonObject before = readRecord(odoo, tiers, model, review);
        const QString reason = QStringLiteral("Checked against the budget #%1").arg(review);
        const Decision decision = decisionFor(model, review, action, before, reason);
        QVERIFY(tiers->isOpen(decision, before, flavor));
        QVERIFY(tiers->recordsReason(action, flavor));

        const RunResult result = runDecision(odoo, tiers, decision, before);
        QVERIFY2(result.outcome == DecisionRun::Outcome::Succeeded, qPrintable(result.describe()));
        QCOMPARE(field(flavor, model, review, QStringLiteral("status")), expectedStatus);
        QVERIFY(tiers->isApplied(decision, readRecord(odoo, tiers, model, review), flavor));
        // Through the wizard: validate/reject_tier, create, add_comment; the comment is the reason.
        QCOMPARE(result.calls, hasComment ? 3 : 1);
        if (hasComment)
            QCOMPARE(field(flavor, model, review, QStringLiteral("comment")), reason);
    }

    void inventoryCountIsAppliedOnce_data() { addFlavorRows(); }

    void inventoryCountIsAppliedOnce()
    {
        QFETCH(int, flavor);
        const DecisionAdapter *counts = adapter(QStringLiteral("inventory_count"));
        QVERIFY(counts);
        const QString model = QStringLiteral("stock.quant");
        const int quant = addQuant(flavor, 34.0, 40.0);
        OdooConnection *odoo = connection(flavor, QStringLiteral("admin"));
        const QJsonObject before = readRecord(odoo, counts, model, quant);
        const Decision decision = decisionFor(model, quant, Decision::Action::Approve, before);
        QVERIFY(counts->isOpen(decision, before, flavor));
        QVERIFY(!counts->isApplied(decision, before, flavor));

        RunResult result = runDecision(odoo, counts, decision, before);
        QVERIFY2(result.outcome == DecisionRun::Outcome::Succeeded, qPrintable(result.describe()));
        QCOMPARE(db(flavor)->rawValue(model, quant, QStringLiteral("quantity")).toDouble(), 40.0);
        QVERIFY(counts->isApplied(decision, readRecord(odoo, counts, model, quant), flavor));

        // Running the same decision again (a resumed send that did not read first) must not apply
        // an unset count: on 19 that would drop the stock to 0.
        result = runDecision(odoo, counts, decision, before);
        QCOMPARE(db(flavor)->rawValue(model, quant, QStringLiteral("quantity")).toDouble(), 40.0);
        QVERIFY2(result.outcome == DecisionRun::Outcome::Refused, qPrintable(result.describe()));
        QCOMPARE(result.calls, 1); // the read only

        // Counted again since the user saw it: nothing is applied either.
        const int recounted = addQuant(flavor, 34.0, 40.0);
        const QJsonObject seen = readRecord(odoo, counts, model, recounted);
        db(flavor)->update(model, {recounted}, {{QStringLiteral("inventory_quantity"), 45.0}}, 1);
        result =
            runDecision(odoo, counts, decisionFor(model, recounted, Decision::Action::Approve, seen), seen);
        QVERIFY2(result.outcome == DecisionRun::Outcome::Refused, qPrintable(result.describe()));
        QCOMPARE(db(flavor)->rawValue(model, recounted, QStringLiteral("quantity")).toDouble(), 34.0);
    }

    void inventoryConflictKeepsTheCount_data() { addFlavorRows(); }

    void inventoryConflictKeepsTheCount()
    {
        QFETCH(int, flavor);
        const DecisionAdapter *counts = adapter(QStringLiteral("inventory_count"));
        QVERIFY(counts);
        const QString model = QStringLiteral("stock.quant");
        const int quant = addQuant(flavor, 34.0, 40.0, true);
        db(flavor)->update(model, {quant}, {{QStringLiteral("quantity"), 30.0}}, 1); // moved since the count
        OdooConnection *odoo = connection(flavor, QStringLiteral("admin"));
        const QJsonObject before = readRecord(odoo, counts, model, quant);
        const Decision decision = decisionFor(model, quant, Decision::Action::Approve, before);
        const RunResult result = runDecision(odoo, counts, decision, before);
        QVERIFY2(result.outcome == DecisionRun::Outcome::Succeeded, qPrintable(result.describe()));
        QCOMPARE(result.calls, 4); // read, apply (conflict wizard), create, keep counted quantity
        QCOMPARE(db(flavor)->rawValue(model, quant, QStringLiteral("quantity")).toDouble(), 40.0);
        QVERIFY(counts->isApplied(decision, readRecord(odoo, counts, model, quant), flavor));
    }

    void inventoryCountDiscard_data() { addFlavorRows(); }

    void inventoryCountDiscard()
    {
        QFETCH(int, flavor);
        const DecisionAdapter *counts = adapter(QStringLiteral("inventory_count"));
        QVERIFY(counts);
        const QString model = QStringLiteral("stock.quant");
        const int quant = addQuant(flavor, 34.0, 40.0);
        OdooConnection *odoo = connection(flavor, QStringLiteral("admin"));
        const QJsonObject before = readRecord(odoo, counts, model, quant);
        const Decision decision =
            decisionFor(model, quant, Decision::Action::Reject, before, QStringLiteral("Miscounted"));
        QVERIFY(!counts->isApplied(decision, before, flavor));
        const RunResult result = runDecision(odoo, counts, decision, before);
        QVERIFY2(result.outcome == DecisionRun::Outcome::Succeeded, qPrintable(result.describe()));
        QVERIFY(!db(flavor)->rawValue(model, quant, QStringLiteral("inventory_quantity_set")).toBool());
        QCOMPARE(db(flavor)->rawValue(model, quant, QStringLiteral("quantity")).toDouble(), 34.0);
        QVERIFY(counts->isApplied(decision, readRecord(odoo, counts, model, quant), flavor));
    }

    void failures_data()
    {
        QTest::addColumn<int>("flavor");
        QTest::addColumn<QString>("adapterId");
        QTest::addColumn<Decision::Action>("action");
        QTest::addColumn<QString>("expectedState");
        for (const int flavor : {17, 18, 19}) {
            QTest::addRow("odoo%d mail retry", flavor)
                << flavor << QStringLiteral("mail_failure") << Decision::Action::Retry
                << QStringLiteral("outgoing");
            QTest::addRow("odoo%d mail dismiss", flavor)
                << flavor << QStringLiteral("mail_failure") << Decision::Action::Dismiss
                << QStringLiteral("cancel");
            QTest::addRow("odoo%d job retry", flavor) << flavor << QStringLiteral("queue_job")
                                                      << Decision::Action::Retry << QStringLiteral("pending");
            QTest::addRow("odoo%d job dismiss", flavor)
                << flavor << QStringLiteral("queue_job") << Decision::Action::Dismiss
                << QStringLiteral("done");
        }
    }

    void failures()
    {
        QFETCH(int, flavor);
        QFETCH(QString, adapterId);
        QFETCH(Decision::Action, action);
        QFETCH(QString, expectedState);
        const DecisionAdapter *failures = adapter(adapterId);
        QVERIFY(failures);
        const bool mail = adapterId == QLatin1String("mail_failure");
        const QString model = mail ? QStringLiteral("mail.mail") : QStringLiteral("queue.job");
        const int id = db(flavor)->insert(
            model, {{QStringLiteral("state"), mail ? QStringLiteral("exception") : QStringLiteral("failed")}},
            1);
        OdooConnection *odoo = connection(flavor, QStringLiteral("admin"));
        const QJsonObject before = readRecord(odoo, failures, model, id);
        const Decision decision = decisionFor(model, id, action, before);
        QVERIFY(failures->isOpen(decision, before, flavor));
        QVERIFY(!failures->isApplied(decision, before, flavor));
        const RunResult result = runDecision(odoo, failures, decision, before);
        QVERIFY2(result.outcome == DecisionRun::Outcome::Succeeded, qPrintable(result.describe()));
        QCOMPARE(field(flavor, model, id, QStringLiteral("state")), expectedState);
        const QJsonObject after = readRecord(odoo, failures, model, id);
        QVERIFY(failures->isApplied(decision, after, flavor));
        QVERIFY(!failures->isOpen(decision, after, flavor));
    }

    void scheduledAction_data()
    {
        QTest::addColumn<int>("flavor");
        QTest::addColumn<bool>("failing");
        for (const int flavor : {17, 18, 19}) {
            QTest::addRow("odoo%d job runs", flavor) << flavor << false;
            QTest::addRow("odoo%d job fails again", flavor) << flavor << true;
        }
    }

    void scheduledAction()
    {
        QFETCH(int, flavor);
        QFETCH(bool, failing);
        const DecisionAdapter *crons = adapter(QStringLiteral("scheduled_action"));
        QVERIFY(crons);
        const QString model = QStringLiteral("ir.cron");
        const int cron = addCron(flavor, failing ? failingCron() : healthyCron());
        OdooConnection *odoo = connection(flavor, QStringLiteral("admin"));
        const QJsonObject before = readRecord(odoo, crons, model, cron);
        const Decision decision = decisionFor(model, cron, Decision::Action::Retry, before);
        QVERIFY(crons->isOpen(decision, before, flavor));
        QVERIFY(!crons->isApplied(decision, before, flavor));
        const RunResult result = runDecision(odoo, crons, decision, before);
        const QJsonObject after = readRecord(odoo, crons, model, cron);
        if (!failing) {
            QVERIFY2(result.outcome == DecisionRun::Outcome::Succeeded, qPrintable(result.describe()));
            QVERIFY(crons->isApplied(decision, after, flavor));
            return;
        }
        if (flavor >= 19) {
            // 19 answers with a display_exception action: the adapter reads the job's error from it.
            QVERIFY2(result.outcome == DecisionRun::Outcome::Refused, qPrintable(result.describe()));
            QVERIFY2(result.refusal.contains(QStringLiteral("ConnectTimeout")), qPrintable(result.refusal));
            QCOMPARE(db(flavor)->rawValue(model, cron, QStringLiteral("failure_count")).toInt(), 4);
        } else {
            // 17/18 raise the job's exception; nothing is recorded.
            QVERIFY2(result.outcome == DecisionRun::Outcome::Failed, qPrintable(result.describe()));
            QVERIFY2(result.error.message().contains(QStringLiteral("shop-api.example")),
                     qPrintable(result.error.message()));
            QCOMPARE(field(flavor, model, cron, QStringLiteral("lastcall")),
                     QStringLiteral("2020-01-01 03:00:00"));
        }
        QVERIFY(!crons->isApplied(decision, after, flavor));
    }

    void exceptionActivityDismissed_data() { addFlavorRows(); }

    void exceptionActivityDismissed()
    {
        QFETCH(int, flavor);
        const DecisionAdapter *activities = adapter(QStringLiteral("activity"));
        QVERIFY(activities);
        const QString model = QStringLiteral("mail.activity");
        const int order = addOrder(flavor, QStringLiteral("purchase"));
        const int activity =
            db(flavor)->insert(model,
                               {{QStringLiteral("res_model"), QStringLiteral("purchase.order")},
                                {QStringLiteral("res_id"), order},
                                {QStringLiteral("summary"), QStringLiteral("Receipt overdue")},
                                {QStringLiteral("user_id"), uid(flavor, QStringLiteral("admin"))},
                                {QStringLiteral("date_deadline"), QStringLiteral("2020-01-01")}},
                               1);
        OdooConnection *odoo = connection(flavor, QStringLiteral("admin"));
        const QJsonObject before = readRecord(odoo, activities, model, activity);
        const QString reason = QStringLiteral("Vendor called, delivery tomorrow #%1").arg(activity);
        const Decision decision = decisionFor(model, activity, Decision::Action::Dismiss, before, reason);
        QVERIFY(activities->isOpen(decision, before, flavor));
        QVERIFY(!activities->isApplied(decision, before, flavor));
        QVERIFY(activities->recordsReason(Decision::Action::Dismiss, flavor));
        const RunResult result = runDecision(odoo, activities, decision, before);
        QVERIFY2(result.outcome == DecisionRun::Outcome::Succeeded, qPrintable(result.describe()));
        const QJsonObject after = readRecord(odoo, activities, model, activity);
        if (flavor >= 19)
            QVERIFY(!db(flavor)->rawValue(model, activity, QStringLiteral("active")).toBool());
        else
            QVERIFY(!db(flavor)->exists(model, activity));
        QVERIFY(activities->isApplied(decision, after, flavor));
        QCOMPARE(messagesContaining(flavor, QStringLiteral("purchase.order"), order, reason), 1);
    }

    void delegationIsIdempotent_data()
    {
        QTest::addColumn<int>("flavor");
        QTest::addColumn<QString>("adapterId");
        for (const int flavor : {17, 18, 19}) {
            for (const QString &id :
                 {QStringLiteral("purchase_order"),
                  flavor < 19 ? QStringLiteral("expense_report") : QStringLiteral("expense"),
                  QStringLiteral("time_off"), QStringLiteral("approval_request"),
                  QStringLiteral("tier_review"), QStringLiteral("inventory_count")})
                QTest::addRow("odoo%d %s", flavor, qPrintable(id)) << flavor << id;
        }
    }

    void delegationIsIdempotent()
    {
        QFETCH(int, flavor);
        QFETCH(QString, adapterId);
        const DecisionAdapter *delegating = adapter(adapterId);
        QVERIFY(delegating);
        QVERIFY(delegating->actions(flavor).contains(Decision::Action::Delegate));
        QVERIFY(!delegating->changesState(Decision::Action::Delegate));
        const QString model = modelOf(adapterId);
        const int id = addDelegable(flavor, adapterId);
        OdooConnection *odoo = connection(flavor, QStringLiteral("admin"));
        const QJsonObject before = readRecord(odoo, delegating, model, id);
        const QString reason = QStringLiteral("Please check the amounts & decide");
        const Decision decision =
            decisionFor(model, id, Decision::Action::Delegate, before, reason, QStringLiteral("buyer1"));
        QVERIFY(delegating->isOpen(decision, before, flavor));

        // The activity lands on the document: the record itself, the reviewed order for a tier
        // review, the product for a quant (which has no activities).
        QString anchorModel = model;
        int anchorId = id;
        if (adapterId == QLatin1String("tier_review")) {
            anchorModel = QStringLiteral("purchase.order");
            anchorId = db(flavor)->rawValue(model, id, QStringLiteral("res_id")).toInt();
        } else if (adapterId == QLatin1String("inventory_count")) {
            anchorModel = QStringLiteral("product.product");
            anchorId = db(flavor)->rawValue(model, id, QStringLiteral("product_id")).toInt();
        }
        const int buyer = uid(flavor, QStringLiteral("buyer1"));
        QVERIFY(activitiesOn(flavor, anchorModel, anchorId, buyer).isEmpty());

        RunResult result = runDecision(odoo, delegating, decision, before);
        QVERIFY2(result.outcome == DecisionRun::Outcome::Succeeded, qPrintable(result.describe()));
        const QList<int> created = activitiesOn(flavor, anchorModel, anchorId, buyer);
        QCOMPARE(created.size(), 1);
        const QString note =
            field(flavor, QStringLiteral("mail.activity"), created.first(), QStringLiteral("note"));
        QVERIFY2(note.contains(decision.id.left(8)), qPrintable(note));
        QVERIFY2(note.contains(QStringLiteral("Please check the amounts &amp; decide")), qPrintable(note));
        QVERIFY(delegating->isApplied(decision, readRecord(odoo, delegating, model, id), flavor));
        QCOMPARE(field(flavor, model, id, QStringLiteral("write_date")),
                 before.value(QLatin1String("write_date")).toString()); // the record itself is untouched

        // The same decision sent again finds its activity and creates none.
        result = runDecision(odoo, delegating, decision, before);
        QVERIFY2(result.outcome == DecisionRun::Outcome::Succeeded, qPrintable(result.describe()));
        QCOMPARE(activitiesOn(flavor, anchorModel, anchorId, buyer).size(), 1);
        QCOMPARE(result.calls, 2); // the user, the activity: no activity_schedule

        // Nobody with that login: refused, nothing created.
        const Decision nobody =
            decisionFor(model, id, Decision::Action::Delegate, before, reason, QStringLiteral("nobody"));
        result = runDecision(odoo, delegating, nobody, before);
        QVERIFY2(result.outcome == DecisionRun::Outcome::Refused, qPrintable(result.describe()));
        QCOMPARE(result.refusal, QStringLiteral("No Odoo user with login nobody."));
    }
};

QTEST_GUILESS_MAIN(TestDecisionAdapters)
#include "tst_decisionadapters.moc"
