// DecisionAdapters: the registry of decision adapters by id (the "adapter" a source profile names):
// the configured ones read from resources/decisions/*.json and the few multi-step ones in C++.
#pragma once

#include "decisionadapter.h"

#include <QStringList>

#include <memory>

class DecisionAdapters
{
public:
    // nullptr for an unknown id.
    static const DecisionAdapter *forId(const QString &id);
    static QStringList ids();
    // An adapter described by a source profile's own "decisions" block (with "model", "open" and
    // "actions"), or nothing with `error` set when the block is not valid.
    static std::unique_ptr<DecisionAdapter> fromProfile(const QJsonObject &decisions, QString *error);
    // Whether a "decisions" block describes its adapter itself rather than naming a built-in one.
    static bool describesAdapter(const QJsonObject &decisions);
};
