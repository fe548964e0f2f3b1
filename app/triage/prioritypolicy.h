// PriorityPolicy: the weights and thresholds of the priority score (resources/triage/priority.json,
// overridable by the user and the company policy), read and checked key by key with
// "file:line: reason" errors like the source profiles.
#pragma once

#include "domain/severity.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <optional>

struct PriorityPolicy
{
    QHash<Severity, int> severityPoints; // a severity's points; none for an unknown one

    double slaFromShare = 0.5;    // the SLA starts to count once this share of it is used
    int slaPointsAtDue = 20;      // points when the SLA is used up (growing from slaFromShare)
    int overduePointsPerDay = 10; // and then per business day overdue …
    int overdueMaxPoints = 30;    // … up to this many

    double defaultMoneyLimit = 1000;    // in the company currency, for sources without their own
    QHash<QString, double> moneyLimits; // per source profile id
    int moneyPointsAtLimit = 8;         // an amount at its limit …
    int moneyPointsPerTenfold = 8;      // … and for each tenfold above it (log scale) …
    int moneyMaxPoints = 20;            // … up to this many

    double moneyLimitFor(const QString &profileId) const
    {
        return moneyLimits.value(profileId, defaultMoneyLimit);
    }

    // The compiled-in policy (:/triage/priority.json).
    static PriorityPolicy installed();
};

class PriorityPolicyReader
{
    Q_DECLARE_TR_FUNCTIONS(PriorityPolicy)

public:
    // The policy in `json`, keys not given keeping `base`'s values (so an override names only
    // what it changes). On failure nothing, and `error` is "file:line: reason".
    static std::optional<PriorityPolicy> read(const QByteArray &json, const QString &fileName,
                                              const PriorityPolicy &base, QString *error);
};
