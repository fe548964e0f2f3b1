// SimJobMethods: the server's jobs: a scheduled action (ir.cron) run by hand, with how 17/18
// and 19 report a failing one, and failed queue jobs (queue.job) requeued or marked done.
#pragma once

#include "simbusinessarea.h"

class SimJobMethods : public SimBusinessArea
{
public:
    using SimBusinessArea::SimBusinessArea;

    std::optional<SimCallResult> call(const SimCaller &caller, const QString &model, const QString &method,
                                      const QList<int> &ids, const QJsonObject &arguments) override;

private:
    SimCallResult cron(const SimCaller &caller, const QList<int> &ids);
    // The exception a cron's job raises ("module.Class: message"), empty when it runs fine.
    QString cronFailure(int id) const;
};
