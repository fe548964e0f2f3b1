#include "simschema.h"

#include <QFile>
#include <QJsonDocument>

namespace {

QJsonObject readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

QJsonValue SimField::emptyValue() const
{
    if (type == QLatin1String("integer"))
        return 0;
    if (type == QLatin1String("float") || type == QLatin1String("monetary"))
        return 0.0;
    if (isToMany())
        return QJsonArray();
    return false;
}

QJsonObject SimField::describe() const
{
    QJsonObject description{{QStringLiteral("type"), type},
                            {QStringLiteral("string"), string},
                            {QStringLiteral("required"), required},
                            {QStringLiteral("readonly"), readonly},
                            {QStringLiteral("store"), store}};
    if (!relation.isEmpty())
        description.insert(QStringLiteral("relation"), relation);
    if (type == QLatin1String("selection")) {
        QJsonArray options;
        for (const auto &[value, label] : selection)
            options.append(QJsonArray{value, label});
        description.insert(QStringLiteral("selection"), options);
    }
    return description;
}

const SimField *SimModel::field(const QString &fieldName) const
{
    const auto it = fields.constFind(fieldName);
    return it == fields.constEnd() ? nullptr : &it.value();
}

const SimModel *SimSchema::model(const QString &name) const
{
    const auto it = m_models.constFind(name);
    return it == m_models.constEnd() ? nullptr : &it.value();
}

void SimSchema::addModel(const QString &name, const QJsonObject &fields)
{
    SimModel &model = m_models[name];
    model.name = name;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        const QJsonObject definition = it.value().toObject();
        SimField field;
        field.name = it.key();
        field.type = definition.value(QLatin1String("type")).toString();
        field.string = definition.value(QLatin1String("string")).toString();
        field.relation = definition.value(QLatin1String("relation")).toString();
        field.required = definition.value(QLatin1String("required")).toBool();
        field.readonly = definition.value(QLatin1String("readonly")).toBool();
        field.store = definition.value(QLatin1String("store")).toBool(true);
        for (const QJsonValue &option : definition.value(QLatin1String("selection")).toArray())
            field.selection.append({option.toArray().at(0).toString(), option.toArray().at(1).toString()});
        model.fields.insert(field.name, field);
    }
    if (!model.fields.contains(QStringLiteral("id")))
        model.fields.insert(QStringLiteral("id"), SimField{QStringLiteral("id"),
                                                           QStringLiteral("integer"),
                                                           QStringLiteral("ID"),
                                                           {},
                                                           {},
                                                           false,
                                                           true,
                                                           true});
}

SimSchema SimSchema::load(int flavor, const QStringList &optionalModules)
{
    SimSchema schema;
    schema.m_flavor = flavor;
    const QJsonObject base = readResource(QStringLiteral(":/sim/schema/%1.json").arg(flavor));
    const QJsonObject models = base.value(QLatin1String("models")).toObject();
    for (auto it = models.constBegin(); it != models.constEnd(); ++it)
        schema.addModel(it.key(), it.value().toObject());
    for (const QJsonValue &module : base.value(QLatin1String("installed_modules")).toArray())
        schema.m_installedModules.append(module.toString());

    const QJsonObject extra = readResource(QStringLiteral(":/sim/extra-models.json"));
    const QJsonObject modules = extra.value(QLatin1String("modules")).toObject();
    // Models every Odoo has that the captured schema did not include (res.country, hr.employee).
    const QJsonObject baseModels = modules.value(QLatin1String("base")).toObject();
    for (auto it = baseModels.constBegin(); it != baseModels.constEnd(); ++it) {
        if (!schema.m_models.contains(it.key()))
            schema.addModel(it.key(), it.value().toObject());
    }
    // Transient models (wizards) of installed modules are not in the captured schema either.
    for (const QString &module : {QStringLiteral("hr_expense"), QStringLiteral("stock")}) {
        if (!schema.m_installedModules.contains(module))
            continue;
        const QJsonObject wizards = modules.value(module).toObject();
        for (auto it = wizards.constBegin(); it != wizards.constEnd(); ++it)
            schema.addModel(it.key(), it.value().toObject());
    }
    for (const QString &module : optionalModules) {
        const QJsonObject moduleModels = modules.value(module).toObject();
        for (auto it = moduleModels.constBegin(); it != moduleModels.constEnd(); ++it)
            schema.addModel(it.key(), it.value().toObject());
        if (!schema.m_installedModules.contains(module))
            schema.m_installedModules.append(module);
    }
    const QJsonObject descriptions = extra.value(QLatin1String("descriptions")).toObject();
    for (auto it = schema.m_models.begin(); it != schema.m_models.end(); ++it)
        it->description = descriptions.value(it.key()).toString(it.key());
    return schema;
}
