// SourceProfile and SourceCatalog: the built-in profiles parse and pass their self-check, user
// profiles override or are reported with file:line, variants, placeholders and toItem().
#include "odoo/odoovalues.h"
#include "sync/sourcecatalog.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QByteArray minimalProfile(const QByteArray &id, const QByteArray &extra = {})
{
    return "{\n"
           "    \"id\": \"" +
           id +
           "\",\n"
           "    \"title\": \"Test\",\n"
           "    \"kind\": \"approval\",\n"
           "    \"model\": \"purchase.order\",\n"
           "    \"domain\": [[\"state\", \"=\", \"to approve\"]],\n"
           "    \"fields\": [\"name\"],\n" +
           extra +
           "    \"title_field\": \"name\"\n"
           "}\n";
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

SourceProfile parse(const QByteArray &json)
{
    QString error;
    const std::optional<SourceProfile> profile =
        SourceProfile::fromJson(json, QStringLiteral("t.json"), &error);
    if (!profile)
        qWarning("%s", qPrintable(error));
    return profile.value_or(SourceProfile());
}

} // namespace

class TestSourceCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInProfilesParse()
    {
        SourceCatalog catalog;
        catalog.loadBuiltIn();
        QVERIFY2(catalog.problems().isEmpty(), qPrintable(catalog.problems().join(QLatin1Char('\n'))));
        const QStringList expected = {QStringLiteral("purchase_to_approve"),
                                      QStringLiteral("expense_reports_submitted"),
                                      QStringLiteral("time_off_to_approve"),
                                      QStringLiteral("approval_requests_pending"),
                                      QStringLiteral("tier_reviews_pending"),
                                      QStringLiteral("inventory_counts_to_apply"),
                                      QStringLiteral("late_pickings"),
                                      QStringLiteral("replenishment_needed"),
                                      QStringLiteral("inventory_discrepancies"),
                                      QStringLiteral("pos_cash_differences"),
                                      QStringLiteral("overdue_exception_activities"),
                                      QStringLiteral("queue_jobs_failed"),
                                      QStringLiteral("mail_delivery_failed"),
                                      QStringLiteral("scheduled_actions_failing")};
        QCOMPARE(catalog.profiles().size(), expected.size());
        for (const QString &id : expected) {
            const std::optional<SourceProfile> profile = catalog.profile(id);
            QVERIFY2(profile, qPrintable(id));
            QVERIFY2(profile->selfCheck().isEmpty(),
                     qPrintable(profile->selfCheck().join(QLatin1Char('\n'))));
            QVERIFY(EnumNames::known<ItemKind>().contains(profile->kind));
            QVERIFY(!profile->title.isEmpty());
            QVERIFY(profile->requirements.acceptsVersion(17) || profile->requirements.acceptsVersion(19));
            // Placeholders all resolve: nothing starting with "$" is left.
            const QByteArray resolved =
                QJsonDocument(profile->resolvedDomain(QDateTime::currentDateTimeUtc())).toJson();
            QVERIFY2(!resolved.contains("\"$"), resolved.constData());
        }
        QCOMPARE(catalog.profile(QStringLiteral("purchase_to_approve"))->kind, ItemKind::Approval);
        QCOMPARE(catalog.profile(QStringLiteral("late_pickings"))->kind, ItemKind::Exception);
        QCOMPARE(catalog.profile(QStringLiteral("mail_delivery_failed"))->kind, ItemKind::IntegrationFailure);
        QVERIFY(!catalog.profile(QStringLiteral("nope")));
    }

    void userFolder()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        writeFile(dir.filePath(QStringLiteral("a_good.json")),
                  minimalProfile("my_source", "    \"summary\": \"{name}\",\n"));
        // Overrides the built-in profile with the same id.
        writeFile(
            dir.filePath(QStringLiteral("b_override.json")),
            minimalProfile("purchase_to_approve", "    \"summary\": \"mine\",\n    \"sla_hours\": 4,\n"));
        // Syntax error on line 4 (missing comma after "kind").
        writeFile(dir.filePath(QStringLiteral("c_syntax.json")),
                  "{\n    \"id\": \"broken\",\n    \"title\": \"Broken\",\n    \"kind\": \"approval\"\n"
                  "    \"model\": \"purchase.order\"\n}\n");
        writeFile(dir.filePath(QStringLiteral("d_kind.json")),
                  QByteArray(minimalProfile("bad_kind")).replace("\"approval\"", "\"wish\""));
        writeFile(dir.filePath(QStringLiteral("e_domain.json")),
                  QByteArray(minimalProfile("bad_domain"))
                      .replace("[[\"state\", \"=\", \"to approve\"]]", "\"state = to approve\""));
        writeFile(dir.filePath(QStringLiteral("f_model.json")),
                  QByteArray(minimalProfile("no_model")).replace("    \"model\": \"purchase.order\",\n", ""));
        writeFile(dir.filePath(QStringLiteral("g_notes.txt")), "not a profile");

        SourceCatalog catalog;
        catalog.loadBuiltIn();
        const qsizetype builtIn = catalog.profiles().size();
        catalog.loadUserFolder(dir.path());
        QCOMPARE(catalog.profiles().size(), builtIn + 1);
        QVERIFY(catalog.profile(QStringLiteral("my_source")));
        QCOMPARE(catalog.profile(QStringLiteral("purchase_to_approve"))->summaryTemplate,
                 QStringLiteral("mine"));
        QCOMPARE(catalog.profile(QStringLiteral("purchase_to_approve"))->slaHours, 4.0);

        const QStringList problems = catalog.problems();
        QCOMPARE(problems.size(), 4);
        auto problemFor = [&](const QString &file) {
            for (const QString &problem : problems) {
                if (problem.startsWith(dir.filePath(file) + QLatin1Char(':')))
                    return problem.mid(dir.filePath(file).size() + 1);
            }
            return QString();
        };
        QVERIFY2(problemFor(QStringLiteral("c_syntax.json")).startsWith(QLatin1String("5: not valid JSON")),
                 qPrintable(problemFor(QStringLiteral("c_syntax.json"))));
        QCOMPARE(problemFor(QStringLiteral("d_kind.json")),
                 QStringLiteral("4: unknown kind \"wish\" (use approval, exception, integration_failure)"));
        QCOMPARE(problemFor(QStringLiteral("e_domain.json")),
                 QStringLiteral("6: \"domain\" must be a JSON array (an Odoo domain)"));
        QCOMPARE(problemFor(QStringLiteral("f_model.json")),
                 QStringLiteral("1: the profile has no \"model\""));
        for (const QString &id : {QStringLiteral("broken"), QStringLiteral("bad_kind"),
                                  QStringLiteral("bad_domain"), QStringLiteral("no_model")})
            QVERIFY(!catalog.profile(id));
    }

    void semanticErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("not an object")
            << QByteArray("[1, 2]") << QStringLiteral("t.json:1: a profile must be one JSON object");
        QTest::newRow("unknown key") << minimalProfile("x", "    \"domian\": [],\n")
                                     << QStringLiteral("t.json:8: unknown key \"domian\"");
        QTest::newRow("bad severity")
            << minimalProfile("x", "    \"default_severity\": \"huge\",\n")
            << QStringLiteral("t.json:8: unknown severity \"huge\" (use low, medium, high, critical)");
        QTest::newRow("bad operator")
            << minimalProfile("x",
                              "    \"severity_rules\": [{\"field\": \"name\", \"op\": \"~\", \"value\": 1, "
                              "\"severity\": \"low\", \"reason\": \"r\"}],\n")
            << QStringLiteral("t.json:8: unknown operator \"~\" (use one of =, !=, >, >=, <, <=, abs>, "
                              "abs>=, set, unset)");
        QTest::newRow("bad placeholder")
            << QByteArray(minimalProfile("x")).replace("\"to approve\"", "\"$yesterday\"")
            << QStringLiteral("t.json:6: unknown placeholder \"$yesterday\" (use $now, $now-3d, $today…)");
        QTest::newRow("bad domain term")
            << QByteArray(minimalProfile("x"))
                   .replace("[[\"state\", \"=\", \"to approve\"]]", "[[\"state\", \"=\"]]")
            << QStringLiteral(
                   "t.json:6: domain term 1 is neither [field, operator, value] nor '&', '|', '!'");
        QTest::newRow("bad variant")
            << minimalProfile("x", "    \"variants\": {\n        \"17\": {\"kind\": \"other\"}\n    },\n")
            << QStringLiteral("t.json:9: variant 17: unknown kind \"other\" (use approval, exception, "
                              "integration_failure)");
        QTest::newRow("bad variant key")
            << minimalProfile("x", "    \"variants\": {\"seventeen\": {}},\n")
            << QStringLiteral(
                   "t.json:8: variant key \"seventeen\" is not an Odoo version like \"17\" or \"17-18\"");
    }

    void semanticErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        QString actual;
        QVERIFY(!SourceProfile::fromJson(json, QStringLiteral("t.json"), &actual));
        QCOMPARE(actual, error);
    }

    void variants()
    {
        SourceCatalog catalog;
        catalog.loadBuiltIn();
        const SourceProfile expenses = *catalog.profile(QStringLiteral("expense_reports_submitted"));
        QCOMPARE(expenses.forVersion(17).model, QStringLiteral("hr.expense.sheet"));
        QCOMPARE(expenses.forVersion(18).model, QStringLiteral("hr.expense.sheet"));
        QCOMPARE(
            expenses.forVersion(18).domain,
            QJsonArray({QJsonArray{QStringLiteral("state"), QStringLiteral("="), QStringLiteral("submit")}}));
        QCOMPARE(expenses.forVersion(19).model, QStringLiteral("hr.expense"));
        QCOMPARE(expenses.forVersion(19).stateField, QStringLiteral("approval_state"));
        QCOMPARE(expenses.forVersion(20).model, QStringLiteral("hr.expense"));
        // The effective profile keeps what the variant does not change.
        QCOMPARE(expenses.forVersion(17).title, expenses.title);
        QCOMPARE(expenses.forVersion(17).slaHours, expenses.slaHours);

        const SourceProfile crons = *catalog.profile(QStringLiteral("scheduled_actions_failing"));
        QVERIFY(crons.forVersion(18).requiredFields().contains(QStringLiteral("failure_count")));
        QVERIFY(crons.forVersion(19).requiredFields().contains(QStringLiteral("failure_count")));
        QVERIFY(!crons.forVersion(17).requiredFields().contains(QStringLiteral("failure_count")));
        QCOMPARE(crons.forVersion(17).domain.at(0).toString(), QStringLiteral("|"));
        QCOMPARE(crons.variantKeys(), QStringList{QStringLiteral("17")});
    }

    void placeholders()
    {
        SourceProfile profile = parse(minimalProfile("x"));
        profile.domain = QJsonArray{
            QJsonArray{QStringLiteral("a"), QStringLiteral("<"), QStringLiteral("$now")},
            QJsonArray{QStringLiteral("b"), QStringLiteral("<"), QStringLiteral("$now-3d")},
            QJsonArray{QStringLiteral("c"), QStringLiteral(">"), QStringLiteral("$now-12h")},
            QJsonArray{QStringLiteral("d"), QStringLiteral("<"), QStringLiteral("$today")},
            QJsonArray{QStringLiteral("e"), QStringLiteral("in"), QJsonArray{QStringLiteral("$today-1d"), 3}},
            QJsonArray{QStringLiteral("f"), QStringLiteral("="), QStringLiteral("$other")}};
        const QDateTime now(QDate(2024, 3, 1), QTime(1, 30, 5), Qt::UTC);
        const QJsonArray resolved = profile.resolvedDomain(now);
        QCOMPARE(resolved.at(0)[2].toString(), QStringLiteral("2024-03-01 01:30:05"));
        QCOMPARE(resolved.at(1)[2].toString(), QStringLiteral("2024-02-27 01:30:05"));
        QCOMPARE(resolved.at(2)[2].toString(), QStringLiteral("2024-02-29 13:30:05"));
        QCOMPARE(resolved.at(3)[2].toString(), QStringLiteral("2024-03-01"));
        QCOMPARE(resolved.at(4)[2].toArray(), (QJsonArray{QStringLiteral("2024-02-29"), 3}));
        QCOMPARE(resolved.at(5)[2].toString(), QStringLiteral("$other"));
        // A local time is turned to UTC first.
        const QDateTime offset(QDate(2024, 3, 1), QTime(3, 30, 5), QTimeZone(7200));
        QCOMPARE(profile.resolvedDomain(offset).at(0)[2].toString(), QStringLiteral("2024-03-01 01:30:05"));
    }

    void toItemPurchase()
    {
        SourceCatalog catalog;
        catalog.loadBuiltIn();
        const SourceProfile profile = *catalog.profile(QStringLiteral("purchase_to_approve"));
        const QDateTime now(QDate(2024, 5, 10), QTime(12, 0), Qt::UTC);
        QJsonObject record{{QStringLiteral("id"), 42},
                           {QStringLiteral("name"), QStringLiteral("P00042")},
                           {QStringLiteral("partner_id"), QJsonArray{7, QStringLiteral("Wood Corner")}},
                           {QStringLiteral("amount_total"), 1234.5},
                           {QStringLiteral("currency_id"), QJsonArray{1, QStringLiteral("EUR")}},
                           {QStringLiteral("user_id"), QJsonArray{9, QStringLiteral("Bob Buyer")}},
                           {QStringLiteral("state"), QStringLiteral("to approve")},
                           {QStringLiteral("dest_address_id"), QJsonArray{30, QStringLiteral("Store Gent")}},
                           {QStringLiteral("picking_type_id"), false},
                           {QStringLiteral("create_date"), QStringLiteral("2024-05-09 10:00:00")},
                           {QStringLiteral("write_date"), QStringLiteral("2024-05-09 11:15:30")}};
        QueueItem item = profile.toItem(record, now);
        QCOMPARE(item.id, QStringLiteral("purchase.order:42"));
        QCOMPARE(item.profileId, QStringLiteral("purchase_to_approve"));
        QCOMPARE(item.kind, ItemKind::Approval);
        QCOMPARE(item.model, QStringLiteral("purchase.order"));
        QCOMPARE(item.resId, 42);
        QCOMPARE(item.title, QStringLiteral("P00042"));
        QCOMPARE(item.summary, QStringLiteral("Wood Corner — 1234.50 EUR"));
        QVERIFY(item.hasAmount);
        QCOMPARE(item.amount, 1234.5);
        QCOMPARE(item.currency, QStringLiteral("EUR"));
        QCOMPARE(item.requestedById, 9);
        QCOMPARE(item.requestedBy, QStringLiteral("Bob Buyer"));
        QCOMPARE(item.created, QDateTime(QDate(2024, 5, 9), QTime(10, 0), Qt::UTC));
        QCOMPARE(item.writeDate, QDateTime(QDate(2024, 5, 9), QTime(11, 15, 30), Qt::UTC));
        QCOMPARE(item.slaDue, QDateTime(QDate(2024, 5, 11), QTime(10, 0), Qt::UTC));
        QCOMPARE(item.state, QStringLiteral("to approve"));
        QCOMPARE(item.severity, Severity::Low);
        QCOMPARE(item.reason, QStringLiteral("Waiting for approval"));
        QCOMPARE(item.storeId, 0); // a partner path: the sync engine resolves it
        QCOMPARE(item.fields, record);

        // Rule order: the first matching rule wins, amount before age.
        record.insert(QStringLiteral("amount_total"), 7000);
        item = profile.toItem(record, now);
        QCOMPARE(item.severity, Severity::High);
        QCOMPARE(item.reason, QStringLiteral("Amount over 5,000"));
        QCOMPARE(item.summary, QStringLiteral("Wood Corner — 7000 EUR"));
        record.insert(QStringLiteral("amount_total"), 25000);
        QCOMPARE(profile.toItem(record, now).severity, Severity::Critical);
        // Age rule: older than 72 hours.
        record.insert(QStringLiteral("amount_total"), 100);
        item = profile.toItem(record, now.addDays(3));
        QCOMPARE(item.severity, Severity::Medium);
        QCOMPARE(item.reason, QStringLiteral("Waiting for approval for more than 3 days"));
    }

    void toItemMissingFields()
    {
        SourceCatalog catalog;
        catalog.loadBuiltIn();
        const SourceProfile profile = *catalog.profile(QStringLiteral("purchase_to_approve"));
        const QJsonObject record{{QStringLiteral("id"), 5},
                                 {QStringLiteral("name"), false},
                                 {QStringLiteral("partner_id"), false},
                                 {QStringLiteral("currency_id"), false},
                                 {QStringLiteral("user_id"), false},
                                 {QStringLiteral("create_date"), false}};
        const QueueItem item = profile.toItem(record, QDateTime::currentDateTimeUtc());
        QCOMPARE(item.id, QStringLiteral("purchase.order:5"));
        QCOMPARE(item.title, QStringLiteral("Purchase orders to approve #5"));
        QCOMPARE(item.summary, QString());
        QVERIFY(!item.hasAmount);
        QCOMPARE(item.currency, QString());
        QCOMPARE(item.requestedById, 0);
        QCOMPARE(item.requestedBy, QString());
        QVERIFY(!item.created.isValid());
        QVERIFY(!item.slaDue.isValid());
        QCOMPARE(item.severity, Severity::Low);
    }

    void toItemExceptions()
    {
        SourceCatalog catalog;
        catalog.loadBuiltIn();
        const QDateTime now(QDate(2024, 5, 10), QTime(12, 0), Qt::UTC);

        // Direct warehouse many2one, abs() rules on a negative difference.
        const SourceProfile discrepancies = *catalog.profile(QStringLiteral("inventory_discrepancies"));
        QJsonObject quant{{QStringLiteral("id"), 3},
                          {QStringLiteral("product_id"), QJsonArray{11, QStringLiteral("Oak Chair")}},
                          {QStringLiteral("location_id"), QJsonArray{8, QStringLiteral("GNT/Stock")}},
                          {QStringLiteral("warehouse_id"), QJsonArray{4, QStringLiteral("Gent")}},
                          {QStringLiteral("quantity"), 140.0},
                          {QStringLiteral("inventory_quantity"), 30.0},
                          {QStringLiteral("inventory_diff_quantity"), -110.0},
                          {QStringLiteral("write_date"), QStringLiteral("2024-05-10 08:00:00")}};
        QueueItem item = discrepancies.toItem(quant, now);
        QCOMPARE(item.storeId, 4);
        QCOMPARE(item.title, QStringLiteral("Oak Chair"));
        QCOMPARE(item.severity, Severity::High);
        QCOMPARE(item.summary, QStringLiteral("GNT/Stock: counted 30, on hand 140, difference -110"));
        QCOMPARE(item.created, QDateTime(QDate(2024, 5, 10), QTime(8, 0), Qt::UTC));
        quant.insert(QStringLiteral("inventory_diff_quantity"), -30.0);
        QCOMPARE(discrepancies.toItem(quant, now).severity, Severity::Medium);
        quant.insert(QStringLiteral("inventory_diff_quantity"), 12.0);
        QCOMPARE(discrepancies.toItem(quant, now).severity, Severity::Low);
        QCOMPARE(discrepancies.toItem(quant, now).reason, QStringLiteral("Counted more than 10 units off"));

        // Client-side filter and a requester that is not a user.
        const SourceProfile pos = *catalog.profile(QStringLiteral("pos_cash_differences"));
        QJsonObject session{{QStringLiteral("id"), 8},
                            {QStringLiteral("cash_register_difference"), -0.004},
                            {QStringLiteral("stop_at"), QStringLiteral("2024-05-09 20:00:00")}};
        QVERIFY(!pos.acceptsRecord(session));
        session.insert(QStringLiteral("cash_register_difference"), -25.0);
        QVERIFY(pos.acceptsRecord(session));
        item = pos.toItem(session, now);
        QCOMPARE(item.severity, Severity::Medium);
        QCOMPARE(item.amount, -25.0);
        QCOMPARE(item.slaDue, QDateTime(QDate(2024, 5, 10), QTime(20, 0), Qt::UTC));

        const SourceProfile leave = *catalog.profile(QStringLiteral("time_off_to_approve"));
        const QJsonObject request{{QStringLiteral("id"), 2},
                                  {QStringLiteral("employee_id"), QJsonArray{6, QStringLiteral("Ann Store")}},
                                  {QStringLiteral("state"), QStringLiteral("confirm")},
                                  {QStringLiteral("create_date"), QStringLiteral("2024-05-10 11:00:00")}};
        item = leave.toItem(request, now);
        QCOMPARE(item.requestedBy, QStringLiteral("Ann Store"));
        QCOMPARE(item.requestedById, 0);
        QCOMPARE(item.title, QStringLiteral("Ann Store"));

        // Age rule on another field (17's overdue crons), date-only values.
        const SourceProfile crons =
            catalog.profile(QStringLiteral("scheduled_actions_failing"))->forVersion(17);
        QJsonObject cron{{QStringLiteral("id"), 1},
                         {QStringLiteral("cron_name"), QStringLiteral("Mail: send")},
                         {QStringLiteral("active"), true},
                         {QStringLiteral("nextcall"), QStringLiteral("2024-05-06 12:00:00")}};
        item = crons.toItem(cron, now);
        QCOMPARE(item.severity, Severity::High);
        QCOMPARE(item.reason, QStringLiteral("More than 3 days overdue"));
        cron.insert(QStringLiteral("active"), false);
        QCOMPARE(crons.toItem(cron, now).reason, QStringLiteral("Switched off"));
        QCOMPARE(OdooValues::parseDateTime(QStringLiteral("2024-05-06")),
                 QDateTime(QDate(2024, 5, 6), QTime(0, 0), Qt::UTC));
        QCOMPARE(OdooValues::parseDateTime(QStringLiteral("2024-05-06 01:02:03.123456")),
                 QDateTime(QDate(2024, 5, 6), QTime(1, 2, 3), Qt::UTC));
        QVERIFY(!OdooValues::parseDateTime(false).isValid());
    }
};

QTEST_GUILESS_MAIN(TestSourceCatalog)
#include "tst_sourcecatalog.moc"
