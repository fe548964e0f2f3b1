#include "sourceprofilereader.h"

#include "domain/jsonlines.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace {

const QStringList &knownKeys()
{
    static const QStringList keys = {QStringLiteral("id"),
                                     QStringLiteral("title"),
                                     QStringLiteral("kind"),
                                     QStringLiteral("model"),
                                     QStringLiteral("domain"),
                                     QStringLiteral("fields"),
                                     QStringLiteral("title_field"),
                                     QStringLiteral("summary"),
                                     QStringLiteral("amount_field"),
                                     QStringLiteral("currency_field"),
                                     QStringLiteral("requester_field"),
                                     QStringLiteral("requester_model"),
                                     QStringLiteral("created_field"),
                                     QStringLiteral("state_field"),
                                     QStringLiteral("store_path"),
                                     QStringLiteral("filters"),
                                     QStringLiteral("severity_rules"),
                                     QStringLiteral("default_severity"),
                                     QStringLiteral("default_reason"),
                                     QStringLiteral("sla_hours"),
                                     QStringLiteral("requires"),
                                     QStringLiteral("decisions"),
                                     QStringLiteral("notes"),
                                     QStringLiteral("variants")};
    return keys;
}

const QStringList &operators()
{
    static const QStringList ops = {QStringLiteral("="),    QStringLiteral("!="),    QStringLiteral(">"),
                                    QStringLiteral(">="),   QStringLiteral("<"),     QStringLiteral("<="),
                                    QStringLiteral("abs>"), QStringLiteral("abs>="), QStringLiteral("set"),
                                    QStringLiteral("unset")};
    return ops;
}

bool readStringList(const QJsonValue &value, QStringList *out)
{
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isArray())
        return false;
    out->clear();
    for (const QJsonValue &entry : value.toArray()) {
        if (!entry.isString() || entry.toString().isEmpty())
            return false;
        out->append(entry.toString());
    }
    return true;
}

bool parseCondition(const QJsonObject &object, SourceProfile::Condition *condition, QString *reason)
{
    condition->field = object.value(QLatin1String("field")).toString();
    condition->op = object.value(QLatin1String("op")).toString(QStringLiteral("="));
    condition->value = object.value(QLatin1String("value"));
    if (condition->field.isEmpty()) {
        *reason = SourceProfile::tr("a condition needs a \"field\"");
        return false;
    }
    if (!operators().contains(condition->op)) {
        *reason = SourceProfile::tr("unknown operator \"%1\" (use one of %2)")
                      .arg(condition->op, operators().join(QStringLiteral(", ")));
        return false;
    }
    const bool unary = condition->op == QLatin1String("set") || condition->op == QLatin1String("unset");
    if (!unary && condition->value.isUndefined()) {
        *reason = SourceProfile::tr("the condition on %1 needs a \"value\"").arg(condition->field);
        return false;
    }
    return true;
}

bool validDomain(const QJsonArray &domain, QString *reason)
{
    for (qsizetype i = 0; i < domain.size(); ++i) {
        const QJsonValue term = domain.at(i);
        if (term.isString()) {
            const QString op = term.toString();
            if (op == QLatin1String("&") || op == QLatin1String("|") || op == QLatin1String("!"))
                continue;
        } else if (term.isArray()) {
            const QJsonArray leaf = term.toArray();
            if (leaf.size() == 3 && leaf.at(0).isString() && leaf.at(1).isString() &&
                !leaf.at(0).toString().isEmpty())
                continue;
        }
        *reason = SourceProfile::tr("domain term %1 is neither [field, operator, value] nor '&', '|', '!'")
                      .arg(i + 1);
        return false;
    }
    return true;
}

void collectPlaceholders(const QJsonValue &value, QStringList *out)
{
    if (value.isArray()) {
        for (const QJsonValue &entry : value.toArray())
            collectPlaceholders(entry, out);
    } else if (value.isString() && value.toString().startsWith(QLatin1Char('$'))) {
        out->append(value.toString());
    }
}

} // namespace

using JsonLines::lineAt;
using JsonLines::lineOfKey;

std::optional<SourceProfile> SourceProfileReader::read(const QByteArray &json, const QString &fileName,
                                                       QString *error)
{
    auto fail = [&](int line, const QString &reason) -> std::optional<SourceProfile> {
        if (error)
            *error = tr("%1:%2: %3").arg(fileName).arg(line).arg(reason);
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(lineAt(json, parseError.offset), tr("not valid JSON (%1)").arg(parseError.errorString()));
    if (!document.isObject())
        return fail(1, tr("a profile must be one JSON object"));

    QJsonObject base = document.object();
    const QJsonValue variants = base.take(QLatin1String("variants"));
    QString reason;
    QString key;
    std::optional<SourceProfile> profile = fromObject(base, &reason, &key);
    if (!profile)
        return fail(lineOfKey(json, key), reason);
    profile->m_base = base;
    profile->sourceFile = fileName;

    if (!variants.isUndefined() && !variants.isObject())
        return fail(lineOfKey(json, QStringLiteral("variants")),
                    QStringLiteral("\"variants\" must be an object keyed by Odoo version"));
    const qsizetype variantsAt = json.indexOf("\"variants\"");
    static const QRegularExpression keyPattern(QStringLiteral("^\\d+(-\\d+)?$"));
    const QJsonObject variantObject = variants.toObject();
    for (auto it = variantObject.constBegin(); it != variantObject.constEnd(); ++it) {
        const int line = lineOfKey(json, it.key(), std::max<qsizetype>(variantsAt, 0));
        if (!keyPattern.match(it.key()).hasMatch())
            return fail(line, QStringLiteral("variant key \"%1\" is not an Odoo version like \"17\" or "
                                             "\"17-18\"")
                                  .arg(it.key()));
        if (!it.value().isObject())
            return fail(line, tr("variant \"%1\" must be an object").arg(it.key()));
        QJsonObject merged = base;
        const QJsonObject overlay = it.value().toObject();
        for (auto field = overlay.constBegin(); field != overlay.constEnd(); ++field) {
            if (field.key() == QLatin1String("id") || field.key() == QLatin1String("variants"))
                return fail(line, tr("variant \"%1\" may not change \"%2\"").arg(it.key(), field.key()));
            merged.insert(field.key(), field.value());
        }
        if (!fromObject(merged, &reason, &key))
            return fail(lineOfKey(json, key, std::max<qsizetype>(variantsAt, 0)),
                        tr("variant %1: %2").arg(it.key(), reason));
        profile->m_variants.insert(it.key(), overlay);
    }
    return profile;
}

std::optional<SourceProfile> SourceProfileReader::fromObject(const QJsonObject &object, QString *reason,
                                                             QString *reasonKey)
{
    auto fail = [&](const QString &key, const QString &why) -> std::optional<SourceProfile> {
        *reasonKey = key;
        *reason = why;
        return std::nullopt;
    };
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!knownKeys().contains(it.key()))
            return fail(it.key(), tr("unknown key \"%1\"").arg(it.key()));
    }
    auto text = [&](const char *key) { return object.value(QLatin1String(key)).toString(); };
    auto checkString = [&](const char *key) {
        const QJsonValue value = object.value(QLatin1String(key));
        return value.isUndefined() || value.isString();
    };
    for (const char *key : {"id", "title", "kind", "model", "title_field", "summary", "amount_field",
                            "currency_field", "requester_field", "requester_model", "created_field",
                            "state_field", "default_severity", "default_reason", "notes"}) {
        if (!checkString(key))
            return fail(QString::fromLatin1(key),
                        QStringLiteral("\"%1\" must be a string").arg(QLatin1String(key)));
    }

    SourceProfile profile;
    profile.id = text("id");
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9_]+$"));
    if (!idPattern.match(profile.id).hasMatch())
        return fail(QStringLiteral("id"), QStringLiteral("\"id\" must be lowercase letters, digits and _"));
    profile.title = text("title");
    if (profile.title.isEmpty())
        return fail(QStringLiteral("title"), tr("the profile has no \"title\""));
    const QString kindName = text("kind");
    const std::optional<ItemKind> kind = EnumNames::fromName<ItemKind>(kindName);
    if (!kind)
        return fail(QStringLiteral("kind"),
                    tr("unknown kind \"%1\" (use %2)")
                        .arg(kindName, EnumNames::names<ItemKind>().join(QStringLiteral(", "))));
    profile.kind = *kind;
    profile.model = text("model");
    if (profile.model.isEmpty())
        return fail(QStringLiteral("model"), tr("the profile has no \"model\""));

    const QJsonValue domain = object.value(QLatin1String("domain"));
    if (!domain.isUndefined() && !domain.isArray())
        return fail(QStringLiteral("domain"),
                    QStringLiteral("\"domain\" must be a JSON array (an Odoo domain)"));
    profile.domain = domain.toArray();
    QString why;
    if (!validDomain(profile.domain, &why))
        return fail(QStringLiteral("domain"), why);
    QStringList placeholders;
    collectPlaceholders(profile.domain, &placeholders);
    for (const QString &placeholder : std::as_const(placeholders)) {
        if (!SourceProfile::placeholderPattern().match(placeholder).hasMatch())
            return fail(QStringLiteral("domain"),
                        tr("unknown placeholder \"%1\" (use $now, $now-3d, $today…)").arg(placeholder));
    }

    if (!readStringList(object.value(QLatin1String("fields")), &profile.fields) || profile.fields.isEmpty())
        return fail(QStringLiteral("fields"),
                    QStringLiteral("\"fields\" must be a non-empty list of field names"));
    profile.titleField = text("title_field");
    if (profile.titleField.isEmpty())
        return fail(QStringLiteral("title_field"), tr("the profile has no \"title_field\""));
    profile.summaryTemplate = text("summary");
    profile.amountField = text("amount_field");
    profile.currencyField = text("currency_field");
    profile.requesterField = text("requester_field");
    if (object.contains(QLatin1String("requester_model")))
        profile.requesterModel = text("requester_model");
    if (object.contains(QLatin1String("created_field")))
        profile.createdField = text("created_field");
    profile.stateField = text("state_field");
    profile.defaultReason = text("default_reason");

    const QJsonValue store = object.value(QLatin1String("store_path"));
    if (store.isString()) {
        profile.storePaths = {store.toString()};
    } else if (!readStringList(store, &profile.storePaths)) {
        return fail(QStringLiteral("store_path"),
                    QStringLiteral("\"store_path\" must be a field path or a list of field paths"));
    }
    for (const QString &path : std::as_const(profile.storePaths)) {
        const QStringList steps = path.split(QLatin1Char('.'));
        if (steps.contains(QString()) || steps.size() > 2)
            return fail(QStringLiteral("store_path"),
                        QStringLiteral("store path \"%1\" must be a field or \"<field>.<field>\"").arg(path));
    }

    const QJsonValue filters = object.value(QLatin1String("filters"));
    if (!filters.isUndefined() && !filters.isArray())
        return fail(QStringLiteral("filters"), QStringLiteral("\"filters\" must be a list of conditions"));
    for (const QJsonValue &entry : filters.toArray()) {
        SourceProfile::Condition condition;
        if (!entry.isObject() || !parseCondition(entry.toObject(), &condition, &why))
            return fail(QStringLiteral("filters"), entry.isObject() ? why : tr("a filter must be an object"));
        profile.filters.append(condition);
    }

    if (object.contains(QLatin1String("default_severity"))) {
        const QString name = text("default_severity");
        const std::optional<Severity> severity = EnumNames::fromName<Severity>(name);
        if (!severity)
            return fail(QStringLiteral("default_severity"),
                        tr("unknown severity \"%1\" (use %2)")
                            .arg(name, EnumNames::names<Severity>().join(QStringLiteral(", "))));
        profile.defaultSeverity = *severity;
    }
    const QJsonValue rules = object.value(QLatin1String("severity_rules"));
    if (!rules.isUndefined() && !rules.isArray())
        return fail(QStringLiteral("severity_rules"), QStringLiteral("\"severity_rules\" must be a list"));
    for (const QJsonValue &entry : rules.toArray()) {
        if (!entry.isObject())
            return fail(QStringLiteral("severity_rules"), tr("a severity rule must be an object"));
        const QJsonObject rule = entry.toObject();
        SourceProfile::SeverityRule parsed;
        const QString severityText = rule.value(QLatin1String("severity")).toString();
        parsed.reason = rule.value(QLatin1String("reason")).toString();
        const std::optional<Severity> severity = EnumNames::fromName<Severity>(severityText);
        if (!severity)
            return fail(QStringLiteral("severity_rules"),
                        tr("unknown severity \"%1\" in a severity rule").arg(severityText));
        parsed.severity = *severity;
        if (parsed.reason.isEmpty())
            return fail(QStringLiteral("severity_rules"), tr("a severity rule needs a \"reason\""));
        if (rule.contains(QLatin1String("age_hours"))) {
            parsed.ageHours = rule.value(QLatin1String("age_hours")).toDouble();
            parsed.ageField = rule.value(QLatin1String("age_field")).toString();
            if (parsed.ageHours <= 0.0)
                return fail(QStringLiteral("age_hours"),
                            QStringLiteral("\"age_hours\" must be a positive number"));
        } else if (!parseCondition(rule, &parsed.condition, &why)) {
            return fail(QStringLiteral("severity_rules"), why);
        }
        profile.severityRules.append(parsed);
    }

    const QJsonValue sla = object.value(QLatin1String("sla_hours"));
    if (!sla.isUndefined() && (!sla.isDouble() || sla.toDouble() < 0.0))
        return fail(QStringLiteral("sla_hours"),
                    QStringLiteral("\"sla_hours\" must be a number of hours (0 = none)"));
    profile.slaHours = sla.toDouble();

    const QJsonValue needsValue = object.value(QLatin1String("requires"));
    if (!needsValue.isUndefined() && !needsValue.isObject())
        return fail(QStringLiteral("requires"), QStringLiteral("\"requires\" must be an object"));
    const QJsonObject needs = needsValue.toObject();
    const QJsonValue versions = needs.value(QLatin1String("versions"));
    if (versions.isArray()) {
        for (const QJsonValue &version : versions.toArray()) {
            if (!version.isDouble() || version.toInt() < 8)
                return fail(QStringLiteral("versions"),
                            QStringLiteral("\"versions\" must list Odoo major versions"));
            profile.requirements.versions.append(version.toInt());
        }
    } else if (versions.isObject()) {
        profile.requirements.minVersion = versions.toObject().value(QLatin1String("min")).toInt();
        profile.requirements.maxVersion = versions.toObject().value(QLatin1String("max")).toInt();
    } else if (!versions.isUndefined()) {
        return fail(QStringLiteral("versions"),
                    QStringLiteral("\"versions\" must be a list or {\"min\": …, \"max\": …}"));
    }
    if (!readStringList(needs.value(QLatin1String("modules")), &profile.requirements.modules))
        return fail(QStringLiteral("modules"), QStringLiteral("\"modules\" must be a list of module names"));
    if (!readStringList(needs.value(QLatin1String("models")), &profile.requirements.models))
        return fail(QStringLiteral("models"), QStringLiteral("\"models\" must be a list of model names"));
    const QJsonValue neededFields = needs.value(QLatin1String("fields"));
    if (!neededFields.isUndefined() && !neededFields.isObject())
        return fail(QStringLiteral("fields"),
                    QStringLiteral("\"requires.fields\" must map models to field lists"));
    const QJsonObject fieldMap = neededFields.toObject();
    for (auto it = fieldMap.constBegin(); it != fieldMap.constEnd(); ++it) {
        QStringList list;
        if (!readStringList(it.value(), &list))
            return fail(it.key(), QStringLiteral("\"requires.fields\" must map models to field lists"));
        profile.requirements.fields.insert(it.key(), list);
    }

    const QJsonValue decisions = object.value(QLatin1String("decisions"));
    if (!decisions.isUndefined() && !decisions.isObject())
        return fail(QStringLiteral("decisions"), QStringLiteral("\"decisions\" must be an object"));
    profile.decisions = decisions.toObject();
    return profile;
}
