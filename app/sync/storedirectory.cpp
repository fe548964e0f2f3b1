#include "storedirectory.h"

#include "odoo/odoovalues.h"

#include <QJsonArray>

namespace {

const QString warehouseModel = QStringLiteral("stock.warehouse");
const QString partnerModel = QStringLiteral("res.partner");

} // namespace

void StoreDirectory::setStores(const QList<StoreInfo> &stores)
{
    m_storesUnavailable.reset();
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
    const QString key = link.model + QLatin1Char('.') + link.field;
    m_links.insert(key, targetById);
    m_unavailable.remove(key);
}

void StoreDirectory::setLinkUnavailable(const Link &link, const Problem &problem)
{
    const QString key = link.model + QLatin1Char('.') + link.field;
    if (!m_links.contains(key)) // values read before stay good enough until the next read
        m_unavailable.insert(key, problem);
}

void StoreDirectory::setStoresUnavailable(const Problem &problem)
{
    if (m_warehouses.isEmpty())
        m_storesUnavailable = problem;
}

std::optional<StoreDirectory::Problem> StoreDirectory::problemFor(const SourceProfile &profile) const
{
    for (const QString &path : profile.storePaths) {
        const QStringList steps = path.split(QLatin1Char('.'));
        const QString relation = profile.fieldRelations.value(steps.first());
        if (steps.size() == 2) {
            const QString key = relation + QLatin1Char('.') + steps.at(1);
            if (const auto it = m_unavailable.constFind(key); it != m_unavailable.constEnd())
                return it.value();
        }
        const bool endsInWarehouse = steps.last().endsWith(QLatin1String("warehouse_id")) ||
                                     (steps.size() == 1 && relation == warehouseModel);
        if (!endsInWarehouse && m_storesUnavailable)
            return m_storesUnavailable;
    }
    return std::nullopt;
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
