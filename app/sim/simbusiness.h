// SimBusiness: the business methods HQ Tower calls, with the semantics measured on real Odoo
// 17, 18 and 19 (METHODS.md), by Odoo area: purchase approval (a silent no-op without the right),
// expense and time-off decisions, approvals and tier validation, inventory counts, activities and
// mails, crons and failed jobs.
#pragma once

#include "simapprovalmethods.h"
#include "simcaller.h"
#include "simcallresult.h"
#include "simhrmethods.h"
#include "simjobmethods.h"
#include "simmailmethods.h"
#include "simpurchasemethods.h"
#include "simstockmethods.h"

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
    double purchaseApprovalThreshold() const { return m_purchase.approvalThreshold(); }

private:
    SimApprovalMethods m_approvals; // first: tier validation answers on any model
    SimPurchaseMethods m_purchase;
    SimHrMethods m_hr;
    SimStockMethods m_stock;
    SimMailMethods m_mail;
    SimJobMethods m_jobs;
};
