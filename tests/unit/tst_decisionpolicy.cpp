// DecisionPolicy: the one set of rules the window and the command line apply before a decision is
// committed: reasons for reject and dismiss, a person for delegate, a confirmation for large approvals.
#include "decisions/decisionpolicy.h"

#include <QTest>

class DecisionPolicyTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void whatEachActionAsks_data()
    {
        QTest::addColumn<Decision::Action>("action");
        QTest::addColumn<bool>("requiresReason");
        QTest::addColumn<bool>("asksForReason");
        QTest::addColumn<bool>("requiresTarget");
        QTest::newRow("approve") << Decision::Action::Approve << false << false << false;
        QTest::newRow("reject") << Decision::Action::Reject << true << true << false;
        QTest::newRow("dismiss") << Decision::Action::Dismiss << true << true << false;
        QTest::newRow("delegate") << Decision::Action::Delegate << false << true << true;
        QTest::newRow("retry") << Decision::Action::Retry << false << false << false;
    }

    void whatEachActionAsks()
    {
        QFETCH(Decision::Action, action);
        QFETCH(bool, requiresReason);
        QFETCH(bool, asksForReason);
        QFETCH(bool, requiresTarget);
        QCOMPARE(DecisionPolicy::requiresReason(action), requiresReason);
        QCOMPARE(DecisionPolicy::asksForReason(action), asksForReason);
        QCOMPARE(DecisionPolicy::requiresTarget(action), requiresTarget);
    }

    void problems_data()
    {
        QTest::addColumn<Decision::Action>("action");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("problem"); // the start of the sentence, empty when none
        QTest::newRow("approve needs nothing")
            << Decision::Action::Approve << QStringLiteral("") << QStringLiteral("") << QStringLiteral("");
        QTest::newRow("reject without reason")
            << Decision::Action::Reject << QStringLiteral("") << QStringLiteral("")
            << QStringLiteral("Please give a reason of at least 5");
        QTest::newRow("reject, reason too short once trimmed")
            << Decision::Action::Reject << QStringLiteral("  abc   ") << QStringLiteral("")
            << QStringLiteral("Please give a reason of at least 5");
        QTest::newRow("reject with reason") << Decision::Action::Reject << QStringLiteral("Wrong vendor")
                                            << QStringLiteral("") << QStringLiteral("");
        QTest::newRow("dismiss with exactly 5") << Decision::Action::Dismiss << QStringLiteral("dup. ")
                                                << QStringLiteral("") << QStringLiteral("Please give");
        QTest::newRow("dismiss with 5 letters") << Decision::Action::Dismiss << QStringLiteral("dupes")
                                                << QStringLiteral("") << QStringLiteral("");
        QTest::newRow("delegate without login")
            << Decision::Action::Delegate << QStringLiteral("") << QStringLiteral("  ")
            << QStringLiteral("Please say who P00042 goes to.");
        QTest::newRow("delegate with login, no note") << Decision::Action::Delegate << QStringLiteral("")
                                                      << QStringLiteral("manager2") << QStringLiteral("");
        QTest::newRow("retry") << Decision::Action::Retry << QStringLiteral("") << QStringLiteral("")
                               << QStringLiteral("");
    }

    void problems()
    {
        QFETCH(Decision::Action, action);
        QFETCH(QString, reason);
        QFETCH(QString, target);
        QFETCH(QString, problem);
        const QString found = DecisionPolicy().problemWith(action, QStringLiteral("P00042"), reason, target);
        if (problem.isEmpty())
            QVERIFY2(found.isEmpty(), qPrintable(found));
        else
            QVERIFY2(found.startsWith(problem), qPrintable(found));
    }

    void minimumLengthIsThePolicys()
    {
        DecisionPolicy policy;
        policy.minimumReasonLength = 12;
        QVERIFY(policy
                    .problemWith(Decision::Action::Reject, QStringLiteral("x"),
                                 QStringLiteral("Wrong vendor"), {})
                    .isEmpty());
        QVERIFY(
            policy
                .problemWith(Decision::Action::Reject, QStringLiteral("x"), QStringLiteral("Wrong vendo"), {})
                .contains(QLatin1String("12")));
    }

    void largeApprovalsAreConfirmed_data()
    {
        QTest::addColumn<Decision::Action>("action");
        QTest::addColumn<double>("amount");
        QTest::addColumn<bool>("confirm");
        QTest::newRow("below") << Decision::Action::Approve << 9999.99 << false;
        QTest::newRow("at the limit") << Decision::Action::Approve << 10000.0 << false;
        QTest::newRow("above") << Decision::Action::Approve << 10000.01 << true;
        QTest::newRow("reject is never confirmed") << Decision::Action::Reject << 50000.0 << false;
    }

    void largeApprovalsAreConfirmed()
    {
        QFETCH(Decision::Action, action);
        QFETCH(double, amount);
        QFETCH(bool, confirm);
        QCOMPARE(DecisionPolicy().requiresConfirmation(action, amount), confirm);
        DecisionPolicy strict;
        strict.confirmAboveAmount = 100.0;
        QCOMPARE(strict.requiresConfirmation(action, amount), action == Decision::Action::Approve);
    }
};

QTEST_GUILESS_MAIN(DecisionPolicyTest)
#include "tst_decisionpolicy.moc"
