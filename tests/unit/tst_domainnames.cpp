// Domain enums at the edge: ItemKind, Severity and Decision::Action read from and written as the
// names source profiles, the cache, saved views and the command line use, both ways, and a name
// this build does not know is refused rather than guessed.
#include "domain/decision.h"
#include "domain/itemkind.h"
#include "domain/severity.h"

#include <QtTest>

class TestDomainNames : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void itemKindsBothWays()
    {
        QCOMPARE(EnumNames::names<ItemKind>(),
                 (QStringList{QStringLiteral("approval"), QStringLiteral("exception"),
                              QStringLiteral("integration_failure")}));
        QCOMPARE(EnumNames::known<ItemKind>(),
                 (QList<ItemKind>{ItemKind::Approval, ItemKind::Exception, ItemKind::IntegrationFailure}));
        for (const ItemKind kind : EnumNames::known<ItemKind>())
            QCOMPARE(EnumNames::fromName<ItemKind>(EnumNames::name(kind)), std::optional<ItemKind>(kind));
        QCOMPARE(EnumNames::name(ItemKind::Unknown), QString());
        QCOMPARE(EnumNames::fromName<ItemKind>(u"integration_failure"),
                 std::optional<ItemKind>(ItemKind::IntegrationFailure));
    }

    void unknownNamesAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << QString();
        QTest::newRow("other case") << QStringLiteral("Approval");
        QTest::newRow("spaces") << QStringLiteral(" exception");
        QTest::newRow("a newer build's") << QStringLiteral("escalation");
    }

    void unknownNamesAreRefused()
    {
        QFETCH(QString, name);
        QVERIFY(!EnumNames::fromName<ItemKind>(name));
        QVERIFY(!EnumNames::fromName<Severity>(name));
        QVERIFY(!Decision::actionFromName(name));
    }

    void severitiesBothWaysInOrder()
    {
        QCOMPARE(EnumNames::names<Severity>(),
                 (QStringList{QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high"),
                              QStringLiteral("critical")}));
        const QList<Severity> &all = EnumNames::known<Severity>();
        QVERIFY(std::is_sorted(all.cbegin(), all.cend()));
        QVERIFY(Severity::Unknown < all.first());
        for (const Severity severity : all)
            QCOMPARE(EnumNames::fromName<Severity>(EnumNames::name(severity)),
                     std::optional<Severity>(severity));
    }
};

QTEST_GUILESS_MAIN(TestDomainNames)
#include "tst_domainnames.moc"
