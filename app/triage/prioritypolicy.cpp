#include "prioritypolicy.h"

#include "domain/jsonlines.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

namespace {

// One section of the policy: its keys, each checked and stored by a setter that says what is wrong.
using Setter = std::function<QString(const QJsonValue &)>;

Setter number(double *out, double minimum, double maximum)
{
    return [=](const QJsonValue &value) {
        if (!value.isDouble() || value.toDouble() < minimum || value.toDouble() > maximum)
            return PriorityPolicyReader::tr("must be a number from %1 to %2").arg(minimum).arg(maximum);
        *out = value.toDouble();
        return QString();
    };
}

Setter points(int *out)
{
    return [=](const QJsonValue &value) {
        const double given = value.toDouble(-1);
        if (!value.isDouble() || given < 0 || given > 100 || given != int(given))
            return PriorityPolicyReader::tr("must be a whole number of points from 0 to 100");
        *out = int(given);
        return QString();
    };
}

} // namespace

PriorityPolicy PriorityPolicy::installed()
{
    QFile file(QStringLiteral(":/triage/priority.json"));
    QString error;
    const PriorityPolicy defaults;
    if (!file.open(QIODevice::ReadOnly))
        return defaults;
    return PriorityPolicyReader::read(file.readAll(), file.fileName(), defaults, &error).value_or(defaults);
}

std::optional<PriorityPolicy> PriorityPolicyReader::read(const QByteArray &json, const QString &fileName,
                                                         const PriorityPolicy &base, QString *error)
{
    const auto fail = [&](int line, const QString &reason) -> std::optional<PriorityPolicy> {
        if (error)
            *error = tr("%1:%2: %3").arg(fileName).arg(line).arg(reason);
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(JsonLines::lineAt(json, parseError.offset),
                    tr("not valid JSON (%1)").arg(parseError.errorString()));
    if (!document.isObject())
        return fail(1, tr("a priority policy is a JSON object"));

    PriorityPolicy policy = base;
    QHash<QString, Setter> severity;
    for (const Severity level : EnumNames::known<Severity>()) {
        severity.insert(EnumNames::name(level), [&policy, level](const QJsonValue &value) {
            int given = 0;
            const QString wrong = points(&given)(value);
            if (wrong.isEmpty())
                policy.severityPoints.insert(level, given);
            return wrong;
        });
    }
    const QHash<QString, Setter> sla{
        {QStringLiteral("from_share"), number(&policy.slaFromShare, 0, 1)},
        {QStringLiteral("points_at_due"), points(&policy.slaPointsAtDue)},
        {QStringLiteral("overdue_points_per_business_day"), points(&policy.overduePointsPerDay)},
        {QStringLiteral("overdue_max_points"), points(&policy.overdueMaxPoints)}};
    QHash<QString, Setter> money{
        {QStringLiteral("default_limit"), number(&policy.defaultMoneyLimit, 0.01, 1e12)},
        {QStringLiteral("points_at_limit"), points(&policy.moneyPointsAtLimit)},
        {QStringLiteral("points_per_tenfold"), points(&policy.moneyPointsPerTenfold)},
        {QStringLiteral("max_points"), points(&policy.moneyMaxPoints)}};
    QString limitsKey;
    money.insert(QStringLiteral("limits"), [&](const QJsonValue &value) {
        if (!value.isObject())
            return tr("must be an object of source profile ids and amounts");
        const QJsonObject limits = value.toObject();
        for (auto it = limits.begin(); it != limits.end(); ++it) {
            double limit = 0;
            const QString wrong = number(&limit, 0.01, 1e12)(it.value());
            if (!wrong.isEmpty()) {
                limitsKey = it.key();
                return tr("limit of \"%1\" %2").arg(it.key(), wrong);
            }
            policy.moneyLimits.insert(it.key(), limit);
        }
        return QString();
    });
    const QHash<QString, QHash<QString, Setter>> sections{{QStringLiteral("severity"), severity},
                                                          {QStringLiteral("sla"), sla},
                                                          {QStringLiteral("money"), money}};

    const QJsonObject root = document.object();
    for (auto section = root.begin(); section != root.end(); ++section) {
        const int line = JsonLines::lineOfKey(json, section.key());
        if (!sections.contains(section.key()))
            return fail(line, tr("unknown key \"%1\" (known: money, severity, sla)").arg(section.key()));
        if (!section.value().isObject())
            return fail(line, tr("\"%1\" must be an object").arg(section.key()));
        const QHash<QString, Setter> &setters = sections.value(section.key());
        const QJsonObject entries = section.value().toObject();
        const qsizetype sectionAt = json.indexOf(QByteArray("\"") + section.key().toUtf8() + '"');
        for (auto entry = entries.begin(); entry != entries.end(); ++entry) {
            const int entryLine = JsonLines::lineOfKey(json, entry.key(), std::max<qsizetype>(sectionAt, 0));
            if (!setters.contains(entry.key())) {
                QStringList known = setters.keys();
                known.sort();
                return fail(entryLine,
                            tr("unknown key \"%1\" in \"%2\" (known: %3)")
                                .arg(entry.key(), section.key(), known.join(QStringLiteral(", "))));
            }
            const QString wrong = setters.value(entry.key())(entry.value());
            if (!wrong.isEmpty()) {
                const int at = limitsKey.isEmpty()
                                   ? entryLine
                                   : JsonLines::lineOfKey(json, limitsKey, std::max<qsizetype>(sectionAt, 0));
                return fail(at, tr("\"%1.%2\" %3").arg(section.key(), entry.key(), wrong));
            }
        }
    }
    return policy;
}
