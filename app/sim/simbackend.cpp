#include "simbackend.h"

#include "simbusiness.h"
#include "simdatabase.h"
#include "simorm.h"

#include <QCryptographicHash>

namespace {

QString versionText(int flavor)
{
    switch (flavor) {
    case 17:
        return QStringLiteral("17.0-20240709");
    case 18:
        return QStringLiteral("18.0-20250925");
    default:
        return QStringLiteral("%1.0").arg(flavor);
    }
}

} // namespace

SimBackend::SimBackend(SimDatabase *database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_orm(new SimOrm(database))
    , m_business(new SimBusiness(database, m_orm))
{
    // The base records every database has: currency, company, OdooBot (uid 1) and the
    // administrator (uid 2), then the users of the recorded contract.
    m_database->insert(
        QStringLiteral("res.currency"),
        {{QStringLiteral("name"), QStringLiteral("USD")}, {QStringLiteral("symbol"), QStringLiteral("$")}},
        1);
    const int companyPartner = m_database->insert(
        QStringLiteral("res.partner"),
        {{QStringLiteral("name"), QStringLiteral("YourCompany")}, {QStringLiteral("is_company"), true}}, 1);
    QJsonObject company{{QStringLiteral("name"), QStringLiteral("YourCompany")},
                        {QStringLiteral("partner_id"), companyPartner},
                        {QStringLiteral("currency_id"), 1}};
    const SimModel *companyModel = m_database->schema().model(QStringLiteral("res.company"));
    if (companyModel->field(QStringLiteral("po_double_validation"))) {
        company.insert(QStringLiteral("po_double_validation"), QStringLiteral("two_step"));
        company.insert(QStringLiteral("po_double_validation_amount"), 500.0);
    }
    m_database->insert(QStringLiteral("res.company"), company, 1);
    addUser(QStringLiteral("__system__"), QStringLiteral("OdooBot"), {QStringLiteral("system")});
    addUser(QStringLiteral("admin"), QStringLiteral("Mitchell Admin"), {QStringLiteral("system")});
    addUser(QStringLiteral("manager1"), QStringLiteral("manager1"),
            {QStringLiteral("purchase_manager"), QStringLiteral("stock_user")});
    addUser(QStringLiteral("buyer1"), QStringLiteral("buyer1"), {QStringLiteral("purchase_user")});
    addUser(QStringLiteral("viewer1"), QStringLiteral("viewer1"), {});
    m_passwords.remove(QStringLiteral("__system__")); // OdooBot cannot log in
    registerModulesAndModels();
}

void SimBackend::registerModulesAndModels()
{
    // ir.module.module: the installed modules of the captured server (plus enabled optional
    // ones); well-known optional modules that are absent are listed as not installed, as an
    // addons path that ships them would. queue_job is an OCA module: absent means no record.
    const SimSchema &schema = m_database->schema();
    QStringList modules = schema.installedModules();
    for (const QString &known : {QStringLiteral("approvals"), QStringLiteral("base_tier_validation")}) {
        if (!modules.contains(known))
            m_database->insert(
                QStringLiteral("ir.module.module"),
                {{QStringLiteral("name"), known}, {QStringLiteral("state"), QStringLiteral("uninstalled")}},
                1);
    }
    for (const QString &module : modules)
        m_database->insert(
            QStringLiteral("ir.module.module"),
            {{QStringLiteral("name"), module}, {QStringLiteral("state"), QStringLiteral("installed")}}, 1);
    QStringList models = schema.modelNames();
    models.sort();
    for (const QString &model : models)
        m_database->insert(
            QStringLiteral("ir.model"),
            {{QStringLiteral("model"), model}, {QStringLiteral("name"), schema.model(model)->description}},
            1);
}

SimBackend::~SimBackend()
{
    delete m_business;
    delete m_orm;
}

int SimBackend::flavor() const
{
    return m_database->flavor();
}

QString SimBackend::databaseName() const
{
    return m_database->name();
}

int SimBackend::addUser(const QString &login, const QString &name, const QStringList &roles, int companyId)
{
    const int partner = m_database->insert(
        QStringLiteral("res.partner"),
        {{QStringLiteral("name"), name}, {QStringLiteral("email"), login + QStringLiteral("@example.com")}},
        1);
    QJsonObject values{{QStringLiteral("login"), login},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("partner_id"), partner},
                       {QStringLiteral("company_id"), companyId},
                       {QStringLiteral("active"), true},
                       {QStringLiteral("share"), false},
                       {QStringLiteral("tz"), QStringLiteral("Europe/Brussels")}};
    const int uid = m_database->insert(QStringLiteral("res.users"), values, 1);
    m_passwords.insert(login, login);
    const QByteArray digest = QCryptographicHash::hash(
        (QStringLiteral("hq-sim-api-key:") + login + QString::number(flavor())).toUtf8(),
        QCryptographicHash::Sha256);
    m_apiKeys.insert(login, QString::fromLatin1(digest.toHex().left(40)));
    m_roles.insert(uid, roles);
    return uid;
}

bool SimBackend::hasRole(int uid, const QString &role) const
{
    const QStringList roles = m_roles.value(uid);
    return roles.contains(role) || roles.contains(QLatin1String("system"));
}

void SimBackend::setPassword(const QString &login, const QString &password)
{
    m_passwords.insert(login, password);
}

QJsonObject SimBackend::versionInfo() const
{
    return {{QStringLiteral("server_version"), versionText(flavor())},
            {QStringLiteral("server_version_info"),
             QJsonArray{flavor(), 0, 0, QStringLiteral("final"), 0, QString()}},
            {QStringLiteral("server_serie"), QStringLiteral("%1.0").arg(flavor())},
            {QStringLiteral("protocol_version"), 1}};
}

int SimBackend::uidForLogin(const QString &login) const
{
    for (const int uid : m_database->allIds(QStringLiteral("res.users"))) {
        if (m_database->rawValue(QStringLiteral("res.users"), uid, QStringLiteral("login")).toString() ==
            login)
            return uid;
    }
    return 0;
}

int SimBackend::authenticatePassword(const QString &login, const QString &password) const
{
    const auto it = m_passwords.constFind(login);
    if (it == m_passwords.constEnd() || password.isEmpty() || it.value() != password)
        return 0;
    return uidForLogin(login);
}

int SimBackend::authenticate(const QString &login, const QString &secret) const
{
    if (const int uid = authenticatePassword(login, secret))
        return uid;
    if (!secret.isEmpty() && m_apiKeys.value(login) == secret)
        return uidForLogin(login);
    return 0;
}

int SimBackend::uidForApiKey(const QString &apiKey) const
{
    if (apiKey.isEmpty())
        return 0;
    for (auto it = m_apiKeys.constBegin(); it != m_apiKeys.constEnd(); ++it) {
        if (it.value() == apiKey)
            return uidForLogin(it.key());
    }
    return 0;
}

bool SimBackend::checkUidSecret(int uid, const QString &secret) const
{
    return uid > 0 && authenticate(loginOf(uid), secret) == uid;
}

QString SimBackend::loginOf(int uid) const
{
    return m_database->rawValue(QStringLiteral("res.users"), uid, QStringLiteral("login")).toString();
}

int SimBackend::partnerOf(int uid) const
{
    return m_database->rawValue(QStringLiteral("res.users"), uid, QStringLiteral("partner_id")).toInt();
}

QJsonObject SimBackend::userContext(int uid) const
{
    return {{QStringLiteral("lang"), QStringLiteral("en_US")},
            {QStringLiteral("tz"), QStringLiteral("Europe/Brussels")},
            {QStringLiteral("uid"), uid}};
}

QJsonObject SimBackend::sessionInfo(int uid) const
{
    const bool system = m_roles.value(uid).contains(QLatin1String("system"));
    const QString name = m_database->displayName(QStringLiteral("res.users"), uid);
    QJsonObject company{{QStringLiteral("id"), 1},
                        {QStringLiteral("name"), m_database->displayName(QStringLiteral("res.company"), 1)},
                        {QStringLiteral("sequence"), 0},
                        {QStringLiteral("child_ids"), QJsonArray()},
                        {QStringLiteral("parent_id"), false}};
    if (flavor() >= 19)
        company.insert(QStringLiteral("currency_id"), 1);
    QJsonObject info{
        {QStringLiteral("uid"), uid},
        {QStringLiteral("is_system"), system},
        {QStringLiteral("is_admin"), system},
        {QStringLiteral("is_internal_user"), true},
        {QStringLiteral("user_context"), userContext(uid)},
        {QStringLiteral("db"), databaseName()},
        {QStringLiteral("user_settings"),
         QJsonObject{{QStringLiteral("id"), uid},
                     {QStringLiteral("user_id"), QJsonObject{{QStringLiteral("id"), uid}}}}},
        {QStringLiteral("server_version"), versionText(flavor())},
        {QStringLiteral("server_version_info"), versionInfo().value(QLatin1String("server_version_info"))},
        {QStringLiteral("support_url"), QStringLiteral("https://www.odoo.com/buy")},
        {QStringLiteral("name"), name},
        {QStringLiteral("username"), loginOf(uid)},
        {QStringLiteral("partner_display_name"),
         QStringLiteral("%1, %2").arg(company.value(QLatin1String("name")).toString(), name)},
        {QStringLiteral("partner_id"), partnerOf(uid)},
        {QStringLiteral("web.base.url"), QStringLiteral("http://127.0.0.1:8069")},
        {QStringLiteral("active_ids_limit"), 20000},
        {QStringLiteral("profile_session"), QJsonValue::Null},
        {QStringLiteral("profile_collectors"), QJsonValue::Null},
        {QStringLiteral("profile_params"), QJsonValue::Null},
        {QStringLiteral("max_file_upload_size"), 134217728},
        {QStringLiteral("home_action_id"), false},
        {QStringLiteral("currencies"),
         QJsonObject{{QStringLiteral("1"), QJsonObject{{QStringLiteral("name"), QStringLiteral("USD")},
                                                       {QStringLiteral("symbol"), QStringLiteral("$")},
                                                       {QStringLiteral("position"), QStringLiteral("before")},
                                                       {QStringLiteral("digits"), QJsonArray{69, 2}}}}}},
        {QStringLiteral("bundle_params"), QJsonObject{{QStringLiteral("lang"), QStringLiteral("en_US")}}},
        {QStringLiteral("user_companies"),
         QJsonObject{{QStringLiteral("current_company"), 1},
                     {QStringLiteral("allowed_companies"), QJsonObject{{QStringLiteral("1"), company}}},
                     {QStringLiteral("disallowed_ancestor_companies"), QJsonObject()}}},
        {QStringLiteral("show_effect"), true},
        {QStringLiteral("max_time_between_keys_in_ms"), flavor() >= 18 ? 150 : 100},
        {QStringLiteral("iap_company_enrich"), true},
    };
    if (flavor() >= 18) {
        info.insert(QStringLiteral("is_public"), false);
        info.insert(QStringLiteral("websocket_worker_version"),
                    flavor() == 18 ? QStringLiteral("18.0-5") : QStringLiteral("19.0-2"));
        info.insert(QStringLiteral("quick_login"), true);
        info.insert(QStringLiteral("test_mode"), false);
    }
    return info;
}

void SimBackend::setConflictShare(double share, quint32 seed)
{
    m_conflictShare = qBound(0.0, share, 1.0);
    m_conflictRandom.seed(seed);
}

bool SimBackend::decideAsSomeoneElse(const QString &model, int id)
{
    if (!m_database->exists(model, id))
        return false;
    const int admin = uidForLogin(QStringLiteral("admin"));
    const QString now = SimDatabase::formatDateTime(m_database->now());
    const auto field = [this, &model, id](const char *name) {
        return m_database->rawValue(model, id, QString::fromLatin1(name)).toString();
    };
    QJsonObject decision;
    if (model == QLatin1String("purchase.order") && field("state") == QLatin1String("to approve"))
        decision = {{QStringLiteral("state"), QStringLiteral("purchase")},
                    {QStringLiteral("date_approve"), now}};
    else if (model == QLatin1String("hr.leave") &&
             (field("state") == QLatin1String("confirm") || field("state") == QLatin1String("validate1")))
        decision = {{QStringLiteral("state"), QStringLiteral("validate")},
                    {QStringLiteral("second_approver_id"), admin}};
    else if (model == QLatin1String("hr.expense.sheet") && field("state") == QLatin1String("submit"))
        decision = {{QStringLiteral("state"), QStringLiteral("approve")},
                    {QStringLiteral("approval_state"), QStringLiteral("approve")}};
    else if (model == QLatin1String("hr.expense") && field("approval_state") == QLatin1String("submitted"))
        decision = {{QStringLiteral("approval_state"), QStringLiteral("approved")},
                    {QStringLiteral("state"), QStringLiteral("approved")}};
    else if (model == QLatin1String("approval.request") &&
             field("request_status") == QLatin1String("pending"))
        decision = {{QStringLiteral("request_status"), QStringLiteral("approved")}};
    else if (model == QLatin1String("stock.quant") &&
             m_database->rawValue(model, id, QStringLiteral("inventory_quantity_set")).toBool())
        decision = {{QStringLiteral("quantity"),
                     m_database->rawValue(model, id, QStringLiteral("inventory_quantity"))},
                    {QStringLiteral("inventory_quantity_set"), false}};
    if (decision.isEmpty())
        return false;
    m_database->update(model, {id}, decision, admin);
    return true;
}

SimCallResult SimBackend::call(int uid, const QString &model, const QString &method, const QJsonArray &args,
                               const QJsonObject &kwargs)
{
    SimError error;
    const auto bound = SimOrm::bindArguments(model, method, args, kwargs, &error);
    if (!bound)
        return SimCallResult::fail(error);
    return callNamed(uid, model, method, *bound);
}

SimCallResult SimBackend::callNamed(int uid, const QString &model, const QString &method,
                                    const QJsonObject &body)
{
    const SimModel *definition = m_database->schema().model(model);
    if (!definition)
        return SimCallResult::fail(SimError::userError(QStringLiteral("Object %1 doesn't exist").arg(model)));
    if (method.startsWith(QLatin1Char('_'))) {
        const QString what = flavor() == 17 ? method : QStringLiteral("'%1.%2'").arg(model, method);
        return SimCallResult::fail(SimError::accessError(
            QStringLiteral("Private methods (such as %1) cannot be called remotely.").arg(what)));
    }
    m_callCounts[model + QLatin1Char('.') + method] += 1;
    const SimCaller caller{uid, partnerOf(uid), m_roles.value(uid)};
    const bool conflictNow = m_conflictOnNextDecision ||
                             (m_conflictShare > 0.0 && m_conflictRandom.generateDouble() < m_conflictShare);
    if (conflictNow && !SimOrm::isOrmMethod(method) && body.contains(QLatin1String("ids"))) {
        for (const int id : SimOrm::idsOf(body.value(QLatin1String("ids")))) {
            if (decideAsSomeoneElse(model, id))
                m_conflictOnNextDecision = false;
        }
    }
    if (model == QLatin1String("res.users") && method == QLatin1String("context_get"))
        return SimCallResult::ok(userContext(uid));
    if (auto business = m_business->call(caller, model, method, body))
        return *business;
    if (SimOrm::isOrmMethod(method))
        return m_orm->call(caller, model, method, body);
    const QString message =
        flavor() == 17 ? QStringLiteral("The method '%1' does not exist on the model '%2'").arg(method, model)
                       : QStringLiteral("The method '%1.%2' does not exist").arg(model, method);
    return SimCallResult::fail({QStringLiteral("builtins.AttributeError"), message, 404});
}
