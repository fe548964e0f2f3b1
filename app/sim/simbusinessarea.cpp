#include "simbusinessarea.h"

#include "simdatabase.h"
#include "simorm.h"

SimBusinessArea::SimBusinessArea(SimDatabase *database, SimOrm *orm)
    : m_database(database)
    , m_orm(orm)
{}

QString SimBusinessArea::state(const QString &model, int id, const QString &field) const
{
    return m_database->rawValue(model, id, field).toString();
}

void SimBusinessArea::set(const SimCaller &caller, const QString &model, const QList<int> &ids,
                          const QJsonObject &values)
{
    m_database->update(model, ids, values, caller.uid);
}

QJsonObject SimBusinessArea::windowAction(const QString &model, const QJsonObject &context) const
{
    return {{QStringLiteral("type"), QStringLiteral("ir.actions.act_window")},
            {QStringLiteral("res_model"), model},
            {QStringLiteral("view_mode"), QStringLiteral("form")},
            {QStringLiteral("views"), QJsonArray{QJsonArray{false, QStringLiteral("form")}}},
            {QStringLiteral("target"), QStringLiteral("new")},
            {QStringLiteral("context"), context}};
}

QJsonArray SimBusinessArea::idArray(const QList<int> &ids)
{
    QJsonArray array;
    for (const int id : ids)
        array.append(id);
    return array;
}

SimCallResult SimBusinessArea::denied(const SimCaller &caller, const QString &model) const
{
    return SimCallResult::fail(*m_orm->checkAccess(caller, model, SimAccess::Operation::Write));
}

SimCallResult SimBusinessArea::readDenied(const SimCaller &caller, const QString &description) const
{
    return SimCallResult::fail(SimError::accessError(
        (QStringLiteral(
             "Uh-oh! Looks like you have stumbled upon some top-secret records.\n\nSorry, %1 (id=%2) "
             "doesn't have 'read' access to:\n- ") +
         description)
            .arg(m_database->rawValue(QStringLiteral("res.users"), caller.uid, QStringLiteral("login"))
                     .toString())
            .arg(caller.uid)));
}
