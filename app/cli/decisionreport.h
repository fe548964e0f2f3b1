// DecisionReport: how `hqtower-cli outbox` and `audit` show decisions and audit entries: one
// plain line each, or JSON objects with stable keys.
#pragma once

#include "domain/decision.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QStringList>

class DecisionReport
{
    Q_DECLARE_TR_FUNCTIONS(DecisionReport)

public:
    // Keys: decision_id, bulk_id, item_id, action, reason, target, user, status, stage, attempts,
    // created, updated, next_attempt, message.
    QJsonArray decisionsToJson(const QList<Decision> &decisions) const;
    // Keys: id, decision_id, item_id, action, reason, user, decided, finished, outcome, message.
    QJsonArray auditToJson(const QList<AuditEntry> &entries) const;
    QStringList decisionLines(const QList<Decision> &decisions) const;
    QStringList auditLines(const QList<AuditEntry> &entries) const;
};
