#include "storedirectory.h"

#include "odoo/odoovalues.h"

#include <QJsonArray>

namespace {

const QString warehouseModel = QStringLiteral("stock.warehouse");
const QString partnerModel = QStringLiteral("res.partner");

} // namespace

void StoreDirectory::setStores(const QList<StoreInfo> &stores)
{
    m_partnerStores.clear();
    m_warehouses.clear();
    for (const StoreInfo &store : stores) {
        m_warehouses.insert(store.id, true);
        if (store.partnerId > 0 && !m_partnerStores.contains(store.partnerId))
            m_partnerStores.insert(store.partnerId, store.id);
    }
}

void StoreDirectory::setLinks(const Link &link, const QHash<int, int> &targetById)
{
    m_links.insert(link.model + QLatin1Char('.') + link.field, targetById);
}

int StoreDirectory::storeFor(const SourceProfile &profile, const QJsonObject &record) const
{
    for (const QString &path : profile.storePaths) {
        const QStringList steps = path.split(QLatin1Char('.'));
        const int first = OdooValues::relationId(record.value(steps.first()));
        if (first <= 0)
            continue;
        const QString relation = profile.fieldRelations.value(steps.first());
        if (steps.size() == 1) {
            const bool isWarehouse =
                relation == warehouseModel ||
                (relation.isEmpty() && steps.first().endsWith(QLatin1String("warehouse_id")));
            if (isWarehouse)
                return first;
            if (relation.isEmpty() || relation == partnerModel) {
                if (const int store = m_partnerStores.value(first))
                    return store;
            }
            continue;
        }
        if (steps.size() == 2) {
            const int target = m_links.value(relation + QLatin1Char('.') + steps.at(1)).value(first);
            if (target > 0 && steps.at(1).endsWith(QLatin1String("warehouse_id")))
                return target;
            if (const int store = m_partnerStores.value(target); target > 0 && store > 0)
                return store;
        }
    }
    return 0;
}

QList<StoreDirectory::Link> StoreDirectory::links(const QList<SourceProfile> &profiles)
{
    QList<Link> links;
    for (const SourceProfile &profile : profiles) {
        for (const QString &path : profile.storePaths) {
            const QStringList steps = path.split(QLatin1Char('.'));
            if (steps.size() != 2)
                continue;
            const Link link{profile.fieldRelations.value(steps.first()), steps.at(1)};
            if (!link.model.isEmpty() && !links.contains(link))
                links.append(link);
        }
    }
    return links;
}
