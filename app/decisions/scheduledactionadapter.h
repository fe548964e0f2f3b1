// ScheduledActionAdapter: an ir.cron job that fails: retry runs it now (method_direct_trigger).
// A job that raises again fails the call on 17/18; on 19 the call returns a display_exception
// client action instead, which ends the run as Refused with the job's error.
#pragma once

#include "decisionadapter.h"

class ScheduledActionAdapter : public DecisionAdapter
{
    Q_DECLARE_TR_FUNCTIONS(ScheduledActionAdapter)
public:
    QString id() const override { return QStringLiteral("scheduled_action"); }
    // No chatter on this model: the reason stays in the audit trail.
    bool hasChatter() const override { return false; }
    QList<Decision::Action> actions(int version) const override;
    QStringList fields(int version) const override;
    bool isOpen(const Decision &decision, const QJsonObject &record, int version) const override;
    bool isApplied(const Decision &decision, const QJsonObject &record, int version) const override;
    void apply(DecisionRun &run) const override;

    // The job's error from a display_exception action (the last line of its traceback).
    static QString exceptionMessage(const QJsonObject &action);
};
