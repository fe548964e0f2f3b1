// StoreDirectory: finds the store (stock.warehouse) of a record by a profile's store paths: a
// warehouse field, a partner that is a store's address, or a record that names its warehouse.
#pragma once

#include "domain/storeinfo.h"
#include "sourceprofile.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

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
    // Why a part of the directory could not be read; `transient` when it may pass (the network).
    struct Problem
    {
        QString reason;
        bool transient = false;
    };
    // A link that could not be read (and was never read before): paths through it are unknown.
    void setLinkUnavailable(const Link &link, const Problem &problem);
    // The stores could not be read and none are known: paths through a partner are unknown.
    void setStoresUnavailable(const Problem &problem);

    // Why the stores of this profile's records cannot be told now (nullopt when they can): one of
    // its paths needs a link or the stores that could not be read. Such records must not be
    // saved as "no store".
    std::optional<Problem> problemFor(const SourceProfile &profile) const;
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
    QHash<QString, QHash<int, int>> m_links;    // "model.field" -> id -> target id
    QHash<QString, Problem> m_unavailable;      // "model.field" -> why it could not be read
    std::optional<Problem> m_storesUnavailable; // why no store is known, when they could not be read
};
