// ConfiguredAdapter: the decision adapter for documents whose decisions are one method call each
// (purchase orders, time off, approval requests, failed mails and queue jobs, or a user's own
// source), driven by an AdapterConfig instead of C++.
#pragma once

#include "adapterconfig.h"
#include "decisionadapter.h"

class ConfiguredAdapter : public DecisionAdapter
{
    Q_DECLARE_TR_FUNCTIONS(ConfiguredAdapter)

public:
    explicit ConfiguredAdapter(AdapterConfig config);

    const AdapterConfig &config() const { return m_config; }
    // The method `action` calls on `record` with Odoo `version` (empty for an activity).
    QString methodFor(Decision::Action action, const QJsonObject &record, int version) const;

    QString id() const override { return m_config.id; }
    QList<Decision::Action> actions(int version) const override;
    QStringList fields(int version) const override;
    bool isOpen(const Decision &decision, const QJsonObject &record, int version) const override;
    bool isApplied(const Decision &decision, const QJsonObject &record, int version) const override;
    void apply(DecisionRun &run) const override;
    bool hasChatter() const override { return m_config.hasChatter; }
    QString noEffectMessage(const Decision &decision, const QJsonObject &record, int version) const override;

private:
    AdapterConfig m_config;
};
