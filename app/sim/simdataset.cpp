#include "simdataset.h"

#include "simbackend.h"
#include "simcatalog.h"
#include "simdatabase.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QSignalBlocker>
#include <QTime>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <initializer_list>

namespace {

constexpr qint64 Minute = 60;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;

QString text(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

double round2(double value)
{
    return std::round(value * 100.0) / 100.0;
}

// Field definitions by (model, field name literal): the generator sets a few million values.
using FieldCache = QHash<std::pair<const SimModel *, const char *>, const SimField *>;
// Per model, every key a record of that model got so far, with null values. A record starts as a
// copy of its model's shape and has its values replaced in place, which is much cheaper than
// growing a QJsonObject key by key; object() drops the keys left null.
using Shapes = QHash<const SimModel *, QJsonObject>;

// The values of one record, keeping only what the flavour's schema knows: a field the model
// lacks, a many2one to a model the schema lacks (or to no record) and an unknown selection value
// are dropped, so the same generator code serves Odoo 17, 18 and 19.
class Values
{
public:
    Values(const SimSchema &schema, const SimModel *model, FieldCache *cache, Shapes *shapes)
        : m_schema(&schema)
        , m_model(model)
        , m_cache(cache)
        , m_shapes(shapes)
        , m_values(shapes->value(model))
    {}

    bool valid() const { return m_model != nullptr; }
    bool has(const char *fieldName) const { return field(fieldName) != nullptr; }
    bool isSet(const char *fieldName) const
    {
        const SimField *definition = field(fieldName);
        return definition && !m_values.value(definition->name).isNull() &&
               !m_values.value(definition->name).isUndefined();
    }

    const QJsonObject &object() const
    {
        if (m_final)
            return m_values;
        if (m_grew) {
            QJsonObject &shape = (*m_shapes)[m_model];
            for (auto it = m_values.constBegin(); it != m_values.constEnd(); ++it) {
                if (!shape.contains(it.key()))
                    shape.insert(it.key(), QJsonValue::Null);
            }
        }
        for (auto it = m_values.begin(); it != m_values.end();)
            it = it.value().isNull() ? m_values.erase(it) : it + 1;
        m_final = true;
        return m_values;
    }

    Values &set(const char *fieldName, const QJsonValue &value)
    {
        const SimField *definition = field(fieldName);
        if (!definition || value.isUndefined() || value.isNull())
            return *this;
        if (definition->type == QLatin1String("many2one")) {
            if (value.toInt() <= 0 || !m_schema->model(definition->relation))
                return *this;
        } else if (definition->type == QLatin1String("selection") && value.isString() &&
                   !definition->selection.isEmpty() && !hasOption(*definition, value.toString())) {
            return *this;
        }
        put(definition->name, value);
        return *this;
    }

    // The first of `options` the selection offers.
    Values &choose(const char *fieldName, std::initializer_list<const char *> options)
    {
        const SimField *definition = field(fieldName);
        if (!definition)
            return *this;
        for (const char *option : options) {
            const QString value = text(option);
            if (definition->selection.isEmpty() || hasOption(*definition, value)) {
                put(definition->name, value);
                break;
            }
        }
        return *this;
    }

    // A yes/no setting: a boolean on some versions, a "yes"/"no" selection on others.
    Values &flag(const char *fieldName, bool on)
    {
        const SimField *definition = field(fieldName);
        if (!definition)
            return *this;
        if (definition->type == QLatin1String("selection"))
            return choose(fieldName, {on ? "yes" : "no"});
        put(definition->name, on);
        return *this;
    }

private:
    void put(const QString &key, const QJsonValue &value)
    {
        const qsizetype before = m_values.size();
        m_values.insert(key, value);
        m_grew = m_grew || m_values.size() != before;
        m_final = false;
    }

    const SimField *field(const char *fieldName) const
    {
        if (!m_model)
            return nullptr;
        const auto key = std::make_pair(m_model, fieldName);
        auto it = m_cache->constFind(key);
        if (it == m_cache->constEnd())
            it = m_cache->insert(key, m_model->field(text(fieldName)));
        return *it;
    }

    static bool hasOption(const SimField &definition, const QString &value)
    {
        for (const auto &option : definition.selection) {
            if (option.first == value)
                return true;
        }
        return false;
    }

    const SimSchema *m_schema;
    const SimModel *m_model;
    FieldCache *m_cache;
    Shapes *m_shapes;
    mutable QJsonObject m_values;
    mutable bool m_grew = false;
    mutable bool m_final = false;
};

class Generator
{
public:
    Generator(SimBackend &backend, quint32 seed, double scale)
        : m_backend(backend)
        , m_db(*backend.database())
        , m_schema(m_db.schema())
        , m_rng(seed)
        , m_now(m_db.now())
        , m_scale(std::max(0.0, scale))
    {}

    SimDatasetSummary run();

private:
    struct Region
    {
        int state = 0;
        int manager = 0; // res.users
        int managerEmployee = 0;
        int buyer = 0;
        int buyerEmployee = 0;
    };
    struct Store
    {
        int region = 0;
        int warehouse = 0;
        int partner = 0;
        int stockLocation = 0;
        int posConfig = 0;
        QString code;
        QString name;
        QList<int> employees;
    };
    struct Product
    {
        int id = 0;
        SimCatalog::Product item;
        int vendor = 0; // res.partner
    };
    struct Order
    {
        int id = 0;
        int store = 0;
        int vendor = 0;
        QString name;
    };
    struct Picking
    {
        int id = 0;
        int store = 0;
        QString name;
    };

    // Records
    Values values(const char *model)
    {
        auto it = m_models.constFind(model);
        if (it == m_models.constEnd())
            it = m_models.insert(model, m_schema.model(text(model)));
        return Values(m_schema, *it, &m_fieldCache, &m_shapes);
    }
    int create(const char *model, const Values &record, int uid);
    // The parent, then its one2many children with their inverse field set: the same records and
    // ids as [0, 0, {...}] commands, without converting every child through a JSON array.
    int createWithChildren(const char *model, const Values &record, const char *childModel,
                           const char *inverse, QList<Values> &children, int uid);
    void update(const char *model, int id, const Values &record, int uid);
    int findBy(const char *model, const char *field, const QString &value) const;
    int userByLogin(const QString &login) const;
    QString userName(int uid) const;
    int irModel(const QString &model);

    // Randomness and time
    int between(int low, int high) { return high <= low ? low : int(m_rng.bounded(low, high + 1)); }
    qint64 betweenSeconds(qint64 low, qint64 high)
    {
        return high <= low ? low : low + qint64(m_rng.generateDouble() * double(high - low));
    }
    double real(double low, double high) { return low + m_rng.generateDouble() * (high - low); }
    bool chance(double probability) { return m_rng.generateDouble() < probability; }
    template<typename T>
    const T &pick(const QList<T> &list)
    {
        return list.at(qsizetype(m_rng.bounded(quint32(list.size()))));
    }
    template<typename T>
    void shuffle(QList<T> &list)
    {
        for (qsizetype i = list.size() - 1; i > 0; --i)
            list.swapItemsAt(i, qsizetype(m_rng.bounded(quint32(i + 1))));
    }
    int scaled(int base) const { return int(std::lround(base * m_scale)); }
    QDateTime ago(qint64 seconds) const { return m_now.addSecs(-seconds); }
    // SimDatabase's formats, written without QDateTime::toString (a large share of populate's time).
    static QString stamp(const QDateTime &moment)
    {
        const QDate date = moment.date();
        const QTime time = moment.time();
        char buffer[32];
        const int size = std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d %02d:%02d:%02d", date.year(),
                                       date.month(), date.day(), time.hour(), time.minute(), time.second());
        return QString::fromLatin1(buffer, size);
    }
    static QString day(const QDateTime &moment) { return stamp(moment).left(10); }
    qint64 pendingAge();
    qint64 historyAge() { return betweenSeconds(Hour, 90 * Day); }
    QDateTime between(const QDateTime &from, const QDateTime &to)
    {
        return from.addSecs(betweenSeconds(0, std::max<qint64>(0, from.secsTo(to))));
    }
    QString personName();
    int storeEmployee(int store) { return pick(m_stores.at(store).employees); }
    QPair<int, int> nextPair(QList<QPair<int, int>> &pairs, int &cursor);

    // Setup
    void lookupUsers();
    void createGeography();
    Store createStore(const SimCatalog::Store &entry, bool headquarters);
    void createPeople();
    // `address`: the work address (a store's partner, 0 = the company's).
    int createEmployee(const QString &name, int user, int parent, const QDateTime &since, int address = 0);
    void createCatalog();
    void createPointsOfSale();

    // Documents
    Order createOrder(int store, const char *state, const QDateTime &created, const QDateTime &changed,
                      int buyer, int writer, double minimumUntaxed);
    int createLeave(int store, const char *state, const QDateTime &created, const QDateTime &changed,
                    const QDate &start, bool twoStepType);
    int createExpense(int store, const char *state, const QDateTime &created, const QDateTime &changed);
    Picking createPicking(int store, bool incoming, const char *state, const QDateTime &scheduled,
                          const QDateTime &created, const QDateTime &changed, const Order *order);
    int createQuant(int store, int product, double quantity, double counted, const QDateTime &countedAt);
    int createOrderpoint(int store, int product, const QDateTime &created, const QDateTime &changed);
    int createSession(int store, const char *state, const QDateTime &start, const QDateTime &stop,
                      double difference);
    int createActivity(const QString &model, int resId, const QString &resName, int store,
                       const QString &summary);
    int createFailedMail(const Order &order);
    void createCrons();
    int createFailedJob();

    void createHistory();
    void createApprovals();
    void createExceptions();
    void createFailures();
    void count(const QString &category, const QString &kind, int created);

    SimBackend &m_backend;
    SimDatabase &m_db;
    const SimSchema &m_schema;
    QRandomGenerator m_rng;
    QDateTime m_now;
    double m_scale;
    SimDatasetSummary m_summary;
    QHash<const char *, const SimModel *> m_models;
    FieldCache m_fieldCache;
    Shapes m_shapes;

    int m_company = 0;
    int m_currency = 0;
    int m_admin = 2;
    int m_buyer1 = 0;
    int m_manager1 = 0;
    int m_adminEmployee = 0;
    QHash<QString, int> m_countries;
    QHash<QString, int> m_irModels;
    QList<Region> m_regions;
    QList<Store> m_stores;
    int m_physicalLocations = 0;
    int m_vendorLocation = 0;
    int m_customerLocation = 0;
    QList<int> m_vendors;
    QList<QList<int>> m_productsByVendor; // vendor index -> indexes in m_products
    QList<Product> m_products;
    QList<Product> m_expenseProducts;
    QList<int> m_customers;
    QList<int> m_twoStepLeaveTypes;
    QList<int> m_oneStepLeaveTypes;
    int m_exceptionType = 0;
    QList<Order> m_confirmedOrders;
    QList<Order> m_ordersToApprove;
    QList<Picking> m_latePickings;
    QList<QPair<int, int>> m_quantPairs; // (store, product)
    QList<QPair<int, int>> m_orderpointPairs;
    int m_quantCursor = 0;
    int m_orderpointCursor = 0;
    int m_orderSequence = 0;
    int m_pickingSequence = 0;
    int m_sessionSequence = 0;
    int m_orderpointSequence = 0;
    int m_expenseSequence = 0;
};

int Generator::create(const char *model, const Values &record, int uid)
{
    if (!record.valid())
        return 0;
    // Authors and a placeholder id up front: SimDatabase then fills them in place.
    Values complete = record;
    if (!complete.isSet("create_uid"))
        complete.set("create_uid", uid);
    if (!complete.isSet("write_uid"))
        complete.set("write_uid", uid);
    complete.set("id", 0);
    SimError error;
    const int id = m_db.insert(text(model), complete.object(), uid, &error);
    if (id <= 0)
        qWarning("SimDataset: could not create a %s: %s", model, qPrintable(error.message));
    return id;
}

int Generator::createWithChildren(const char *model, const Values &record, const char *childModel,
                                  const char *inverse, QList<Values> &children, int uid)
{
    const int id = create(model, record, uid);
    if (id <= 0)
        return id;
    for (Values &child : children)
        create(childModel, child.set(inverse, id), uid);
    return id;
}

void Generator::update(const char *model, int id, const Values &record, int uid)
{
    SimError error;
    if (record.valid() && !m_db.update(text(model), {id}, record.object(), uid, &error))
        qWarning("SimDataset: could not update %s %d: %s", model, id, qPrintable(error.message));
}

int Generator::findBy(const char *model, const char *field, const QString &value) const
{
    const QString modelName = text(model);
    const QString fieldName = text(field);
    for (const int id : m_db.allIds(modelName)) {
        if (m_db.rawValue(modelName, id, fieldName).toString() == value)
            return id;
    }
    return 0;
}

int Generator::userByLogin(const QString &login) const
{
    return findBy("res.users", "login", login);
}

QString Generator::userName(int uid) const
{
    const int partner = m_backend.partnerOf(uid);
    if (partner > 0 && m_db.exists(QStringLiteral("res.partner"), partner))
        return m_db.displayName(QStringLiteral("res.partner"), partner);
    return m_db.displayName(QStringLiteral("res.users"), uid);
}

int Generator::irModel(const QString &model)
{
    const auto known = m_irModels.constFind(model);
    if (known != m_irModels.constEnd())
        return *known;
    int id = findBy("ir.model", "model", model);
    if (!id) {
        const SimModel *definition = m_schema.model(model);
        Values record = values("ir.model");
        record.set("model", model)
            .set("name", definition ? definition->description : model)
            .set("order", QStringLiteral("id desc"))
            .choose("state", {"base"})
            .set("transient", false)
            .set("is_mail_thread", true)
            .set("is_mail_activity", true)
            .set("create_date", stamp(ago(700 * Day)))
            .set("write_date", stamp(ago(700 * Day)));
        id = create("ir.model", record, 1);
    }
    m_irModels.insert(model, id);
    return id;
}

// Pending items: a few minutes to several weeks old, some far past any reasonable SLA.
qint64 Generator::pendingAge()
{
    const double bucket = m_rng.generateDouble();
    if (bucket < 0.25)
        return betweenSeconds(5 * Minute, 4 * Hour);
    if (bucket < 0.55)
        return betweenSeconds(4 * Hour, 2 * Day);
    if (bucket < 0.80)
        return betweenSeconds(2 * Day, 7 * Day);
    if (bucket < 0.95)
        return betweenSeconds(7 * Day, 21 * Day);
    return betweenSeconds(21 * Day, 60 * Day);
}

QString Generator::personName()
{
    return pick(SimCatalog::firstNames()) + QLatin1Char(' ') + pick(SimCatalog::lastNames());
}

QPair<int, int> Generator::nextPair(QList<QPair<int, int>> &pairs, int &cursor)
{
    // Unique (store, product) pairs until every pair is used; at large scales they repeat.
    const QPair<int, int> pair = pairs.at(cursor % pairs.size());
    ++cursor;
    return pair;
}

void Generator::count(const QString &category, const QString &kind, int created)
{
    if (created <= 0)
        return;
    m_summary.perKind[category + QLatin1Char('/') + kind] += created;
    if (category == QLatin1String("approval"))
        m_summary.pendingApprovals += created;
    else if (category == QLatin1String("exception"))
        m_summary.openExceptions += created;
    else if (category == QLatin1String("failure"))
        m_summary.integrationFailures += created;
    else
        m_summary.history += created;
}

void Generator::lookupUsers()
{
    m_admin = userByLogin(QStringLiteral("admin"));
    if (!m_admin)
        m_admin = 2;
    m_buyer1 = userByLogin(QStringLiteral("buyer1"));
    m_manager1 = userByLogin(QStringLiteral("manager1"));
    const QList<int> companies = m_db.allIds(QStringLiteral("res.company"));
    m_company = companies.isEmpty() ? 0 : companies.first();
    // Documents use the company's currency (the backend's company is in USD, like the contract's
    // databases).
    const int companyCurrency =
        m_db.rawValue(QStringLiteral("res.company"), m_company, QStringLiteral("currency_id")).toInt();
    if (companyCurrency > 0 && m_db.exists(QStringLiteral("res.currency"), companyCurrency)) {
        m_currency = companyCurrency;
    } else {
        m_currency = findBy("res.currency", "name", QStringLiteral("EUR"));
        if (!m_currency) {
            Values currency = values("res.currency");
            currency.set("name", QStringLiteral("EUR")).set("symbol", QString(QChar(0x20AC)));
            m_currency = create("res.currency", currency, 1);
        }
    }
}

void Generator::createGeography()
{
    for (const SimCatalog::Country &country : SimCatalog::countries()) {
        int id = findBy("res.country", "code", country.code);
        if (!id) {
            Values record = values("res.country");
            record.set("name", country.name).set("code", country.code);
            id = create("res.country", record, 1);
        }
        m_countries.insert(country.code, id);
    }
    for (const SimCatalog::Region &entry : SimCatalog::regions()) {
        Region region;
        const int country = m_countries.value(entry.countryCode);
        for (const int id : m_db.allIds(QStringLiteral("res.country.state"))) {
            if (m_db.rawValue(QStringLiteral("res.country.state"), id, QStringLiteral("code")).toString() ==
                    entry.stateCode &&
                m_db.rawValue(QStringLiteral("res.country.state"), id, QStringLiteral("country_id"))
                        .toInt() == country)
                region.state = id;
        }
        if (!region.state) {
            Values record = values("res.country.state");
            record.set("name", entry.stateName).set("code", entry.stateCode).set("country_id", country);
            region.state = create("res.country.state", record, 1);
        }
        m_regions.append(region);
    }

    const QString since = stamp(ago(2500 * Day));
    auto location = [&](const QString &name, const QString &completeName, const char *usage, int parent) {
        Values record = values("stock.location");
        record.set("name", name)
            .set("complete_name", completeName)
            .set("display_name", completeName)
            .choose("usage", {usage})
            .set("location_id", parent)
            .set("active", true)
            .set("create_date", since)
            .set("write_date", since);
        return create("stock.location", record, 1);
    };
    m_physicalLocations =
        location(QStringLiteral("Physical Locations"), QStringLiteral("Physical Locations"), "view", 0);
    const int partners = location(QStringLiteral("Partners"), QStringLiteral("Partners"), "view", 0);
    m_vendorLocation =
        location(QStringLiteral("Vendors"), QStringLiteral("Partners/Vendors"), "supplier", partners);
    m_customerLocation =
        location(QStringLiteral("Customers"), QStringLiteral("Partners/Customers"), "customer", partners);

    createStore(SimCatalog::headquarters(), true);
    for (const SimCatalog::Store &entry : SimCatalog::stores()) {
        m_stores.append(createStore(entry, false));
    }
    m_summary.stores = int(m_stores.size());
    m_summary.regions = int(m_regions.size());
}

Generator::Store Generator::createStore(const SimCatalog::Store &entry, bool headquarters)
{
    const SimCatalog::Region &regionEntry = SimCatalog::regions().at(entry.region);
    const QDateTime opened = ago(headquarters ? 2400 * Day : betweenSeconds(300 * Day, 2200 * Day));
    const QString openedStamp = stamp(opened);
    Store store;
    store.region = entry.region;
    store.code = entry.code;
    store.name = entry.name;

    Values partner = values("res.partner");
    partner.set("name", entry.name)
        .set("is_company", true)
        .set("street", entry.street)
        .set("zip", entry.zip)
        .set("city", entry.city)
        .set("state_id", m_regions.at(entry.region).state)
        .set("country_id", m_countries.value(regionEntry.countryCode))
        .set("email", entry.code.toLower() + QStringLiteral("@stores.hqtower-retail.example"))
        .set("company_id", m_company)
        .choose("type", {"contact"})
        .set("create_date", openedStamp)
        .set("write_date", openedStamp);
    if (entry.hasCoordinates()) {
        partner.set("partner_latitude", entry.latitude)
            .set("partner_longitude", entry.longitude)
            .set("date_localization", day(opened.addDays(1)));
    }
    store.partner = create("res.partner", partner, m_admin);

    Values warehouse = values("stock.warehouse");
    warehouse.set("name", entry.name)
        .set("code", entry.code)
        .set("partner_id", store.partner)
        .set("company_id", m_company)
        .set("active", true)
        .set("sequence", headquarters ? 1 : 10 + int(m_stores.size()))
        .choose("reception_steps", {"one_step"})
        .choose("delivery_steps", {"ship_only"})
        .set("create_date", openedStamp)
        .set("write_date", openedStamp);
    store.warehouse = create("stock.warehouse", warehouse, m_admin);

    Values view = values("stock.location");
    view.set("name", entry.code)
        .set("complete_name", entry.code)
        .set("display_name", entry.code)
        .choose("usage", {"view"})
        .set("location_id", m_physicalLocations)
        .set("warehouse_id", store.warehouse)
        .set("company_id", m_company)
        .set("active", true)
        .set("create_date", openedStamp)
        .set("write_date", openedStamp);
    const int viewLocation = create("stock.location", view, m_admin);
    Values stock = values("stock.location");
    stock.set("name", QStringLiteral("Stock"))
        .set("complete_name", entry.code + QStringLiteral("/Stock"))
        .set("display_name", entry.code + QStringLiteral("/Stock"))
        .choose("usage", {"internal"})
        .set("location_id", viewLocation)
        .set("warehouse_id", store.warehouse)
        .set("company_id", m_company)
        .set("active", true)
        .set("replenish_location", true)
        .set("create_date", openedStamp)
        .set("write_date", openedStamp);
    store.stockLocation = create("stock.location", stock, m_admin);

    Values links = values("stock.warehouse");
    links.set("view_location_id", viewLocation)
        .set("lot_stock_id", store.stockLocation)
        .set("write_date", openedStamp);
    update("stock.warehouse", store.warehouse, links, m_admin);
    return store;
}

int Generator::createEmployee(const QString &name, int user, int parent, const QDateTime &since, int address)
{
    Values employee = values("hr.employee");
    employee.set("name", name)
        .set("user_id", user)
        .set("work_contact_id", user > 0 ? m_backend.partnerOf(user) : 0)
        .set("parent_id", parent)
        .set("address_id", address)
        .set("company_id", m_company)
        .set("active", true)
        .set("create_date", stamp(since))
        .set("write_date", stamp(since));
    return create("hr.employee", employee, m_admin);
}

void Generator::createPeople()
{
    const QStringList managerRoles = {QStringLiteral("purchase_manager"), QStringLiteral("stock_manager"),
                                      QStringLiteral("expense_manager"),  QStringLiteral("leave_manager"),
                                      QStringLiteral("approval_manager"), QStringLiteral("pos_manager")};
    const QStringList buyerRoles = {QStringLiteral("purchase_user"), QStringLiteral("stock_user")};
    const QDateTime longAgo = ago(1500 * Day);
    m_adminEmployee = createEmployee(userName(m_admin), m_admin, 0, longAgo);
    for (const char *login : {"manager1", "buyer1", "viewer1"}) {
        if (const int uid = userByLogin(text(login)))
            createEmployee(userName(uid), uid, m_adminEmployee, longAgo);
    }
    for (qsizetype index = 0; index < m_regions.size(); ++index) {
        const SimCatalog::Region &entry = SimCatalog::regions().at(index);
        Region &region = m_regions[index];
        region.manager = userByLogin(entry.managerLogin);
        if (!region.manager)
            region.manager =
                m_backend.addUser(entry.managerLogin, entry.managerName, managerRoles, m_company);
        region.buyer = userByLogin(entry.buyerLogin);
        if (!region.buyer)
            region.buyer = m_backend.addUser(entry.buyerLogin, entry.buyerName, buyerRoles, m_company);
        m_summary.regionalManagers.append(entry.managerLogin);
        const QDateTime hired = ago(betweenSeconds(200 * Day, 1400 * Day));
        region.managerEmployee = createEmployee(entry.managerName, region.manager, m_adminEmployee, hired);
        region.buyerEmployee = createEmployee(entry.buyerName, region.buyer, region.managerEmployee, hired);
    }
    for (Store &store : m_stores) {
        const int manager = m_regions.at(store.region).managerEmployee;
        for (int i = 0; i < 2; ++i)
            store.employees.append(createEmployee(personName(), 0, manager,
                                                  ago(betweenSeconds(30 * Day, 1800 * Day)), store.partner));
    }
}

void Generator::createCatalog()
{
    for (const SimCatalog::Vendor &entry : SimCatalog::vendors()) {
        const QString since = stamp(ago(betweenSeconds(400 * Day, 1500 * Day)));
        Values vendor = values("res.partner");
        vendor.set("name", entry.name)
            .set("is_company", true)
            .set("street", entry.street)
            .set("zip", entry.zip)
            .set("city", entry.city)
            .set("country_id", m_countries.value(entry.countryCode))
            .set("email", entry.email)
            .set("supplier_rank", between(3, 60))
            .set("customer_rank", 0)
            .choose("type", {"contact"})
            .set("create_date", since)
            .set("write_date", since);
        m_vendors.append(create("res.partner", vendor, m_admin));
        m_productsByVendor.append(QList<int>());
    }

    auto product = [&](const SimCatalog::Product &entry, bool goods) {
        const QString since = stamp(ago(betweenSeconds(200 * Day, 1000 * Day)));
        Values record = values("product.product");
        record.set("name", entry.name)
            .set("default_code", entry.code)
            .set("standard_price", entry.cost)
            .set("list_price", entry.price)
            .set("lst_price", entry.price)
            .set("active", true)
            .set("purchase_ok", goods)
            .set("sale_ok", goods)
            .set("available_in_pos", goods)
            .set("can_be_expensed", !goods)
            .set("is_storable", goods)
            .set("create_date", since)
            .set("write_date", since);
        if (goods) {
            record.choose("type", {"product", "consu"}).choose("detailed_type", {"product", "consu"});
            // EAN-13 in the Belgian GS1 prefix range, with its check digit.
            const QString digits = QStringLiteral("5410000") + entry.code.right(4) + QLatin1Char('0');
            int sum = 0;
            for (int i = 0; i < 12; ++i)
                sum += digits.at(i).digitValue() * (i % 2 ? 3 : 1);
            record.set("barcode", digits + QString::number((10 - sum % 10) % 10));
        } else {
            record.choose("type", {"service"}).choose("detailed_type", {"service"});
        }
        Product info;
        info.item = entry;
        info.vendor = entry.vendor >= 0 ? m_vendors.value(entry.vendor) : 0;
        info.id = create("product.product", record, m_admin);
        return info;
    };
    for (const SimCatalog::Product &entry : SimCatalog::products()) {
        m_productsByVendor[entry.vendor].append(int(m_products.size()));
        m_products.append(product(entry, true));
    }
    for (const SimCatalog::Product &entry : SimCatalog::expenseProducts())
        m_expenseProducts.append(product(entry, false));

    for (int i = 0; i < 30; ++i) {
        const SimCatalog::Store &near = pick(SimCatalog::stores());
        const QString name = personName();
        const QString since = stamp(ago(betweenSeconds(10 * Day, 700 * Day)));
        Values customer = values("res.partner");
        customer.set("name", name)
            .set("is_company", false)
            .set("street", near.street)
            .set("zip", near.zip)
            .set("city", near.city)
            .set("state_id", m_regions.at(near.region).state)
            .set("country_id", m_countries.value(SimCatalog::regions().at(near.region).countryCode))
            .set("email", name.toLower().remove(QLatin1Char(' ')) + QStringLiteral("@mail.example"))
            .set("customer_rank", between(1, 12))
            .choose("type", {"contact"})
            .set("create_date", since)
            .set("write_date", since);
        m_customers.append(create("res.partner", customer, m_admin));
    }

    int sequence = 1;
    for (const SimCatalog::LeaveType &entry : SimCatalog::leaveTypes()) {
        const QString since = stamp(ago(1500 * Day));
        Values type = values("hr.leave.type");
        type.set("name", entry.name)
            .choose("leave_validation_type", {entry.validation.toLatin1().constData()})
            .flag("requires_allocation", false)
            .flag("employee_requests", true)
            .choose("request_unit", {"day"})
            .choose("time_type", {"leave"})
            .set("unpaid", entry.unpaid)
            .set("active", true)
            .set("sequence", sequence++)
            .set("create_date", since)
            .set("write_date", since);
        const int id = create("hr.leave.type", type, m_admin);
        (entry.validation == QLatin1String("both") ? m_twoStepLeaveTypes : m_oneStepLeaveTypes).append(id);
    }

    const QString since = stamp(ago(1500 * Day));
    // Real databases have the "Exception" type archived; the demo keeps it active so that
    // searches through activity_type_id find it without active_test tricks.
    Values exception = values("mail.activity.type");
    exception.set("name", QStringLiteral("Exception"))
        .choose("category", {"default"})
        .choose("decoration_type", {"warning"})
        .set("icon", QStringLiteral("fa-warning"))
        .set("delay_count", 0)
        .choose("delay_unit", {"days"})
        .choose("delay_from", {"previous_activity"})
        .choose("chaining_type", {"suggest"})
        .set("sequence", 10)
        .set("active", true)
        .set("create_date", since)
        .set("write_date", since);
    m_exceptionType = create("mail.activity.type", exception, 1);
}

void Generator::createPointsOfSale()
{
    for (qsizetype index = 0; index < m_stores.size(); ++index) {
        Store &store = m_stores[index];
        const QString since = stamp(ago(betweenSeconds(200 * Day, 900 * Day)));
        Values config = values("pos.config");
        config.set("name", store.name + QStringLiteral(" Till"))
            .set("company_id", m_company)
            .set("warehouse_id", store.warehouse)
            .set("active", true)
            .set("cash_control", true)
            .set("set_maximum_difference", true)
            .set("amount_authorized_diff", 5.0)
            .set("module_pos_hr", true)
            .set("create_date", since)
            .set("write_date", since);
        store.posConfig = create("pos.config", config, m_admin);
        const QDateTime opened = QDateTime(m_now.date(), QTime(6, 30), Qt::UTC);
        const QDateTime start = opened <= m_now ? opened : opened.addDays(-1);
        createSession(int(index), "opened", start, QDateTime(), 0.0);
    }
}

Generator::Order Generator::createOrder(int storeIndex, const char *state, const QDateTime &created,
                                        const QDateTime &changed, int buyer, int writer,
                                        double minimumUntaxed)
{
    const Store &store = m_stores.at(storeIndex);
    const Product &first = pick(m_products);
    QList<int> candidates = m_productsByVendor.value(first.item.vendor);
    shuffle(candidates);
    // Decided orders of the history carry fewer lines: they are counted, rarely opened.
    const bool decided = qstrcmp(state, "purchase") == 0 || qstrcmp(state, "cancel") == 0;
    const int lineCount = decided ? 1 : between(1, std::min<int>(3, int(candidates.size())));
    QList<double> quantities;
    double untaxed = 0.0;
    for (int i = 0; i < lineCount; ++i) {
        quantities.append(6.0 * between(1, 25));
        untaxed += quantities.last() * m_products.at(candidates.at(i)).item.cost;
    }
    if (untaxed < minimumUntaxed) {
        const double factor = std::ceil(minimumUntaxed / untaxed * real(1.05, 2.5));
        for (double &quantity : quantities)
            quantity *= factor;
    }

    const bool confirmed = qstrcmp(state, "purchase") == 0;
    const bool received = confirmed && chance(0.8);
    const QDateTime planned = created.addDays(between(2, 10));
    const QString createdStamp = stamp(created);
    const QString changedStamp = stamp(changed);
    const QString plannedStamp = stamp(planned);
    QList<Values> lines;
    double totalUntaxed = 0.0;
    double totalTax = 0.0;
    for (int i = 0; i < lineCount; ++i) {
        const Product &product = m_products.at(candidates.at(i));
        const double price = round2(product.item.cost * real(0.96, 1.04));
        const double subtotal = round2(price * quantities.at(i));
        const double tax = round2(subtotal * product.item.taxRate / 100.0);
        totalUntaxed += subtotal;
        totalTax += tax;
        Values line = values("purchase.order.line");
        line.set("name", QStringLiteral("[%1] %2").arg(product.item.code, product.item.name))
            .set("sequence", 10 * (i + 1))
            .set("product_id", product.id)
            .set("product_qty", quantities.at(i))
            .set("price_unit", price)
            .set("price_subtotal", subtotal)
            .set("price_total", round2(subtotal + tax))
            .set("date_planned", plannedStamp)
            .choose("state", {state})
            .set("qty_received", received ? QJsonValue(quantities.at(i)) : QJsonValue())
            .set("create_date", createdStamp)
            .set("write_date", changedStamp);
        lines.append(line);
    }

    Order order;
    order.store = storeIndex;
    order.vendor = first.vendor;
    order.name = QStringLiteral("P%1").arg(++m_orderSequence, 5, 10, QLatin1Char('0'));
    Values record = values("purchase.order");
    record.set("name", order.name)
        .choose("state", {state})
        .set("partner_id", first.vendor)
        .set("date_order", stamp(created))
        .set("date_planned", stamp(planned))
        .set("user_id", buyer)
        .set("company_id", m_company)
        .set("currency_id", m_currency)
        .set("origin", store.code)
        .set("dest_address_id", store.partner)
        .set("amount_untaxed", round2(totalUntaxed))
        .set("amount_tax", round2(totalTax))
        .set("amount_total", round2(totalUntaxed + totalTax))
        .set("amount_total_cc", round2(totalUntaxed + totalTax))
        .choose("priority", {chance(0.1) ? "1" : "0"})
        .choose("invoice_status", {confirmed ? (chance(0.7) ? "invoiced" : "to invoice") : "no"})
        .set("create_date", stamp(created))
        .set("write_date", stamp(changed))
        .set("create_uid", buyer)
        .set("write_uid", writer);
    if (confirmed) {
        record.set("date_approve", stamp(changed))
            .choose("receipt_status", {received ? "full" : "pending"})
            .set("effective_date", received ? QJsonValue(stamp(std::min(planned, m_now))) : QJsonValue());
    }
    order.id = createWithChildren("purchase.order", record, "purchase.order.line", "order_id", lines, buyer);
    return order;
}

int Generator::createLeave(int storeIndex, const char *state, const QDateTime &created,
                           const QDateTime &changed, const QDate &firstDay, bool twoStepType)
{
    const Region &region = m_regions.at(m_stores.at(storeIndex).region);
    QDate start = firstDay;
    while (start.dayOfWeek() > 5)
        start = start.addDays(1);
    const int days = chance(0.6) ? between(1, 3) : between(4, 10);
    QDate end = start;
    for (int counted = 1; counted < days;) {
        end = end.addDays(1);
        if (end.dayOfWeek() <= 5)
            ++counted;
    }
    const QList<int> &types = twoStepType ? m_twoStepLeaveTypes : m_oneStepLeaveTypes;
    const bool decided = qstrcmp(state, "validate") == 0 || qstrcmp(state, "refuse") == 0;
    const bool firstApproval = qstrcmp(state, "validate1") == 0 || (decided && twoStepType);
    const QString reason = pick(SimCatalog::leaveReasons());
    const int employee = storeEmployee(storeIndex);
    Values leave = values("hr.leave");
    leave.set("employee_id", employee)
        .set("employee_ids", QJsonArray{employee})
        .choose("holiday_type", {"employee"})
        .set("holiday_status_id", pick(types))
        .set("private_name", reason)
        .set("name", reason)
        .choose("state", {state})
        .set("request_date_from", SimDatabase::formatDate(start))
        .set("request_date_to", SimDatabase::formatDate(end))
        .set("date_from", stamp(QDateTime(start, QTime(7, 0), Qt::UTC)))
        .set("date_to", stamp(QDateTime(end, QTime(16, 0), Qt::UTC)))
        .set("number_of_days", double(days))
        .set("number_of_hours", 8.0 * days)
        .set("duration_display", days == 1 ? QStringLiteral("1 day") : QStringLiteral("%1 days").arg(days))
        .set("manager_id", region.managerEmployee)
        .set("first_approver_id", firstApproval ? region.managerEmployee : 0)
        .set("second_approver_id", decided ? (twoStepType ? m_adminEmployee : region.managerEmployee) : 0)
        .set("company_id", m_company)
        .set("employee_company_id", m_company)
        .set("create_date", stamp(created))
        .set("write_date", stamp(changed))
        .set("create_uid", region.manager)
        .set("write_uid", decided ? region.manager : m_admin);
    // Store staff have no user of their own: their regional manager files their requests.
    return create("hr.leave", leave, region.manager);
}

int Generator::createExpense(int storeIndex, const char *state, const QDateTime &created,
                             const QDateTime &changed)
{
    // state: "submit", "approve" or "refuse" (translated per version below).
    const Region &region = m_regions.at(m_stores.at(storeIndex).region);
    const int employee = storeEmployee(storeIndex);
    const bool sheets = m_schema.model(QStringLiteral("hr.expense.sheet")) != nullptr;
    const bool approved = qstrcmp(state, "approve") == 0;
    const bool refused = qstrcmp(state, "refuse") == 0;
    const char *lineState = approved ? "approved" : (refused ? "refused" : "submitted");
    const int lineCount = sheets && !approved && !refused ? between(1, 3) : 1;
    QList<Values> lines;
    double total = 0.0;
    double totalTax = 0.0;
    QString firstDescription;
    for (int i = 0; i < lineCount; ++i) {
        const int kind = between(0, int(m_expenseProducts.size()) - 1);
        const Product &product = m_expenseProducts.at(kind);
        double quantity = 1.0;
        double price = 0.0;
        switch (kind) {
        case 0:
            quantity = between(18, 240);
            price = product.item.cost;
            break;
        case 1:
            price = round2(real(9.0, 95.0));
            break;
        case 2:
            price = round2(real(24.0, 260.0));
            break;
        case 3:
            price = round2(real(6.0, 140.0));
            break;
        default:
            price = round2(real(2.5, 28.0));
            break;
        }
        const double amount = round2(price * quantity);
        const double tax = round2(amount - amount / (1.0 + product.item.taxRate / 100.0));
        total += amount;
        totalTax += tax;
        const QString description = pick(SimCatalog::expenseDescriptions());
        if (firstDescription.isEmpty())
            firstDescription = description;
        Values line = values("hr.expense");
        line.set("name", description)
            .set("employee_id", employee)
            .set("product_id", product.id)
            .set("quantity", quantity)
            .set("price_unit", price)
            .set("total_amount", amount)
            .set("total_amount_currency", amount)
            .set("tax_amount", tax)
            .set("date", day(created.addDays(-between(0, 6))))
            .choose("state", {lineState})
            .choose("approval_state", {lineState})
            .choose("payment_mode", {chance(0.85) ? "own_account" : "company_account"})
            .set("manager_id", region.manager)
            .set("approval_date", approved ? QJsonValue(stamp(changed)) : QJsonValue())
            .set("company_id", m_company)
            .set("currency_id", m_currency)
            .set("create_date", stamp(created))
            .set("write_date", stamp(changed))
            .set("write_uid", approved || refused ? region.manager : 0);
        lines.append(line);
    }
    if (!sheets)
        return create("hr.expense", lines.first(), m_admin);

    const char *sheetState = approved ? "approve" : (refused ? "cancel" : "submit");
    Values sheet = values("hr.expense.sheet");
    sheet
        .set("name", lineCount == 1 ? firstDescription
                                    : QStringLiteral("Expenses %1 #%2")
                                          .arg(created.date().toString(QStringLiteral("MMMM yyyy")))
                                          .arg(++m_expenseSequence))
        .set("employee_id", employee)
        .set("user_id", region.manager)
        .choose("state", {sheetState})
        .choose("approval_state", {sheetState})
        .choose("payment_state", {"not_paid"})
        .set("total_amount", round2(total))
        .set("untaxed_amount", round2(total - totalTax))
        .set("total_tax_amount", round2(totalTax))
        .set("approval_date", approved ? QJsonValue(stamp(changed)) : QJsonValue())
        .set("accounting_date", approved ? QJsonValue(day(changed)) : QJsonValue())
        .set("company_id", m_company)
        .set("currency_id", m_currency)
        .set("create_date", stamp(created))
        .set("write_date", stamp(changed))
        .set("create_uid", m_admin)
        .set("write_uid", approved || refused ? region.manager : m_admin);
    return createWithChildren("hr.expense.sheet", sheet, "hr.expense", "sheet_id", lines, m_admin);
}

Generator::Picking Generator::createPicking(int storeIndex, bool incoming, const char *state,
                                            const QDateTime &scheduled, const QDateTime &created,
                                            const QDateTime &changed, const Order *order)
{
    const Store &store = m_stores.at(storeIndex);
    const bool done = qstrcmp(state, "done") == 0;
    const bool reserved = done || qstrcmp(state, "assigned") == 0;
    const int partner = order ? order->vendor : pick(m_customers);
    const int source = incoming ? m_vendorLocation : store.stockLocation;
    const int destination = incoming ? store.stockLocation : m_customerLocation;
    Picking picking;
    picking.store = storeIndex;
    picking.name = QStringLiteral("%1/%2/%3")
                       .arg(store.code, incoming ? QStringLiteral("IN") : QStringLiteral("OUT"))
                       .arg(++m_pickingSequence, 5, 10, QLatin1Char('0'));
    const QString origin = order ? order->name : QStringLiteral("Web order %1").arg(between(100000, 999999));
    const QDateTime finished = done ? changed : QDateTime();

    const QString createdStamp = stamp(created);
    const QString changedStamp = stamp(changed);
    const QString moveDate = stamp(done ? finished : scheduled);
    QList<Values> moves;
    const int moveCount = done ? 1 : between(1, 2);
    for (int i = 0; i < moveCount; ++i) {
        const Product &product = pick(m_products);
        const double quantity = incoming ? 6.0 * between(1, 20) : double(between(1, 6));
        Values move = values("stock.move");
        move.set("name", product.item.name)
            .set("product_id", product.id)
            .set("product_uom_qty", quantity)
            .set("quantity", reserved ? QJsonValue(quantity) : QJsonValue())
            .set("location_id", source)
            .set("location_dest_id", destination)
            .set("date", moveDate)
            .choose("state", {state})
            .set("create_date", createdStamp)
            .set("write_date", changedStamp);
        moves.append(move);
    }

    Values record = values("stock.picking");
    record.set("name", picking.name)
        .choose("picking_type_code", {incoming ? "incoming" : "outgoing"})
        .set("location_id", source)
        .set("location_dest_id", destination)
        .set("partner_id", partner)
        .set("origin", origin)
        .set("purchase_id", order ? order->id : 0)
        .set("scheduled_date", stamp(scheduled))
        .set("date_deadline",
             chance(0.5) ? QJsonValue(stamp(scheduled.addDays(between(0, 2)))) : QJsonValue())
        .set("date", stamp(created))
        .set("date_done", done ? QJsonValue(stamp(finished)) : QJsonValue())
        .choose("state", {state})
        .choose("move_type", {"direct"})
        .choose("priority", {chance(0.15) ? "1" : "0"})
        .set("user_id", m_regions.at(store.region).buyer)
        .set("company_id", m_company)
        .set("create_date", stamp(created))
        .set("write_date", stamp(changed));
    picking.id = createWithChildren("stock.picking", record, "stock.move", "picking_id", moves, m_admin);
    return picking;
}

int Generator::createQuant(int storeIndex, int productIndex, double quantity, double counted,
                           const QDateTime &countedAt)
{
    const Store &store = m_stores.at(storeIndex);
    const QDateTime since = countedAt.addDays(-between(20, 400));
    Values quant = values("stock.quant");
    quant.set("product_id", m_products.at(productIndex).id)
        .set("location_id", store.stockLocation)
        .set("warehouse_id", store.warehouse)
        .set("quantity", quantity)
        .set("reserved_quantity", 0.0)
        .set("inventory_quantity", counted)
        .set("inventory_quantity_set", true)
        .set("inventory_diff_quantity", counted - quantity)
        .set("inventory_date", day(countedAt))
        .set("in_date", stamp(since))
        .set("user_id", m_regions.at(store.region).manager)
        .set("company_id", m_company)
        .set("create_date", stamp(since))
        .set("write_date", stamp(countedAt));
    return create("stock.quant", quant, m_regions.at(store.region).manager);
}

int Generator::createOrderpoint(int storeIndex, int productIndex, const QDateTime &created,
                                const QDateTime &changed)
{
    const Store &store = m_stores.at(storeIndex);
    const Product &product = m_products.at(productIndex);
    const double minimum = 6.0 * between(2, 10);
    const double maximum = minimum * between(2, 4);
    const double onHand = std::floor(real(0.0, minimum * 0.9));
    const double forecast = std::max(0.0, onHand - between(0, 6));
    const double toOrder = maximum - forecast;
    Values orderpoint = values("stock.warehouse.orderpoint");
    orderpoint.set("name", QStringLiteral("OP/%1").arg(++m_orderpointSequence, 5, 10, QLatin1Char('0')))
        .set("product_id", product.id)
        .set("location_id", store.stockLocation)
        .set("warehouse_id", store.warehouse)
        .set("product_min_qty", minimum)
        .set("product_max_qty", maximum)
        .set("qty_multiple", 1.0)
        .set("qty_on_hand", onHand)
        .set("qty_forecast", forecast)
        .set("qty_to_order", toOrder)
        .set("qty_to_order_computed", toOrder)
        .set("qty_to_order_manual", chance(0.2) ? QJsonValue(toOrder) : QJsonValue())
        .choose("trigger", {chance(0.7) ? "manual" : "auto"})
        .set("vendor_id", product.vendor)
        .set("product_supplier_id", product.vendor)
        .set("active", true)
        .set("company_id", m_company)
        .set("create_date", stamp(created))
        .set("write_date", stamp(changed));
    return create("stock.warehouse.orderpoint", orderpoint, 1);
}

int Generator::createSession(int storeIndex, const char *state, const QDateTime &start, const QDateTime &stop,
                             double difference)
{
    const Store &store = m_stores.at(storeIndex);
    const bool closed = qstrcmp(state, "closed") == 0;
    const double opening = round2(real(150.0, 300.0));
    const double cashSales = round2(real(300.0, 2400.0));
    const double expected = round2(opening + cashSales);
    Values session = values("pos.session");
    session.set("name", QStringLiteral("POS/%1").arg(++m_sessionSequence, 5, 10, QLatin1Char('0')))
        .set("config_id", store.posConfig)
        .set("user_id", m_regions.at(store.region).buyer)
        .set("employee_id", pick(store.employees))
        .choose("state", {state})
        .set("start_at", stamp(start))
        .set("stop_at", closed ? QJsonValue(stamp(stop)) : QJsonValue())
        .set("cash_register_balance_start", opening)
        .set("sequence_number", between(20, 400))
        .set("login_number", between(1, 12))
        .set("company_id", m_company)
        .set("currency_id", m_currency)
        .set("create_date", stamp(start))
        .set("write_date", stamp(closed ? stop : start));
    if (closed) {
        session.set("cash_register_balance_end", expected)
            .set("cash_register_balance_end_real", round2(expected + difference))
            .set("cash_register_difference", difference)
            .set("closing_notes", pick(SimCatalog::cashClosingNotes()));
    }
    return create("pos.session", session, m_regions.at(store.region).buyer);
}

int Generator::createActivity(const QString &model, int resId, const QString &resName, int storeIndex,
                              const QString &summary)
{
    const Region &region = m_regions.at(m_stores.at(storeIndex).region);
    const QDateTime deadline = ago(betweenSeconds(Day, 30 * Day));
    const QDateTime created = deadline.addSecs(-betweenSeconds(Hour, 7 * Day));
    Values activity = values("mail.activity");
    activity.set("res_model_id", irModel(model))
        .set("res_model", model)
        .set("res_id", resId)
        .set("res_name", resName)
        .set("activity_type_id", m_exceptionType)
        .set("summary", summary)
        .set("note", QStringLiteral("<p>%1 (%2)</p>")
                         .arg(summary.toHtmlEscaped(), m_stores.at(storeIndex).name.toHtmlEscaped()))
        .set("date_deadline", day(deadline))
        .set("user_id", region.manager)
        .set("automated", chance(0.6))
        .set("active", true)
        .set("create_date", stamp(created))
        .set("write_date", stamp(created));
    return create("mail.activity", activity, chance(0.5) ? 1 : region.buyer);
}

int Generator::createFailedMail(const Order &order)
{
    const SimCatalog::MailFailure &failure = pick(SimCatalog::mailFailures());
    const Region &region = m_regions.at(m_stores.at(order.store).region);
    const QDateTime sent = ago(pendingAge());
    const QString subject = QStringLiteral("YourCompany Order (Ref %1)").arg(order.name);
    const QString body =
        QStringLiteral("<p>Dear vendor,</p><p>Please find attached purchase order %1 for our store "
                       "%2.</p>")
            .arg(order.name, m_stores.at(order.store).name.toHtmlEscaped());
    const QString from = QStringLiteral("\"%1\" <%2@example.com>")
                             .arg(userName(region.buyer),
                                  SimCatalog::regions().at(m_stores.at(order.store).region).buyerLogin);
    QString to =
        m_db.rawValue(QStringLiteral("res.partner"), order.vendor, QStringLiteral("email")).toString();
    if (failure.type == QLatin1String("mail_email_invalid"))
        to = to.section(QLatin1Char('.'), 0, -2);
    else if (failure.type == QLatin1String("mail_email_missing"))
        to.clear();

    Values message = values("mail.message");
    message.set("subject", subject)
        .set("body", body)
        .set("model", QStringLiteral("purchase.order"))
        .set("res_id", order.id)
        .set("record_name", order.name)
        .choose("message_type", {"email_outgoing", "email"})
        .set("author_id", m_backend.partnerOf(region.buyer))
        .set("email_from", from)
        .set("date", stamp(sent))
        .set("partner_ids", QJsonArray{order.vendor})
        .set("create_date", stamp(sent))
        .set("write_date", stamp(sent));
    const int messageId = create("mail.message", message, region.buyer);

    Values mail = values("mail.mail");
    mail.set("mail_message_id", messageId)
        .set("subject", subject)
        .set("display_name", subject)
        .set("body_html", body)
        .set("email_from", from)
        .set("email_to", to)
        .set("recipient_ids", QJsonArray{order.vendor})
        .set("model", QStringLiteral("purchase.order"))
        .set("res_id", order.id)
        .set("record_name", order.name)
        .set("date", stamp(sent))
        .choose("state", {"exception"})
        .choose("failure_type", {failure.type.toLatin1().constData(), "unknown"})
        .set("failure_reason", failure.reason)
        .set("is_notification", false)
        .set("auto_delete", true)
        .set("create_date", stamp(sent))
        .set("write_date", stamp(sent.addSecs(between(5, 600))));
    return create("mail.mail", mail, region.buyer);
}

void Generator::createCrons()
{
    int failures = 0;
    const bool failureCounters =
        m_schema.model(QStringLiteral("ir.cron"))->field(QStringLiteral("failure_count"));
    for (const SimCatalog::Cron &entry : SimCatalog::crons()) {
        const QString since = stamp(ago(betweenSeconds(300 * Day, 1200 * Day)));
        const qint64 interval =
            entry.intervalNumber * (entry.intervalType == QLatin1String("minutes") ? Minute
                                    : entry.intervalType == QLatin1String("hours") ? Hour
                                                                                   : Day);
        const int model = irModel(entry.model);
        Values action = values("ir.actions.server");
        action.set("name", entry.name)
            .set("model_id", model)
            .set("model_name", entry.model)
            .choose("state", {"code"})
            .set("code", entry.code)
            .choose("usage", {"ir_cron"})
            .set("type", QStringLiteral("ir.actions.server"))
            .choose("binding_type", {"action"})
            .set("create_date", since)
            .set("write_date", since);
        const int actionId = create("ir.actions.server", action, 1);

        const bool failing = !entry.failure.isEmpty();
        const QDateTime lastRun = ago(betweenSeconds(Minute, interval));
        Values cron = values("ir.cron");
        cron.set("ir_actions_server_id", actionId)
            .set("cron_name", entry.name)
            .set("name", entry.name)
            .set("model_id", model)
            .set("code", entry.code)
            .choose("state", {"code"})
            .choose("usage", {"ir_cron"})
            .set("type", QStringLiteral("ir.actions.server"))
            .choose("binding_type", {"action"})
            .set("user_id", 1)
            .set("interval_number", entry.intervalNumber)
            .choose("interval_type", {entry.intervalType.toLatin1().constData()})
            .set("numbercall", -1)
            .set("doall", false)
            .set("priority", 5)
            .set("create_date", since);
        if (!failing) {
            cron.set("active", true)
                .set("lastcall", stamp(lastRun))
                .set("nextcall", stamp(lastRun.addSecs(interval)))
                .set("failure_count", 0)
                .set("write_date", stamp(lastRun));
        } else if (failureCounters) {
            // 18/19 count consecutive failures; the scheduler deactivates a job after many.
            const QDateTime firstFailure = ago(betweenSeconds(2 * Hour, 10 * Day));
            const qint64 failed = std::clamp<qint64>(firstFailure.secsTo(m_now) / interval, 1, 999);
            cron.set("active", !(failed >= 5 && firstFailure < ago(7 * Day)))
                .set("lastcall", stamp(lastRun))
                .set("nextcall", stamp(lastRun.addSecs(interval)))
                .set("failure_count", int(failed))
                .set("first_failure_date", stamp(firstFailure))
                .set("write_date", stamp(lastRun));
        } else {
            // 17 records nothing: a failing job is either switched off or long overdue.
            const QDateTime stuck = ago(betweenSeconds(Day, 12 * Day));
            cron.set("active", failures % 2 == 1)
                .set("lastcall", stamp(stuck.addSecs(-interval)))
                .set("nextcall", stamp(stuck))
                .set("write_date", stamp(stuck));
        }
        create("ir.cron", cron, 1);
        if (failing)
            ++failures;
    }
    count(QStringLiteral("failure"), QStringLiteral("ir.cron"), failures);
}

int Generator::createFailedJob()
{
    const SimCatalog::JobFailure &job = pick(SimCatalog::jobFailures());
    const QDateTime created = ago(pendingAge());
    QString uuid;
    for (int i = 0; i < 4; ++i)
        uuid += QStringLiteral("%1").arg(m_rng.generate(), 8, 16, QLatin1Char('0'));
    uuid = QStringLiteral("%1-%2-4%3-a%4-%5")
               .arg(uuid.mid(0, 8), uuid.mid(8, 4), uuid.mid(13, 3), uuid.mid(17, 3), uuid.mid(20, 12));
    const int retries = between(1, 5);
    const QString info =
        QStringLiteral("Traceback (most recent call last):\n"
                       "  File \"/opt/odoo/addons/queue_job/controllers/main.py\", line 97, in "
                       "_try_perform_job\n    job.perform()\n"
                       "  File \"/opt/odoo/custom/hq_integrations/models/%1.py\", line %2, in %3\n"
                       "%4: %5\n")
            .arg(QString(job.model).replace(QLatin1Char('.'), QLatin1Char('_')))
            .arg(between(40, 400))
            .arg(job.method, job.excName, job.excMessage);
    Values record = values("queue.job");
    record.set("uuid", uuid)
        .set("name", job.name)
        .set("model_name", job.model)
        .set("method_name", job.method)
        .set("channel", job.channel)
        .choose("state", {"failed"})
        .set("exc_name", job.excName)
        .set("exc_message", job.excMessage)
        .set("exc_info", info)
        .set("date_created", stamp(created))
        .set("retry", retries)
        .set("max_retries", 5)
        .set("company_id", m_company)
        .set("create_date", stamp(created))
        .set("write_date", stamp(created.addSecs(retries * 10 * Minute)));
    return create("queue.job", record, 1);
}

void Generator::createHistory()
{
    auto decision = [&](qint64 minLead, qint64 maxLead) {
        const QDateTime decided = ago(historyAge());
        return qMakePair(decided.addSecs(-betweenSeconds(minLead, maxLead)), decided);
    };
    int orders = 0;
    int cancelled = 0;
    for (int i = 0, n = scaled(600); i < n; ++i) {
        const int store = between(0, int(m_stores.size()) - 1);
        const Region &region = m_regions.at(m_stores.at(store).region);
        const auto [created, decided] = decision(10 * Minute, 4 * Day);
        const int buyer = chance(0.4) && m_buyer1 ? m_buyer1 : region.buyer;
        const int approver = chance(0.15) && m_manager1 ? m_manager1 : region.manager;
        const Order order = createOrder(store, "purchase", created, decided, buyer, approver, 0.0);
        if (order.id) {
            m_confirmedOrders.append(order);
            ++orders;
        }
    }
    for (int i = 0, n = scaled(100); i < n; ++i) {
        const int store = between(0, int(m_stores.size()) - 1);
        const Region &region = m_regions.at(m_stores.at(store).region);
        const auto [created, decided] = decision(10 * Minute, 6 * Day);
        cancelled +=
            createOrder(store, "cancel", created, decided, region.buyer, region.manager, 500.0).id ? 1 : 0;
    }
    count(QStringLiteral("history"), QStringLiteral("purchase.order"), orders + cancelled);

    int leaves = 0;
    for (int i = 0, n = scaled(360); i < n; ++i) {
        const auto [created, decided] = decision(Hour, 8 * Day);
        const bool refused = i % 6 == 5;
        const bool twoStep = !m_twoStepLeaveTypes.isEmpty() && chance(0.25);
        const QDate start = decided.date().addDays(between(-2, 30));
        leaves += createLeave(between(0, int(m_stores.size()) - 1), refused ? "refuse" : "validate", created,
                              decided, start, twoStep)
                      ? 1
                      : 0;
    }
    count(QStringLiteral("history"), QStringLiteral("hr.leave"), leaves);

    int expenses = 0;
    for (int i = 0, n = scaled(300); i < n; ++i) {
        const auto [created, decided] = decision(Hour, 10 * Day);
        expenses += createExpense(between(0, int(m_stores.size()) - 1), i % 6 == 5 ? "refuse" : "approve",
                                  created, decided)
                        ? 1
                        : 0;
    }
    const bool sheets = m_schema.model(QStringLiteral("hr.expense.sheet")) != nullptr;
    count(QStringLiteral("history"),
          sheets ? QStringLiteral("hr.expense.sheet") : QStringLiteral("hr.expense"), expenses);

    int pickings = 0;
    for (int i = 0, n = scaled(190); i < n && !m_confirmedOrders.isEmpty(); ++i) {
        const bool incoming = chance(0.7);
        const Order &order = pick(m_confirmedOrders);
        const int store = incoming ? order.store : between(0, int(m_stores.size()) - 1);
        const QDateTime done = ago(historyAge());
        const QDateTime created = done.addSecs(-betweenSeconds(Day, 9 * Day));
        const QDateTime scheduled = between(created, done.addSecs(Day));
        pickings +=
            createPicking(store, incoming, "done", scheduled, created, done, incoming ? &order : nullptr).id
                ? 1
                : 0;
    }
    count(QStringLiteral("history"), QStringLiteral("stock.picking"), pickings);
}

void Generator::createApprovals()
{
    const bool approvals =
        m_schema.hasModule(QStringLiteral("approvals")) && m_schema.model(QStringLiteral("approval.request"));
    const bool tiers = m_schema.hasModule(QStringLiteral("base_tier_validation")) &&
                       m_schema.model(QStringLiteral("tier.review"));
    const int expenseCount = scaled(45);
    const int leaveCount = scaled(45);
    const int secondStepCount = m_twoStepLeaveTypes.isEmpty() ? 0 : scaled(8);
    const int countCount = scaled(30);
    const int requestCount = approvals ? scaled(25) : 0;
    const int tierCount = tiers ? scaled(20) : 0;
    const int orderCount = std::max(0, scaled(300) - expenseCount - leaveCount - secondStepCount -
                                           countCount - requestCount - tierCount);
    const int storeCount = int(m_stores.size());

    int orders = 0;
    for (int i = 0; i < orderCount; ++i) {
        const int store = between(0, storeCount - 1);
        const Region &region = m_regions.at(m_stores.at(store).region);
        const QDateTime confirmed = ago(pendingAge());
        const QDateTime created = confirmed.addSecs(-betweenSeconds(Minute, 2 * Day));
        const int buyer = chance(0.4) && m_buyer1 ? m_buyer1 : region.buyer;
        const Order order = createOrder(store, "to approve", created, confirmed, buyer, buyer, 520.0);
        if (order.id) {
            m_ordersToApprove.append(order);
            ++orders;
        }
    }
    count(QStringLiteral("approval"), QStringLiteral("purchase.order"), orders);

    int expenses = 0;
    for (int i = 0; i < expenseCount; ++i) {
        const QDateTime submitted = ago(pendingAge());
        const QDateTime created = submitted.addSecs(-betweenSeconds(10 * Minute, 3 * Day));
        expenses += createExpense(between(0, storeCount - 1), "submit", created, submitted) ? 1 : 0;
    }
    const bool sheets = m_schema.model(QStringLiteral("hr.expense.sheet")) != nullptr;
    count(QStringLiteral("approval"),
          sheets ? QStringLiteral("hr.expense.sheet") : QStringLiteral("hr.expense"), expenses);

    int leaves = 0;
    for (int i = 0; i < leaveCount + secondStepCount; ++i) {
        const bool secondStep = i >= leaveCount;
        const QDateTime changed = ago(pendingAge());
        const QDateTime created = secondStep ? changed.addSecs(-betweenSeconds(Hour, 4 * Day)) : changed;
        // Most requests are for the weeks ahead; some already started while still waiting.
        const QDate start =
            chance(0.1) ? m_now.date().addDays(-between(1, 5)) : m_now.date().addDays(between(1, 60));
        const bool twoStep = secondStep || (!m_twoStepLeaveTypes.isEmpty() && chance(0.2));
        leaves += createLeave(between(0, storeCount - 1), secondStep ? "validate1" : "confirm", created,
                              changed, start, twoStep)
                      ? 1
                      : 0;
    }
    count(QStringLiteral("approval"), QStringLiteral("hr.leave"), leaves);

    int counts = 0;
    for (int i = 0; i < countCount; ++i) {
        const auto [store, product] = nextPair(m_quantPairs, m_quantCursor);
        const double quantity = between(8, 180);
        const double delta = std::max(1.0, std::round(quantity * real(0.01, 0.08)));
        counts += createQuant(store, product, quantity, quantity + (chance(0.6) ? -delta : delta),
                              ago(pendingAge()))
                      ? 1
                      : 0;
    }
    count(QStringLiteral("approval"), QStringLiteral("stock.quant"), counts);

    if (approvals) {
        QList<int> categories;
        for (const QString &name : SimCatalog::approvalCategories()) {
            Values category = values("approval.category");
            category.set("name", name)
                .set("create_date", stamp(ago(900 * Day)))
                .set("write_date", stamp(ago(900 * Day)));
            categories.append(create("approval.category", category, m_admin));
        }
        int requests = 0;
        for (int i = 0; i < requestCount; ++i) {
            const int categoryIndex = between(0, int(categories.size()) - 1);
            const int store = between(0, storeCount - 1);
            const Region &region = m_regions.at(m_stores.at(store).region);
            const QDateTime submitted = ago(pendingAge());
            QList<Values> approvers;
            Values first = values("approval.approver");
            first.set("user_id", region.manager)
                .choose("status", {"pending"})
                .set("required", true)
                .set("sequence", 10);
            approvers.append(first);
            if (chance(0.3)) {
                Values second = values("approval.approver");
                second.set("user_id", m_admin)
                    .choose("status", {"waiting"})
                    .set("required", true)
                    .set("sequence", 20);
                approvers.append(second);
            }
            const QString subject = QStringLiteral("%1: %2").arg(
                SimCatalog::approvalCategories().at(categoryIndex), m_stores.at(store).name);
            Values request = values("approval.request");
            request.set("name", subject)
                .set("category_id", categories.at(categoryIndex))
                .set("request_owner_id", region.buyer)
                .choose("request_status", {"pending"})
                .set("amount", round2(real(150.0, 25000.0)))
                .set("date", stamp(submitted))
                .set("reason", QStringLiteral("<p>%1</p>").arg(subject.toHtmlEscaped()))
                .set("company_id", m_company)
                .set("approval_minimum", int(approvers.size()))
                .set("create_date", stamp(submitted.addSecs(-betweenSeconds(Minute, Day))))
                .set("write_date", stamp(submitted))
                .set("create_uid", region.buyer)
                .set("write_uid", region.buyer);
            requests += createWithChildren("approval.request", request, "approval.approver", "request_id",
                                           approvers, region.buyer)
                            ? 1
                            : 0;
        }
        count(QStringLiteral("approval"), QStringLiteral("approval.request"), requests);
    }

    if (tiers) {
        QList<int> definitions;
        for (qsizetype index = 0; index < m_regions.size(); ++index) {
            Values definition = values("tier.definition");
            definition
                .set("name", QStringLiteral("Purchases over 5,000 (%1)")
                                 .arg(SimCatalog::regions().at(index).stateName))
                .set("model", QStringLiteral("purchase.order"))
                .set("reviewer_id", m_regions.at(index).manager)
                .choose("review_type", {"individual"})
                .set("sequence", 10)
                .set("has_comment", true)
                .set("create_date", stamp(ago(400 * Day)))
                .set("write_date", stamp(ago(400 * Day)));
            definitions.append(create("tier.definition", definition, m_admin));
        }
        int reviews = 0;
        for (int i = 0; i < tierCount; ++i) {
            const int store = between(0, storeCount - 1);
            const int regionIndex = m_stores.at(store).region;
            const Region &region = m_regions.at(regionIndex);
            const QDateTime requested = ago(pendingAge());
            const QDateTime created = requested.addSecs(-betweenSeconds(Minute, Day));
            const Order order =
                createOrder(store, "draft", created, requested, region.buyer, region.buyer, 5000.0);
            Values review = values("tier.review");
            review.set("model", QStringLiteral("purchase.order"))
                .set("res_id", order.id)
                .set("definition_id", definitions.at(regionIndex))
                .choose("status", {"pending"})
                .set("reviewer_id", region.manager)
                .set("requested_by", region.buyer)
                .set("sequence", 10)
                .set("has_comment", true)
                .set("create_date", stamp(requested))
                .set("write_date", stamp(requested));
            reviews += create("tier.review", review, region.buyer) ? 1 : 0;
        }
        count(QStringLiteral("approval"), QStringLiteral("tier.review"), reviews);
    }
}

void Generator::createExceptions()
{
    const int storeCount = int(m_stores.size());
    int late = 0;
    for (int i = 0, n = scaled(500); i < n; ++i) {
        const bool incoming = chance(0.6) && !m_confirmedOrders.isEmpty();
        const Order *order = incoming ? &pick(m_confirmedOrders) : nullptr;
        const int store = order ? order->store : between(0, storeCount - 1);
        const QDateTime scheduled = ago(pendingAge());
        const QDateTime created = scheduled.addSecs(-betweenSeconds(Day, 10 * Day));
        const QDateTime changed = between(created, std::min(m_now, scheduled.addSecs(Day)));
        const double state = m_rng.generateDouble();
        const char *stateName = state < 0.5 ? "assigned" : (state < 0.85 ? "confirmed" : "waiting");
        const Picking picking = createPicking(store, incoming, stateName, scheduled, created, changed, order);
        if (picking.id) {
            m_latePickings.append(picking);
            ++late;
        }
    }
    count(QStringLiteral("exception"), QStringLiteral("stock.picking"), late);

    int orderpoints = 0;
    for (int i = 0, n = scaled(350); i < n; ++i) {
        const auto [store, product] = nextPair(m_orderpointPairs, m_orderpointCursor);
        const QDateTime created = ago(betweenSeconds(20 * Day, 500 * Day));
        orderpoints += createOrderpoint(store, product, created, ago(pendingAge())) ? 1 : 0;
    }
    count(QStringLiteral("exception"), QStringLiteral("stock.warehouse.orderpoint"), orderpoints);

    int discrepancies = 0;
    for (int i = 0, n = scaled(250); i < n; ++i) {
        const auto [store, product] = nextPair(m_quantPairs, m_quantCursor);
        const double quantity = between(10, 240);
        const double counted =
            chance(0.15) ? 0.0 : std::round(quantity * (chance(0.7) ? real(0.2, 0.8) : real(1.2, 1.9)));
        discrepancies += createQuant(store, product, quantity, counted, ago(pendingAge())) ? 1 : 0;
    }
    count(QStringLiteral("exception"), QStringLiteral("stock.quant"), discrepancies);

    int sessions = 0;
    for (int i = 0, n = scaled(200); i < n; ++i) {
        const QDateTime stop = ago(pendingAge());
        const QDateTime start = stop.addSecs(-betweenSeconds(8 * Hour, 13 * Hour));
        double difference = chance(0.75) ? -real(0.5, 60.0) : real(0.5, 45.0);
        if (chance(0.05))
            difference *= 6.0;
        sessions += createSession(between(0, storeCount - 1), "closed", start, stop,
                                  std::abs(round2(difference)) >= 0.01 ? round2(difference) : -0.5)
                        ? 1
                        : 0;
    }
    count(QStringLiteral("exception"), QStringLiteral("pos.session"), sessions);

    int activities = 0;
    for (int i = 0, n = scaled(200); i < n; ++i) {
        const bool onPicking = !m_latePickings.isEmpty() && (m_ordersToApprove.isEmpty() || chance(0.7));
        if (onPicking) {
            const Picking &picking = pick(m_latePickings);
            activities += createActivity(QStringLiteral("stock.picking"), picking.id, picking.name,
                                         picking.store, pick(SimCatalog::pickingActivitySummaries()))
                              ? 1
                              : 0;
        } else if (!m_ordersToApprove.isEmpty()) {
            const Order &order = pick(m_ordersToApprove);
            activities += createActivity(QStringLiteral("purchase.order"), order.id, order.name, order.store,
                                         pick(SimCatalog::orderActivitySummaries()))
                              ? 1
                              : 0;
        }
    }
    count(QStringLiteral("exception"), QStringLiteral("mail.activity"), activities);
}

void Generator::createFailures()
{
    createCrons();
    const int cronFailures = m_summary.perKind.value(QStringLiteral("failure/ir.cron"));
    const bool jobs =
        m_schema.hasModule(QStringLiteral("queue_job")) && m_schema.model(QStringLiteral("queue.job"));
    const int jobCount = jobs ? scaled(25) : 0;
    int failedJobs = 0;
    for (int i = 0; i < jobCount; ++i)
        failedJobs += createFailedJob() ? 1 : 0;
    count(QStringLiteral("failure"), QStringLiteral("queue.job"), failedJobs);

    int mails = 0;
    const QList<Order> &orders = m_confirmedOrders.isEmpty() ? m_ordersToApprove : m_confirmedOrders;
    for (int i = 0, n = std::max(0, scaled(80) - cronFailures - jobCount); i < n && !orders.isEmpty(); ++i)
        mails += createFailedMail(pick(orders)) ? 1 : 0;
    count(QStringLiteral("failure"), QStringLiteral("mail.mail"), mails);
}

SimDatasetSummary Generator::run()
{
    lookupUsers();
    createGeography();
    createPeople();
    createCatalog();
    for (int store = 0; store < m_stores.size(); ++store) {
        for (int product = 0; product < m_products.size(); ++product)
            m_quantPairs.append({store, product});
    }
    m_orderpointPairs = m_quantPairs;
    shuffle(m_quantPairs);
    shuffle(m_orderpointPairs);
    createPointsOfSale();
    createHistory();
    createApprovals();
    createExceptions();
    createFailures();

    QStringList models = m_schema.modelNames();
    models.sort();
    for (const QString &model : models) {
        const int records = m_db.count(model);
        if (records > 0)
            m_summary.perModel.insert(model, records);
        m_summary.totalRecords += records;
    }
    return m_summary;
}

} // namespace

SimDatasetSummary SimDataset::populate(SimBackend &backend, quint32 seed, double scale)
{
    // The dataset is the database's initial state, not a change anyone must be told about: the bus
    // would otherwise queue every generated record.
    const QSignalBlocker quiet(backend.database());
    Generator generator(backend, seed, scale);
    return generator.run();
}
