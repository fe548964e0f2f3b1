#include "simmailmethods.h"

#include "simdatabase.h"
#include "simorm.h"

#include <QJsonArray>

std::optional<SimCallResult> SimMailMethods::call(const SimCaller &caller, const QString &model,
                                                  const QString &method, const QList<int> &ids,
                                                  const QJsonObject &arguments)
{
    const auto is = [&](const char *name) { return method == QLatin1String(name); };
    if (is("activity_schedule") && m_database->schema().model(model) &&
        m_database->schema().model(model)->field(QStringLiteral("activity_ids")))
        return activitySchedule(caller, model, ids, arguments);
    if (model == QLatin1String("mail.activity") && (is("action_feedback") || is("action_done")))
        return activity(caller, method, ids, arguments);
    if (model == QLatin1String("mail.mail") && (is("mark_outgoing") || is("action_retry") || is("cancel"))) {
        if (!caller.hasRole(QStringLiteral("system")))
            return denied(caller, model);
        QList<int> affected = ids;
        if (is("action_retry"))
            affected.removeIf([this](int id) {
                return state(QStringLiteral("mail.mail"), id) != QLatin1String("exception");
            });
        set(caller, model, affected,
            {{QStringLiteral("state"),
              is("cancel") ? QStringLiteral("cancel") : QStringLiteral("outgoing")}});
        return is("action_retry") ? SimCallResult::none() : SimCallResult::ok(true);
    }
    return std::nullopt;
}

SimCallResult SimMailMethods::activity(const SimCaller &caller, const QString &method, const QList<int> &ids,
                                       const QJsonObject &arguments)
{
    const QString model = QStringLiteral("mail.activity");
    int lastMessage = 0;
    for (const int id : ids) {
        if (!m_database->exists(model, id))
            return SimCallResult::fail(
                SimError::missingError(QStringLiteral("Record does not exist or has been deleted.")));
        const QString resModel = m_database->rawValue(model, id, QStringLiteral("res_model")).toString();
        const int resId = m_database->rawValue(model, id, QStringLiteral("res_id")).toInt();
        QString body = QStringLiteral("%1 done: %2")
                           .arg(m_database->readValue(model, id, QStringLiteral("activity_type_id"))
                                    .toArray()
                                    .at(1)
                                    .toString(QStringLiteral("To-Do")),
                                m_database->rawValue(model, id, QStringLiteral("summary")).toString());
        if (method == QLatin1String("action_feedback"))
            body += QLatin1Char(' ') + arguments.value(QLatin1String("feedback")).toString();
        lastMessage = m_orm->postMessage(caller, resModel, resId, body, QStringLiteral("notification"));
        if (m_database->flavor() >= 19)
            set(caller, model, {id}, {{QStringLiteral("active"), false}});
        else
            m_database->remove(model, {id});
    }
    return SimCallResult::ok(lastMessage);
}

int SimMailMethods::activityType(const QString &xmlId)
{
    // The activity types every database has, by XML id; an unknown one falls back to To-Do.
    const QString name = xmlId == QLatin1String("mail.mail_activity_data_warning")
                             ? QStringLiteral("Exception")
                         : xmlId == QLatin1String("mail.mail_activity_data_call") ? QStringLiteral("Call")
                                                                                  : QStringLiteral("To-Do");
    const QString model = QStringLiteral("mail.activity.type");
    for (const int id : m_database->allIds(model)) {
        if (m_database->rawValue(model, id, QStringLiteral("name")).toString() == name)
            return id;
    }
    return m_database->insert(model,
                              {{QStringLiteral("name"), name},
                               {QStringLiteral("category"), QStringLiteral("default")},
                               {QStringLiteral("delay_count"), 0},
                               {QStringLiteral("delay_unit"), QStringLiteral("days")}},
                              1);
}

SimCallResult SimMailMethods::activitySchedule(const SimCaller &caller, const QString &model,
                                               const QList<int> &ids, const QJsonObject &arguments)
{
    const QString activityModel = QStringLiteral("mail.activity");
    if (const auto denied = m_orm->checkAccess(caller, activityModel, SimAccess::Operation::Create))
        return SimCallResult::fail(*denied);
    int modelId = 0;
    for (const int id : m_database->allIds(QStringLiteral("ir.model"))) {
        if (m_database->rawValue(QStringLiteral("ir.model"), id, QStringLiteral("model")).toString() == model)
            modelId = id;
    }
    const int type = activityType(arguments.value(QLatin1String("act_type_xmlid")).toString());
    const QJsonValue user = arguments.value(QLatin1String("user_id"));
    const QJsonValue deadline = arguments.value(QLatin1String("date_deadline"));
    QStringList created;
    QJsonArray createdIds;
    for (const int id : ids) {
        if (!m_database->exists(model, id))
            return SimCallResult::fail(
                SimError::missingError(QStringLiteral("Record does not exist or has been deleted.")));
        QJsonObject values{
            {QStringLiteral("res_model"), model},
            {QStringLiteral("res_id"), id},
            {QStringLiteral("activity_type_id"), type},
            {QStringLiteral("summary"), arguments.value(QLatin1String("summary")).toString()},
            {QStringLiteral("note"), arguments.value(QLatin1String("note")).toString()},
            {QStringLiteral("user_id"), user.isUndefined() ? QJsonValue(caller.uid) : user},
            {QStringLiteral("date_deadline"),
             deadline.isString() ? deadline : QJsonValue(SimDatabase::formatDate(m_database->now().date()))}};
        if (modelId > 0)
            values.insert(QStringLiteral("res_model_id"), modelId);
        SimError error;
        const int activity = m_database->insert(activityModel, values, caller.uid, &error);
        if (activity == 0)
            return SimCallResult::fail(error);
        created.append(QString::number(activity));
        createdIds.append(activity);
    }
    // 17/18 return the recordset's repr ("mail.activity(56,)"), 19 a list of ids.
    if (m_database->flavor() >= 19)
        return SimCallResult::ok(createdIds);
    return SimCallResult::ok(
        QStringLiteral("mail.activity(%1%2)")
            .arg(created.join(QStringLiteral(", ")), created.size() == 1 ? QStringLiteral(",") : QString()));
}
