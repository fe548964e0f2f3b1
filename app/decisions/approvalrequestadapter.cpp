#include "approvalrequestadapter.h"

#include "activitydelegation.h"
#include "adaptersupport.h"
#include "decisionrun.h"
#include "odoo/odooconnection.h"

namespace {

const QString &model()
{
    static const QString name = QStringLiteral("approval.request");
    return name;
}

} // namespace

QStringList ApprovalRequestAdapter::actions(int) const
{
    return {QStringLiteral("approve"), QStringLiteral("reject"), QStringLiteral("delegate")};
}

QStringList ApprovalRequestAdapter::fields(int) const
{
    // user_status is computed for the reader: the status of their own approver line.
    return {QStringLiteral("name"), QStringLiteral("request_status"), QStringLiteral("user_status")};
}

bool ApprovalRequestAdapter::isOpen(const Decision &, const QJsonObject &record, int) const
{
    const QString mine = AdapterSupport::text(record, QStringLiteral("user_status"));
    return AdapterSupport::text(record, QStringLiteral("request_status")) == QLatin1String("pending") &&
           mine != QLatin1String("approved") && mine != QLatin1String("refused") &&
           mine != QLatin1String("cancel");
}

bool ApprovalRequestAdapter::isApplied(const Decision &decision, const QJsonObject &record, int) const
{
    const QString mine = AdapterSupport::text(record, QStringLiteral("user_status"));
    const QString request = AdapterSupport::text(record, QStringLiteral("request_status"));
    if (decision.action == QLatin1String("approve"))
        return mine == QLatin1String("approved") || request == QLatin1String("approved");
    if (decision.action == QLatin1String("reject"))
        return mine == QLatin1String("refused") || request == QLatin1String("refused");
    return decision.action == QLatin1String("delegate");
}

void ApprovalRequestAdapter::apply(DecisionRun &run) const
{
    const Decision &decision = run.decision();
    DecisionRun *target = &run;
    const auto done = [target](const QJsonValue &) { target->succeed(); };
    if (decision.action == QLatin1String("approve"))
        run.call(model(), QStringLiteral("action_approve"), AdapterSupport::onRecord(decision.resId), {},
                 done);
    else if (decision.action == QLatin1String("reject"))
        run.call(model(), QStringLiteral("action_refuse"), AdapterSupport::onRecord(decision.resId), {},
                 done);
    else if (decision.action == QLatin1String("delegate"))
        ActivityDelegation::schedule(run, model(), decision.resId);
    else
        AdapterSupport::unsupported(run);
}

QString ApprovalRequestAdapter::noEffectMessage(const Decision &decision, const QJsonObject &record,
                                                int version) const
{
    if (AdapterSupport::text(record, QStringLiteral("user_status")).isEmpty())
        return tr("Odoo accepted the request but nothing changed: your Odoo user is not one of the "
                  "approvers of %1.")
            .arg(decision.itemId);
    return DecisionAdapter::noEffectMessage(decision, record, version);
}
