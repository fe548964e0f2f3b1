#include "configuredadapter.h"

#include "activitydelegation.h"
#include "adaptersupport.h"
#include "decisionrun.h"

ConfiguredAdapter::ConfiguredAdapter(AdapterConfig config)
    : m_config(std::move(config))
{}

QList<Decision::Action> ConfiguredAdapter::actions(int) const
{
    return m_config.actionOrder;
}

QStringList ConfiguredAdapter::fields(int) const
{
    return m_config.fields;
}

bool ConfiguredAdapter::isOpen(const Decision &, const QJsonObject &record, int) const
{
    return AdapterConfig::allMatch(m_config.open, record);
}

bool ConfiguredAdapter::isApplied(const Decision &decision, const QJsonObject &record, int) const
{
    const auto found = m_config.actions.constFind(decision.action);
    if (found == m_config.actions.cend())
        return false;
    const AdapterConfig::Action &action = *found;
    if (action.scheduleActivity)
        return true; // the activity is the decision; the record's state does not move
    if (!action.appliedFromSeen.isEmpty()) {
        // From what the user saw: e.g. time off approved at its first level moves on to the second.
        QString seen = decision.seenState;
        if (seen.isEmpty())
            seen = AdapterSupport::text(decision.seenRecord, action.seenField);
        const auto byState = action.appliedFromSeen.constFind(seen);
        const auto conditions = byState != action.appliedFromSeen.cend()
                                    ? *byState
                                    : action.appliedFromSeen.value(QStringLiteral("*"));
        return AdapterConfig::anyMatches(conditions, record);
    }
    return AdapterConfig::anyMatches(action.applied, record);
}

QString ConfiguredAdapter::methodFor(Decision::Action actionName, const QJsonObject &record,
                                     int version) const
{
    const AdapterConfig::Action action = m_config.actions.value(actionName);
    for (const AdapterConfig::MethodRule &rule : action.methods) {
        const bool versionFits = (rule.minVersion == 0 || version >= rule.minVersion) &&
                                 (rule.maxVersion == 0 || version <= rule.maxVersion);
        if (versionFits && AdapterConfig::allMatch(rule.when, record))
            return rule.method;
    }
    return action.method;
}

void ConfiguredAdapter::apply(DecisionRun &run) const
{
    const Decision &decision = run.decision();
    const auto found = m_config.actions.constFind(decision.action);
    if (found == m_config.actions.cend()) {
        AdapterSupport::unsupported(run);
        return;
    }
    if (found->scheduleActivity) {
        ActivityDelegation::schedule(run, m_config.model, decision.resId);
        return;
    }
    DecisionRun *target = &run;
    run.call(m_config.model, methodFor(decision.action, run.record(), run.serverVersion()),
             AdapterSupport::onRecord(decision.resId), {},
             [target](const QJsonValue &) { target->succeed(); });
}

QString ConfiguredAdapter::noEffectMessage(const Decision &decision, const QJsonObject &record,
                                           int version) const
{
    for (const AdapterConfig::NoEffect &rule : m_config.noEffect) {
        if ((rule.action && *rule.action != decision.action) || !AdapterConfig::allMatch(rule.when, record))
            continue;
        if (rule.message == QLatin1String("not_an_approver"))
            return tr("Odoo accepted the request but nothing changed: your Odoo user is not one of the "
                      "approvers of %1.")
                .arg(decision.itemId);
        const QString name = AdapterSupport::text(record, QStringLiteral("name"));
        return tr("Odoo accepted the approval of %1 but the order still waits for approval: your Odoo user "
                  "is probably not allowed to approve orders of this amount. Nothing was changed.")
            .arg(name.isEmpty() ? decision.itemId : name);
    }
    return DecisionAdapter::noEffectMessage(decision, record, version);
}
