#include "storesync.h"

#include "odoo/odooconnection.h"
#include "odoo/odoovalues.h"
#include "storage/cache.h"
#include "storedirectory.h"

#include <QHash>
#include <QJsonArray>

namespace {

QString relationName(const QJsonValue &value)
{
    return value.isArray() ? value.toArray().at(1).toString() : QString();
}

} // namespace

StoreSync::StoreSync(OdooConnection *connection, Cache *cache, StoreDirectory *directory,
                     QList<StoreDirectory::Link> links, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_cache(cache)
    , m_directory(directory)
    , m_pendingLinks(std::move(links))
{}

void StoreSync::fail(const QString &message, bool transient)
{
    if (m_done)
        return;
    m_done = true;
    m_error = message;
    m_incomplete = true;
    // Without any store known, the sources that find their store through a partner must wait.
    if (m_directory) {
        const StoreDirectory::Problem problem{tr("the stores could not be read: %1").arg(message), transient};
        m_directory->setStoresUnavailable(problem);
        for (const StoreDirectory::Link &link : std::as_const(m_pendingLinks)) // never reached
            m_directory->setLinkUnavailable(link, problem);
    }
    Q_EMIT finished();
}

void StoreSync::start()
{
    OdooCall *warehouses = m_connection->call(
        QStringLiteral("stock.warehouse"), QStringLiteral("search_read"), QJsonArray{QJsonArray()},
        {{QStringLiteral("fields"),
          QJsonArray{QStringLiteral("name"), QStringLiteral("code"), QStringLiteral("partner_id")}},
         {QStringLiteral("order"), QStringLiteral("id")}});
    connect(warehouses, &OdooCall::failed, this,
            [this](const OdooError &error) { fail(error.userMessage(), error.isTransient()); });
    connect(warehouses, &OdooCall::succeeded, this, [this](const QJsonValue &result) {
        const QJsonArray rows = result.toArray();
        QJsonArray partnerIds;
        for (const QJsonValue &row : rows) {
            if (const int partner = OdooValues::relationId(row.toObject().value(QLatin1String("partner_id"))))
                partnerIds.append(partner);
        }
        OdooCall *partners = m_connection->call(
            QStringLiteral("res.partner"), QStringLiteral("read"), QJsonArray{partnerIds},
            {{QStringLiteral("fields"),
              QJsonArray{QStringLiteral("city"), QStringLiteral("state_id"), QStringLiteral("country_id"),
                         QStringLiteral("partner_latitude"), QStringLiteral("partner_longitude")}}});
        connect(partners, &OdooCall::failed, this,
                [this](const OdooError &error) { fail(error.userMessage(), error.isTransient()); });
        connect(partners, &OdooCall::succeeded, this, [this, rows](const QJsonValue &partnerResult) {
            QHash<int, QJsonObject> partnerById;
            for (const QJsonValue &partner : partnerResult.toArray())
                partnerById.insert(partner.toObject().value(QLatin1String("id")).toInt(), partner.toObject());
            QList<StoreInfo> stores;
            for (const QJsonValue &value : rows) {
                const QJsonObject row = value.toObject();
                StoreInfo store;
                store.id = row.value(QLatin1String("id")).toInt();
                store.name = row.value(QLatin1String("name")).toString();
                store.code = row.value(QLatin1String("code")).toString();
                store.partnerId = OdooValues::relationId(row.value(QLatin1String("partner_id")));
                const QJsonObject partner = partnerById.value(store.partnerId);
                store.city = partner.value(QLatin1String("city")).toString();
                store.country = relationName(partner.value(QLatin1String("country_id")));
                const QString state = relationName(partner.value(QLatin1String("state_id")));
                store.region = state.isEmpty() ? store.country : state;
                store.latitude = partner.value(QLatin1String("partner_latitude")).toDouble();
                store.longitude = partner.value(QLatin1String("partner_longitude")).toDouble();
                // Odoo stores "no coordinates" as 0, 0 (a point in the Gulf of Guinea, never a store).
                store.hasCoordinates = store.latitude != 0.0 || store.longitude != 0.0;
                stores.append(store);
            }
            if (!m_cache->replaceStores(stores)) {
                fail(m_cache->lastError(), false);
                return;
            }
            m_count = int(stores.size());
            if (m_directory)
                m_directory->setStores(stores);
            readNextLinks();
        });
    });
}

void StoreSync::readNextLinks()
{
    if (m_pendingLinks.isEmpty() || !m_directory) {
        succeed();
        return;
    }
    const StoreDirectory::Link link = m_pendingLinks.takeFirst();
    const QString &field = link.field;
    OdooCall *links = m_connection->call(
        link.model, QStringLiteral("search_read"),
        QJsonArray{QJsonArray{QJsonArray{field, QStringLiteral("!="), false}}},
        {{QStringLiteral("fields"), QJsonArray{field}},
         {QStringLiteral("context"), QJsonObject{{QStringLiteral("active_test"), false}}}});
    connect(links, &OdooCall::failed, this, [this, link](const OdooError &error) {
        // Not fatal for the stores; the sources whose paths go through this link fail for the round.
        const QString problem = tr("%1.%2: %3").arg(link.model, link.field, error.userMessage());
        m_linkProblems.append(problem);
        // A model that is not there, or not readable by this user, never leads to a store: its
        // paths are skipped. Anything else (the server failed, the network) may pass.
        if (!error.isUnknownModel() && error.kind() != OdooError::Kind::Access) {
            m_directory->setLinkUnavailable(link, {problem, error.isTransient()});
            m_incomplete = true;
        }
        readNextLinks();
    });
    connect(links, &OdooCall::succeeded, this, [this, link](const QJsonValue &result) {
        QHash<int, int> targetById;
        for (const QJsonValue &row : result.toArray()) {
            const QJsonObject record = row.toObject();
            if (const int target = OdooValues::relationId(record.value(link.field)))
                targetById.insert(record.value(QLatin1String("id")).toInt(), target);
        }
        m_directory->setLinks(link, targetById);
        readNextLinks();
    });
}

void StoreSync::succeed()
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished();
}
