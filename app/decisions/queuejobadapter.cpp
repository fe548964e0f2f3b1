#include "queuejobadapter.h"

#include "adaptersupport.h"
#include "decisionrun.h"
#include "odoo/odooconnection.h"

QStringList QueueJobAdapter::actions(int) const
{
    return {QStringLiteral("retry"), QStringLiteral("dismiss")};
}

QStringList QueueJobAdapter::fields(int) const
{
    return {QStringLiteral("state")};
}

bool QueueJobAdapter::isOpen(const Decision &, const QJsonObject &record, int) const
{
    return AdapterSupport::text(record, QStringLiteral("state")) == QLatin1String("failed");
}

bool QueueJobAdapter::isApplied(const Decision &decision, const QJsonObject &record, int) const
{
    const QString state = AdapterSupport::text(record, QStringLiteral("state"));
    // A requeued job may already be running or done by the time it is read again.
    if (decision.action == QLatin1String("retry"))
        return state == QLatin1String("pending") || state == QLatin1String("enqueued") ||
               state == QLatin1String("started") || state == QLatin1String("done") ||
               state == QLatin1String("wait_dependencies");
    if (decision.action == QLatin1String("dismiss"))
        return state == QLatin1String("done");
    return false;
}

void QueueJobAdapter::apply(DecisionRun &run) const
{
    const Decision &decision = run.decision();
    DecisionRun *target = &run;
    const auto done = [target](const QJsonValue &) { target->succeed(); };
    const QString model = QStringLiteral("queue.job");
    if (decision.action == QLatin1String("retry"))
        run.call(model, QStringLiteral("requeue"), AdapterSupport::onRecord(decision.resId), {}, done);
    else if (decision.action == QLatin1String("dismiss"))
        run.call(model, QStringLiteral("button_done"), AdapterSupport::onRecord(decision.resId), {}, done);
    else
        AdapterSupport::unsupported(run);
}
