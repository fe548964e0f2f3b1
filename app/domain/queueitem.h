// QueueItem: one thing that needs attention, made from one Odoo record by a source profile
// (a purchase order to approve, a late picking, a failed mail…). Value type shared by sync,
// the cache and the models.
#pragma once

#include "itemkind.h"
#include "severity.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

struct QueueItem
{
    QString id;        // "<model>:<res_id>", stable
    QString profileId; // the source profile that made it, e.g. "purchase_to_approve"
    ItemKind kind = ItemKind::Unknown;
    QString model;
    int resId = 0;
    QString title;
    QString summary;
    QString reason;                        // why it needs attention, in plain words (the rule that matched)
    Severity severity = Severity::Unknown; // from the source profile's rules
    int storeId = 0;                       // stock.warehouse id; 0 = HQ / no store
    bool hasAmount = false;
    double amount = 0.0;
    QString currency;
    int requestedById = 0; // res.users id, 0 when unknown
    QString requestedBy;
    QDateTime created;   // UTC
    QDateTime writeDate; // the record's write_date (UTC), for cursors and conflicts
    QDateTime slaDue;    // UTC; invalid when the profile has no SLA clock
    QString state;       // the record's state as read
    QJsonObject fields;  // every field the profile reads, as Odoo answered them

    bool operator==(const QueueItem &other) const = default;
};
