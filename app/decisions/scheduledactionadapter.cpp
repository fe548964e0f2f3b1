#include "scheduledactionadapter.h"

#include "adaptersupport.h"
#include "decisionrun.h"
#include "odoo/odooconnection.h"

QList<Decision::Action> ScheduledActionAdapter::actions(int) const
{
    return {Decision::Action::Retry};
}

QStringList ScheduledActionAdapter::fields(int version) const
{
    QStringList names{QStringLiteral("cron_name"), QStringLiteral("active"), QStringLiteral("lastcall")};
    if (version >= 18)
        names.append(QStringLiteral("failure_count"));
    return names;
}

bool ScheduledActionAdapter::isOpen(const Decision &, const QJsonObject &record, int) const
{
    return !AdapterSupport::isGone(record);
}

bool ScheduledActionAdapter::isApplied(const Decision &decision, const QJsonObject &record, int version) const
{
    if (decision.action != Decision::Action::Retry || AdapterSupport::isGone(record))
        return false;
    // The job ran after the run the user saw ("YYYY-MM-DD HH:MM:SS" sorts as text)…
    const QString seen = AdapterSupport::text(decision.seenRecord, QStringLiteral("lastcall"));
    const QString now = AdapterSupport::text(record, QStringLiteral("lastcall"));
    if (now.isEmpty() || now <= seen)
        return false;
    // …and on 19, where a failed manual run also sets lastcall, without one more failure.
    const QJsonValue seenFailures = decision.seenRecord.value(QLatin1String("failure_count"));
    return version < 19 || !seenFailures.isDouble() ||
           record.value(QLatin1String("failure_count")).toInt() <= seenFailures.toInt();
}

void ScheduledActionAdapter::apply(DecisionRun &run) const
{
    if (run.decision().action != Decision::Action::Retry) {
        AdapterSupport::unsupported(run);
        return;
    }
    DecisionRun *target = &run;
    run.call(QStringLiteral("ir.cron"), QStringLiteral("method_direct_trigger"),
             AdapterSupport::onRecord(run.decision().resId), {}, [target](const QJsonValue &result) {
                 const QJsonObject action = result.toObject();
                 if (action.value(QLatin1String("type")).toString() == QLatin1String("ir.actions.client") &&
                     action.value(QLatin1String("tag")).toString() == QLatin1String("display_exception")) {
                     target->refuse(
                         tr("The scheduled action ran and failed again: %1").arg(exceptionMessage(action)));
                     return;
                 }
                 target->succeed();
             });
}

QString ScheduledActionAdapter::exceptionMessage(const QJsonObject &action)
{
    const QJsonObject params = action.value(QLatin1String("params")).toObject();
    const QJsonObject data = params.value(QLatin1String("data")).toObject();
    // 19 reports the job's exception only in the traceback; its last line names it.
    const QStringList lines =
        data.value(QLatin1String("debug")).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        const QString line = it->trimmed();
        if (!line.isEmpty() && !line.startsWith(QLatin1String("File ")) &&
            !line.startsWith(QLatin1String("Traceback")))
            return line;
    }
    const QString message = data.value(QLatin1String("message")).toString();
    if (!message.isEmpty())
        return message;
    return params.value(QLatin1String("message")).toString(tr("unknown error"));
}
