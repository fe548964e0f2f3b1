#include "mailfailureadapter.h"

#include "adaptersupport.h"
#include "decisionrun.h"
#include "odoo/odooconnection.h"

QStringList MailFailureAdapter::actions(int) const
{
    return {QStringLiteral("retry"), QStringLiteral("dismiss")};
}

QStringList MailFailureAdapter::fields(int) const
{
    return {QStringLiteral("state")};
}

bool MailFailureAdapter::isOpen(const Decision &, const QJsonObject &record, int) const
{
    return AdapterSupport::text(record, QStringLiteral("state")) == QLatin1String("exception");
}

bool MailFailureAdapter::isApplied(const Decision &decision, const QJsonObject &record, int) const
{
    const QString state = AdapterSupport::text(record, QStringLiteral("state"));
    // Once queued the mail may already have been sent (or deleted after sending).
    if (decision.action == QLatin1String("retry"))
        return state == QLatin1String("outgoing") || state == QLatin1String("sent") ||
               state == QLatin1String("received") || AdapterSupport::isGone(record);
    if (decision.action == QLatin1String("dismiss"))
        return state == QLatin1String("cancel");
    return false;
}

void MailFailureAdapter::apply(DecisionRun &run) const
{
    const Decision &decision = run.decision();
    DecisionRun *target = &run;
    const auto done = [target](const QJsonValue &) { target->succeed(); };
    const QString model = QStringLiteral("mail.mail");
    if (decision.action == QLatin1String("retry"))
        run.call(model, QStringLiteral("mark_outgoing"), AdapterSupport::onRecord(decision.resId), {}, done);
    else if (decision.action == QLatin1String("dismiss"))
        run.call(model, QStringLiteral("cancel"), AdapterSupport::onRecord(decision.resId), {}, done);
    else
        AdapterSupport::unsupported(run);
}
