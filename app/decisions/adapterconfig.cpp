#include "adapterconfig.h"

#include "adaptersupport.h"

#include <QJsonArray>

namespace {

bool readStrings(const QJsonValue &value, QStringList *out)
{
    if (!value.isArray())
        return false;
    for (const QJsonValue &entry : value.toArray()) {
        if (entry.isString())
            out->append(entry.toString());
        else if (entry.isBool() && !entry.toBool())
            out->append(QString()); // Odoo's false
        else
            return false;
    }
    return true;
}

bool readCondition(const QJsonValue &value, AdapterConfig::Condition *condition, QString *error)
{
    const QJsonObject object = value.toObject();
    if (object.value(QLatin1String("gone")).toBool()) {
        condition->gone = true;
        return true;
    }
    condition->field = object.value(QLatin1String("field")).toString();
    condition->negate = object.contains(QLatin1String("not_in"));
    const QJsonValue values = object.value(condition->negate ? QLatin1String("not_in") : QLatin1String("in"));
    if (condition->field.isEmpty() || !readStrings(values, &condition->values)) {
        *error = AdapterConfig::tr(
            "a condition needs \"field\" and a list \"in\" or \"not_in\" (or \"gone\": true)");
        return false;
    }
    return true;
}

bool readConditions(const QJsonValue &value, QList<AdapterConfig::Condition> *conditions, QString *error)
{
    if (!value.isArray()) {
        *error = AdapterConfig::tr("conditions must be a list");
        return false;
    }
    for (const QJsonValue &entry : value.toArray()) {
        AdapterConfig::Condition condition;
        if (!readCondition(entry, &condition, error))
            return false;
        conditions->append(condition);
    }
    return true;
}

bool readVersions(const QString &text, int *min, int *max)
{
    const QStringList bounds = text.split(QLatin1Char('-'));
    bool minOk = false;
    bool maxOk = false;
    *min = bounds.value(0).toInt(&minOk);
    *max = bounds.size() > 1 ? bounds.value(1).toInt(&maxOk) : *min;
    return minOk && (bounds.size() == 1 || maxOk) && bounds.size() <= 2;
}

bool readAction(const QJsonObject &object, AdapterConfig::Action *action, QString *error)
{
    action->method = object.value(QLatin1String("method")).toString();
    action->scheduleActivity = object.value(QLatin1String("schedule_activity")).toBool();
    if (action->method.isEmpty() == !action->scheduleActivity) {
        *error = AdapterConfig::tr("an action needs either \"method\" or \"schedule_activity\": true");
        return false;
    }
    for (const QJsonValue &entry : object.value(QLatin1String("methods")).toArray()) {
        const QJsonObject rule = entry.toObject();
        AdapterConfig::MethodRule method;
        method.method = rule.value(QLatin1String("method")).toString();
        const QString versions = rule.value(QLatin1String("versions")).toString();
        if (method.method.isEmpty() ||
            (!versions.isEmpty() && !readVersions(versions, &method.minVersion, &method.maxVersion)) ||
            !readConditions(rule.value(QLatin1String("when")).isUndefined()
                                ? QJsonValue(QJsonArray())
                                : rule.value(QLatin1String("when")),
                            &method.when, error)) {
            if (error->isEmpty())
                *error = AdapterConfig::tr("a method rule needs \"method\", and \"versions\" like \"17-18\"");
            return false;
        }
        action->methods.append(method);
    }
    if (object.contains(QLatin1String("applied")) &&
        !readConditions(object.value(QLatin1String("applied")), &action->applied, error))
        return false;
    const QJsonObject fromSeen = object.value(QLatin1String("applied_from_seen")).toObject();
    if (!fromSeen.isEmpty()) {
        action->seenField = fromSeen.value(QLatin1String("field")).toString();
        const QJsonObject byState = fromSeen.value(QLatin1String("states")).toObject();
        if (action->seenField.isEmpty() || byState.isEmpty()) {
            *error = AdapterConfig::tr("\"applied_from_seen\" needs \"field\" and \"states\"");
            return false;
        }
        for (auto it = byState.begin(); it != byState.end(); ++it) {
            QList<AdapterConfig::Condition> conditions;
            if (!readConditions(it.value(), &conditions, error))
                return false;
            action->appliedFromSeen.insert(it.key(), conditions);
        }
    }
    if (!action->scheduleActivity && action->applied.isEmpty() && action->appliedFromSeen.isEmpty()) {
        *error = AdapterConfig::tr(
            "an action that calls a method needs \"applied\" (how Odoo shows it took effect)");
        return false;
    }
    return true;
}

} // namespace

bool AdapterConfig::Condition::matches(const QJsonObject &record) const
{
    if (gone)
        return AdapterSupport::isGone(record);
    return values.contains(AdapterSupport::text(record, field)) != negate;
}

bool AdapterConfig::allMatch(const QList<Condition> &conditions, const QJsonObject &record)
{
    for (const Condition &condition : conditions) {
        if (!condition.matches(record))
            return false;
    }
    return true;
}

bool AdapterConfig::anyMatches(const QList<Condition> &conditions, const QJsonObject &record)
{
    for (const Condition &condition : conditions) {
        if (condition.matches(record))
            return true;
    }
    return false;
}

std::optional<AdapterConfig> AdapterConfig::fromJson(const QJsonObject &object, QString *error)
{
    AdapterConfig config;
    config.id = object.value(QLatin1String("adapter")).toString();
    config.model = object.value(QLatin1String("model")).toString();
    config.hasChatter = object.value(QLatin1String("chatter")).toBool(true);
    QString problem;
    const auto failed = [error](const QString &where, const QString &what) {
        *error = QStringLiteral("%1: %2").arg(where, what);
        return std::nullopt;
    };
    if (config.id.isEmpty() || config.model.isEmpty())
        return failed(QStringLiteral("decisions"), tr("\"adapter\" and \"model\" are required"));
    if (!readStrings(object.value(QLatin1String("fields")), &config.fields) || config.fields.isEmpty())
        return failed(QStringLiteral("decisions.fields"), tr("a list of the fields to read is required"));
    if (!readConditions(object.value(QLatin1String("open")), &config.open, &problem) || config.open.isEmpty())
        return failed(QStringLiteral("decisions.open"),
                      problem.isEmpty() ? tr("the conditions of a record that still waits are required")
                                        : problem);
    const QJsonArray actions = object.value(QLatin1String("actions")).toArray();
    if (actions.isEmpty())
        return failed(QStringLiteral("decisions.actions"), tr("at least one action is required"));
    for (const QJsonValue &entry : actions) {
        const QJsonObject actionObject = entry.toObject();
        const QString name = actionObject.value(QLatin1String("action")).toString();
        const std::optional<Decision::Action> known = Decision::actionFromName(name);
        if (!known)
            return failed(
                QStringLiteral("decisions.actions"),
                tr("\"action\" must be one of %1").arg(Decision::actionNames().join(QStringLiteral(", "))));
        Action action;
        if (!readAction(actionObject, &action, &problem))
            return failed(QStringLiteral("decisions.actions.%1").arg(name), problem);
        config.actions.insert(*known, action);
        config.actionOrder.append(*known);
    }
    for (const QJsonValue &entry : object.value(QLatin1String("no_effect")).toArray()) {
        const QJsonObject rule = entry.toObject();
        NoEffect noEffect;
        const QString actionName = rule.value(QLatin1String("action")).toString();
        if (!actionName.isEmpty()) {
            noEffect.action = Decision::actionFromName(actionName);
            if (!noEffect.action)
                return failed(QStringLiteral("decisions.no_effect"),
                              tr("\"action\" must be one of %1")
                                  .arg(Decision::actionNames().join(QStringLiteral(", "))));
        }
        noEffect.message = rule.value(QLatin1String("message")).toString();
        if (!readConditions(rule.value(QLatin1String("when")), &noEffect.when, &problem) ||
            (noEffect.message != QLatin1String("approval_limit") &&
             noEffect.message != QLatin1String("not_an_approver")))
            return failed(QStringLiteral("decisions.no_effect"),
                          problem.isEmpty() ? tr("\"message\" must be approval_limit or not_an_approver")
                                            : problem);
        config.noEffect.append(noEffect);
    }
    return config;
}
