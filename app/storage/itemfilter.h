// ItemFilter: which cached queue items to read back (Cache::items). Empty strings and a negative
// store id mean "any".
#pragma once

#include <QString>

struct ItemFilter
{
    QString kind;      // "approval", "exception", "integration_failure"; empty = any
    QString profileId; // empty = any
    int storeId = -1;  // -1 = any; 0 = HQ / no store
};
