// SimBusiness: the business methods HQ Tower calls, with the semantics measured on real Odoo
// 17, 18 and 19 (METHODS.md): purchase approval (a silent no-op without the right), expense and
// time-off decisions, approvals, tier validation, inventory counts, failed jobs, mails, crons
// and activities.
#pragma once

#include "simcaller.h"
#include "simcallresult.h"

#include <QJsonObject>

#include <optional>

class SimDatabase;
class SimOrm;

class SimBusiness
{
public:
    SimBusiness(SimDatabase *database, SimOrm *orm);

    // The result of model.method, or std::nullopt when it is not a business method of that model.
    std::optional<SimCallResult> call(const SimCaller &caller, const QString &model, const QString &method,
                                      const QJsonObject &arguments);
    // Threshold above which a purchase user's confirmed order waits for approval.
    double purchaseApprovalThreshold() const;

private:
    SimCallResult purchase(const SimCaller &caller, const QString &method, const QList<int> &ids);
    SimCallResult expenseSheet(const SimCaller &caller, const QString &method, const QList<int> &ids);
    SimCallResult expense19(const SimCaller &caller, const QString &method, const QList<int> &ids);
    SimCallResult refuseWizard(const SimCaller &caller, const QList<int> &ids);
    SimCallResult leave(const SimCaller &caller, const QString &method, const QList<int> &ids,
                        const QJsonObject &arguments);
    SimCallResult approvalRequest(const SimCaller &caller, const QString &method, const QList<int> &ids);
    SimCallResult tier(const SimCaller &caller, const QString &model, const QString &method,
                       const QList<int> &ids, const QString &comment);
    SimCallResult commentWizard(const SimCaller &caller, const QList<int> &ids);
    SimCallResult quant(const SimCaller &caller, const QString &method, const QList<int> &ids);
    SimCallResult activity(const SimCaller &caller, const QString &method, const QList<int> &ids,
                           const QJsonObject &arguments);
    SimCallResult inventoryConflict(const SimCaller &caller, const QString &method, const QList<int> &ids);
    SimCallResult activitySchedule(const SimCaller &caller, const QString &model, const QList<int> &ids,
                                   const QJsonObject &arguments);
    int activityType(const QString &xmlId);
    SimCallResult cron(const SimCaller &caller, const QList<int> &ids);
    // The exception a cron's job raises ("module.Class: message"), empty when it runs fine.
    QString cronFailure(int id) const;
    QJsonObject windowAction(const QString &model, const QJsonObject &context) const;
    QString state(const QString &model, int id, const QString &field = QStringLiteral("state")) const;
    void set(const SimCaller &caller, const QString &model, const QList<int> &ids, const QJsonObject &values);

    SimDatabase *m_database;
    SimOrm *m_orm;
};
