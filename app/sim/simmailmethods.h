// SimMailMethods: activities (scheduled on any record with activity_ids, marked done with or
// without feedback) and failed outgoing mails (retry, mark outgoing, cancel).
#pragma once

#include "simbusinessarea.h"

class SimMailMethods : public SimBusinessArea
{
public:
    using SimBusinessArea::SimBusinessArea;

    std::optional<SimCallResult> call(const SimCaller &caller, const QString &model, const QString &method,
                                      const QList<int> &ids, const QJsonObject &arguments) override;

private:
    SimCallResult activity(const SimCaller &caller, const QString &method, const QList<int> &ids,
                           const QJsonObject &arguments);
    SimCallResult activitySchedule(const SimCaller &caller, const QString &model, const QList<int> &ids,
                                   const QJsonObject &arguments);
    int activityType(const QString &xmlId);
};
