// ActivityDelegation: hands a waiting document to another Odoo user as a To-Do activity on it
// (the "delegate" action of the approval adapters). A marker with the decision id in the note
// makes it idempotent: a repeated run finds the activity it made and creates no second one.
#pragma once

#include "domain/decision.h"

#include <QCoreApplication>
#include <QString>

class DecisionRun;

class ActivityDelegation
{
    Q_DECLARE_TR_FUNCTIONS(ActivityDelegation)
public:
    // The text the activity's note carries, e.g. "HQ Tower ref 1a2b3c4d".
    static QString marker(const Decision &decision);
    // Finds run.decision().targetLogin's user, then schedules the activity on model/resId unless
    // the marker shows it exists; ends the run.
    static void schedule(DecisionRun &run, const QString &model, int resId);
};
