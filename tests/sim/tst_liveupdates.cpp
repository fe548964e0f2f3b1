// LiveUpdatesInstaller against a simulator on which push is not preinstalled (17, 18, 19): the
// status, enabling (group, membership, one automation rule per model), idempotence, pushes to the
// group only and only while the rules exist, disabling, and the refusal for non-administrators.
#include "odoo/buslistener.h"
#include "odoo/odooconnection.h"
#include "sim/odoosimulator.h"
#include "sim/simbackend.h"
#include "sim/simbus.h"
#include "sim/simdatabase.h"
#include "sim/simhttpserver.h"
#include "sync/liveupdatesinstaller.h"

#include <QJsonArray>
#include <QtTest>

#include <memory>

using namespace std::chrono_literals;

namespace {

const QString kRules = QStringLiteral("base.automation");
const QString kActions = QStringLiteral("ir.actions.server");

} // namespace

class TestLiveUpdates : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<OdooSimulator> m_simulator;
    int m_order = 0;

    SimDatabase *db() const { return m_simulator->database(); }
    int flavor() const { return m_simulator->options().flavor; }
    QString groupsField() const
    {
        return flavor() >= 19 ? QStringLiteral("group_ids") : QStringLiteral("groups_id");
    }

    static QStringList models()
    {
        return {QStringLiteral("purchase.order"), QStringLiteral("hr.leave"), QStringLiteral("stock.picking"),
                QStringLiteral("mail.activity")};
    }

    std::unique_ptr<OdooConnection> connectAs(const QString &login)
    {
        ConnectionSettings settings;
        settings.serverUrl = m_simulator->url();
        settings.database = m_simulator->options().database;
        settings.login = login;
        settings.secretKind = ConnectionSettings::SecretKind::Password;
        settings.wantLivePush = true;
        auto connection = std::make_unique<OdooConnection>(settings, login);
        QSignalSpy opened(connection.get(), &OdooConnection::opened);
        connection->open();
        if (!opened.wait(10000))
            return nullptr;
        return connection;
    }

    // Runs one installer operation and checks it reported exactly once.
    static bool run(LiveUpdatesInstaller &installer, void (LiveUpdatesInstaller::*operation)())
    {
        QSignalSpy finished(&installer, &LiveUpdatesInstaller::finished);
        (installer.*operation)();
        if (!finished.wait(10000))
            return false;
        QTest::qWait(50);
        return finished.size() == 1 && !installer.isRunning();
    }

    void writeOrder(OdooConnection &connection, const QString &note)
    {
        OdooCall *call =
            connection.call(QStringLiteral("purchase.order"), QStringLiteral("write"),
                            QJsonArray{QJsonArray{m_order}, QJsonObject{{QStringLiteral("origin"), note}}});
        QSignalSpy succeeded(call, &OdooCall::succeeded);
        QVERIFY(succeeded.wait(5000));
    }

    bool orderChanged(const QSignalSpy &changes) const
    {
        for (const auto &change : changes) {
            if (change.at(0).toString() == QLatin1String("purchase.order") &&
                change.at(1).value<QList<int>>().contains(m_order))
                return true;
        }
        return false;
    }

    // A listener on `connection`, subscribed to the bus.
    bool listen(BusListener &listener)
    {
        const int before = m_simulator->server()->bus().subscribedCount();
        listener.start();
        return QTest::qWaitFor([&] { return listener.state() == BusListener::State::Listening; }, 5000) &&
               QTest::qWaitFor([&] { return m_simulator->server()->bus().subscribedCount() > before; }, 5000);
    }

    int ourActionCount() const
    {
        int count = 0;
        for (const int action : db()->allIds(kActions))
            count +=
                db()->rawValue(kActions, action, QStringLiteral("base_automation_id")).toInt() > 0 ? 1 : 0;
        return count;
    }

    QList<int> groupsOf(const QString &login) const
    {
        QList<int> groups;
        const int uid = m_simulator->backend()->uidForLogin(login);
        for (const QJsonValue &id : db()->rawValue(QStringLiteral("res.users"), uid, groupsField()).toArray())
            groups.append(id.toInt());
        return groups;
    }

private Q_SLOTS:
    void initTestCase_data()
    {
        QTest::addColumn<int>("flavor");
        QTest::newRow("17") << 17;
        QTest::newRow("18") << 18;
        QTest::newRow("19") << 19;
    }

    void init()
    {
        QFETCH_GLOBAL(int, flavor);
        SimulatorOptions options;
        options.flavor = flavor;
        options.populate = false;
        options.pushPreinstalled = false;
        m_simulator = std::make_unique<OdooSimulator>(options);
        QVERIFY(m_simulator->start());
        m_simulator->server()->bus().setDeliveryDelay(20ms);
        const int vendor = db()->insert(QStringLiteral("res.partner"),
                                        {{QStringLiteral("name"), QStringLiteral("Vendor")}}, 1);
        m_order = db()->insert(
            QStringLiteral("purchase.order"),
            {{QStringLiteral("partner_id"), vendor}, {QStringLiteral("state"), QStringLiteral("to approve")}},
            1);
    }

    void cleanup() { m_simulator.reset(); }

    void generatedCodeTargetsTheGroupThroughTheVersionsField()
    {
        QFETCH_GLOBAL(int, flavor);
        const QString code = LiveUpdatesInstaller::serverActionCode(flavor, 42);
        QVERIFY2(code.contains(QStringLiteral("search([('%1', 'in', [42])])").arg(groupsField())),
                 qPrintable(code));
        QVERIFY(!code.contains(flavor >= 19 ? QStringLiteral("'groups_id'") : QStringLiteral("'group_ids'")));
        QVERIFY(code.contains(QStringLiteral("env['bus.bus']._sendone(partner, 'hq_tower/changed',")));
        QVERIFY(code.contains(QStringLiteral("{'model': records._name, 'ids': records.ids}")));
    }

    void statusIsOffOnAFreshServer()
    {
        QVERIFY(m_simulator->server()->bus().monitoredModels().isEmpty());
        auto admin = connectAs(QStringLiteral("admin"));
        QVERIFY(admin);
        LiveUpdatesInstaller installer(admin.get(), models());
        QVERIFY(run(installer, &LiveUpdatesInstaller::checkStatus));
        QVERIFY2(installer.ok(), qPrintable(installer.error()));
        QVERIFY(!installer.installed());
        QVERIFY(installer.monitoredModels().isEmpty());
        QCOMPARE(installer.summary(), QStringLiteral("Live updates are off on this server."));
    }

    void enablingPushesChangesToTheGroupFromThenOn()
    {
        // A group the administrator already has must stay (command 4 links, it does not replace).
        const int otherGroup = db()->insert(QStringLiteral("res.groups"),
                                            {{QStringLiteral("name"), QStringLiteral("Other")}}, 1);
        const int adminUid = m_simulator->backend()->uidForLogin(QStringLiteral("admin"));
        QVERIFY(db()->update(QStringLiteral("res.users"), {adminUid},
                             {{groupsField(), QJsonArray{QJsonArray{6, 0, QJsonArray{otherGroup}}}}}, 1));

        auto admin = connectAs(QStringLiteral("admin"));
        auto manager = connectAs(QStringLiteral("manager1"));
        QVERIFY(admin && manager);
        BusListener adminListener(admin.get());
        BusListener managerListener(manager.get());
        QSignalSpy adminChanges(&adminListener, &BusListener::recordsChanged);
        QSignalSpy managerChanges(&managerListener, &BusListener::recordsChanged);
        QVERIFY(listen(adminListener));
        QVERIFY(listen(managerListener));

        writeOrder(*manager, QStringLiteral("before"));
        QTest::qWait(400);
        QVERIFY2(!orderChanged(adminChanges), "a change was pushed before live updates were enabled");

        LiveUpdatesInstaller installer(admin.get(), models());
        QVERIFY(run(installer, &LiveUpdatesInstaller::enable));
        QVERIFY2(installer.ok(), qPrintable(installer.error()));
        QVERIFY(installer.installed());
        QStringList expected = models();
        expected.sort();
        QCOMPARE(installer.monitoredModels(), expected);
        QCOMPARE(installer.summary(), QStringLiteral("Live updates are on for 4 models."));
        QStringList busModels = m_simulator->server()->bus().monitoredModels();
        busModels.sort();
        QCOMPARE(busModels, expected);

        // One group, the administrator in it (besides its other group), one rule and action per model.
        const QList<int> groups = db()->allIds(QStringLiteral("res.groups"));
        QCOMPARE(groups.size(), 2);
        const int liveGroup = groups.last();
        QCOMPARE(db()->rawValue(QStringLiteral("res.groups"), liveGroup, QStringLiteral("name")).toString(),
                 QStringLiteral("HQ Tower live updates"));
        QCOMPARE(groupsOf(QStringLiteral("admin")), (QList<int>{otherGroup, liveGroup}));
        QCOMPARE(db()->count(kRules), 4);
        QCOMPARE(ourActionCount(), 4);
        for (const int rule : db()->allIds(kRules)) {
            QVERIFY(db()->rawValue(kRules, rule, QStringLiteral("name"))
                        .toString()
                        .startsWith(QStringLiteral("HQ Tower live updates: ")));
            QCOMPARE(db()->rawValue(kRules, rule, QStringLiteral("trigger")).toString(),
                     QStringLiteral("on_create_or_write"));
            const QList<int> actions = db()->children(kRules, rule, QStringLiteral("action_server_ids"));
            QCOMPARE(actions.size(), 1);
            QCOMPARE(db()->rawValue(kActions, actions.first(), QStringLiteral("state")).toString(),
                     QStringLiteral("code"));
            QCOMPARE(db()->rawValue(kActions, actions.first(), QStringLiteral("code")).toString(),
                     LiveUpdatesInstaller::serverActionCode(flavor(), liveGroup));
        }

        writeOrder(*manager, QStringLiteral("after"));
        QVERIFY2(QTest::qWaitFor([&] { return orderChanged(adminChanges); }, 5000),
                 "no hq_tower/changed after enabling");
        QTest::qWait(200);
        QVERIFY2(!orderChanged(managerChanges), "a user outside the group got the push");
    }

    void enablingTwiceChangesNothing()
    {
        auto admin = connectAs(QStringLiteral("admin"));
        QVERIFY(admin);
        LiveUpdatesInstaller installer(admin.get(), models());
        QVERIFY(run(installer, &LiveUpdatesInstaller::enable));
        QVERIFY2(installer.ok(), qPrintable(installer.error()));
        const QList<int> rules = db()->allIds(kRules);
        QCOMPARE(rules.size(), 4);

        QSignalSpy written(db(), &SimDatabase::recordsChanged);
        QVERIFY(run(installer, &LiveUpdatesInstaller::enable));
        QVERIFY2(installer.ok(), qPrintable(installer.error()));
        QCOMPARE(db()->allIds(kRules), rules);
        QCOMPARE(ourActionCount(), 4);
        QCOMPARE(db()->count(QStringLiteral("res.groups")), 1);
        for (const auto &change : written) {
            const QString model = change.at(0).toString();
            QVERIFY2(model != kRules && model != kActions && model != QLatin1String("res.groups"),
                     qPrintable(QStringLiteral("the second run wrote %1").arg(model)));
        }
        QCOMPARE(installer.monitoredModels().size(), 4);
    }

    void enablingAgainAddsNewModelsAndRepairsRules()
    {
        auto admin = connectAs(QStringLiteral("admin"));
        QVERIFY(admin);
        LiveUpdatesInstaller first(admin.get(), models().mid(0, 2));
        QVERIFY(run(first, &LiveUpdatesInstaller::enable));
        QVERIFY2(first.ok(), qPrintable(first.error()));
        const QList<int> rules = db()->allIds(kRules);
        QCOMPARE(rules.size(), 2);

        // Someone archives one rule and edits the other's code in Odoo.
        QVERIFY(db()->update(kRules, {rules.at(0)}, {{QStringLiteral("active"), false}}, 2));
        const int action = db()->children(kRules, rules.at(1), QStringLiteral("action_server_ids")).first();
        QVERIFY(db()->update(kActions, {action}, {{QStringLiteral("code"), QStringLiteral("pass")}}, 2));
        // An administrator also hangs an action of their own on that rule: it stays as it is.
        const QJsonObject extraValues{{QStringLiteral("name"), QStringLiteral("Notify the buyer")},
                                      {QStringLiteral("model_id"), 1},
                                      {QStringLiteral("state"), QStringLiteral("code")},
                                      {QStringLiteral("code"), QStringLiteral("pass")}};
        QVERIFY(db()->update(
            kRules, {rules.at(1)},
            {{QStringLiteral("action_server_ids"), QJsonArray{QJsonArray{0, 0, extraValues}}}}, 2));
        const int extra = db()->children(kRules, rules.at(1), QStringLiteral("action_server_ids")).last();
        QVERIFY(extra != action);

        LiveUpdatesInstaller second(admin.get(), models());
        QVERIFY(run(second, &LiveUpdatesInstaller::enable));
        QVERIFY2(second.ok(), qPrintable(second.error()));
        QCOMPARE(db()->count(kRules), 4);
        QCOMPARE(db()->allIds(kRules).mid(0, 2), rules);
        QCOMPARE(db()->rawValue(kRules, rules.at(0), QStringLiteral("active")).toBool(), true);
        QVERIFY(db()->rawValue(kActions, action, QStringLiteral("code"))
                    .toString()
                    .contains(QStringLiteral("hq_tower/changed")));
        QCOMPARE(db()->rawValue(kActions, extra, QStringLiteral("code")).toString(), QStringLiteral("pass"));
        QCOMPARE(db()->children(kRules, rules.at(1), QStringLiteral("action_server_ids")).size(), 2);
        QCOMPARE(second.monitoredModels().size(), 4);
    }

    void aModelTheServerLacksFailsAlone()
    {
        auto admin = connectAs(QStringLiteral("admin"));
        QVERIFY(admin);
        LiveUpdatesInstaller installer(admin.get(),
                                       {QStringLiteral("purchase.order"), QStringLiteral("x_no.such.model")});
        QVERIFY(run(installer, &LiveUpdatesInstaller::enable));
        QVERIFY(!installer.ok());
        QCOMPARE(installer.failedModels(), QStringList{QStringLiteral("x_no.such.model")});
        QVERIFY2(installer.error().contains(QStringLiteral("x_no.such.model")),
                 qPrintable(installer.error()));
        QCOMPARE(installer.monitoredModels(), QStringList{QStringLiteral("purchase.order")});
        QVERIFY(installer.summary().startsWith(QStringLiteral("Live updates are on for 1 model. ")));
        QCOMPARE(db()->count(kRules), 1);
    }

    void disablingRemovesTheRulesAndStopsPushes()
    {
        auto admin = connectAs(QStringLiteral("admin"));
        QVERIFY(admin);
        LiveUpdatesInstaller installer(admin.get(), models());
        QVERIFY(run(installer, &LiveUpdatesInstaller::enable));
        QVERIFY2(installer.ok(), qPrintable(installer.error()));
        // An extra server action on one rule, as an administrator might add in Odoo.
        const int rule = db()->allIds(kRules).first();
        QVERIFY(db()->update(
            kRules, {rule},
            {{QStringLiteral("action_server_ids"),
              QJsonArray{QJsonArray{0, 0,
                                    QJsonObject{{QStringLiteral("name"), QStringLiteral("extra")},
                                                {QStringLiteral("model_id"), 1},
                                                {QStringLiteral("state"), QStringLiteral("code")},
                                                {QStringLiteral("code"), QStringLiteral("pass")}}}}}},
            2));
        QCOMPARE(ourActionCount(), 5);

        BusListener listener(admin.get());
        QSignalSpy changes(&listener, &BusListener::recordsChanged);
        QVERIFY(listen(listener));
        writeOrder(*admin, QStringLiteral("on"));
        QVERIFY(QTest::qWaitFor([&] { return orderChanged(changes); }, 5000));

        QVERIFY(run(installer, &LiveUpdatesInstaller::disable));
        QVERIFY2(installer.ok(), qPrintable(installer.error()));
        QVERIFY(!installer.installed());
        QCOMPARE(installer.summary(), QStringLiteral("Live updates are off on this server."));
        QCOMPARE(db()->count(kRules), 0);
        QCOMPARE(ourActionCount(), 0);
        QCOMPARE(db()->count(QStringLiteral("res.groups")), 1); // the group stays
        QVERIFY(m_simulator->server()->bus().monitoredModels().isEmpty());

        changes.clear();
        writeOrder(*admin, QStringLiteral("off"));
        QTest::qWait(400);
        QVERIFY2(!orderChanged(changes), "a change was pushed after live updates were turned off");

        QVERIFY(run(installer, &LiveUpdatesInstaller::checkStatus));
        QVERIFY(installer.ok());
        QVERIFY(!installer.installed());
    }

    void worksWithAnApiKeyOverJson2()
    {
        if (flavor() < 19)
            QSKIP("JSON-2 is Odoo 19 and later");
        ConnectionSettings settings;
        settings.serverUrl = m_simulator->url();
        settings.database = m_simulator->options().database;
        settings.login = QStringLiteral("admin");
        settings.secretKind = ConnectionSettings::SecretKind::ApiKey;
        OdooConnection admin(settings, m_simulator->backend()->apiKeys().value(QStringLiteral("admin")));
        QSignalSpy opened(&admin, &OdooConnection::opened);
        admin.open();
        QVERIFY(opened.wait(10000));
        QCOMPARE(admin.serverInfo().transport, OdooTransport::Kind::Json2);
        LiveUpdatesInstaller installer(&admin, models());
        QVERIFY(run(installer, &LiveUpdatesInstaller::enable));
        QVERIFY2(installer.ok(), qPrintable(installer.error()));
        QCOMPARE(installer.monitoredModels().size(), 4);
        QVERIFY(run(installer, &LiveUpdatesInstaller::enable));
        QCOMPARE(db()->count(kRules), 4);
        QVERIFY(run(installer, &LiveUpdatesInstaller::disable));
        QVERIFY2(installer.ok(), qPrintable(installer.error()));
        QCOMPARE(db()->count(kRules), 0);
    }

    void aNonAdministratorIsRefusedAndChangesNothing()
    {
        auto manager = connectAs(QStringLiteral("manager1"));
        QVERIFY(manager);
        LiveUpdatesInstaller installer(manager.get(), models());
        QVERIFY(run(installer, &LiveUpdatesInstaller::enable));
        QVERIFY(!installer.ok());
        QCOMPARE(installer.error(),
                 QStringLiteral("Only an Odoo administrator can enable live updates (your user "
                                "may not create automation rules)."));
        QCOMPARE(installer.summary(), installer.error());
        QVERIFY(!installer.installed());
        QCOMPARE(db()->count(kRules), 0);
        QCOMPARE(db()->count(kActions), 0);
        QCOMPARE(db()->count(QStringLiteral("res.groups")), 0);
        QVERIFY(groupsOf(QStringLiteral("manager1")).isEmpty());

        QVERIFY(run(installer, &LiveUpdatesInstaller::checkStatus));
        QVERIFY(!installer.ok());
        QVERIFY(installer.error().startsWith(QStringLiteral("Only an Odoo administrator")));

        // The simulator words the refusal as Odoo does (METHODS.md h).
        OdooCall *call = manager->call(kRules, QStringLiteral("create"),
                                       QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("x")},
                                                              {QStringLiteral("model_id"), 1}}});
        QSignalSpy failed(call, &OdooCall::failed);
        QVERIFY(failed.wait(5000));
        const OdooError error = failed.first().first().value<OdooError>();
        QCOMPARE(error.kind(), OdooError::Kind::Access);
        QVERIFY2(error.message().contains(QStringLiteral(
                     "You are not allowed to create 'Automation Rule' (base.automation) records.")),
                 qPrintable(error.message()));
        QVERIFY(error.message().contains(flavor() >= 19 ? QStringLiteral("- Role / Administrator")
                                                        : QStringLiteral("- Administration/Settings")));
    }
};

QTEST_GUILESS_MAIN(TestLiveUpdates)
#include "tst_liveupdates.moc"
