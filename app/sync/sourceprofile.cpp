#include "sourceprofile.h"

#include "odoo/odoovalues.h"
#include "sourceprofilereader.h"
#include "storedirectory.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace {

const QRegularExpression &templatePattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{([A-Za-z_][A-Za-z0-9_]*)\\}"));
    return pattern;
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
    const QRegularExpressionMatch match = SourceProfile::placeholderPattern().match(value.toString());
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

bool variantKeyMatches(const QString &key, int major)
{
    const qsizetype dash = key.indexOf(QLatin1Char('-'));
    if (dash < 0)
        return key.toInt() == major;
    return major >= key.left(dash).toInt() && major <= key.mid(dash + 1).toInt();
}

} // namespace

const QRegularExpression &SourceProfile::placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^\\$(now|today)(?:([+-])(\\d+)([dhm]))?$"));
    return pattern;
}

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

std::optional<SourceProfile> SourceProfile::fromJson(const QByteArray &json, const QString &fileName,
                                                     QString *error)
{
    return SourceProfileReader::read(json, fileName, error);
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
        std::optional<SourceProfile> effective = SourceProfileReader::fromObject(merged, &reason, &key);
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
