#include "sourceprofile.h"

#include "odoo/odoovalues.h"
#include "storedirectory.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

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

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^\\$(now|today)(?:([+-])(\\d+)([dhm]))?$"));
    return pattern;
}

const QRegularExpression &templatePattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{([A-Za-z_][A-Za-z0-9_]*)\\}"));
    return pattern;
}

int lineAt(const QByteArray &text, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    return int(text.left(offset).count('\n')) + 1;
}

// The line of `"key"` in the text, searched from `from`; 1 when not found.
int lineOfKey(const QByteArray &text, const QString &key, qsizetype from = 0)
{
    if (key.isEmpty())
        return 1;
    const qsizetype at = text.indexOf(QByteArray("\"") + key.toUtf8() + QByteArray("\""), from);
    return at < 0 ? (from > 0 ? lineOfKey(text, key) : 1) : lineAt(text, at);
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

double numberOf(const QJsonValue &value)
{
    if (value.isArray()) // many2one [id, name]
        return value.toArray().at(0).toDouble();
    if (value.isBool())
        return value.toBool() ? 1.0 : 0.0;
    if (value.isString())
        return value.toString().toDouble();
    return value.toDouble();
}

bool isSet(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return false;
    if (value.isBool())
        return value.toBool();
    if (value.isString())
        return !value.toString().isEmpty();
    if (value.isArray())
        return !value.toArray().isEmpty();
    return true;
}

QString tidy(QString text)
{
    static const QString separators = QStringLiteral("—–-:,·|/ ");
    text = text.simplified();
    while (!text.isEmpty() && separators.contains(text.back()))
        text.chop(1);
    while (!text.isEmpty() && separators.contains(text.front()))
        text.remove(0, 1);
    return text;
}

QJsonValue resolvePlaceholders(const QJsonValue &value, const QDateTime &now)
{
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &entry : value.toArray())
            out.append(resolvePlaceholders(entry, now));
        return out;
    }
    if (!value.isString())
        return value;
    const QRegularExpressionMatch match = placeholderPattern().match(value.toString());
    if (!match.hasMatch())
        return value;
    QDateTime at = now.toUTC();
    if (match.capturedLength(2) > 0) {
        const qint64 amount =
            match.captured(3).toLongLong() * (match.captured(2) == QLatin1String("-") ? -1 : 1);
        const QString unit = match.captured(4);
        at = unit == QLatin1String("d")   ? at.addDays(amount)
             : unit == QLatin1String("h") ? at.addSecs(amount * 3600)
                                          : at.addSecs(amount * 60);
    }
    if (match.captured(1) == QLatin1String("today"))
        return OdooValues::dateText(at.date());
    return OdooValues::dateTimeText(at);
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

bool variantKeyMatches(const QString &key, int major)
{
    const qsizetype dash = key.indexOf(QLatin1Char('-'));
    if (dash < 0)
        return key.toInt() == major;
    return major >= key.left(dash).toInt() && major <= key.mid(dash + 1).toInt();
}

} // namespace

bool SourceProfile::Condition::matches(const QJsonObject &record) const
{
    const QJsonValue actual = record.value(field);
    if (op == QLatin1String("set"))
        return isSet(actual);
    if (op == QLatin1String("unset"))
        return !isSet(actual);
    if (op == QLatin1String("=") || op == QLatin1String("!=")) {
        bool equal = false;
        if (value.isDouble())
            equal = (actual.isDouble() || actual.isArray()) && numberOf(actual) == value.toDouble();
        else if (value.isString() && actual.isArray())
            equal = actual.toArray().at(1).toString() == value.toString();
        else if (value.isBool())
            equal = isSet(actual) == value.toBool();
        else
            equal = actual == value;
        return op == QLatin1String("=") ? equal : !equal;
    }
    if (actual.isNull() || actual.isUndefined() || (actual.isBool() && !value.isBool()))
        return false;
    double left = numberOf(actual);
    if (op.startsWith(QLatin1String("abs")))
        left = std::abs(left);
    const double right = value.toDouble();
    if (op.endsWith(QLatin1String(">=")))
        return left >= right;
    if (op.endsWith(QLatin1String(">")))
        return left > right;
    if (op == QLatin1String("<="))
        return left <= right;
    return left < right;
}

bool SourceProfile::Requirements::acceptsVersion(int major) const
{
    if (!versions.isEmpty() && !versions.contains(major))
        return false;
    if (minVersion > 0 && major < minVersion)
        return false;
    if (maxVersion > 0 && major > maxVersion)
        return false;
    return true;
}

QString SourceProfile::Requirements::versionSentence() const
{
    if (!versions.isEmpty()) {
        QStringList names;
        for (const int version : versions)
            names.append(QString::number(version));
        return tr("works on Odoo %1 only").arg(names.join(QStringLiteral(", ")));
    }
    if (minVersion > 0 && maxVersion > 0)
        return tr("needs Odoo %1 to %2").arg(minVersion).arg(maxVersion);
    if (minVersion > 0)
        return tr("needs Odoo %1 or later").arg(minVersion);
    if (maxVersion > 0)
        return tr("needs Odoo %1 or earlier").arg(maxVersion);
    return {};
}

const QStringList &SourceProfile::kinds()
{
    static const QStringList list = {QStringLiteral("approval"), QStringLiteral("exception"),
                                     QStringLiteral("integration_failure")};
    return list;
}

const QStringList &SourceProfile::severities()
{
    static const QStringList list = {QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high"),
                                     QStringLiteral("critical")};
    return list;
}

std::optional<SourceProfile> SourceProfile::fromJson(const QByteArray &json, const QString &fileName,
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

std::optional<SourceProfile> SourceProfile::fromObject(const QJsonObject &object, QString *reason,
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
    profile.kind = text("kind");
    if (!kinds().contains(profile.kind))
        return fail(QStringLiteral("kind"),
                    tr("unknown kind \"%1\" (use %2)").arg(profile.kind, kinds().join(QStringLiteral(", "))));
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
        if (!placeholderPattern().match(placeholder).hasMatch())
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
        Condition condition;
        if (!entry.isObject() || !parseCondition(entry.toObject(), &condition, &why))
            return fail(QStringLiteral("filters"), entry.isObject() ? why : tr("a filter must be an object"));
        profile.filters.append(condition);
    }

    if (object.contains(QLatin1String("default_severity")))
        profile.defaultSeverity = text("default_severity");
    if (!severities().contains(profile.defaultSeverity))
        return fail(QStringLiteral("default_severity"),
                    tr("unknown severity \"%1\" (use %2)")
                        .arg(profile.defaultSeverity, severities().join(QStringLiteral(", "))));
    const QJsonValue rules = object.value(QLatin1String("severity_rules"));
    if (!rules.isUndefined() && !rules.isArray())
        return fail(QStringLiteral("severity_rules"), QStringLiteral("\"severity_rules\" must be a list"));
    for (const QJsonValue &entry : rules.toArray()) {
        if (!entry.isObject())
            return fail(QStringLiteral("severity_rules"), tr("a severity rule must be an object"));
        const QJsonObject rule = entry.toObject();
        SeverityRule parsed;
        parsed.severity = rule.value(QLatin1String("severity")).toString();
        parsed.reason = rule.value(QLatin1String("reason")).toString();
        if (!severities().contains(parsed.severity))
            return fail(QStringLiteral("severity_rules"),
                        tr("unknown severity \"%1\" in a severity rule").arg(parsed.severity));
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

SourceProfile SourceProfile::forVersion(int major) const
{
    for (auto it = m_variants.constBegin(); it != m_variants.constEnd(); ++it) {
        if (!variantKeyMatches(it.key(), major))
            continue;
        QJsonObject merged = m_base;
        for (auto field = it.value().constBegin(); field != it.value().constEnd(); ++field)
            merged.insert(field.key(), field.value());
        QString reason;
        QString key;
        std::optional<SourceProfile> effective = fromObject(merged, &reason, &key);
        if (!effective)
            return *this; // cannot happen: every variant was checked by fromJson()
        effective->m_base = m_base;
        effective->m_variants = m_variants;
        effective->sourceFile = sourceFile;
        return *effective;
    }
    return *this;
}

QStringList SourceProfile::readFields() const
{
    QStringList out = fields;
    auto add = [&](const QString &field) {
        const QString first = field.section(QLatin1Char('.'), 0, 0);
        if (!first.isEmpty() && !out.contains(first))
            out.append(first);
    };
    for (const QString &field : {titleField, amountField, currencyField, requesterField, createdField,
                                 stateField, QStringLiteral("write_date")})
        add(field);
    for (const QString &path : storePaths)
        add(path);
    return out;
}

QStringList SourceProfile::requiredFields() const
{
    QStringList out = readFields();
    for (const QJsonValue &term : domain) {
        const QString first = term.toArray().at(0).toString().section(QLatin1Char('.'), 0, 0);
        if (!first.isEmpty() && first != QLatin1String("id") && !out.contains(first))
            out.append(first);
    }
    for (const QString &field : requirements.fields.value(model)) {
        if (!out.contains(field))
            out.append(field);
    }
    out.removeAll(QStringLiteral("id"));
    return out;
}

QStringList SourceProfile::selfCheck() const
{
    QStringList problems;
    QList<SourceProfile> effective{*this};
    for (const QString &key : m_variants.keys()) {
        const int first = key.section(QLatin1Char('-'), 0, 0).toInt();
        effective.append(forVersion(first));
        if (!requirements.acceptsVersion(first))
            problems.append(tr("%1: variant %2 is outside the versions it requires").arg(id, key));
    }
    for (const SourceProfile &profile : effective) {
        const QStringList read = profile.readFields();
        const QString label = profile.id + QLatin1Char('/') + profile.model;
        auto needRead = [&](const QString &field, const QString &what) {
            if (!field.isEmpty() && !read.contains(field))
                problems.append(tr("%1: %2 uses %3, which is not read").arg(label, what, field));
        };
        QRegularExpressionMatchIterator it = templatePattern().globalMatch(profile.summaryTemplate);
        while (it.hasNext())
            needRead(it.next().captured(1), tr("the summary"));
        for (const SeverityRule &rule : profile.severityRules)
            needRead(rule.isAgeRule() ? rule.ageField : rule.condition.field, tr("a severity rule"));
        for (const Condition &condition : profile.filters)
            needRead(condition.field, tr("a filter"));
        if (profile.summaryTemplate.isEmpty())
            problems.append(tr("%1: no summary").arg(label));
    }
    return problems;
}

QJsonArray SourceProfile::resolvedDomain(const QDateTime &now) const
{
    return resolvePlaceholders(domain, now).toArray();
}

bool SourceProfile::acceptsRecord(const QJsonObject &record) const
{
    for (const Condition &condition : filters) {
        if (!condition.matches(record))
            return false;
    }
    return true;
}

QString SourceProfile::renderTemplate(const QString &text, const QJsonObject &record)
{
    QString out;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = templatePattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        out += text.mid(last, match.capturedStart() - last);
        out += OdooValues::displayText(record.value(match.captured(1)));
        last = match.capturedEnd();
    }
    out += text.mid(last);
    return tidy(out);
}

QueueItem SourceProfile::toItem(const QJsonObject &record, const QDateTime &now) const
{
    return toItem(record, now, StoreDirectory());
}

void SourceProfile::overrideSlaHours(double hours)
{
    slaHours = qMax(0.0, hours);
    m_base.insert(QStringLiteral("sla_hours"), slaHours);
    for (QJsonObject &variant : m_variants)
        variant.remove(QStringLiteral("sla_hours"));
}

QueueItem SourceProfile::toItem(const QJsonObject &record, const QDateTime &now,
                                const StoreDirectory &stores) const
{
    QueueItem item;
    item.profileId = id;
    item.kind = kind;
    item.model = model;
    item.resId = record.value(QLatin1String("id")).toInt();
    item.id = QStringLiteral("%1:%2").arg(model).arg(item.resId);
    item.title = OdooValues::displayText(record.value(titleField));
    if (item.title.isEmpty())
        item.title = OdooValues::displayText(record.value(QLatin1String("display_name")));
    if (item.title.isEmpty())
        item.title = tr("%1 #%2").arg(title).arg(item.resId);
    item.summary = renderTemplate(summaryTemplate, record);

    if (!amountField.isEmpty() && record.value(amountField).isDouble()) {
        item.hasAmount = true;
        item.amount = record.value(amountField).toDouble();
    }
    if (!currencyField.isEmpty())
        item.currency = OdooValues::displayText(record.value(currencyField));
    if (!requesterField.isEmpty()) {
        const QJsonValue requester = record.value(requesterField);
        item.requestedBy = OdooValues::displayText(requester);
        if (requester.isArray() && requesterModel == QLatin1String("res.users"))
            item.requestedById = requester.toArray().at(0).toInt();
    }

    item.created = OdooValues::parseDateTime(record.value(createdField));
    if (!item.created.isValid())
        item.created = OdooValues::parseDateTime(record.value(QLatin1String("create_date")));
    item.writeDate = OdooValues::parseDateTime(record.value(QLatin1String("write_date")));
    if (slaHours > 0.0 && item.created.isValid())
        item.slaDue = item.created.addSecs(qint64(slaHours * 3600.0));
    if (!stateField.isEmpty())
        item.state = OdooValues::displayText(record.value(stateField));

    item.severity = defaultSeverity;
    item.reason = defaultReason.isEmpty() ? title : defaultReason;
    for (const SeverityRule &rule : severityRules) {
        bool matched = false;
        if (rule.isAgeRule()) {
            QDateTime since = OdooValues::parseDateTime(
                record.value(rule.ageField.isEmpty() ? createdField : rule.ageField));
            if (!since.isValid())
                since = item.created;
            matched = since.isValid() && since.secsTo(now) >= qint64(rule.ageHours * 3600.0);
        } else {
            matched = rule.condition.matches(record);
        }
        if (matched) {
            item.severity = rule.severity;
            item.reason = rule.reason;
            break;
        }
    }

    item.storeId = stores.storeFor(*this, record);
    item.fields = record;
    return item;
}
