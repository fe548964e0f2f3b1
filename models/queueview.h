// QueueView: a saved view of the work queue: its filters and sort, by name, as JSON for the
// settings. An empty set means "any".
#pragma once

#include "queuerules.h"

#include <QJsonObject>
#include <QSet>
#include <QString>

struct QueueView
{
    QString name;
    QSet<ItemKind> kinds;
    QSet<QString> regions;
    QSet<int> storeIds;
    QSet<Severity> severities;
    Severity minimumSeverity = Severity::Unknown; // Unknown = no minimum
    QSet<SlaState> slaStates;
    bool mine = false; // items requested by or assigned to the signed-in user
    QString text;
    int sortColumn = -1; // a QueueModel::Column, -1 = unsorted
    Qt::SortOrder sortOrder = Qt::AscendingOrder;

    // Columns are saved by key ("amount"), sets as sorted arrays, so the JSON is stable.
    QJsonObject toJson() const;
    // Tolerant: unknown names and columns are left out, missing keys keep their defaults.
    static QueueView fromJson(const QJsonObject &object);

    bool operator==(const QueueView &other) const = default;
};
