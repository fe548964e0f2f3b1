// SimDomain and SimOrder: every domain operator, '&'/'|'/'!' nesting, false values, many2one by
// id and by name, dotted paths, x2many, ordering, offset/limit and Odoo's error wording.
#include "sim/simdatabase.h"
#include "sim/simdomain.h"
#include "sim/simorder.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <algorithm>
#include <memory>

namespace {

QJsonValue json(const QByteArray &text)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson("{\"v\": " + text + "}", &parseError);
    if (parseError.error != QJsonParseError::NoError)
        qFatal("bad JSON in test data: %s", text.constData());
    return document.object().value(QLatin1String("v"));
}

QJsonObject object(const QByteArray &text)
{
    return json(text).toObject();
}

// Users 1-2, partners 1-5, purchase orders 1-6 (see the table in the comments), order lines 1-4.
std::unique_ptr<SimDatabase> makeDatabase(int flavor)
{
    auto database =
        std::make_unique<SimDatabase>(SimSchema::load(flavor), QStringLiteral("odoo%1").arg(flavor));
    const auto insert = [&database](const char *model, const QByteArray &values) {
        SimError error;
        const int id = database->insert(QString::fromLatin1(model), object(values), 1, &error);
        if (id <= 0)
            qFatal("insert into %s failed: %s", model, qPrintable(error.message));
    };
    insert("res.users", R"({"name": "Alice Buyer", "login": "alice"})");
    insert("res.users", R"({"name": "Bob Manager", "login": "bob"})");

    insert("res.partner", R"({"name": "Azure Interior", "is_company": true, "supplier_rank": 3,
                             "city": "Fremont", "email": "azure@example.com"})");
    insert("res.partner", R"({"name": "Deco Addict", "is_company": true, "supplier_rank": 0,
                             "city": "Pleasant Hill"})");
    insert("res.partner", R"({"name": "Gemini Furniture", "is_company": true, "supplier_rank": 1})");
    insert("res.partner", R"({"name": "Brandon Freeman", "is_company": false, "supplier_rank": 0,
                             "parent_id": 1, "email": "brandon@example.com"})");
    insert("res.partner",
           R"({"name": "Ready Mat", "is_company": true, "supplier_rank": 2, "city": "Fremont"})");

    // id | partner | state      | amount | date_order          | user | origin          | prio | followers
    // 1  | 1 Azure | draft      | 100    | 2024-01-05 10:00:00 | 1    | S0001           | 0    | 1, 4
    // 2  | 2 Deco  | purchase   | 2500.5 | 2024-02-10 08:30:00 | 2    | ""              | 1    | 2
    // 3  | 1 Azure | to approve | 750    | 2024-02-10 00:00:00 | 1    | -               | 0    | -
    // 4  | 3 Gemini| cancel     | 0      | 2023-12-31 23:59:59 | -    | s0004           | 0    | 3
    // 5  | 4 Bran. | to approve | 1200   | 2024-03-01 12:00:00 | 2    | Ready_Mat 50%   | 1    | 1, 2, 3
    // 6  | -       | draft      | 50     | -                   | 1    | ReadyXMat 5     | 0    | -
    // Lines: 1 (qty 10) and 2 (qty 2) on order 1, 3 (qty 30) on order 2, 4 (qty 5) on order 5.
    insert("purchase.order", R"({"name": "P00001", "partner_id": 1, "state": "draft", "amount_total": 100.0,
        "date_order": "2024-01-05 10:00:00", "user_id": 1, "origin": "S0001", "priority": "0",
        "message_partner_ids": [[6, 0, [1, 4]]],
        "order_line": [[0, 0, {"name": "Desk", "product_qty": 10, "price_unit": 5}],
                       [0, 0, {"name": "Chair", "product_qty": 2, "price_unit": 20}]]})");
    insert("purchase.order",
           R"({"name": "P00002", "partner_id": 2, "state": "purchase", "amount_total": 2500.5,
        "date_order": "2024-02-10 08:30:00", "user_id": 2, "origin": "", "priority": "1",
        "message_partner_ids": [[6, 0, [2]]],
        "order_line": [[0, 0, {"name": "Lamp", "product_qty": 30, "price_unit": 83.35}]]})");
    insert("purchase.order",
           R"({"name": "P00003", "partner_id": 1, "state": "to approve", "amount_total": 750,
        "date_order": "2024-02-10 00:00:00", "user_id": 1, "priority": "0"})");
    insert("purchase.order", R"({"name": "P00004", "partner_id": 3, "state": "cancel", "amount_total": 0,
        "date_order": "2023-12-31 23:59:59", "origin": "s0004", "priority": "0",
        "message_partner_ids": [[6, 0, [3]]]})");
    insert("purchase.order",
           R"({"name": "P00005", "partner_id": 4, "state": "to approve", "amount_total": 1200,
        "date_order": "2024-03-01 12:00:00", "user_id": 2, "origin": "Ready_Mat 50%", "priority": "1",
        "message_partner_ids": [[6, 0, [1, 2, 3]]],
        "order_line": [[0, 0, {"name": "Mat", "product_qty": 5, "price_unit": 240}]]})");
    insert("purchase.order", R"({"name": "P00006", "state": "draft", "amount_total": 50, "user_id": 1,
        "origin": "ReadyXMat 5", "priority": "0"})");
    return database;
}

QList<int> filteredByMatches(const SimDomain &domain, const SimDatabase &database, const QString &model)
{
    QList<int> ids;
    for (const int id : database.allIds(model))
        if (domain.matches(id))
            ids.append(id);
    return ids;
}

} // namespace

class TestSimDomain : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SimDatabase> m_database;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile(QStringLiteral(":/sim/schema/17.json")).exists(),
                 "the schema resource is not linked in");
        m_database = makeDatabase(17);
        QCOMPARE(m_database->count(QStringLiteral("purchase.order")), 6);
        QCOMPARE(m_database->count(QStringLiteral("purchase.order.line")), 4);
        QCOMPARE(m_database->rawValue(QStringLiteral("purchase.order"), 1, QStringLiteral("order_line")),
                 json("[1, 2]"));
    }

    void search_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QByteArray>("domain");
        QTest::addColumn<QList<int>>("expected");
        const QString po = QStringLiteral("purchase.order");
        const QString partner = QStringLiteral("res.partner");
        const QList<int> all{1, 2, 3, 4, 5, 6};

        QTest::newRow("empty domain") << po << QByteArray("[]") << all;
        QTest::newRow("= char") << po << QByteArray(R"([["name", "=", "P00003"]])") << QList<int>{3};
        QTest::newRow("= selection") << po << QByteArray(R"([["state", "=", "to approve"]])")
                                     << QList<int>{3, 5};
        QTest::newRow("!= selection")
            << po << QByteArray(R"([["state", "!=", "draft"]])") << QList<int>{2, 3, 4, 5};
        QTest::newRow("<> is !=") << po << QByteArray(R"([["state", "<>", "draft"]])")
                                  << QList<int>{2, 3, 4, 5};
        QTest::newRow("< number") << po << QByteArray(R"([["amount_total", "<", 750]])")
                                  << QList<int>{1, 4, 6};
        QTest::newRow("> number") << po << QByteArray(R"([["amount_total", ">", 750]])") << QList<int>{2, 5};
        QTest::newRow("<= number") << po << QByteArray(R"([["amount_total", "<=", 750]])")
                                   << QList<int>{1, 3, 4, 6};
        QTest::newRow(">= number") << po << QByteArray(R"([["amount_total", ">=", 1200]])")
                                   << QList<int>{2, 5};
        QTest::newRow("= float") << po << QByteArray(R"([["amount_total", "=", 2500.5]])") << QList<int>{2};
        QTest::newRow("= zero") << po << QByteArray(R"([["amount_total", "=", 0]])") << QList<int>{4};
        QTest::newRow("number given as text")
            << po << QByteArray(R"([["amount_total", ">", "1000"]])") << QList<int>{2, 5};
        QTest::newRow("< datetime") << po << QByteArray(R"([["date_order", "<", "2024-02-10 08:30:00"]])")
                                    << QList<int>{1, 3, 4};
        QTest::newRow(">= date on datetime")
            << po << QByteArray(R"([["date_order", ">=", "2024-02-10"]])") << QList<int>{2, 3, 5};
        QTest::newRow("<= date on datetime is midnight")
            << po << QByteArray(R"([["date_order", "<=", "2024-02-10"]])") << QList<int>{1, 3, 4};
        QTest::newRow("= date on datetime is midnight")
            << po << QByteArray(R"([["date_order", "=", "2024-02-10"]])") << QList<int>{3};
        QTest::newRow("< date on datetime")
            << po << QByteArray(R"([["date_order", "<", "2024-01-01"]])") << QList<int>{4};
        QTest::newRow("in") << po << QByteArray(R"([["state", "in", ["draft", "cancel"]]])")
                            << QList<int>{1, 4, 6};
        QTest::newRow("not in") << po << QByteArray(R"([["state", "not in", ["draft", "cancel"]]])")
                                << QList<int>{2, 3, 5};
        QTest::newRow("in empty list") << po << QByteArray(R"([["state", "in", []]])") << QList<int>{};
        QTest::newRow("not in empty list") << po << QByteArray(R"([["state", "not in", []]])") << all;
        QTest::newRow("= with a list is in")
            << po << QByteArray(R"([["state", "=", ["sent", "cancel"]]])") << QList<int>{4};
        QTest::newRow("like is case-sensitive")
            << po << QByteArray(R"([["origin", "like", "S000"]])") << QList<int>{1};
        QTest::newRow("ilike") << po << QByteArray(R"([["origin", "ilike", "s000"]])") << QList<int>{1, 4};
        QTest::newRow("not like keeps empty values")
            << po << QByteArray(R"([["origin", "not like", "S000"]])") << QList<int>{2, 3, 4, 5, 6};
        QTest::newRow("not ilike") << po << QByteArray(R"([["origin", "not ilike", "s000"]])")
                                   << QList<int>{2, 3, 5, 6};
        QTest::newRow("like _ wildcard")
            << po << QByteArray(R"([["origin", "like", "Ready_Mat"]])") << QList<int>{5, 6};
        QTest::newRow("like escaped _")
            << po << QByteArray(R"([["origin", "like", "Ready\\_Mat"]])") << QList<int>{5};
        QTest::newRow("ilike % wildcard")
            << po << QByteArray(R"([["origin", "ilike", "y%5"]])") << QList<int>{5, 6};
        QTest::newRow("ilike escaped %")
            << po << QByteArray(R"([["origin", "ilike", "50\\%"]])") << QList<int>{5};
        QTest::newRow("=like prefix") << po << QByteArray(R"([["origin", "=like", "S%"]])") << QList<int>{1};
        QTest::newRow("=like is anchored")
            << po << QByteArray(R"([["origin", "=like", "S000"]])") << QList<int>{};
        QTest::newRow("=like _") << po << QByteArray(R"([["origin", "=like", "_0004"]])") << QList<int>{4};
        QTest::newRow("=ilike") << po << QByteArray(R"([["origin", "=ilike", "s%"]])") << QList<int>{1, 4};
        QTest::newRow("=like on all names") << po << QByteArray(R"([["name", "=like", "P0000%"]])") << all;
        QTest::newRow("=? false is true") << po << QByteArray(R"([["user_id", "=?", false]])") << all;
        QTest::newRow("=? value") << po << QByteArray(R"([["user_id", "=?", 2]])") << QList<int>{2, 5};

        QTest::newRow("char = false (empty string too)")
            << po << QByteArray(R"([["origin", "=", false]])") << QList<int>{2, 3};
        QTest::newRow("char != false")
            << po << QByteArray(R"([["origin", "!=", false]])") << QList<int>{1, 4, 5, 6};
        QTest::newRow("many2one = false")
            << po << QByteArray(R"([["user_id", "=", false]])") << QList<int>{4};
        QTest::newRow("many2one = null") << po << QByteArray(R"([["user_id", "=", null]])") << QList<int>{4};
        QTest::newRow("many2one != false")
            << po << QByteArray(R"([["user_id", "!=", false]])") << QList<int>{1, 2, 3, 5, 6};
        QTest::newRow("datetime = false")
            << po << QByteArray(R"([["date_order", "=", false]])") << QList<int>{6};
        QTest::newRow("x2many = false")
            << po << QByteArray(R"([["message_partner_ids", "=", false]])") << QList<int>{3, 6};
        QTest::newRow("x2many != false")
            << po << QByteArray(R"([["message_partner_ids", "!=", false]])") << QList<int>{1, 2, 4, 5};
        QTest::newRow("one2many = false")
            << po << QByteArray(R"([["order_line", "=", false]])") << QList<int>{3, 4, 6};
        QTest::newRow("one2many != false")
            << po << QByteArray(R"([["order_line", "!=", false]])") << QList<int>{1, 2, 5};
        QTest::newRow("in with false")
            << po << QByteArray(R"([["partner_id", "in", [false, 3]]])") << QList<int>{4, 6};
        QTest::newRow("not in with false")
            << po << QByteArray(R"([["partner_id", "not in", [false, 3]]])") << QList<int>{1, 2, 3, 5};
        QTest::newRow("< false matches nothing")
            << po << QByteArray(R"([["date_order", "<", false]])") << QList<int>{};
        QTest::newRow("boolean = false")
            << partner << QByteArray(R"([["is_company", "=", false]])") << QList<int>{4};
        QTest::newRow("boolean = true")
            << partner << QByteArray(R"([["is_company", "=", true]])") << QList<int>{1, 2, 3, 5};
        QTest::newRow("boolean != true")
            << partner << QByteArray(R"([["is_company", "!=", true]])") << QList<int>{4};
        QTest::newRow("boolean != false")
            << partner << QByteArray(R"([["is_company", "!=", false]])") << QList<int>{1, 2, 3, 5};
        QTest::newRow("integer zero is not false")
            << partner << QByteArray(R"([["supplier_rank", "=", false]])") << QList<int>{};
        QTest::newRow("integer = 0") << partner << QByteArray(R"([["supplier_rank", "=", 0]])")
                                     << QList<int>{2, 4};
        QTest::newRow("unset char = false")
            << partner << QByteArray(R"([["city", "=", false]])") << QList<int>{3, 4};

        QTest::newRow("many2one = id") << po << QByteArray(R"([["partner_id", "=", 1]])") << QList<int>{1, 3};
        QTest::newRow("many2one != id keeps empty")
            << po << QByteArray(R"([["partner_id", "!=", 1]])") << QList<int>{2, 4, 5, 6};
        QTest::newRow("many2one in ids")
            << po << QByteArray(R"([["partner_id", "in", [2, 3]]])") << QList<int>{2, 4};
        QTest::newRow("many2one not in ids")
            << po << QByteArray(R"([["partner_id", "not in", [2, 3]]])") << QList<int>{1, 3, 5, 6};
        QTest::newRow("many2one = name")
            << po << QByteArray(R"([["partner_id", "=", "Deco Addict"]])") << QList<int>{2};
        QTest::newRow("many2one ilike name")
            << po << QByteArray(R"([["partner_id", "ilike", "azure"]])") << QList<int>{1, 3};
        QTest::newRow("many2one like name")
            << po << QByteArray(R"([["partner_id", "like", "azure"]])") << QList<int>{};
        QTest::newRow("many2one not ilike name")
            << po << QByteArray(R"([["partner_id", "not ilike", "azure"]])") << QList<int>{2, 4, 5, 6};
        QTest::newRow("many2one =ilike name")
            << po << QByteArray(R"([["partner_id", "=ilike", "b%"]])") << QList<int>{5};
        QTest::newRow("many2one in names and ids")
            << po << QByteArray(R"([["partner_id", "in", ["Gemini Furniture", 2]]])") << QList<int>{2, 4};
        QTest::newRow("many2one user by name")
            << po << QByteArray(R"([["user_id", "ilike", "bob"]])") << QList<int>{2, 5};

        QTest::newRow("x2many in") << po << QByteArray(R"([["message_partner_ids", "in", [3]]])")
                                   << QList<int>{4, 5};
        QTest::newRow("x2many in several")
            << po << QByteArray(R"([["message_partner_ids", "in", [4, 2]]])") << QList<int>{1, 2, 5};
        QTest::newRow("x2many not in")
            << po << QByteArray(R"([["message_partner_ids", "not in", [1]]])") << QList<int>{2, 3, 4, 6};
        QTest::newRow("x2many = id") << po << QByteArray(R"([["message_partner_ids", "=", 2]])")
                                     << QList<int>{2, 5};
        QTest::newRow("x2many != id")
            << po << QByteArray(R"([["message_partner_ids", "!=", 2]])") << QList<int>{1, 3, 4, 6};
        QTest::newRow("x2many ilike name")
            << po << QByteArray(R"([["message_partner_ids", "ilike", "gemini"]])") << QList<int>{4, 5};
        QTest::newRow("one2many in") << po << QByteArray(R"([["order_line", "in", [3]]])") << QList<int>{2};

        QTest::newRow("id in") << po << QByteArray(R"([["id", "in", [2, 4, 99]]])") << QList<int>{2, 4};
        QTest::newRow("id >") << po << QByteArray(R"([["id", ">", 4]])") << QList<int>{5, 6};
        QTest::newRow("id !=") << po << QByteArray(R"([["id", "!=", 3]])") << QList<int>{1, 2, 4, 5, 6};
        QTest::newRow("id = false") << po << QByteArray(R"([["id", "=", false]])") << QList<int>{};
        QTest::newRow("display_name")
            << po << QByteArray(R"([["display_name", "=", "P00002"]])") << QList<int>{2};

        QTest::newRow("dotted char") << po << QByteArray(R"([["partner_id.name", "=", "Azure Interior"]])")
                                     << QList<int>{1, 3};
        QTest::newRow("dotted boolean")
            << po << QByteArray(R"([["partner_id.is_company", "=", false]])") << QList<int>{5};
        QTest::newRow("dotted ilike")
            << po << QByteArray(R"([["partner_id.city", "ilike", "fre"]])") << QList<int>{1, 3};
        QTest::newRow("dotted integer")
            << po << QByteArray(R"([["partner_id.supplier_rank", ">", 0]])") << QList<int>{1, 3, 4};
        QTest::newRow("dotted many2one id")
            << po << QByteArray(R"([["partner_id.parent_id", "=", 1]])") << QList<int>{5};
        QTest::newRow("dotted two levels")
            << po << QByteArray(R"([["partner_id.parent_id.name", "ilike", "azure"]])") << QList<int>{5};
        QTest::newRow("dotted negative needs a related record")
            << po << QByteArray(R"([["partner_id.name", "!=", "Azure Interior"]])") << QList<int>{2, 4, 5};
        QTest::newRow("dotted user") << po << QByteArray(R"([["user_id.login", "=", "bob"]])")
                                     << QList<int>{2, 5};
        QTest::newRow("dotted x2many: any record")
            << po << QByteArray(R"([["message_partner_ids.is_company", "=", false]])") << QList<int>{1};
        QTest::newRow("dotted one2many")
            << po << QByteArray(R"([["order_line.product_qty", ">", 20]])") << QList<int>{2};
        QTest::newRow("dotted one2many on partner")
            << partner << QByteArray(R"([["child_ids.name", "ilike", "brandon"]])") << QList<int>{1};
        QTest::newRow("dotted parent")
            << partner << QByteArray(R"([["parent_id.name", "=", "Azure Interior"]])") << QList<int>{4};

        QTest::newRow("true leaf") << po << QByteArray(R"([[1, "=", 1]])") << all;
        QTest::newRow("false leaf") << po << QByteArray(R"([[0, "=", 1]])") << QList<int>{};
        QTest::newRow("false leaf or")
            << po << QByteArray(R"(["|", [0, "=", 1], ["state", "=", "cancel"]])") << QList<int>{4};
        QTest::newRow("implicit and")
            << po << QByteArray(R"([["state", "=", "to approve"], ["amount_total", ">", 1000]])")
            << QList<int>{5};
        QTest::newRow("explicit and")
            << po << QByteArray(R"(["&", ["state", "=", "draft"], ["partner_id", "=", false]])")
            << QList<int>{6};
        QTest::newRow("or") << po
                            << QByteArray(R"(["|", ["state", "=", "cancel"], ["amount_total", ">", 2000]])")
                            << QList<int>{2, 4};
        QTest::newRow("not") << po << QByteArray(R"(["!", ["state", "=", "draft"]])")
                             << QList<int>{2, 3, 4, 5};
        QTest::newRow("not not") << po << QByteArray(R"(["!", "!", ["state", "=", "draft"]])")
                                 << QList<int>{1, 6};
        QTest::newRow("not of and")
            << po << QByteArray(R"(["!", "&", ["state", "=", "draft"], ["amount_total", "<", 80]])")
            << QList<int>{1, 2, 3, 4, 5};
        QTest::newRow("not of a leaf with empty values")
            << po << QByteArray(R"(["!", ["origin", "ilike", "s"]])") << QList<int>{2, 3, 5, 6};
        QTest::newRow("or of and")
            << po
            << QByteArray(
                   R"(["|", "&", ["state", "=", "draft"], ["user_id", "=", 1], ["partner_id", "=", 4]])")
            << QList<int>{1, 5, 6};
        QTest::newRow("or then implicit and")
            << po
            << QByteArray(
                   R"(["|", ["state", "=", "cancel"], ["state", "=", "purchase"], ["amount_total", ">", 1000]])")
            << QList<int>{2};
        QTest::newRow("three-way or")
            << po
            << QByteArray(
                   R"(["|", "|", ["name", "=", "P00001"], ["name", "=", "P00002"], ["name", "=", "P00006"]])")
            << QList<int>{1, 2, 6};
    }

    void search()
    {
        QFETCH(QString, model);
        QFETCH(QByteArray, domain);
        QFETCH(QList<int>, expected);
        SimError error{QStringLiteral("untouched"), QString(), 0};
        const QList<int> ids = SimDomain::search(*m_database, model, json(domain), QString(), 0, 0, &error);
        QCOMPARE(error.name, QStringLiteral("untouched"));
        QCOMPARE(ids, expected);

        // matches() evaluates record by record (no cache) and must agree.
        const SimDomain compiled = SimDomain::parse(json(domain), model, *m_database, nullptr);
        QVERIFY(compiled.isValid());
        QCOMPARE(filteredByMatches(compiled, *m_database, model), expected);
    }

    void matchesSingleRecords()
    {
        const SimDomain domain = SimDomain::parse(json(R"([["state", "=", "to approve"]])"),
                                                  QStringLiteral("purchase.order"), *m_database, nullptr);
        QVERIFY(domain.isValid());
        QVERIFY(domain.matches(3));
        QVERIFY(domain.matches(5));
        QVERIFY(!domain.matches(1));

        const SimDomain everything;
        QVERIFY(everything.isValid());
        QVERIFY(everything.matches(42));

        const SimDomain broken = SimDomain::parse(json(R"([["no_such_field", "=", 1]])"),
                                                  QStringLiteral("purchase.order"), *m_database, nullptr);
        QVERIFY(!broken.isValid());
        QVERIFY(!broken.matches(3));
    }

    void matchesFollowsDataChanges()
    {
        auto database = makeDatabase(17);
        const SimDomain domain = SimDomain::parse(json(R"([["partner_id.name", "ilike", "deco"]])"),
                                                  QStringLiteral("purchase.order"), *database, nullptr);
        QVERIFY(domain.matches(2));
        QVERIFY(!domain.matches(1));
        QVERIFY(database->update(QStringLiteral("purchase.order"), {1}, object(R"({"partner_id": 2})"), 1));
        QVERIFY(domain.matches(1));
    }

    void ordering_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("order");
        QTest::addColumn<QList<int>>("expected");
        const QString po = QStringLiteral("purchase.order");
        const QString partner = QStringLiteral("res.partner");
        QTest::newRow("default is id") << po << QString() << QList<int>{1, 2, 3, 4, 5, 6};
        QTest::newRow("id desc") << po << QStringLiteral("id desc") << QList<int>{6, 5, 4, 3, 2, 1};
        QTest::newRow("number asc") << po << QStringLiteral("amount_total") << QList<int>{4, 6, 1, 3, 5, 2};
        QTest::newRow("number desc") << po << QStringLiteral("amount_total desc")
                                     << QList<int>{2, 5, 3, 1, 6, 4};
        QTest::newRow("datetime asc, missing first")
            << po << QStringLiteral("date_order asc") << QList<int>{6, 4, 1, 3, 2, 5};
        QTest::newRow("datetime desc, missing last")
            << po << QStringLiteral("date_order desc") << QList<int>{5, 2, 3, 1, 4, 6};
        QTest::newRow("nulls last") << po << QStringLiteral("date_order asc nulls last")
                                    << QList<int>{4, 1, 3, 2, 5, 6};
        QTest::newRow("nulls first desc")
            << po << QStringLiteral("date_order DESC NULLS FIRST") << QList<int>{6, 5, 2, 3, 1, 4};
        QTest::newRow("multi-key") << po << QStringLiteral("state, amount_total desc")
                                   << QList<int>{4, 1, 6, 2, 5, 3};
        QTest::newRow("selection desc then char")
            << po << QStringLiteral("priority desc,name") << QList<int>{2, 5, 1, 3, 4, 6};
        QTest::newRow("many2one by name, ties by id")
            << po << QStringLiteral("partner_id") << QList<int>{6, 1, 3, 5, 2, 4};
        QTest::newRow("many2one desc, id desc")
            << po << QStringLiteral("partner_id desc, id desc") << QList<int>{4, 2, 5, 3, 1, 6};
        QTest::newRow("many2one user")
            << po << QStringLiteral("user_id, id desc") << QList<int>{4, 6, 3, 1, 5, 2};
        QTest::newRow("many2one .id")
            << po << QStringLiteral("partner_id.id desc") << QList<int>{5, 4, 2, 1, 3, 6};
        QTest::newRow("char in code point order")
            << po << QStringLiteral("origin") << QList<int>{3, 2, 6, 5, 1, 4};
        QTest::newRow("spaces and case")
            << po << QStringLiteral("  name   DESC  ") << QList<int>{6, 5, 4, 3, 2, 1};
        QTest::newRow("quoted name") << po << QStringLiteral("\"name\" asc") << QList<int>{1, 2, 3, 4, 5, 6};
        QTest::newRow("boolean then char")
            << partner << QStringLiteral("is_company, name") << QList<int>{4, 1, 2, 3, 5};
        QTest::newRow("integer desc")
            << partner << QStringLiteral("supplier_rank desc") << QList<int>{1, 5, 3, 2, 4};
    }

    void ordering()
    {
        QFETCH(QString, model);
        QFETCH(QString, order);
        QFETCH(QList<int>, expected);
        SimError error;
        QCOMPARE(SimDomain::search(*m_database, model, json("[]"), order, 0, 0, &error), expected);
        QVERIFY2(error.name.isEmpty(), qPrintable(error.message));

        const SimOrder sorting = SimOrder::parse(order, model, *m_database, &error);
        QVERIFY(sorting.isValid());
        QList<int> ids = m_database->allIds(model);
        std::reverse(ids.begin(), ids.end());
        sorting.sort(ids);
        QCOMPARE(ids, expected);
    }

    void defaultOrderSortsById()
    {
        QList<int> ids{5, 3, 9, 1};
        SimOrder().sort(ids);
        QCOMPARE(ids, (QList<int>{1, 3, 5, 9}));
    }

    void offsetLimit_data()
    {
        QTest::addColumn<QByteArray>("domain");
        QTest::addColumn<QString>("order");
        QTest::addColumn<int>("offset");
        QTest::addColumn<int>("limit");
        QTest::addColumn<QList<int>>("expected");
        QTest::newRow("limit") << QByteArray("[]") << QString() << 0 << 2 << QList<int>{1, 2};
        QTest::newRow("offset and limit") << QByteArray("[]") << QString() << 2 << 2 << QList<int>{3, 4};
        QTest::newRow("limit past the end") << QByteArray("[]") << QString() << 4 << 10 << QList<int>{5, 6};
        QTest::newRow("offset past the end") << QByteArray("[]") << QString() << 10 << 0 << QList<int>{};
        QTest::newRow("offset without limit")
            << QByteArray("[]") << QString() << 1 << 0 << QList<int>{2, 3, 4, 5, 6};
        QTest::newRow("negative limit is all")
            << QByteArray("[]") << QString() << 0 << -1 << QList<int>{1, 2, 3, 4, 5, 6};
        QTest::newRow("negative offset is zero") << QByteArray("[]") << QString() << -3 << 1 << QList<int>{1};
        QTest::newRow("after sorting")
            << QByteArray("[]") << QStringLiteral("amount_total desc") << 1 << 2 << QList<int>{5, 3};
        QTest::newRow("filtered, id order")
            << QByteArray(R"([["state", "=", "draft"]])") << QStringLiteral("id") << 1 << 1 << QList<int>{6};
        QTest::newRow("filtered, sorted") << QByteArray(R"([["state", "=", "to approve"]])")
                                          << QStringLiteral("amount_total desc") << 0 << 1 << QList<int>{5};
    }

    void offsetLimit()
    {
        QFETCH(QByteArray, domain);
        QFETCH(QString, order);
        QFETCH(int, offset);
        QFETCH(int, limit);
        QFETCH(QList<int>, expected);
        SimError error;
        QCOMPARE(SimDomain::search(*m_database, QStringLiteral("purchase.order"), json(domain), order, offset,
                                   limit, &error),
                 expected);
        QVERIFY(error.name.isEmpty());
    }

    void errors_data()
    {
        QTest::addColumn<int>("flavor");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QByteArray>("domain");
        QTest::addColumn<QString>("order");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("message");
        const QString po = QStringLiteral("purchase.order");
        const QString valueError = QStringLiteral("builtins.ValueError");
        const QString userError = QStringLiteral("odoo.exceptions.UserError");

        // The wording of the contract (42-execute_kw-invalid-domain) on each version.
        for (const int flavor : {17, 18, 19}) {
            const QString term = flavor >= 19 ? QStringLiteral("condition") : QStringLiteral("leaf");
            QTest::addRow("unknown field %d", flavor)
                << flavor << po << QByteArray(R"([["no_such_field", "=", 1]])") << QString() << valueError
                << QStringLiteral(
                       "Invalid field purchase.order.no_such_field in %1 ('no_such_field', '=', 1)")
                       .arg(term);
        }
        QTest::newRow("unknown field after a dot 17")
            << 17 << po << QByteArray(R"([["partner_id.no_such", "=", "x"]])") << QString() << valueError
            << QStringLiteral("Invalid field res.partner.no_such in leaf ('no_such', '=', 'x')");
        QTest::newRow("unknown field after a dot 19")
            << 19 << po << QByteArray(R"([["partner_id.no_such", "=", "x"]])") << QString() << valueError
            << QStringLiteral("Invalid field res.partner.no_such in condition ('no_such', '=', 'x')");
        QTest::newRow("dot after a plain field")
            << 17 << po << QByteArray(R"([["name.foo", "=", 1]])") << QString() << valueError
            << QStringLiteral("Invalid field purchase.order.name.foo in leaf ('name.foo', '=', 1)");
        QTest::newRow("python rendering of values")
            << 17 << po
            << QByteArray(R"(["|", ["state", "=", "draft"], ["bad", "in", ["a'b", true, null, 1.5, [1]]]])")
            << QString() << valueError
            << QStringLiteral(
                   "Invalid field purchase.order.bad in leaf ('bad', 'in', [\"a'b\", True, None, 1.5, [1]])");
        QTest::newRow("unknown operator 17")
            << 17 << po << QByteArray(R"([["name", "bogus", "x"]])") << QString() << valueError
            << QStringLiteral("Invalid leaf ('name', 'bogus', 'x')");
        QTest::newRow("unknown operator 19")
            << 19 << po << QByteArray(R"([["name", "bogus", "x"]])") << QString() << valueError
            << QStringLiteral("Invalid operator in condition ('name', 'bogus', 'x')");
        QTest::newRow("child_of") << 17 << po << QByteArray(R"([["partner_id", "child_of", 1]])") << QString()
                                  << valueError
                                  << QStringLiteral("Operator 'child_of' is not supported by the simulator "
                                                    "in leaf ('partner_id', 'child_of', 1)");
        QTest::newRow("parent_of 19")
            << 19 << po << QByteArray(R"([["partner_id", "parent_of", 1]])") << QString() << valueError
            << QStringLiteral("Operator 'parent_of' is not supported by the simulator in condition "
                              "('partner_id', 'parent_of', 1)");
        QTest::newRow("two elements 17") << 17 << po << QByteArray(R"([["name", "="]])") << QString()
                                         << valueError << QStringLiteral("Invalid leaf ('name', '=')");
        QTest::newRow("two elements 19") << 19 << po << QByteArray(R"([["name", "="]])") << QString()
                                         << valueError << QStringLiteral("Invalid domain term ('name', '=')");
        QTest::newRow("one element") << 17 << po << QByteArray(R"([["name"]])") << QString() << valueError
                                     << QStringLiteral("Invalid leaf ('name',)");
        QTest::newRow("number as field") << 17 << po << QByteArray(R"([[2, "=", 1]])") << QString()
                                         << valueError << QStringLiteral("Invalid leaf (2, '=', 1)");
        QTest::newRow("unknown token") << 17 << po << QByteArray(R"(["x", ["name", "=", "a"]])") << QString()
                                       << valueError << QStringLiteral("Invalid leaf 'x'");
        QTest::newRow("dangling and")
            << 17 << po << QByteArray(R"(["&", ["name", "=", "x"]])") << QString() << valueError
            << QStringLiteral("Domain ['&', ['name', '=', 'x']] is syntactically not correct.");
        QTest::newRow("dangling not") << 19 << po << QByteArray(R"(["!"])") << QString() << valueError
                                      << QStringLiteral("Domain ['!'] is syntactically not correct.");
        QTest::newRow("not a list")
            << 17 << po << QByteArray(R"({"a": 1})") << QString() << valueError
            << QStringLiteral("Invalid domain {'a': 1}: a domain is a list of conditions and operators");
        QTest::newRow("a string")
            << 17 << po << QByteArray(R"("[]")") << QString() << valueError
            << QStringLiteral("Invalid domain '[]': a domain is a list of conditions and operators");
        QTest::newRow("unknown model")
            << 17 << QStringLiteral("no.such.model") << QByteArray("[]") << QString() << userError
            << QStringLiteral("Object no.such.model doesn't exist");
        QTest::newRow("order: unknown field")
            << 17 << po << QByteArray("[]") << QStringLiteral("no_such_field desc") << valueError
            << QStringLiteral("Invalid field 'no_such_field' on model 'purchase.order'");
        const QString badOrder =
            QStringLiteral("Invalid \"order\" specified (%1). A valid \"order\" specification is a "
                           "comma-separated list of valid "
                           "field names (optionally followed by asc/desc for the direction)");
        QTest::newRow("order: bad direction")
            << 17 << po << QByteArray("[]") << QStringLiteral("name sideways") << userError
            << badOrder.arg(QStringLiteral("name sideways"));
        QTest::newRow("order: trailing comma") << 17 << po << QByteArray("[]") << QStringLiteral("name,")
                                               << userError << badOrder.arg(QStringLiteral("name,"));
        QTest::newRow("order: injection")
            << 17 << po << QByteArray("[]") << QStringLiteral("name; drop table x") << userError
            << badOrder.arg(QStringLiteral("name; drop table x"));
        QTest::newRow("order: bad nulls")
            << 19 << po << QByteArray("[]") << QStringLiteral("name nulls middle") << userError
            << badOrder.arg(QStringLiteral("name nulls middle"));
    }

    void errors()
    {
        QFETCH(int, flavor);
        QFETCH(QString, model);
        QFETCH(QByteArray, domain);
        QFETCH(QString, order);
        QFETCH(QString, name);
        QFETCH(QString, message);
        const auto database = flavor == 17 ? std::unique_ptr<SimDatabase>() : makeDatabase(flavor);
        const SimDatabase &db = database ? *database : *m_database;
        QCOMPARE(db.flavor(), flavor);

        SimError error;
        QCOMPARE(SimDomain::search(db, model, json(domain), order, 0, 0, &error), QList<int>{});
        QCOMPARE(error.name, name);
        QCOMPARE(error.message, message);
        QCOMPARE(error.json2Status, name == QLatin1String("builtins.ValueError") ? 500 : 422);

        if (order.isEmpty()) {
            SimError parseError;
            const SimDomain compiled = SimDomain::parse(json(domain), model, db, &parseError);
            QVERIFY(!compiled.isValid());
            QCOMPARE(parseError.message, message);
            QVERIFY(!SimDomain::parse(json(domain), model, db, nullptr).isValid());
        } else {
            SimError parseError;
            QVERIFY(!SimOrder::parse(order, model, db, &parseError).isValid());
            QCOMPARE(parseError.message, message);
        }
    }

    // 150,000 orders: the result must equal what the generating formula says. No timing assertion.
    void largeDataset()
    {
        SimDatabase database(SimSchema::load(17), QStringLiteral("odoo17"));
        for (int partner = 0; partner < 50; ++partner)
            database.insert(QStringLiteral("res.partner"),
                            QJsonObject{{QStringLiteral("name"),
                                         QStringLiteral("Vendor %1").arg(partner, 2, 10, QLatin1Char('0'))}},
                            1);
        const QStringList states{QStringLiteral("draft"), QStringLiteral("sent"),
                                 QStringLiteral("to approve"), QStringLiteral("purchase"),
                                 QStringLiteral("cancel")};
        const int count = 150000;
        for (int i = 1; i <= count; ++i)
            database.insert(QStringLiteral("purchase.order"),
                            QJsonObject{{QStringLiteral("partner_id"), i % 50 + 1},
                                        {QStringLiteral("state"), states.at(i % 5)},
                                        {QStringLiteral("amount_total"), i % 1000}},
                            1);
        QCOMPARE(database.count(QStringLiteral("purchase.order")), count);

        const QString po = QStringLiteral("purchase.order");
        SimError error;
        int expectedCount = 0;
        for (int i = 1; i <= count; ++i)
            expectedCount += i % 5 == 2 && i % 1000 >= 900 ? 1 : 0;
        const QList<int> toApprove = SimDomain::search(
            database, po, json(R"([["state", "=", "to approve"], ["amount_total", ">=", 900]])"), QString(),
            0, 0, &error);
        QVERIFY(error.name.isEmpty());
        QCOMPARE(toApprove.size(), expectedCount);

        // Vendors 00-09 through the dotted path, biggest amounts first.
        QList<QPair<int, int>> candidates; // (-amount, id)
        for (int i = 1; i <= count; ++i)
            if (i % 50 < 10)
                candidates.append({-(i % 1000), i});
        std::sort(candidates.begin(), candidates.end());
        QList<int> expectedTop;
        for (qsizetype k = 10; k < 15; ++k)
            expectedTop.append(candidates.at(k).second);
        const QList<int> top =
            SimDomain::search(database, po, json(R"([["partner_id.name", "=ilike", "vendor 0_"]])"),
                              QStringLiteral("amount_total desc, id"), 10, 5, &error);
        QVERIFY(error.name.isEmpty());
        QCOMPARE(top, expectedTop);

        const QList<int> everything =
            SimDomain::search(database, po, json("[]"), QStringLiteral("partner_id desc"), 0, 0, &error);
        QCOMPARE(everything.size(), count);
        QCOMPARE(everything.first(), 49);   // "Vendor 49" (partner 50), smallest id first
        QCOMPARE(everything.last(), count); // "Vendor 00" (partner 1), largest id last
    }
};

QTEST_GUILESS_MAIN(TestSimDomain)
#include "tst_simdomain.moc"
