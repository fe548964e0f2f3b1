#include "decisionadapters.h"

#include "activityadapter.h"
#include "configuredadapter.h"
#include "expenseadapter.h"
#include "expensereportadapter.h"
#include "inventorycountadapter.h"
#include "scheduledactionadapter.h"
#include "tierreviewadapter.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonDocument>

#include <vector>

namespace {

// The adapters described in resources/decisions/*.json (compiled in under :/decisions/).
const std::vector<std::unique_ptr<ConfiguredAdapter>> &configured()
{
    static const std::vector<std::unique_ptr<ConfiguredAdapter>> adapters = [] {
        std::vector<std::unique_ptr<ConfiguredAdapter>> all;
        const QDir folder(QStringLiteral(":/decisions"));
        for (const QString &name : folder.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QFile file(folder.filePath(name));
            QString error;
            std::optional<AdapterConfig> config;
            if (file.open(QIODevice::ReadOnly))
                config = AdapterConfig::fromJson(QJsonDocument::fromJson(file.readAll()).object(), &error);
            if (config)
                all.push_back(std::make_unique<ConfiguredAdapter>(*config));
            else
                qWarning("decisions/%s: %s", qPrintable(name), qPrintable(error));
        }
        return all;
    }();
    return adapters;
}

// One instance of each adapter, by id.
const QHash<QString, const DecisionAdapter *> &registry()
{
    static const ExpenseReportAdapter expenseReport;
    static const ExpenseAdapter expense;
    static const TierReviewAdapter tierReview;
    static const InventoryCountAdapter inventoryCount;
    static const ScheduledActionAdapter scheduledAction;
    static const ActivityAdapter activity;
    static const QHash<QString, const DecisionAdapter *> adapters = [] {
        QHash<QString, const DecisionAdapter *> all;
        for (const DecisionAdapter *adapter : std::initializer_list<const DecisionAdapter *>{
                 &expenseReport, &expense, &tierReview, &inventoryCount, &scheduledAction, &activity})
            all.insert(adapter->id(), adapter);
        for (const auto &adapter : configured())
            all.insert(adapter->id(), adapter.get());
        return all;
    }();
    return adapters;
}

} // namespace

const DecisionAdapter *DecisionAdapters::forId(const QString &id)
{
    return registry().value(id);
}

QStringList DecisionAdapters::ids()
{
    QStringList all = registry().keys();
    all.sort();
    return all;
}

bool DecisionAdapters::describesAdapter(const QJsonObject &decisions)
{
    return decisions.contains(QLatin1String("actions"));
}

std::unique_ptr<DecisionAdapter> DecisionAdapters::fromProfile(const QJsonObject &decisions, QString *error)
{
    const std::optional<AdapterConfig> config = AdapterConfig::fromJson(decisions, error);
    if (!config)
        return nullptr;
    return std::make_unique<ConfiguredAdapter>(*config);
}
