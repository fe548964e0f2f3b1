#include "simbusiness.h"

#include "simorm.h"

#include <array>

SimBusiness::SimBusiness(SimDatabase *database, SimOrm *orm)
    : m_approvals(database, orm)
    , m_purchase(database, orm)
    , m_hr(database, orm)
    , m_stock(database, orm)
    , m_mail(database, orm)
    , m_jobs(database, orm)
{}

std::optional<SimCallResult> SimBusiness::call(const SimCaller &caller, const QString &model,
                                               const QString &method, const QJsonObject &arguments)
{
    const QList<int> ids = SimOrm::idsOf(arguments.value(QLatin1String("ids")));
    const std::array<SimBusinessArea *, 6> areas{&m_approvals, &m_purchase, &m_hr,
                                                 &m_stock,     &m_mail,     &m_jobs};
    for (SimBusinessArea *area : areas) {
        if (auto result = area->call(caller, model, method, ids, arguments))
            return result;
    }
    return std::nullopt;
}
