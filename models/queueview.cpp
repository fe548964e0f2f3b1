#include "queueview.h"

#include "queuemodel.h"

#include <QJsonArray>

#include <algorithm>

namespace {

template<typename T, typename Name>
QJsonArray sortedNames(const QSet<T> &values, Name name)
{
    QList<T> sorted(values.cbegin(), values.cend());
    std::sort(sorted.begin(), sorted.end());
    QJsonArray array;
    for (const T &value : std::as_const(sorted))
        array.append(name(value));
    return array;
}

QSet<QString> stringSet(const QJsonValue &value)
{
    QSet<QString> set;
    for (const QJsonValue &entry : value.toArray()) {
        if (entry.isString())
            set.insert(entry.toString());
    }
    return set;
}

// The values whose names `fromName` knows; unknown names are left out.
template<typename FromName>
auto namedSet(const QJsonValue &value, FromName fromName)
{
    QSet<typename decltype(fromName(QString()))::value_type> set;
    for (const QJsonValue &entry : value.toArray()) {
        if (const auto known = fromName(entry.toString()))
            set.insert(*known);
    }
    return set;
}

} // namespace

QJsonObject QueueView::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("name"), name);
    object.insert(QStringLiteral("kinds"), sortedNames(kinds, &EnumNames::name<ItemKind>));
    object.insert(QStringLiteral("regions"),
                  sortedNames(regions, [](const QString &region) { return region; }));
    object.insert(QStringLiteral("store_ids"), sortedNames(storeIds, [](int id) { return id; }));
    object.insert(QStringLiteral("severities"), sortedNames(severities, &EnumNames::name<Severity>));
    if (minimumSeverity != Severity::Unknown)
        object.insert(QStringLiteral("minimum_severity"), EnumNames::name(minimumSeverity));
    object.insert(QStringLiteral("sla_states"), sortedNames(slaStates, &QueueRules::slaStateName));
    object.insert(QStringLiteral("mine"), mine);
    object.insert(QStringLiteral("text"), text);
    if (sortColumn >= 0 && sortColumn < QueueModel::ColumnCount) {
        object.insert(QStringLiteral("sort_column"), QueueModel::columnKey(sortColumn));
        object.insert(QStringLiteral("sort_order"), sortOrder == Qt::AscendingOrder
                                                        ? QStringLiteral("ascending")
                                                        : QStringLiteral("descending"));
    }
    return object;
}

QueueView QueueView::fromJson(const QJsonObject &object)
{
    QueueView view;
    view.name = object.value(QLatin1String("name")).toString();
    view.kinds = namedSet(object.value(QLatin1String("kinds")), &EnumNames::fromName<ItemKind>);
    view.regions = stringSet(object.value(QLatin1String("regions")));
    for (const QJsonValue &entry : object.value(QLatin1String("store_ids")).toArray()) {
        if (entry.isDouble())
            view.storeIds.insert(entry.toInt());
    }
    view.severities = namedSet(object.value(QLatin1String("severities")), &EnumNames::fromName<Severity>);
    view.minimumSeverity =
        QueueRules::severityRank(object.value(QLatin1String("minimum_severity")).toString());
    view.slaStates = namedSet(object.value(QLatin1String("sla_states")), &QueueRules::slaStateFromName);
    view.mine = object.value(QLatin1String("mine")).toBool();
    view.text = object.value(QLatin1String("text")).toString();
    view.sortColumn = QueueModel::columnFromKey(object.value(QLatin1String("sort_column")).toString());
    view.sortOrder = object.value(QLatin1String("sort_order")).toString() == QLatin1String("descending")
                         ? Qt::DescendingOrder
                         : Qt::AscendingOrder;
    return view;
}
