// DecidedApproval: one approval Odoo shows as decided (approved or refused), with when it was
// asked for and when it was decided. Read by ApprovalHistoryReader for the approvals chart.
#pragma once

#include <QDateTime>
#include <QString>

struct DecidedApproval
{
    QString itemId; // "<model>:<id>", the same key as QueueItem::id
    QString model;
    QDateTime requestedAt; // UTC; invalid when unknown
    QDateTime decidedAt;   // UTC
    bool approved = false; // false: refused / rejected

    bool operator==(const DecidedApproval &other) const = default;
};
