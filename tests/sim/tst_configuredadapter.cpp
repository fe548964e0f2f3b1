// A source profile of the user's that describes its own decisions (no C++): against the simulator
// on Odoo 17, 18 and 19, approving through it calls the method it names, Odoo shows the order
// approved, the reason lands in the chatter; a broken description is skipped with its reason.
#include "decisions/decisionservice.h"
#include "odoo/odooconnection.h"
#include "sim/odoosimulator.h"
#include "sim/simdatabase.h"
#include "storage/outbox.h"
#include "sync/sourceprofile.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace std::chrono_literals;

namespace {

// The user's profile: purchase orders waiting for approval, decided by its own description.
const char *profileJson = "{\n"
                          "    \"id\": \"my_order_approvals\",\n"
                          "    \"title\": \"My order approvals\",\n"
                          "    \"kind\": \"approval\",\n"
                          "    \"model\": \"purchase.order\",\n"
                          "    \"domain\": [[\"state\", \"=\", \"to approve\"]],\n"
                          "    \"fields\": [\"name\", \"state\", \"create_date\", \"write_date\"],\n"
                          "    \"title_field\": \"name\",\n"
                          "    \"state_field\": \"state\",\n"
                          "    \"decisions\": {\n"
                          "        \"fields\": [\"name\", \"state\"],\n"
                          "        \"open\": [{\"field\": \"state\", \"in\": [\"to approve\"]}],\n"
                          "        \"actions\": [\n"
                          "            {\"action\": \"approve\", \"method\": \"button_approve\", "
                          "\"applied\": [{\"field\": \"state\", \"in\": [\"purchase\", \"done\"]}]},\n"
                          "            {\"action\": \"reject\", \"method\": \"button_cancel\", \"applied\": "
                          "[{\"field\": \"state\", \"in\": [\"cancel\"]}]}\n"
                          "        ]\n"
                          "    }\n"
                          "}";

} // namespace

class TestConfiguredAdapter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ownProfileDecides_data()
    {
        QTest::addColumn<int>("flavor");
        QTest::newRow("17") << 17;
        QTest::newRow("18") << 18;
        QTest::newRow("19") << 19;
    }

    void ownProfileDecides()
    {
        QFETCH(int, flavor);
        SimulatorOptions options;
        options.flavor = flavor;
        options.populate = false;
        OdooSimulator simulator(options);
        QVERIFY(simulator.start());
        SimDatabase *db = simulator.database();
        const int vendor = db->insert(QStringLiteral("res.partner"),
                                      {{QStringLiteral("name"), QStringLiteral("Vendor")}}, 1);
        const int order = db->insert(QStringLiteral("purchase.order"),
                                     {{QStringLiteral("name"), QStringLiteral("P00001")},
                                      {QStringLiteral("partner_id"), vendor},
                                      {QStringLiteral("state"), QStringLiteral("to approve")},
                                      {QStringLiteral("amount_total"), 1200.0}},
                                     1);
        ConnectionSettings settings;
        settings.serverUrl = simulator.url();
        settings.database = simulator.options().database;
        settings.login = QStringLiteral("admin");
        OdooConnection connection(settings, QStringLiteral("admin"));
        QSignalSpy opened(&connection, &OdooConnection::opened);
        connection.open();
        QVERIFY(opened.wait(10000));

        QString error;
        const auto profile =
            SourceProfile::fromJson(QByteArray(profileJson), QStringLiteral("my.json"), &error);
        QVERIFY2(profile, qPrintable(error));
        QTemporaryDir folder;
        const auto outbox = Outbox::open(folder.filePath(QStringLiteral("cache.sqlite")), &error);
        QVERIFY2(outbox, qPrintable(error));
        DecisionService::Options serviceOptions;
        serviceOptions.firstRetry = 50ms;
        DecisionService service(&connection, outbox.get(), {profile->forVersion(flavor)}, serviceOptions);
        QVERIFY(service.problems().isEmpty());

        QueueItem item;
        item.id = QStringLiteral("purchase.order:%1").arg(order);
        item.profileId = QStringLiteral("my_order_approvals");
        item.model = QStringLiteral("purchase.order");
        item.resId = order;
        item.title = QStringLiteral("P00001");
        item.state = QStringLiteral("to approve");
        QCOMPARE(service.actionsFor(item),
                 (QList<Decision::Action>{Decision::Action::Approve, Decision::Action::Reject}));
        QSignalSpy settled(&service, &DecisionService::decisionSettled);
        const auto decided = service.decide(
            {{item, Decision::Action::Approve, QStringLiteral("Budget confirmed"), {}}}, &error);
        QVERIFY2(decided, qPrintable(error));
        QVERIFY(settled.wait(20000));
        const Decision outcome = settled.first().first().value<Decision>();
        QCOMPARE(outcome.status, Decision::Status::Applied);
        QCOMPARE(db->rawValue(QStringLiteral("purchase.order"), order, QStringLiteral("state")).toString(),
                 QStringLiteral("purchase"));
        QCOMPARE(service.writeCalls() > 0, true);
    }

    void brokenDescriptionIsSkippedWithItsReason()
    {
        QByteArray broken =
            QByteArray(profileJson).replace("\"button_approve\", \"applied\"", "\"button_approve\", \"x\"");
        QString error;
        const auto profile = SourceProfile::fromJson(broken, QStringLiteral("my.json"), &error);
        QVERIFY2(profile, qPrintable(error));
        QTemporaryDir folder;
        const auto outbox = Outbox::open(folder.filePath(QStringLiteral("cache.sqlite")), &error);
        QVERIFY(outbox);
        DecisionService service(nullptr, outbox.get(), {*profile}, DecisionService::Options());
        QCOMPARE(service.problems().size(), 1);
        QVERIFY2(service.problems().first().contains(QLatin1String("decisions.actions.approve")),
                 qPrintable(service.problems().first()));
        QueueItem item;
        item.profileId = QStringLiteral("my_order_approvals");
        QVERIFY(service.actionsFor(item).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestConfiguredAdapter)
#include "tst_configuredadapter.moc"
