// Severity: how urgent a queue item is, from its source's rules; ordered from harmless to worst.
// Named ("low" … "critical") only in source profiles, SQL, JSON and settings (EnumNames).
#pragma once

#include "enumnames.h"

#include <QObject>

namespace HqDomain {
Q_NAMESPACE

// Unknown: a name this build does not know (sorts below low).
enum class Severity { Unknown = 0, Low, Medium, High, Critical };
Q_ENUM_NS(Severity)

} // namespace HqDomain

using HqDomain::Severity;

// The known ones, low to critical; Unknown has no name.
template<>
struct EnumNames::NamesOf<Severity>
{
    static constexpr Table<Severity, 4> entries{{
        {Severity::Low, "low"},
        {Severity::Medium, "medium"},
        {Severity::High, "high"},
        {Severity::Critical, "critical"},
    }};
};
