#include "simjobmethods.h"

#include "simcatalog.h"
#include "simdatabase.h"

#include <QJsonArray>

std::optional<SimCallResult> SimJobMethods::call(const SimCaller &caller, const QString &model,
                                                 const QString &method, const QList<int> &ids,
                                                 const QJsonObject & /*arguments*/)
{
    const auto is = [&](const char *name) { return method == QLatin1String(name); };
    if (model == QLatin1String("ir.cron") && is("method_direct_trigger"))
        return cron(caller, ids);
    if (model == QLatin1String("queue.job") && (is("requeue") || is("button_done"))) {
        if (!caller.hasRole(QStringLiteral("system")))
            return denied(caller, model);
        set(caller, model, ids,
            is("requeue")
                ? QJsonObject{{QStringLiteral("state"), QStringLiteral("pending")},
                              {QStringLiteral("exc_info"), false},
                              {QStringLiteral("exc_message"), false}}
                : QJsonObject{{QStringLiteral("state"), QStringLiteral("done")},
                              {QStringLiteral("date_done"), SimDatabase::formatDateTime(m_database->now())}});
        return SimCallResult::ok(true);
    }
    return std::nullopt;
}

SimCallResult SimJobMethods::cron(const SimCaller &caller, const QList<int> &ids)
{
    const QString model = QStringLiteral("ir.cron");
    if (!caller.hasRole(QStringLiteral("system")))
        return denied(caller, model);
    if (ids.size() > 1 && m_database->flavor() >= 18)
        return SimCallResult::fail(SimError::valueError(
            QStringLiteral("Expected singleton: ir.cron(%1, %2)").arg(ids.at(0)).arg(ids.at(1))));
    const QString now = SimDatabase::formatDateTime(m_database->now());
    for (const int id : ids) {
        const QString failure = cronFailure(id);
        if (failure.isEmpty())
            continue;
        // 17/18 raise the job's exception and record nothing.
        const qsizetype colon = failure.indexOf(QLatin1String(": "));
        QString name = failure.left(colon);
        if (!name.contains(QLatin1Char('.')))
            name.prepend(QLatin1String("builtins."));
        if (m_database->flavor() < 19)
            return SimCallResult::fail({name, failure.mid(colon + 2),
                                        name == QLatin1String("odoo.exceptions.UserError") ? 422 : 500});
        // 19 catches it, counts the failure and returns a display_exception client action.
        QJsonObject values{{QStringLiteral("lastcall"), now},
                           {QStringLiteral("failure_count"),
                            m_database->rawValue(model, id, QStringLiteral("failure_count")).toInt() + 1}};
        if (m_database->rawValue(model, id, QStringLiteral("first_failure_date")).toString().isEmpty())
            values.insert(QStringLiteral("first_failure_date"), now);
        set(caller, model, {id}, values);
        const QString debug =
            QStringLiteral("Traceback (most recent call last):\n  File \"/opt/odoo/odoo/addons/base/models/"
                           "ir_cron.py\", line 190, in method_direct_trigger\n    cron._callback()\n%1\n")
                .arg(failure);
        return SimCallResult::ok(QJsonObject{
            {QStringLiteral("type"), QStringLiteral("ir.actions.client")},
            {QStringLiteral("tag"), QStringLiteral("display_exception")},
            {QStringLiteral("params"),
             QJsonObject{{QStringLiteral("code"), 0},
                         {QStringLiteral("message"), QStringLiteral("Odoo Server Error")},
                         {QStringLiteral("data"),
                          QJsonObject{{QStringLiteral("name"), QStringLiteral("builtins.RuntimeError")},
                                      {QStringLiteral("message"), QString()},
                                      {QStringLiteral("arguments"), QJsonArray()},
                                      {QStringLiteral("context"), QJsonObject()},
                                      {QStringLiteral("debug"), debug}}}}}});
    }
    QJsonObject values{{QStringLiteral("lastcall"), now}};
    // 19 clears the failure counters after a good run; 18 only moves them when the scheduler runs.
    if (m_database->flavor() >= 19) {
        values.insert(QStringLiteral("failure_count"), 0);
        values.insert(QStringLiteral("first_failure_date"), false);
    }
    set(caller, model, ids, values);
    return SimCallResult::ok(true);
}

QString SimJobMethods::cronFailure(int id) const
{
    // The demo's failing jobs (SimCatalog) keep failing when triggered by hand.
    const QString name =
        m_database->rawValue(QStringLiteral("ir.cron"), id, QStringLiteral("cron_name")).toString();
    for (const SimCatalog::Cron &entry : SimCatalog::crons()) {
        if (entry.name == name)
            return entry.failure;
    }
    return {};
}
