// PriorityScorer and PriorityPolicyReader: each contribution (severity, SLA share and overdue in
// business time, money on a log scale) with its points and sentence, their sum as the score, the cap,
// and the policy file's checks with "file:line: reason".
#include "triage/priorityscorer.h"

#include <QtTest>

namespace {

const QTimeZone kBrussels("Europe/Brussels");
const QDateTime kNow(QDate(2026, 12, 4), QTime(15, 0), kBrussels); // Friday 15:00

PriorityPolicy testPolicy()
{
    PriorityPolicy policy;
    policy.severityPoints = {
        {Severity::Low, 0}, {Severity::Medium, 8}, {Severity::High, 16}, {Severity::Critical, 25}};
    policy.moneyLimits.insert(QStringLiteral("purchase_to_approve"), 10000);
    return policy;
}

QueueItem item(Severity severity, const QDateTime &created, double amount = 0)
{
    QueueItem queued;
    queued.id = QStringLiteral("purchase.order:1");
    queued.profileId = QStringLiteral("purchase_to_approve");
    queued.severity = severity;
    queued.created = created;
    queued.hasAmount = amount > 0;
    queued.amount = amount;
    queued.currency = QStringLiteral("EUR");
    return queued;
}

} // namespace

Q_DECLARE_METATYPE(QueueItem)
Q_DECLARE_METATYPE(Priority)

class TestPriorityScorer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contributions_data()
    {
        QTest::addColumn<QueueItem>("queued");
        QTest::addColumn<double>("slaHours");
        QTest::addColumn<QList<int>>("points");
        QTest::addColumn<QStringList>("texts");
        const QDate monday(2026, 11, 30);
        QTest::newRow("low, fresh, no amount: nothing")
            << item(Severity::Low, kNow.addSecs(-600)) << 16.0 << QList<int>{} << QStringList{};
        QTest::newRow("high severity with its rule") << [] {
            QueueItem queued = item(Severity::High, kNow.addSecs(-600));
            queued.reason = QStringLiteral("Amount over 5,000");
            return queued;
        }() << 0.0 << QList<int>{16} << QStringList{QStringLiteral("Severity high: Amount over 5,000")};
        // 16 business hours from Thursday 9:00: at Friday 15:00, 14 are used (87.5 %).
        QTest::newRow("most of the SLA used")
            << item(Severity::Low, QDateTime(QDate(2026, 12, 3), QTime(9, 0), kBrussels)) << 16.0
            << QList<int>{15} << QStringList{QStringLiteral("87% of its SLA used, due in 2 business hours")};
        QTest::newRow("under half the SLA counts nothing")
            << item(Severity::Low, QDateTime(QDate(2026, 12, 4), QTime(9, 0), kBrussels)) << 16.0
            << QList<int>{} << QStringList{};
        // From Monday 9:00 to Friday 15:00 is 38 business hours: 8 h SLA, 30 h (3 days) overdue.
        QTest::newRow("overdue, in business days")
            << item(Severity::Low, QDateTime(monday, QTime(9, 0), kBrussels)) << 8.0 << QList<int>{20, 30}
            << QStringList{QStringLiteral("Its SLA of 1 business day is used up"),
                           QStringLiteral("Overdue by 3 business days")};
        QTest::newRow("overdue by hours")
            << item(Severity::Low, QDateTime(QDate(2026, 12, 3), QTime(9, 0), kBrussels)) << 12.0
            << QList<int>{20, 3}
            << QStringList{QStringLiteral("Its SLA of 1 business day is used up"),
                           QStringLiteral("Overdue by 2 business hours")};
        QTest::newRow("at the limit") << item(Severity::Low, kNow, 10000) << 0.0 << QList<int>{8}
                                      << QStringList{QStringLiteral("10,000 EUR, above the 10,000 limit")};
        QTest::newRow("log scale: ten times the limit is not ten times the points")
            << item(Severity::Low, kNow, 100000) << 0.0 << QList<int>{16}
            << QStringList{QStringLiteral("100,000 EUR, above the 10,000 limit")};
        QTest::newRow("far above: capped at the money maximum")
            << item(Severity::Low, kNow, 5e7) << 0.0 << QList<int>{20}
            << QStringList{QStringLiteral("50,000,000 EUR, above the 10,000 limit")};
        QTest::newRow("below the limit counts nothing")
            << item(Severity::Low, kNow, 9999) << 0.0 << QList<int>{} << QStringList{};
    }

    void contributions()
    {
        QFETCH(QueueItem, queued);
        QFETCH(double, slaHours);
        QFETCH(QList<int>, points);
        QFETCH(QStringList, texts);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const BusinessClock clock(BusinessCalendar::standard(kBrussels), QDate(2026, 1, 1),
                                  QDate(2027, 12, 31));
        const Priority priority = PriorityScorer(testPolicy()).score(queued, slaHours, &clock, kNow.toUTC());
        QList<int> gotPoints;
        QStringList gotTexts;
        int sum = 0;
        for (const PriorityReason &reason : priority.reasons) {
            gotPoints.append(reason.points);
            gotTexts.append(reason.text);
            sum += reason.points;
        }
        QCOMPARE(priority.score, sum); // the reasons add up to the score
        QVERIFY(priority.score >= 0 && priority.score <= 100);
        QCOMPARE(gotPoints, points);
        QCOMPARE(gotTexts, texts);
    }

    void theCapIsAReasonOfItsOwn()
    {
        PriorityPolicy policy = testPolicy();
        policy.severityPoints.insert(Severity::Critical, 60);
        const QueueItem queued = item(Severity::Critical, kNow.addDays(-30), 5e7);
        const BusinessClock clock(BusinessCalendar::standard(kBrussels), QDate(2026, 1, 1),
                                  QDate(2027, 12, 31));
        const Priority priority = PriorityScorer(policy).score(queued, 8.0, &clock, kNow.toUTC());
        QCOMPARE(priority.score, 100);
        QList<int> points;
        for (const PriorityReason &reason : priority.reasons)
            points.append(reason.points);
        QCOMPARE(points, (QList<int>{60, 20, 30, 20, -30}));
        QCOMPARE(priority.reasons.last().text, QStringLiteral("Capped at 100"));
    }

    void wallClockWithoutACalendar()
    {
        // No clock: the SLA counts wall-clock hours (48 h from Wednesday 15:00 is Friday 15:00).
        const QueueItem queued = item(Severity::Low, kNow.addSecs(-49 * 3600));
        const Priority priority = PriorityScorer(testPolicy()).score(queued, 48.0, nullptr, kNow.toUTC());
        QCOMPARE(priority.reasons.size(), 1);
        QCOMPARE(priority.reasons.first().text, QStringLiteral("Its SLA of 2 business days is used up"));
        QCOMPARE(priority.score, 20);
    }

    void theInstalledPolicyReads()
    {
        QFile file(QStringLiteral(":/triage/priority.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString error;
        const auto policy =
            PriorityPolicyReader::read(file.readAll(), file.fileName(), PriorityPolicy(), &error);
        QVERIFY2(policy, qPrintable(error));
        QCOMPARE(policy->severityPoints.value(Severity::Critical), 25);
        QCOMPARE(policy->moneyLimitFor(QStringLiteral("purchase_to_approve")), 10000.0);
        QCOMPARE(policy->moneyLimitFor(QStringLiteral("anything_else")), 1000.0);
        QCOMPARE(PriorityPolicy::installed().severityPoints, policy->severityPoints);
    }

    void anOverrideNamesOnlyWhatItChanges()
    {
        QString error;
        const auto policy = PriorityPolicyReader::read(R"({"sla": {"points_at_due": 30}})",
                                                       QStringLiteral("mine.json"), testPolicy(), &error);
        QVERIFY2(policy, qPrintable(error));
        QCOMPARE(policy->slaPointsAtDue, 30);
        QCOMPARE(policy->severityPoints, testPolicy().severityPoints);
        QCOMPARE(policy->moneyLimitFor(QStringLiteral("purchase_to_approve")), 10000.0);
    }

    void badPoliciesSayWhereAndWhy_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not JSON") << QByteArray("{\n\"sla\": {\n")
                                  << QStringLiteral("p.json:3: not valid JSON");
        QTest::newRow("not an object")
            << QByteArray("[1]") << QStringLiteral("p.json:1: a priority policy is");
        QTest::newRow("unknown section")
            << QByteArray("{\n  \"speed\": {}\n}") << QStringLiteral("p.json:2: unknown key \"speed\"");
        QTest::newRow("unknown key")
            << QByteArray("{\n  \"sla\": {\n    \"points_at_due\": 5,\n    \"pionts\": 3\n  }\n}")
            << QStringLiteral("p.json:4: unknown key \"pionts\" in \"sla\"");
        QTest::newRow("unknown severity")
            << QByteArray("{\"severity\": {\"urgent\": 5}}")
            << QStringLiteral("unknown key \"urgent\" in \"severity\" (known: critical, high, low, medium)");
        QTest::newRow("points out of range")
            << QByteArray("{\n\"severity\": {\n\"high\": 120}}")
            << QStringLiteral("p.json:3: \"severity.high\" must be a whole number of points");
        QTest::newRow("fractional points")
            << QByteArray("{\"sla\": {\"overdue_max_points\": 2.5}}")
            << QStringLiteral("\"sla.overdue_max_points\" must be a whole number");
        QTest::newRow("share above 1") << QByteArray("{\"sla\": {\"from_share\": 2}}")
                                       << QStringLiteral("\"sla.from_share\" must be a number from 0 to 1");
        QTest::newRow("a limit that is text")
            << QByteArray("{\n\"money\": {\n\"limits\": {\n\"a\": 5,\n\"purchase_to_approve\": \"lots\"}}}")
            << QStringLiteral("p.json:5: \"money.limits\" limit of \"purchase_to_approve\" must be a number");
        QTest::newRow("section not an object")
            << QByteArray("{\"money\": 5}") << QStringLiteral("\"money\" must be an object");
    }

    void badPoliciesSayWhereAndWhy()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!PriorityPolicyReader::read(json, QStringLiteral("p.json"), PriorityPolicy(), &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestPriorityScorer)
#include "tst_priorityscorer.moc"
