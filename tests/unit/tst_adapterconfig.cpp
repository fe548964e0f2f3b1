// AdapterConfig and ConfiguredAdapter: decision adapters described as data. The built-in files read
// cleanly, bad descriptions are refused with the place and the reason, and the rules decide as the
// C++ adapters they replace did (open states, applied states, time off's two levels, the method per
// version).
#include "decisions/adapterconfig.h"
#include "decisions/configuredadapter.h"
#include "decisions/decisionadapters.h"

#include <QJsonDocument>
#include <QTest>

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

QJsonObject state(const QString &value)
{
    return {{QStringLiteral("state"), value}};
}

Decision decision(Decision::Action action, const QString &seenState = {})
{
    Decision made;
    made.action = action;
    made.itemId = QStringLiteral("hr.leave:7");
    made.seenState = seenState;
    return made;
}

const ConfiguredAdapter *configured(const char *id)
{
    return dynamic_cast<const ConfiguredAdapter *>(DecisionAdapters::forId(QString::fromLatin1(id)));
}

} // namespace

class AdapterConfigTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void builtInFilesAreConfiguredAdapters()
    {
        for (const char *id : {"purchase_order", "time_off", "approval_request", "mail_failure", "queue_job"})
            QVERIFY2(configured(id), id);
        // The multi-step ones stay in C++.
        for (const char *id :
             {"tier_review", "inventory_count", "expense", "expense_report", "activity", "scheduled_action"})
            QVERIFY2(DecisionAdapters::forId(QString::fromLatin1(id)) && !configured(id), id);
        QCOMPARE(configured("purchase_order")->actions(17),
                 (QList<Decision::Action>{Decision::Action::Approve, Decision::Action::Reject,
                                          Decision::Action::Delegate}));
        QVERIFY(!configured("mail_failure")->hasChatter());
        QVERIFY(configured("purchase_order")->hasChatter());
    }

    void invalidDescriptionsSayWhereAndWhy_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("no model") << QStringLiteral("{\"adapter\": \"x\", \"fields\": [\"state\"]}")
                                  << QStringLiteral("decisions: \"adapter\" and \"model\" are required");
        QTest::newRow("no fields") << QStringLiteral("{\"adapter\": \"x\", \"model\": \"m\"}")
                                   << QStringLiteral("decisions.fields:");
        QTest::newRow("no open") << QStringLiteral(
                                        "{\"adapter\": \"x\", \"model\": \"m\", \"fields\": [\"state\"]}")
                                 << QStringLiteral("decisions.open:");
        QTest::newRow("bad condition") << QStringLiteral("{\"adapter\": \"x\", \"model\": \"m\", \"fields\": "
                                                         "[\"state\"], \"open\": [{\"field\": \"state\"}]}")
                                       << QStringLiteral("decisions.open: a condition needs");
        QTest::newRow("no actions") << QStringLiteral(
                                           "{\"adapter\": \"x\", \"model\": \"m\", \"fields\": [\"state\"], "
                                           "\"open\": [{\"field\": \"state\", \"in\": [\"a\"]}]}")
                                    << QStringLiteral("decisions.actions: at least one action");
        QTest::newRow("unknown action")
            << QStringLiteral("{\"adapter\": \"x\", \"model\": \"m\", \"fields\": [\"state\"],\n             "
                              "   \"open\": [{\"field\": \"state\", \"in\": [\"a\"]}], \"actions\": "
                              "[{\"action\": \"burn\", \"method\": \"m\"}]}")
            << QStringLiteral("decisions.actions: \"action\" must be one of");
        QTest::newRow("method without applied")
            << QStringLiteral("{\"adapter\": \"x\", \"model\": \"m\", \"fields\": [\"state\"],\n             "
                              "   \"open\": [{\"field\": \"state\", \"in\": [\"a\"]}], \"actions\": "
                              "[{\"action\": \"approve\", \"method\": \"go\"}]}")
            << QStringLiteral("decisions.actions.approve: an action that calls a method needs \"applied\"");
        QTest::newRow("neither method nor activity")
            << QStringLiteral("{\"adapter\": \"x\", \"model\": \"m\", \"fields\": [\"state\"],\n             "
                              "   \"open\": [{\"field\": \"state\", \"in\": [\"a\"]}], \"actions\": "
                              "[{\"action\": \"approve\"}]}")
            << QStringLiteral("decisions.actions.approve: an action needs either");
        QTest::newRow("bad versions")
            << QStringLiteral(
                   "{\"adapter\": \"x\", \"model\": \"m\", \"fields\": [\"state\"],\n                "
                   "\"open\": [{\"field\": \"state\", \"in\": [\"a\"]}], \"actions\": [{\"action\": "
                   "\"approve\", \"method\": \"go\",\n                \"methods\": [{\"method\": \"other\", "
                   "\"versions\": \"seventeen\"}], \"applied\": [{\"field\": \"state\", \"in\": [\"b\"]}]}]}")
            << QStringLiteral("decisions.actions.approve: a method rule needs");
        QTest::newRow("unknown message")
            << QStringLiteral("{\"adapter\": \"x\", \"model\": \"m\", \"fields\": [\"state\"],\n             "
                              "   \"open\": [{\"field\": \"state\", \"in\": [\"a\"]}], \"actions\": "
                              "[{\"action\": \"delegate\", \"schedule_activity\": true}],\n                "
                              "\"no_effect\": [{\"when\": [], \"message\": \"oops\"}]}")
            << QStringLiteral("decisions.no_effect: \"message\" must be");
    }

    void invalidDescriptionsSayWhereAndWhy()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        QString found;
        QVERIFY(!AdapterConfig::fromJson(QJsonDocument::fromJson(text.toUtf8()).object(), &found));
        QVERIFY2(found.startsWith(error), qPrintable(found));
    }

    void purchaseOrderStates_data()
    {
        QTest::addColumn<Decision::Action>("action");
        QTest::addColumn<QString>("state");
        QTest::addColumn<bool>("open");
        QTest::addColumn<bool>("applied");
        QTest::newRow("waits") << Decision::Action::Approve << QStringLiteral("to approve") << true << false;
        QTest::newRow("approved") << Decision::Action::Approve << QStringLiteral("purchase") << false << true;
        QTest::newRow("locked after approval")
            << Decision::Action::Approve << QStringLiteral("done") << false << true;
        QTest::newRow("cancelled is not approved")
            << Decision::Action::Approve << QStringLiteral("cancel") << false << false;
        QTest::newRow("rejected") << Decision::Action::Reject << QStringLiteral("cancel") << false << true;
        QTest::newRow("reject not yet")
            << Decision::Action::Reject << QStringLiteral("to approve") << true << false;
        QTest::newRow("delegated") << Decision::Action::Delegate << QStringLiteral("to approve") << true
                                   << true;
    }

    void purchaseOrderStates()
    {
        QFETCH(Decision::Action, action);
        QFETCH(QString, state);
        QFETCH(bool, open);
        QFETCH(bool, applied);
        const ConfiguredAdapter *adapter = configured("purchase_order");
        QCOMPARE(adapter->isOpen(decision(action), ::state(state), 18), open);
        QCOMPARE(adapter->isApplied(decision(action), ::state(state), 18), applied);
    }

    void timeOffMovesOneLevelFromWhatTheUserSaw_data()
    {
        QTest::addColumn<QString>("seen");
        QTest::addColumn<QString>("now");
        QTest::addColumn<bool>("applied");
        QTest::newRow("first level, to second")
            << QStringLiteral("confirm") << QStringLiteral("validate1") << true;
        QTest::newRow("first level, both at once")
            << QStringLiteral("confirm") << QStringLiteral("validate") << true;
        QTest::newRow("first level, unchanged")
            << QStringLiteral("confirm") << QStringLiteral("confirm") << false;
        QTest::newRow("second level, done")
            << QStringLiteral("validate1") << QStringLiteral("validate") << true;
        QTest::newRow("second level, unchanged")
            << QStringLiteral("validate1") << QStringLiteral("validate1") << false;
    }

    void timeOffMovesOneLevelFromWhatTheUserSaw()
    {
        QFETCH(QString, seen);
        QFETCH(QString, now);
        QFETCH(bool, applied);
        QCOMPARE(configured("time_off")->isApplied(decision(Decision::Action::Approve, seen), state(now), 17),
                 applied);
    }

    void timeOffSecondLevelMethodByVersion_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("method");
        QTest::newRow("17 first level")
            << 17 << QStringLiteral("confirm") << QStringLiteral("action_approve");
        QTest::newRow("17 second level")
            << 17 << QStringLiteral("validate1") << QStringLiteral("action_validate");
        QTest::newRow("18 second level")
            << 18 << QStringLiteral("validate1") << QStringLiteral("action_validate");
        QTest::newRow("19 second level")
            << 19 << QStringLiteral("validate1") << QStringLiteral("action_approve");
    }

    void timeOffSecondLevelMethodByVersion()
    {
        QFETCH(int, version);
        QFETCH(QString, state);
        QFETCH(QString, method);
        QCOMPARE(configured("time_off")->methodFor(Decision::Action::Approve, ::state(state), version),
                 method);
        QCOMPARE(configured("time_off")->methodFor(Decision::Action::Reject, ::state(state), version),
                 QStringLiteral("action_refuse"));
    }

    void approvalRequestOpenOnlyWhileTheUserHasNotDecided()
    {
        const ConfiguredAdapter *adapter = configured("approval_request");
        const auto record = [](const char *request, const QJsonValue &mine) {
            return QJsonObject{{QStringLiteral("request_status"), QString::fromLatin1(request)},
                               {QStringLiteral("user_status"), mine}};
        };
        QVERIFY(adapter->isOpen(decision(Decision::Action::Approve),
                                record("pending", QStringLiteral("pending")), 17));
        QVERIFY(!adapter->isOpen(decision(Decision::Action::Approve),
                                 record("pending", QStringLiteral("approved")), 17));
        QVERIFY(!adapter->isOpen(decision(Decision::Action::Approve), record("approved", false), 17));
        QVERIFY(adapter->isApplied(decision(Decision::Action::Approve),
                                   record("pending", QStringLiteral("approved")), 17));
        QVERIFY(adapter->isApplied(decision(Decision::Action::Reject), record("refused", false), 17));
        // Not an approver: Odoo accepts the call and nothing changes; the message says why.
        QVERIFY(adapter->noEffectMessage(decision(Decision::Action::Approve), record("pending", false), 17)
                    .contains(QLatin1String("not one of the approvers")));
    }

    void mailRetryCountsASentOrDeletedMail()
    {
        const ConfiguredAdapter *adapter = configured("mail_failure");
        QVERIFY(adapter->isOpen(decision(Decision::Action::Retry), state(QStringLiteral("exception")), 17));
        QVERIFY(adapter->isApplied(decision(Decision::Action::Retry), state(QStringLiteral("sent")), 17));
        QVERIFY(adapter->isApplied(decision(Decision::Action::Retry), QJsonObject(), 17)); // gone
        QVERIFY(!adapter->isApplied(decision(Decision::Action::Dismiss), QJsonObject(), 17));
        QVERIFY(adapter->isApplied(decision(Decision::Action::Dismiss), state(QStringLiteral("cancel")), 17));
    }

    void aProfileMayDescribeItsOwnAdapter()
    {
        const QJsonObject decisions =
            json("{\"adapter\": \"my_requests\", \"model\": \"x.request\", \"fields\": [\"stage\"],\n        "
                 "    \"open\": [{\"field\": \"stage\", \"in\": [\"submitted\"]}],\n            \"actions\": "
                 "[{\"action\": \"approve\", \"method\": \"action_accept\", \"applied\": [{\"field\": "
                 "\"stage\", \"in\": [\"accepted\"]}]},\n                        {\"action\": \"delegate\", "
                 "\"schedule_activity\": true}]}");
        QVERIFY(DecisionAdapters::describesAdapter(decisions));
        QVERIFY(!DecisionAdapters::describesAdapter(json("{\"adapter\": \"purchase_order\"}")));
        QString error;
        const auto adapter = DecisionAdapters::fromProfile(decisions, &error);
        QVERIFY2(adapter, qPrintable(error));
        QCOMPARE(adapter->id(), QStringLiteral("my_requests"));
        QCOMPARE(adapter->actions(18),
                 (QList<Decision::Action>{Decision::Action::Approve, Decision::Action::Delegate}));
        QCOMPARE(adapter->fields(18), QStringList{QStringLiteral("stage")});
        const QJsonObject accepted{{QStringLiteral("stage"), QStringLiteral("accepted")}};
        QVERIFY(adapter->isApplied(decision(Decision::Action::Approve), accepted, 18));
        QVERIFY(!adapter->isOpen(decision(Decision::Action::Approve), accepted, 18));
    }
};

QTEST_GUILESS_MAIN(AdapterConfigTest)
#include "tst_adapterconfig.moc"
