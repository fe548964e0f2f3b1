#include "severity.h"

#include "enumnames.h"

namespace {

constexpr EnumNames::Table<Severity, 4> names{{
    {Severity::Low, "low"},
    {Severity::Medium, "medium"},
    {Severity::High, "high"},
    {Severity::Critical, "critical"},
}};

} // namespace

namespace HqDomain {

QString severityName(Severity severity)
{
    return EnumNames::nameOf(names, severity);
}

std::optional<Severity> severityFromName(QStringView name)
{
    return EnumNames::valueOf(names, name);
}

const QList<Severity> &knownSeverities()
{
    static const QList<Severity> all{Severity::Low, Severity::Medium, Severity::High, Severity::Critical};
    return all;
}

QStringList severityNames()
{
    QStringList list;
    for (const Severity severity : knownSeverities())
        list.append(severityName(severity));
    return list;
}

} // namespace HqDomain
