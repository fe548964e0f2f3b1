#include "simdatabase.h"

#include <QJsonArray>

#include <algorithm>

namespace {

int relationId(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toInt();
    if (value.isArray() && !value.toArray().isEmpty())
        return value.toArray().first().toInt();
    return 0;
}

// Takes out the many2many values of `values` written as commands relative to the current value
// ([4, id] links, [3, id] unlinks, [5] clears): they are applied per record.
QHash<QString, QJsonArray> takeRelativeLinks(const SimModel &model, QJsonObject &values)
{
    QHash<QString, QJsonArray> relative;
    for (auto it = values.begin(); it != values.end();) {
        const SimField *field = model.field(it.key());
        const QJsonArray commands = it.value().toArray();
        const bool isRelative =
            field && field->type == QLatin1String("many2many") &&
            std::any_of(commands.cbegin(), commands.cend(), [](const QJsonValue &command) {
                const int code = command.toArray().at(0).toInt(-1);
                return command.isArray() && (code == 3 || code == 4 || code == 5);
            });
        if (!isRelative) {
            ++it;
            continue;
        }
        relative.insert(it.key(), commands);
        it = values.erase(it);
    }
    return relative;
}

QJsonArray applyLinkCommands(const QJsonArray &current, const QJsonArray &commands)
{
    QList<int> ids;
    for (const QJsonValue &id : current)
        ids.append(id.toInt());
    for (const QJsonValue &command : commands) {
        const QJsonArray parts = command.toArray();
        switch (parts.at(0).toInt()) {
        case 3:
            ids.removeAll(parts.at(1).toInt());
            break;
        case 4:
            if (!ids.contains(parts.at(1).toInt()))
                ids.append(parts.at(1).toInt());
            break;
        case 5:
            ids.clear();
            break;
        case 6:
            ids.clear();
            for (const QJsonValue &id : parts.at(2).toArray())
                ids.append(id.toInt());
            break;
        default:
            break;
        }
    }
    QJsonArray result;
    for (const int id : std::as_const(ids))
        result.append(id);
    return result;
}

} // namespace

SimDatabase::SimDatabase(SimSchema schema, QString name, QObject *parent)
    : QObject(parent)
    , m_schema(std::move(schema))
    , m_name(std::move(name))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{}

QDateTime SimDatabase::now() const
{
    return m_clock().toUTC();
}

QString SimDatabase::formatDateTime(const QDateTime &moment)
{
    return moment.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString SimDatabase::formatDate(const QDate &day)
{
    return day.toString(QStringLiteral("yyyy-MM-dd"));
}

QString SimDatabase::inverseFieldOf(const QString &model, const QString &one2manyField)
{
    static const QHash<QString, QString> inverses = {
        {QStringLiteral("purchase.order.order_line"), QStringLiteral("order_id")},
        {QStringLiteral("hr.expense.sheet.expense_line_ids"), QStringLiteral("sheet_id")},
        {QStringLiteral("approval.request.approver_ids"), QStringLiteral("request_id")},
        {QStringLiteral("stock.picking.move_ids"), QStringLiteral("picking_id")},
        {QStringLiteral("stock.picking.move_ids_without_package"), QStringLiteral("picking_id")},
        {QStringLiteral("res.partner.child_ids"), QStringLiteral("parent_id")},
        {QStringLiteral("pos.config.session_ids"), QStringLiteral("config_id")},
        {QStringLiteral("base.automation.action_server_ids"), QStringLiteral("base_automation_id")},
    };
    return inverses.value(model + QLatin1Char('.') + one2manyField);
}

bool SimDatabase::normalize(const SimModel &model, QJsonObject &values,
                            QList<QPair<QString, QJsonArray>> *childCommands, SimError *error) const
{
    for (auto it = values.begin(); it != values.end();) {
        const SimField *field = model.field(it.key());
        if (!field) {
            if (error)
                *error = SimError::valueError(
                    QStringLiteral("Invalid field '%1' on model '%2'").arg(it.key(), model.name));
            return false;
        }
        if (field->type == QLatin1String("many2one")) {
            const int id = relationId(it.value());
            it.value() = id > 0 ? QJsonValue(id) : QJsonValue(false);
        } else if (field->type == QLatin1String("selection") && !it.value().isBool() &&
                   !it.value().isNull()) {
            bool known = false;
            for (const auto &option : field->selection)
                known = known || option.first == it.value().toString();
            if (!known && !field->selection.isEmpty()) {
                if (error)
                    *error = SimError::valueError(QStringLiteral("Wrong value for %1.%2: '%3'")
                                                      .arg(model.name, field->name, it.value().toString()));
                return false;
            }
        } else if (field->isToMany()) {
            const QJsonArray given = it.value().toArray();
            const bool commands = !given.isEmpty() && given.first().isArray();
            if (commands) {
                QJsonArray ids;
                QJsonArray creates;
                for (const QJsonValue &command : given) {
                    const QJsonArray parts = command.toArray();
                    switch (parts.at(0).toInt()) {
                    case 0:
                        creates.append(parts.at(2));
                        break;
                    case 4:
                        ids.append(parts.at(1));
                        break;
                    case 6:
                        ids = parts.at(2).toArray();
                        break;
                    default:
                        break;
                    }
                }
                if (!creates.isEmpty() && childCommands)
                    childCommands->append({field->name, creates});
                it.value() = ids;
            }
            if (field->type == QLatin1String("one2many")) {
                it = values.erase(it); // one2many values live on the children
                continue;
            }
        }
        ++it;
    }
    return true;
}

void SimDatabase::applyChildCommands(const QString &model, int id,
                                     const QList<QPair<QString, QJsonArray>> &commands, int uid)
{
    for (const auto &[fieldName, creates] : commands) {
        const SimField *field = m_schema.model(model)->field(fieldName);
        const QString inverse = inverseFieldOf(model, fieldName);
        if (!field || inverse.isEmpty())
            continue;
        for (const QJsonValue &childValues : creates) {
            QJsonObject values = childValues.toObject();
            values.insert(inverse, id);
            insert(field->relation, values, uid);
        }
    }
}

int SimDatabase::insert(const QString &model, const QJsonObject &values, int uid, SimError *error)
{
    const SimModel *definition = m_schema.model(model);
    if (!definition) {
        if (error)
            *error = SimError::userError(QStringLiteral("Object %1 doesn't exist").arg(model));
        return 0;
    }
    QJsonObject record = values;
    QList<QPair<QString, QJsonArray>> childCommands;
    if (!normalize(*definition, record, &childCommands, error))
        return 0;
    const int id = ++m_lastId[model];
    const QString stamp = formatDateTime(now());
    record.insert(QStringLiteral("id"), id);
    if (definition->fields.contains(QStringLiteral("active")) && !record.contains(QStringLiteral("active")))
        record.insert(QStringLiteral("active"), true); // Odoo's default
    if (!record.contains(QStringLiteral("create_date")))
        record.insert(QStringLiteral("create_date"), stamp);
    if (!record.contains(QStringLiteral("write_date")))
        record.insert(QStringLiteral("write_date"), record.value(QStringLiteral("create_date")));
    if (definition->fields.contains(QStringLiteral("create_uid")) &&
        !record.contains(QStringLiteral("create_uid")))
        record.insert(QStringLiteral("create_uid"), uid);
    if (definition->fields.contains(QStringLiteral("write_uid")) &&
        !record.contains(QStringLiteral("write_uid")))
        record.insert(QStringLiteral("write_uid"), uid);
    for (auto it = record.constBegin(); it != record.constEnd(); ++it) {
        const SimField *field = definition->field(it.key());
        if (field && field->type == QLatin1String("many2one") && it.value().isDouble())
            m_childIndex[model][field->name][it.value().toInt()].append(id);
    }
    m_tables[model].insert(id, record);
    applyChildCommands(model, id, childCommands, uid);
    Q_EMIT recordsChanged(model, {id});
    return id;
}

bool SimDatabase::update(const QString &model, const QList<int> &ids, const QJsonObject &values, int uid,
                         SimError *error)
{
    const SimModel *definition = m_schema.model(model);
    if (!definition) {
        if (error)
            *error = SimError::userError(QStringLiteral("Object %1 doesn't exist").arg(model));
        return false;
    }
    QJsonObject changes = values;
    const QHash<QString, QJsonArray> relativeLinks = takeRelativeLinks(*definition, changes);
    QList<QPair<QString, QJsonArray>> childCommands;
    if (!normalize(*definition, changes, &childCommands, error))
        return false;
    auto &table = m_tables[model];
    const QString stamp = formatDateTime(now());
    QList<int> written;
    for (const int id : ids) {
        auto it = table.find(id);
        if (it == table.end())
            continue;
        for (auto change = changes.constBegin(); change != changes.constEnd(); ++change) {
            const SimField *field = definition->field(change.key());
            if (field && field->type == QLatin1String("many2one")) {
                auto &index = m_childIndex[model][field->name];
                const int before = it->value(change.key()).toInt();
                if (before > 0)
                    index[before].removeOne(id);
                if (change.value().toInt() > 0)
                    index[change.value().toInt()].append(id);
            }
            it->insert(change.key(), change.value());
        }
        for (auto link = relativeLinks.constBegin(); link != relativeLinks.constEnd(); ++link)
            it->insert(link.key(), applyLinkCommands(it->value(link.key()).toArray(), link.value()));
        if (!changes.contains(QStringLiteral("write_date")))
            it->insert(QStringLiteral("write_date"), stamp);
        if (definition->fields.contains(QStringLiteral("write_uid")))
            it->insert(QStringLiteral("write_uid"), uid);
        applyChildCommands(model, id, childCommands, uid);
        written.append(id);
    }
    if (!written.isEmpty())
        Q_EMIT recordsChanged(model, written);
    return true;
}

void SimDatabase::remove(const QString &model, const QList<int> &ids)
{
    const SimModel *definition = m_schema.model(model);
    auto &table = m_tables[model];
    for (const int id : ids) {
        const auto it = table.constFind(id);
        if (it == table.constEnd())
            continue;
        if (definition) {
            for (auto value = it->constBegin(); value != it->constEnd(); ++value) {
                const SimField *field = definition->field(value.key());
                if (field && field->type == QLatin1String("many2one") && value.value().toInt() > 0)
                    m_childIndex[model][field->name][value.value().toInt()].removeOne(id);
            }
        }
        table.remove(id);
    }
}

bool SimDatabase::exists(const QString &model, int id) const
{
    const auto table = m_tables.constFind(model);
    return table != m_tables.constEnd() && table->contains(id);
}

QList<int> SimDatabase::allIds(const QString &model) const
{
    const auto table = m_tables.constFind(model);
    return table == m_tables.constEnd() ? QList<int>() : table->keys();
}

int SimDatabase::count(const QString &model) const
{
    const auto table = m_tables.constFind(model);
    return table == m_tables.constEnd() ? 0 : int(table->size());
}

QJsonValue SimDatabase::rawValue(const QString &model, int id, const QString &field) const
{
    const auto table = m_tables.constFind(model);
    if (table != m_tables.constEnd()) {
        const auto record = table->constFind(id);
        if (record != table->constEnd()) {
            const auto value = record->constFind(field);
            if (value != record->constEnd())
                return value.value();
        }
    }
    const SimModel *definition = m_schema.model(model);
    const SimField *definitionField = definition ? definition->field(field) : nullptr;
    if (definitionField && definitionField->type == QLatin1String("one2many")) {
        QJsonArray ids;
        for (const int child : children(model, id, field))
            ids.append(child);
        return ids;
    }
    return definitionField ? definitionField->emptyValue() : QJsonValue(false);
}

QList<int> SimDatabase::children(const QString &model, int id, const QString &one2manyField) const
{
    const SimModel *definition = m_schema.model(model);
    const SimField *field = definition ? definition->field(one2manyField) : nullptr;
    const QString inverse = inverseFieldOf(model, one2manyField);
    if (!field || inverse.isEmpty())
        return {};
    QList<int> ids;
    const auto byField = m_childIndex.constFind(field->relation);
    if (byField != m_childIndex.constEnd()) {
        const auto byParent = byField->constFind(inverse);
        if (byParent != byField->constEnd())
            ids = byParent->value(id);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

QString SimDatabase::displayName(const QString &model, int id) const
{
    if (!exists(model, id))
        return {};
    const QString code = rawValue(model, id, QStringLiteral("default_code")).toString();
    if (model == QLatin1String("product.product") && !code.isEmpty())
        return QStringLiteral("[%1] %2").arg(code, rawValue(model, id, QStringLiteral("name")).toString());
    for (const char *candidate : {"display_name", "name", "complete_name"}) {
        const QJsonValue value = rawValue(model, id, QString::fromLatin1(candidate));
        if (value.isString() && !value.toString().isEmpty())
            return value.toString();
    }
    return QStringLiteral("%1,%2").arg(model).arg(id);
}

QJsonValue SimDatabase::readValue(const QString &model, int id, const QString &field) const
{
    if (field == QLatin1String("id"))
        return id;
    if (field == QLatin1String("display_name"))
        return displayName(model, id);
    const SimModel *definition = m_schema.model(model);
    const SimField *definitionField = definition ? definition->field(field) : nullptr;
    const QJsonValue value = rawValue(model, id, field);
    if (definitionField && definitionField->type == QLatin1String("many2one")) {
        const int target = value.toInt();
        if (target <= 0 || !exists(definitionField->relation, target))
            return false;
        return QJsonArray{target, displayName(definitionField->relation, target)};
    }
    return value;
}
