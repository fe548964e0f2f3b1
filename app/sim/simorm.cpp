#include "simorm.h"

#include "odoo/ormsignatures.h"
#include "simdatabase.h"
#include "simdomain.h"

#include <QHash>
#include <QJsonDocument>
#include <QSet>

namespace {

QJsonArray fieldsArgument(const QJsonObject &arguments)
{
    return arguments.value(QLatin1String("fields")).toArray();
}

} // namespace

SimOrm::SimOrm(SimDatabase *database)
    : m_database(database)
    , m_access(database->flavor())
{}

bool SimOrm::isOrmMethod(const QString &method)
{
    return (OrmSignatures::isKnown(method) || method == QLatin1String("message_post")) &&
           method != QLatin1String("context_get");
}

QList<int> SimOrm::idsOf(const QJsonValue &value)
{
    QList<int> ids;
    if (value.isDouble())
        ids.append(value.toInt());
    for (const QJsonValue &id : value.toArray())
        ids.append(id.toInt());
    return ids;
}

std::optional<QJsonObject> SimOrm::bindArguments(const QString &model, const QString &method,
                                                 const QJsonArray &args, const QJsonObject &kwargs,
                                                 SimError *error)
{
    const QStringList names = OrmSignatures::positionalNames(method);
    if (args.size() > names.size()) {
        if (error)
            *error =
                SimError::typeError(QStringLiteral("%1.%2() takes %3 positional arguments but %4 were given")
                                        .arg(model, method)
                                        .arg(names.size() + 1)
                                        .arg(args.size() + 1));
        return std::nullopt;
    }
    QJsonObject bound = kwargs;
    for (qsizetype i = 0; i < args.size(); ++i)
        bound.insert(names.at(i), args.at(i));
    if (method == QLatin1String("name_search") && bound.contains(QLatin1String("args")))
        bound.insert(QStringLiteral("domain"), bound.take(QLatin1String("args")));
    return bound;
}

std::optional<SimError> SimOrm::checkAccess(const SimCaller &caller, const QString &model,
                                            SimAccess::Operation operation) const
{
    const SimModel *definition = m_database->schema().model(model);
    return m_access.check(caller.roles, model, definition ? definition->description : model, operation);
}

std::optional<SimError> SimOrm::checkFields(const QString &model, const QJsonArray &fields) const
{
    const SimModel *definition = m_database->schema().model(model);
    for (const QJsonValue &field : fields) {
        const QString name = field.toString();
        if (name == QLatin1String("id") || name == QLatin1String("display_name") || definition->field(name))
            continue;
        if (m_database->flavor() >= 19)
            return SimError::valueError(QStringLiteral("Invalid field '%1' on '%2'").arg(name, model));
        return SimError::valueError(QStringLiteral("Invalid field '%1' on model '%2'").arg(name, model));
    }
    return std::nullopt;
}

std::optional<SimError> SimOrm::checkRequired(const QString &model, const QJsonObject &values) const
{
    // Required fields that have no default in Odoo (the others are filled by defaults).
    static const QHash<QString, QStringList> required = {
        {QStringLiteral("purchase.order"), {QStringLiteral("partner_id")}},
        {QStringLiteral("approval.request"), {QStringLiteral("category_id")}},
        {QStringLiteral("approval.approver"), {QStringLiteral("user_id")}},
        {QStringLiteral("comment.wizard"), {QStringLiteral("comment")}},
        {QStringLiteral("hr.expense.refuse.wizard"), {QStringLiteral("reason")}},
        {QStringLiteral("base.automation"), {QStringLiteral("name"), QStringLiteral("model_id")}},
        {QStringLiteral("ir.actions.server"), {QStringLiteral("model_id")}},
        {QStringLiteral("res.groups"), {QStringLiteral("name")}},
    };
    const SimModel *definition = m_database->schema().model(model);
    for (const QString &fieldName : required.value(model)) {
        const QJsonValue value = values.value(fieldName);
        if (!value.isUndefined() && !value.isNull() && value != QJsonValue(false) &&
            value != QJsonValue(QString()))
            continue;
        const SimField *field = definition->field(fieldName);
        const QString label = field ? field->string : fieldName;
        if (m_database->flavor() >= 19) {
            return SimError::validationError(
                QStringLiteral(
                    "The operation cannot be completed: Missing required value for the field '%1' (%2).\n"
                    "Model: '%3' (%4)\n- create/update: a mandatory field is not set\n- delete: another "
                    "model requires the record being deleted, you can archive it instead\n")
                    .arg(label, fieldName, definition->description, model));
        }
        return SimError::validationError(
            QStringLiteral(
                "The operation cannot be completed:\n- Create/update: a mandatory field is not set.\n- "
                "Delete: another model requires the record being deleted. If possible, archive it "
                "instead.\n\nModel: %1 (%2)\nField: %3 (%4)\n")
                .arg(definition->description, model, label, fieldName));
    }
    return std::nullopt;
}

QJsonObject SimOrm::readRecord(const QString &model, int id, const QStringList &fields) const
{
    QJsonObject record{{QStringLiteral("id"), id}};
    for (const QString &field : fields)
        record.insert(field, m_database->readValue(model, id, field));
    return record;
}

QJsonObject SimOrm::readerRecord(const SimCaller &caller, const QString &model, int id,
                                 const QStringList &fields) const
{
    QJsonObject record = readRecord(model, id, fields);
    // approval.request.user_status is computed for the reader: their own approver's status.
    if (model == QLatin1String("approval.request") && record.contains(QLatin1String("user_status"))) {
        const QString approverModel = QStringLiteral("approval.approver");
        QJsonValue status = false;
        for (const int approver : m_database->children(model, id, QStringLiteral("approver_ids"))) {
            if (m_database->rawValue(approverModel, approver, QStringLiteral("user_id")).toInt() ==
                caller.uid)
                status = m_database->rawValue(approverModel, approver, QStringLiteral("status"));
        }
        record.insert(QStringLiteral("user_status"), status);
    }
    return record;
}

SimCallResult SimOrm::call(const SimCaller &caller, const QString &model, const QString &method,
                           const QJsonObject &arguments)
{
    if (method == QLatin1String("message_post"))
        return messagePost(caller, model, arguments);
    if (method == QLatin1String("check_access_rights")) {
        const QString operation = arguments.value(QLatin1String("operation")).toString();
        const bool allowed = m_access.allows(
            caller.roles, model,
            SimAccess::operationOf(operation == QLatin1String("read") ? QStringLiteral("read") : operation));
        if (!allowed && arguments.value(QLatin1String("raise_exception")).toBool(true))
            return SimCallResult::fail(*checkAccess(caller, model, SimAccess::operationOf(operation)));
        return SimCallResult::ok(allowed);
    }
    if (const auto denied = checkAccess(caller, model, SimAccess::operationOf(method)))
        return SimCallResult::fail(*denied);
    if (method == QLatin1String("search") || method == QLatin1String("search_count") ||
        method == QLatin1String("search_read"))
        return search(caller, model, method, arguments);
    if (method == QLatin1String("read"))
        return read(caller, model, arguments);
    if (method == QLatin1String("read_group"))
        return readGroup(model, arguments);
    if (method == QLatin1String("fields_get"))
        return fieldsGet(model, arguments);
    if (method == QLatin1String("create"))
        return create(caller, model, arguments);
    if (method == QLatin1String("write"))
        return write(caller, model, arguments);
    if (method == QLatin1String("unlink"))
        return unlink(model, arguments);
    if (method == QLatin1String("name_search"))
        return nameSearch(model, arguments);
    if (method == QLatin1String("default_get"))
        return SimCallResult::ok(QJsonObject());
    return SimCallResult::fail(SimError::valueError(QStringLiteral("Unsupported method %1").arg(method)));
}

SimCallResult SimOrm::search(const SimCaller &caller, const QString &model, const QString &method,
                             const QJsonObject &arguments)
{
    const bool readToo = method == QLatin1String("search_read");
    if (readToo) {
        if (const auto invalid = checkFields(model, fieldsArgument(arguments)))
            return SimCallResult::fail(*invalid);
    }
    static const QSet<QString> known = {QStringLiteral("domain"), QStringLiteral("fields"),
                                        QStringLiteral("offset"), QStringLiteral("limit"),
                                        QStringLiteral("order"),  QStringLiteral("context"),
                                        QStringLiteral("count"),  QStringLiteral("load")};
    for (auto it = arguments.constBegin(); it != arguments.constEnd(); ++it) {
        if (!known.contains(it.key())) {
            return SimCallResult::fail(SimError::typeError(
                QStringLiteral("BaseModel.search() got an unexpected keyword argument '%1'").arg(it.key())));
        }
    }
    SimError error;
    const bool counting =
        method == QLatin1String("search_count") || arguments.value(QLatin1String("count")).toBool();
    const QString order = arguments.value(QLatin1String("order")).toString();
    const QList<int> ids = SimDomain::search(*m_database, model, effectiveDomain(model, arguments),
                                             order.isEmpty() ? defaultOrder(model) : order,
                                             arguments.value(QLatin1String("offset")).toInt(),
                                             arguments.value(QLatin1String("limit")).toInt(), &error);
    if (!error.name.isEmpty())
        return SimCallResult::fail(error);
    if (counting)
        return SimCallResult::ok(int(ids.size()));
    if (!readToo) {
        QJsonArray result;
        for (const int id : ids)
            result.append(id);
        return SimCallResult::ok(result);
    }
    QStringList fields;
    for (const QJsonValue &field : fieldsArgument(arguments))
        fields.append(field.toString());
    if (fields.isEmpty())
        fields = m_database->schema().model(model)->fields.keys();
    QJsonArray rows;
    for (const int id : ids)
        rows.append(readerRecord(caller, model, id, fields));
    return SimCallResult::ok(rows);
}

QString SimOrm::defaultOrder(const QString &model)
{
    // The models' own `_order`, as Odoo sorts a search without an explicit order.
    static const QHash<QString, QString> orders = {
        {QStringLiteral("purchase.order"), QStringLiteral("priority desc, id desc")},
        {QStringLiteral("stock.picking"), QStringLiteral("priority desc, scheduled_date asc, id desc")},
        {QStringLiteral("hr.leave"), QStringLiteral("date_from desc")},
        {QStringLiteral("hr.expense.sheet"), QStringLiteral("accounting_date desc, id desc")},
        {QStringLiteral("hr.expense"), QStringLiteral("date desc, id desc")},
        {QStringLiteral("mail.message"), QStringLiteral("id desc")},
        {QStringLiteral("mail.activity"), QStringLiteral("date_deadline asc, id asc")},
        {QStringLiteral("mail.mail"), QStringLiteral("id desc")},
        {QStringLiteral("pos.session"), QStringLiteral("id desc")},
        {QStringLiteral("queue.job"), QStringLiteral("date_created desc")},
    };
    return orders.value(model, QStringLiteral("id"));
}

QJsonValue SimOrm::effectiveDomain(const QString &model, const QJsonObject &arguments) const
{
    QJsonArray domain = arguments.value(QLatin1String("domain")).toArray();
    // Archived records stay hidden unless the domain asks about `active` or the context says
    // active_test: false.
    const bool activeTest =
        arguments.value(QLatin1String("context")).toObject().value(QLatin1String("active_test")).toBool(true);
    if (!activeTest || !m_database->schema().model(model)->field(QStringLiteral("active")))
        return domain;
    const QByteArray text = QJsonDocument(domain).toJson(QJsonDocument::Compact);
    if (text.contains("\"active\""))
        return domain;
    QJsonArray filtered{QJsonArray{QStringLiteral("active"), QStringLiteral("="), true}};
    for (const QJsonValue &term : domain)
        filtered.append(term);
    return filtered;
}

SimCallResult SimOrm::read(const SimCaller &caller, const QString &model, const QJsonObject &arguments)
{
    if (const auto invalid = checkFields(model, fieldsArgument(arguments)))
        return SimCallResult::fail(*invalid);
    QStringList fields;
    for (const QJsonValue &field : fieldsArgument(arguments))
        fields.append(field.toString());
    if (fields.isEmpty())
        fields = m_database->schema().model(model)->fields.keys();
    QJsonArray rows;
    for (const int id : idsOf(arguments.value(QLatin1String("ids")))) {
        if (m_database->exists(model, id))
            rows.append(readerRecord(caller, model, id, fields));
    }
    return SimCallResult::ok(rows);
}

SimCallResult SimOrm::readGroup(const QString &model, const QJsonObject &arguments)
{
    QStringList groupby;
    const QJsonValue groupValue = arguments.value(QLatin1String("groupby"));
    if (groupValue.isString())
        groupby.append(groupValue.toString());
    for (const QJsonValue &value : groupValue.toArray())
        groupby.append(value.toString());
    if (groupby.isEmpty())
        return SimCallResult::fail(SimError::valueError(QStringLiteral("read_group needs a groupby field")));
    const QString groupField = groupby.first().section(QLatin1Char(':'), 0, 0);
    QJsonArray checked{groupField};
    QStringList sums;
    for (const QJsonValue &field : fieldsArgument(arguments)) {
        const QString name = field.toString().section(QLatin1Char(':'), 0, 0);
        if (name == groupField || name == QLatin1String("__count"))
            continue;
        checked.append(name);
        sums.append(name);
    }
    if (const auto invalid = checkFields(model, checked))
        return SimCallResult::fail(*invalid);
    SimError error;
    const QList<int> ids =
        SimDomain::search(*m_database, model, effectiveDomain(model, arguments), QString(), 0, 0, &error);
    if (!error.name.isEmpty())
        return SimCallResult::fail(error);
    QList<QString> order;
    QHash<QString, QJsonObject> groups;
    QHash<QString, int> counts;
    for (const int id : ids) {
        const QJsonValue key = m_database->readValue(model, id, groupField);
        const QString keyText =
            QString::fromUtf8(QJsonDocument(QJsonArray{key}).toJson(QJsonDocument::Compact));
        if (!groups.contains(keyText)) {
            order.append(keyText);
            QJsonObject group{{groupField, key}};
            const QJsonValue raw = key.isArray() ? key.toArray().first() : key;
            group.insert(QStringLiteral("__domain"),
                         QJsonArray{QJsonArray{groupField, QStringLiteral("="), raw}});
            for (const QString &sum : sums)
                group.insert(sum, 0.0);
            groups.insert(keyText, group);
        }
        ++counts[keyText];
        QJsonObject &group = groups[keyText];
        for (const QString &sum : sums)
            group.insert(sum, group.value(sum).toDouble() + m_database->rawValue(model, id, sum).toDouble());
    }
    QJsonArray result;
    for (const QString &key : order) {
        QJsonObject group = groups.value(key);
        group.insert(groupField + QStringLiteral("_count"), counts.value(key));
        group.insert(QStringLiteral("__count"), counts.value(key));
        result.append(group);
    }
    return SimCallResult::ok(result);
}

SimCallResult SimOrm::fieldsGet(const QString &model, const QJsonObject &arguments)
{
    const SimModel *definition = m_database->schema().model(model);
    QStringList wanted;
    for (const QJsonValue &field : arguments.value(QLatin1String("allfields")).toArray())
        wanted.append(field.toString());
    QStringList attributes;
    for (const QJsonValue &attribute : arguments.value(QLatin1String("attributes")).toArray())
        attributes.append(attribute.toString());
    QJsonObject result;
    for (auto it = definition->fields.constBegin(); it != definition->fields.constEnd(); ++it) {
        if (!wanted.isEmpty() && !wanted.contains(it.key()))
            continue;
        QJsonObject description = it->describe();
        if (!attributes.isEmpty()) {
            for (const QString &key : description.keys()) {
                if (!attributes.contains(key))
                    description.remove(key);
            }
        }
        result.insert(it.key(), description);
    }
    return SimCallResult::ok(result);
}

SimCallResult SimOrm::create(const SimCaller &caller, const QString &model, const QJsonObject &arguments)
{
    const QJsonValue given = arguments.value(QLatin1String("vals_list"));
    const bool single = given.isObject();
    const QJsonArray valuesList = single ? QJsonArray{given} : given.toArray();
    QJsonArray ids;
    for (const QJsonValue &entry : valuesList) {
        QJsonObject values = entry.toObject();
        if (const auto missing = checkRequired(model, values))
            return SimCallResult::fail(*missing);
        const SimModel *definition = m_database->schema().model(model);
        if (definition->field(QStringLiteral("company_id")) && !values.contains(QLatin1String("company_id")))
            values.insert(QStringLiteral("company_id"), 1);
        if (model == QLatin1String("purchase.order")) {
            if (!values.contains(QLatin1String("state")))
                values.insert(QStringLiteral("state"), QStringLiteral("draft"));
            if (!values.contains(QLatin1String("user_id")))
                values.insert(QStringLiteral("user_id"), caller.uid);
            if (!values.contains(QLatin1String("date_order")))
                values.insert(QStringLiteral("date_order"), SimDatabase::formatDateTime(m_database->now()));
            if (!values.contains(QLatin1String("currency_id")))
                values.insert(QStringLiteral("currency_id"), 1);
        }
        SimError error;
        const int id = m_database->insert(model, values, caller.uid, &error);
        if (id == 0)
            return SimCallResult::fail(error);
        if (model == QLatin1String("purchase.order")) {
            if (!values.contains(QLatin1String("name")))
                m_database->update(
                    model, {id},
                    {{QStringLiteral("name"), QStringLiteral("P%1").arg(id, 5, 10, QLatin1Char('0'))}},
                    caller.uid);
            updatePurchaseAmounts(caller, id);
        }
        if (model == QLatin1String("base.automation") || model == QLatin1String("ir.actions.server"))
            completeAutomation(caller, model, id);
        ids.append(id);
    }
    return single ? SimCallResult::ok(ids.first()) : SimCallResult::ok(ids);
}

void SimOrm::completeAutomation(const SimCaller &caller, const QString &model, int id)
{
    // What Odoo computes for automation rules and their server actions: the model's technical
    // name, the usage and the action type.
    const auto modelName = [this](const QString &owner, int ownerId) {
        const int modelId = m_database->rawValue(owner, ownerId, QStringLiteral("model_id")).toInt();
        return m_database->rawValue(QStringLiteral("ir.model"), modelId, QStringLiteral("model")).toString();
    };
    const QString actionModel = QStringLiteral("ir.actions.server");
    QList<int> actions;
    if (model == QLatin1String("base.automation")) {
        m_database->update(model, {id}, {{QStringLiteral("model_name"), modelName(model, id)}}, caller.uid);
        actions = m_database->children(model, id, QStringLiteral("action_server_ids"));
    } else {
        actions = {id};
    }
    for (const int action : std::as_const(actions)) {
        const bool ofRule =
            m_database->rawValue(actionModel, action, QStringLiteral("base_automation_id")).toInt() > 0;
        m_database->update(actionModel, {action},
                           {{QStringLiteral("model_name"), modelName(actionModel, action)},
                            {QStringLiteral("type"), actionModel},
                            {QStringLiteral("usage"), ofRule ? QStringLiteral("base_automation")
                                                             : QStringLiteral("ir_actions_server")}},
                           caller.uid);
    }
}

void SimOrm::updatePurchaseAmounts(const SimCaller &caller, int orderId)
{
    // Taxes are not simulated: the total is the sum of the lines.
    const QString lineModel = QStringLiteral("purchase.order.line");
    const QList<int> lines =
        m_database->children(QStringLiteral("purchase.order"), orderId, QStringLiteral("order_line"));
    if (lines.isEmpty())
        return;
    double total = 0.0;
    for (const int line : lines) {
        const double subtotal =
            m_database->rawValue(lineModel, line, QStringLiteral("product_qty")).toDouble() *
            m_database->rawValue(lineModel, line, QStringLiteral("price_unit")).toDouble();
        m_database->update(lineModel, {line}, {{QStringLiteral("price_subtotal"), subtotal}}, caller.uid);
        total += subtotal;
    }
    m_database->update(QStringLiteral("purchase.order"), {orderId},
                       {{QStringLiteral("amount_untaxed"), total}, {QStringLiteral("amount_total"), total}},
                       caller.uid);
}

SimCallResult SimOrm::write(const SimCaller &caller, const QString &model, const QJsonObject &arguments)
{
    const QList<int> ids = idsOf(arguments.value(QLatin1String("ids")));
    const QJsonObject values = arguments.value(QLatin1String("vals")).toObject();
    if (model == QLatin1String("res.partner") && values.contains(QLatin1String("parent_id"))) {
        const int parent = values.value(QLatin1String("parent_id")).toInt();
        for (const int id : ids) {
            int ancestor = parent;
            for (int depth = 0; ancestor > 0 && depth < 64; ++depth) {
                if (ancestor == id)
                    return SimCallResult::fail(SimError::validationError(
                        QStringLiteral("You cannot create recursive Partner hierarchies.")));
                ancestor = m_database->rawValue(model, ancestor, QStringLiteral("parent_id")).toInt();
            }
        }
    }
    for (const int id : ids) {
        if (!m_database->exists(model, id)) {
            return SimCallResult::fail(SimError::missingError(
                QStringLiteral("Record does not exist or has been deleted.\n(Record: %1(%2,), User: %3)")
                    .arg(model)
                    .arg(id)
                    .arg(caller.uid)));
        }
    }
    SimError error;
    if (!m_database->update(model, ids, values, caller.uid, &error))
        return SimCallResult::fail(error);
    return SimCallResult::ok(true);
}

SimCallResult SimOrm::unlink(const QString &model, const QJsonObject &arguments)
{
    const QList<int> ids = idsOf(arguments.value(QLatin1String("ids")));
    if (model == QLatin1String("purchase.order")) {
        for (const int id : ids) {
            const QString state = m_database->rawValue(model, id, QStringLiteral("state")).toString();
            if (state != QLatin1String("draft") && state != QLatin1String("cancel"))
                return SimCallResult::fail(SimError::userError(
                    QStringLiteral("In order to delete a purchase order, you must cancel it first.")));
        }
    }
    if (model == QLatin1String("base.automation")) {
        // An automation rule's server actions go with it (ondelete cascade).
        for (const int id : ids)
            m_database->remove(QStringLiteral("ir.actions.server"),
                               m_database->children(model, id, QStringLiteral("action_server_ids")));
    }
    m_database->remove(model, ids);
    return SimCallResult::ok(true);
}

SimCallResult SimOrm::nameSearch(const QString &model, const QJsonObject &arguments)
{
    const QString name = arguments.value(QLatin1String("name")).toString();
    const QString op = arguments.value(QLatin1String("operator")).toString(QStringLiteral("ilike"));
    QJsonArray domain = arguments.value(QLatin1String("domain")).toArray();
    if (!name.isEmpty()) {
        const QString field = m_database->schema().model(model)->field(QStringLiteral("name"))
                                  ? QStringLiteral("name")
                                  : QStringLiteral("display_name");
        domain.append(QJsonArray{field, op, name});
    }
    const QJsonValue limit = arguments.value(QLatin1String("limit"));
    SimError error;
    const QList<int> ids = SimDomain::search(*m_database, model, domain, QString(), 0,
                                             limit.isUndefined() ? 100 : limit.toInt(), &error);
    if (!error.name.isEmpty())
        return SimCallResult::fail(error);
    QJsonArray result;
    for (const int id : ids)
        result.append(QJsonArray{id, m_database->displayName(model, id)});
    return SimCallResult::ok(result);
}

int SimOrm::postMessage(const SimCaller &caller, const QString &model, int resId, const QString &body,
                        const QString &messageType, const QString &subtypeXmlId)
{
    Q_UNUSED(subtypeXmlId)
    QJsonObject values{{QStringLiteral("body"), QStringLiteral("<p>%1</p>").arg(body.toHtmlEscaped())},
                       {QStringLiteral("model"), model},
                       {QStringLiteral("res_id"), resId},
                       {QStringLiteral("message_type"), messageType},
                       {QStringLiteral("date"), SimDatabase::formatDateTime(m_database->now())}};
    if (caller.partnerId > 0)
        values.insert(QStringLiteral("author_id"), caller.partnerId);
    return m_database->insert(QStringLiteral("mail.message"), values, caller.uid);
}

SimCallResult SimOrm::messagePost(const SimCaller &caller, const QString &model, const QJsonObject &arguments)
{
    const QList<int> ids = idsOf(arguments.value(QLatin1String("ids")));
    if (ids.size() != 1) {
        QStringList names;
        for (const int id : ids)
            names.append(QString::number(id));
        return SimCallResult::fail(SimError::valueError(
            QStringLiteral("Expected singleton: %1(%2)").arg(model, names.join(QStringLiteral(", ")))));
    }
    if (!m_access.allows(caller.roles, model, SimAccess::Operation::Write)) {
        if (m_database->flavor() == 17)
            return SimCallResult::fail(*checkAccess(caller, model, SimAccess::Operation::Write));
        return SimCallResult::fail(SimError::accessError(
            QStringLiteral(
                "The requested operation cannot be completed due to security restrictions. Please contact "
                "your system administrator.\n\n(Document type: Message, Operation: create) - (Records: "
                "%1, User: %2)")
                .arg(ids.first())
                .arg(caller.uid)));
    }
    const int messageId =
        postMessage(caller, model, ids.first(), arguments.value(QLatin1String("body")).toString(),
                    arguments.value(QLatin1String("message_type")).toString(QStringLiteral("comment")),
                    arguments.value(QLatin1String("subtype_xmlid")).toString(QStringLiteral("mail.mt_note")));
    if (m_database->flavor() >= 19)
        return SimCallResult::ok(QJsonArray{messageId});
    return SimCallResult::ok(messageId);
}
