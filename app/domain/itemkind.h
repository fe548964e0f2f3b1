// ItemKind: what a queue item is (an approval, a store exception or an integration failure).
// Named ("approval", "exception", "integration_failure") only in source profiles, SQL, JSON and
// settings (EnumNames).
#pragma once

#include "enumnames.h"

namespace HqDomain {

// Unknown: a name this build does not know (a cache written by a newer build).
enum class ItemKind { Unknown = 0, Approval, Exception, IntegrationFailure };

} // namespace HqDomain

using HqDomain::ItemKind;

// The known ones, in the order the window lists them; Unknown has no name.
template<>
struct EnumNames::NamesOf<ItemKind>
{
    static constexpr Table<ItemKind, 3> entries{{
        {ItemKind::Approval, "approval"},
        {ItemKind::Exception, "exception"},
        {ItemKind::IntegrationFailure, "integration_failure"},
    }};
};
