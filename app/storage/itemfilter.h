// ItemFilter: which cached queue items to read back (Cache::items). Nothing set, an empty string
// and a negative store id mean "any".
#pragma once

#include "domain/itemkind.h"

#include <QString>

#include <optional>

struct ItemFilter
{
    std::optional<ItemKind> kind; // nothing = any
    QString profileId;            // empty = any
    int storeId = -1;             // -1 = any; 0 = HQ / no store
};
