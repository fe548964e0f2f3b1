#include "activitydelegation.h"

#include "adaptersupport.h"
#include "decisionrun.h"
#include "odoo/odooconnection.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>

namespace {

void scheduleActivity(DecisionRun *run, const QString &model, int resId, int userId, const QString &marker)
{
    const Decision &decision = run->decision();
    QString note;
    if (!decision.reason.isEmpty())
        note += QStringLiteral("<p>%1</p>").arg(decision.reason.toHtmlEscaped());
    note += QStringLiteral("<p>%1</p>").arg(marker);
    const QJsonObject values{
        {QStringLiteral("act_type_xmlid"), QStringLiteral("mail.mail_activity_data_todo")},
        {QStringLiteral("summary"), ActivityDelegation::tr("Please decide (delegated from HQ Tower)")},
        {QStringLiteral("note"), note},
        {QStringLiteral("user_id"), userId},
        {QStringLiteral("date_deadline"), QDate::currentDate().addDays(1).toString(Qt::ISODate)}};
    // 17/18 answer the recordset as a string, 19 a list of ids: both mean it was made.
    run->call(model, QStringLiteral("activity_schedule"), AdapterSupport::onRecord(resId), values,
              [run](const QJsonValue &) { run->succeed(); });
}

} // namespace

QString ActivityDelegation::marker(const Decision &decision)
{
    return QStringLiteral("HQ Tower ref %1").arg(decision.id.left(8));
}

void ActivityDelegation::schedule(DecisionRun &run, const QString &model, int resId)
{
    const QString login = run.decision().targetLogin;
    if (login.isEmpty()) {
        run.refuse(tr("Choose the Odoo user to delegate to."));
        return;
    }
    if (model.isEmpty() || resId <= 0) {
        run.refuse(tr("There is no Odoo document to delegate."));
        return;
    }
    DecisionRun *target = &run;
    const QJsonArray byLogin{QJsonArray{QStringLiteral("login"), QStringLiteral("="), login}};
    run.call(QStringLiteral("res.users"), QStringLiteral("search_read"), QJsonArray{byLogin},
             {{QStringLiteral("fields"), QJsonArray{QStringLiteral("id")}}, {QStringLiteral("limit"), 1}},
             [target, login, model, resId](const QJsonValue &users) {
                 const int userId = users.toArray().at(0).toObject().value(QLatin1String("id")).toInt();
                 if (userId <= 0) {
                     target->refuse(tr("No Odoo user with login %1.").arg(login));
                     return;
                 }
                 const QString mark = marker(target->decision());
                 // Archived activities count too (19 archives a done activity).
                 const QJsonArray domain{
                     QJsonArray{QStringLiteral("res_model"), QStringLiteral("="), model},
                     QJsonArray{QStringLiteral("res_id"), QStringLiteral("="), resId},
                     QJsonArray{QStringLiteral("user_id"), QStringLiteral("="), userId},
                     QJsonArray{QStringLiteral("note"), QStringLiteral("ilike"), mark},
                     QJsonArray{QStringLiteral("active"), QStringLiteral("in"), QJsonArray{true, false}}};
                 target->call(QStringLiteral("mail.activity"), QStringLiteral("search"), QJsonArray{domain},
                              {{QStringLiteral("limit"), 1}},
                              [target, model, resId, userId, mark](const QJsonValue &existing) {
                                  if (!existing.toArray().isEmpty()) {
                                      target->succeed();
                                      return;
                                  }
                                  scheduleActivity(target, model, resId, userId, mark);
                              });
             });
}
