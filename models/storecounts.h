// StoreCounts: the open queue items of one store, as the map and the "top stores" chart need
// them: how many per kind and the worst SLA state among them.
#pragma once

#include "queuerules.h"

#include <QMap>
#include <QString>

struct StoreCounts
{
    int open = 0;
    QMap<ItemKind, int> byKind;
    SlaState worstSla = SlaState::None;

    int count(ItemKind kind) const { return byKind.value(kind); }

    bool operator==(const StoreCounts &other) const = default;
};
