// StoreDirectory: finds the store (stock.warehouse) of a record by a profile's store paths: a
// warehouse field, a partner that is a store's address, or a record that names its warehouse.
#pragma once

#include "domain/storeinfo.h"
#include "sourceprofile.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

class StoreDirectory
{
public:
    void setStores(const QList<StoreInfo> &stores);
    // A many2one of the records of one model that leads on to a store: a warehouse field
    // (stock.location -> warehouse_id) or a partner field (hr.employee -> address_id).
    struct Link
    {
        QString model;
        QString field;
        bool operator==(const Link &other) const = default;
    };

    // The values of `link.field` by record id of `link.model` (warehouse or partner ids).
    void setLinks(const Link &link, const QHash<int, int> &targetById);
    bool isEmpty() const { return m_partnerStores.isEmpty() && m_links.isEmpty() && m_warehouses.isEmpty(); }

    // The first path of the profile that leads to a store; 0 = HQ / no store. One-step paths are a
    // warehouse field or a partner field; two-step paths go through the relation the server
    // reported for the first step (SourceProfile::fieldRelations) to a warehouse or partner field.
    int storeFor(const SourceProfile &profile, const QJsonObject &record) const;

    // The links the profiles' two-step paths need.
    static QList<Link> links(const QList<SourceProfile> &profiles);

private:
    QHash<int, int> m_partnerStores; // partner id -> warehouse id
    QHash<int, bool> m_warehouses;
    QHash<QString, QHash<int, int>> m_links; // "model.field" -> id -> target id
};
