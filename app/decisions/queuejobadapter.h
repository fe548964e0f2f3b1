// QueueJobAdapter: an OCA queue.job that failed: retry requeues it (pending), dismiss marks it
// done by hand (button_done).
#pragma once

#include "decisionadapter.h"

class QueueJobAdapter : public DecisionAdapter
{
public:
    QString id() const override { return QStringLiteral("queue_job"); }
    // No chatter on this model: the reason stays in the audit trail.
    bool hasChatter() const override { return false; }
    QStringList actions(int version) const override;
    QStringList fields(int version) const override;
    bool isOpen(const Decision &decision, const QJsonObject &record, int version) const override;
    bool isApplied(const Decision &decision, const QJsonObject &record, int version) const override;
    void apply(DecisionRun &run) const override;
};
