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
        QTest::addColumn<QString>("action");
        QTest::addColumn<bool>("requiresReason");
        QTest::addColumn<bool>("asksForReason");
        QTest::addColumn<bool>("requiresTarget");
        QTest::newRow("approve") << QStringLiteral("approve") << false << false << false;
        QTest::newRow("reject") << QStringLiteral("reject") << true << true << false;
        QTest::newRow("dismiss") << QStringLiteral("dismiss") << true << true << false;
        QTest::newRow("delegate") << QStringLiteral("delegate") << false << true << true;
        QTest::newRow("retry") << QStringLiteral("retry") << false << false << false;
    }

    void whatEachActionAsks()
    {
        QFETCH(QString, action);
        QFETCH(bool, requiresReason);
        QFETCH(bool, asksForReason);
        QFETCH(bool, requiresTarget);
        QCOMPARE(DecisionPolicy::requiresReason(action), requiresReason);
        QCOMPARE(DecisionPolicy::asksForReason(action), asksForReason);
        QCOMPARE(DecisionPolicy::requiresTarget(action), requiresTarget);
    }

    void problems_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("problem"); // the start of the sentence, empty when none
        QTest::newRow("approve needs nothing")
            << QStringLiteral("approve") << QStringLiteral("") << QStringLiteral("") << QStringLiteral("");
        QTest::newRow("reject without reason")
            << QStringLiteral("reject") << QStringLiteral("") << QStringLiteral("")
            << QStringLiteral("Please give a reason of at least 5");
        QTest::newRow("reject, reason too short once trimmed")
            << QStringLiteral("reject") << QStringLiteral("  abc   ") << QStringLiteral("")
            << QStringLiteral("Please give a reason of at least 5");
        QTest::newRow("reject with reason") << QStringLiteral("reject") << QStringLiteral("Wrong vendor")
                                            << QStringLiteral("") << QStringLiteral("");
        QTest::newRow("dismiss with exactly 5") << QStringLiteral("dismiss") << QStringLiteral("dup. ")
                                                << QStringLiteral("") << QStringLiteral("Please give");
        QTest::newRow("dismiss with 5 letters") << QStringLiteral("dismiss") << QStringLiteral("dupes")
                                                << QStringLiteral("") << QStringLiteral("");
        QTest::newRow("delegate without login")
            << QStringLiteral("delegate") << QStringLiteral("") << QStringLiteral("  ")
            << QStringLiteral("Please say who P00042 goes to.");
        QTest::newRow("delegate with login, no note") << QStringLiteral("delegate") << QStringLiteral("")
                                                      << QStringLiteral("manager2") << QStringLiteral("");
        QTest::newRow("retry") << QStringLiteral("retry") << QStringLiteral("") << QStringLiteral("")
                               << QStringLiteral("");
    }

    void problems()
    {
        QFETCH(QString, action);
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
                    .problemWith(QStringLiteral("reject"), QStringLiteral("x"),
                                 QStringLiteral("Wrong vendor"), {})
                    .isEmpty());
        QVERIFY(
            policy
                .problemWith(QStringLiteral("reject"), QStringLiteral("x"), QStringLiteral("Wrong vendo"), {})
                .contains(QLatin1String("12")));
    }

    void largeApprovalsAreConfirmed_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<double>("amount");
        QTest::addColumn<bool>("confirm");
        QTest::newRow("below") << QStringLiteral("approve") << 9999.99 << false;
        QTest::newRow("at the limit") << QStringLiteral("approve") << 10000.0 << false;
        QTest::newRow("above") << QStringLiteral("approve") << 10000.01 << true;
        QTest::newRow("reject is never confirmed") << QStringLiteral("reject") << 50000.0 << false;
    }

    void largeApprovalsAreConfirmed()
    {
        QFETCH(QString, action);
        QFETCH(double, amount);
        QFETCH(bool, confirm);
        QCOMPARE(DecisionPolicy().requiresConfirmation(action, amount), confirm);
        DecisionPolicy strict;
        strict.confirmAboveAmount = 100.0;
        QCOMPARE(strict.requiresConfirmation(action, amount), action == QLatin1String("approve"));
    }
};

QTEST_GUILESS_MAIN(DecisionPolicyTest)
#include "tst_decisionpolicy.moc"
