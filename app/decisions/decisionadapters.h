// DecisionAdapters: the registry of decision adapters by id (the "adapter" a source profile names).
#pragma once

#include "decisionadapter.h"

#include <QStringList>

class DecisionAdapters
{
public:
    // nullptr for an unknown id.
    static const DecisionAdapter *forId(const QString &id);
    static QStringList ids();
};
