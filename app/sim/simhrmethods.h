// SimHrMethods: the HR decisions: expense reports (17/18) and expenses (19) submitted, approved
// or refused through the refuse wizard, and time off approved, validated or refused.
#pragma once

#include "simbusinessarea.h"

class SimHrMethods : public SimBusinessArea
{
public:
    using SimBusinessArea::SimBusinessArea;

    std::optional<SimCallResult> call(const SimCaller &caller, const QString &model, const QString &method,
                                      const QList<int> &ids, const QJsonObject &arguments) override;

private:
    SimCallResult expenseSheet(const SimCaller &caller, const QString &method, const QList<int> &ids);
    SimCallResult expense19(const SimCaller &caller, const QString &method, const QList<int> &ids);
    SimCallResult refuseWizard(const SimCaller &caller, const QList<int> &ids);
    SimCallResult leave(const SimCaller &caller, const QString &method, const QList<int> &ids,
                        const QJsonObject &arguments);
};
