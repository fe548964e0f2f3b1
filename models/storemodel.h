// StoreModel: the stores with their open items (counts per kind, worst SLA state) and coordinates,
// for the store map and the list of stores without coordinates beside it.
#pragma once

#include "domain/storeinfo.h"
#include "storecounts.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <array>

class StoreModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        CodeColumn,
        CityColumn,
        RegionColumn,
        OpenColumn,
        ApprovalsColumn,
        ExceptionsColumn,
        IntegrationFailuresColumn,
        WorstSlaColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    // Every role answers on every column, except SortRole (per column).
    enum Role {
        StoreIdRole = Qt::UserRole, // int stock.warehouse id
        RegionRole,                 // QString
        LatitudeRole,               // double, invalid without coordinates
        LongitudeRole,              // double, invalid without coordinates
        HasCoordinatesRole,         // bool
        OpenCountRole,              // int
        WorstSlaRole,               // int(SlaState)
        CountsByKindRole,           // QVariantMap kind -> int
        SortRole,                   // the column's value to sort by
    };
    Q_ENUM(Role)

    explicit StoreModel(QObject *parent = nullptr);

    // Replaces the stores (a model reset); their counts are kept by store id.
    void setStores(const QList<StoreInfo> &stores);
    // Replaces every store's counts (stores not in the hash have none); dataChanged, no reset.
    void setCounts(const QHash<int, StoreCounts> &counts);

    StoreInfo storeAt(int row) const;
    StoreCounts countsAt(int row) const;
    int rowOfStore(int storeId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<StoreInfo> m_stores;
    QHash<int, int> m_rowOf;
    QHash<int, StoreCounts> m_counts;
    StoreCounts m_noCounts;
    std::array<QString, 4> m_slaTexts;
};
