// OdooValues: Odoo's datetime and date text both ways, many2one ids and names, how a value reads,
// and and-ing prefix-notation domains (the keyset paging of the sync depends on it).
#include "odoo/odoovalues.h"

#include <QJsonDocument>
#include <QtTest>

class TestOdooValues : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void datetimesBothWays()
    {
        const QDateTime moment(QDate(2026, 12, 3), QTime(9, 30, 5, 250), Qt::UTC);
        QCOMPARE(OdooValues::dateTimeText(moment), QStringLiteral("2026-12-03 09:30:05"));
        // Local times are written in UTC, as Odoo stores them.
        QCOMPARE(OdooValues::dateTimeText(moment.toOffsetFromUtc(3600)),
                 QStringLiteral("2026-12-03 09:30:05"));
        QCOMPARE(OdooValues::dateText(QDate(2026, 1, 9)), QStringLiteral("2026-01-09"));
        QCOMPARE(OdooValues::parseDateTime(QStringLiteral("2026-12-03 09:30:05")),
                 QDateTime(QDate(2026, 12, 3), QTime(9, 30, 5), Qt::UTC));
        QCOMPARE(OdooValues::parseDateTime(QStringLiteral("2026-12-03 09:30:05.123456")),
                 QDateTime(QDate(2026, 12, 3), QTime(9, 30, 5), Qt::UTC));
        QCOMPARE(OdooValues::parseDateTime(QStringLiteral("2026-12-03")),
                 QDateTime(QDate(2026, 12, 3), QTime(0, 0), Qt::UTC));
        QVERIFY(!OdooValues::parseDateTime(false).isValid());
        QVERIFY(!OdooValues::parseDateTime(QStringLiteral("yesterday")).isValid());
        QVERIFY(!OdooValues::parseDateTime(42).isValid());
        QVERIFY(OdooValues::looksLikeDateTime(QStringLiteral("2026-10-01 13:39:39")));
        QVERIFY(!OdooValues::looksLikeDateTime(QStringLiteral("2026-10-01")));
        QVERIFY(!OdooValues::looksLikeDateTime(QStringLiteral("P00042 for Anker")));
    }

    void many2oneAndFalse()
    {
        QCOMPARE(OdooValues::relationId(QJsonArray{7, QStringLiteral("Gent")}), 7);
        QCOMPARE(OdooValues::relationId(12), 12);
        QCOMPARE(OdooValues::relationId(false), 0);
        QCOMPARE(OdooValues::relationId(QStringLiteral("7")), 0);
        QCOMPARE(OdooValues::displayText(QJsonArray{7, QStringLiteral("Gent")}), QStringLiteral("Gent"));
        QCOMPARE(OdooValues::displayText(false), QString());
        QCOMPARE(OdooValues::displayText(true), QStringLiteral("yes"));
        QCOMPARE(OdooValues::displayText(1500.0), QStringLiteral("1500"));
        QCOMPARE(OdooValues::displayText(12.345), QStringLiteral("12.35"));
        QCOMPARE(OdooValues::displayText(QJsonArray{1, 2, 3}), QStringLiteral("3")); // a to-many list
        QCOMPARE(OdooValues::displayText(QJsonArray{}), QString());
        QCOMPARE(OdooValues::displayText(QJsonValue()), QString());
    }

    void domainsAreAndedInPrefixNotation()
    {
        const QJsonArray state{
            OdooValues::term(QStringLiteral("state"), QStringLiteral("="), QStringLiteral("to approve"))};
        QCOMPARE(OdooValues::allOf(state, {}), state);
        QCOMPARE(OdooValues::allOf({}, state), state);
        // Two implicit terms and an or-ed pair: three top-level terms need two "&".
        const QJsonArray left{OdooValues::term(QStringLiteral("a"), QStringLiteral("="), 1),
                              OdooValues::term(QStringLiteral("b"), QStringLiteral("="), 2)};
        const QJsonArray right{QStringLiteral("|"),
                               OdooValues::term(QStringLiteral("c"), QStringLiteral(">"), 3),
                               OdooValues::term(QStringLiteral("d"), QStringLiteral("<"), 4)};
        const QJsonArray combined = OdooValues::allOf(left, right);
        QCOMPARE(QString::fromUtf8(QJsonDocument(combined).toJson(QJsonDocument::Compact)),
                 QStringLiteral(
                     "[\"&\",\"&\",[\"a\",\"=\",1],[\"b\",\"=\",2],\"|\",[\"c\",\">\",3],[\"d\",\"<\",4]]"));
        QCOMPARE(OdooValues::idArray({3, 1, 2}), (QJsonArray{3, 1, 2}));
    }

    void recordIdsAreWholePositiveNumbers()
    {
        QVERIFY(OdooValues::isRecordId(1));
        QVERIFY(OdooValues::isRecordId(2147483647.0));
        for (const QJsonValue &bad :
             {QJsonValue(0), QJsonValue(-1), QJsonValue(2.5), QJsonValue(2147483648.0),
              QJsonValue(QStringLiteral("2")), QJsonValue(QJsonArray{2}), QJsonValue(true),
              QJsonValue(QJsonValue::Null), QJsonValue(QJsonValue::Undefined)})
            QVERIFY2(!OdooValues::isRecordId(bad), qPrintable(OdooValues::describe(bad)));
    }

    void describeIsShortCompactJson()
    {
        QCOMPARE(OdooValues::describe(QStringLiteral("2")), QStringLiteral("\"2\""));
        QCOMPARE(OdooValues::describe(QJsonArray{2}), QStringLiteral("[2]"));
        QCOMPARE(OdooValues::describe(QJsonObject{{QStringLiteral("uid"), 2}}),
                 QStringLiteral("{\"uid\":2}"));
        QCOMPARE(OdooValues::describe(QJsonValue::Null), QStringLiteral("null"));
        QCOMPARE(OdooValues::describe(false), QStringLiteral("false"));
        const QString longText = OdooValues::describe(QString(500, QLatin1Char('x')));
        QCOMPARE(longText.size(), 81);
        QVERIFY(longText.endsWith(QChar(0x2026)));
    }
};

QTEST_GUILESS_MAIN(TestOdooValues)
#include "tst_odoovalues.moc"
