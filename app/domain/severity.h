// Severity: how urgent a queue item is, from its source's rules; ordered from harmless to worst.
// Named ("low" … "critical") only in source profiles, SQL, JSON and settings.
#pragma once

#include <QHashFunctions>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace HqDomain {
Q_NAMESPACE

// Unknown: a name this build does not know (sorts below low).
enum class Severity { Unknown = 0, Low, Medium, High, Critical };
Q_ENUM_NS(Severity)

inline size_t qHash(Severity severity, size_t seed = 0) noexcept
{
    return ::qHash(int(severity), seed);
}

// "low", "medium", "high", "critical"; empty for Unknown.
QString severityName(Severity severity);
std::optional<Severity> severityFromName(QStringView name);
// The known ones, low to critical, and their names.
const QList<Severity> &knownSeverities();
QStringList severityNames();

} // namespace HqDomain

using HqDomain::Severity;
using HqDomain::severityFromName;
using HqDomain::severityName;
