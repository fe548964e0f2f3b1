#include "decisionadapters.h"

#include "activityadapter.h"
#include "approvalrequestadapter.h"
#include "expenseadapter.h"
#include "expensereportadapter.h"
#include "inventorycountadapter.h"
#include "mailfailureadapter.h"
#include "purchaseorderadapter.h"
#include "queuejobadapter.h"
#include "scheduledactionadapter.h"
#include "tierreviewadapter.h"
#include "timeoffadapter.h"

#include <QHash>

namespace {

// One instance of each adapter, by id.
const QHash<QString, const DecisionAdapter *> &registry()
{
    static const PurchaseOrderAdapter purchaseOrder;
    static const ExpenseReportAdapter expenseReport;
    static const ExpenseAdapter expense;
    static const TimeOffAdapter timeOff;
    static const ApprovalRequestAdapter approvalRequest;
    static const TierReviewAdapter tierReview;
    static const InventoryCountAdapter inventoryCount;
    static const MailFailureAdapter mailFailure;
    static const QueueJobAdapter queueJob;
    static const ScheduledActionAdapter scheduledAction;
    static const ActivityAdapter activity;
    static const QHash<QString, const DecisionAdapter *> adapters = [] {
        QHash<QString, const DecisionAdapter *> all;
        for (const DecisionAdapter *adapter : std::initializer_list<const DecisionAdapter *>{
                 &purchaseOrder, &expenseReport, &expense, &timeOff, &approvalRequest, &tierReview,
                 &inventoryCount, &mailFailure, &queueJob, &scheduledAction, &activity})
            all.insert(adapter->id(), adapter);
        return all;
    }();
    return adapters;
}

} // namespace

const DecisionAdapter *DecisionAdapters::forId(const QString &id)
{
    return registry().value(id);
}

QStringList DecisionAdapters::ids()
{
    QStringList all = registry().keys();
    all.sort();
    return all;
}
