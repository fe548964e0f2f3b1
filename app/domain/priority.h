// Priority: how much a queue item matters now (0-100) and why: reasons whose points add up to the
// score, each a sentence a manager can read ("Overdue by 2 business days"). Made by PriorityScorer.
#pragma once

#include <QList>
#include <QString>

struct PriorityReason
{
    int points = 0;
    QString text; // a full sentence, translated; the points are shown beside it ("+25 …")
    bool operator==(const PriorityReason &) const = default;
};

struct Priority
{
    int score = 0; // 0…100, the sum of the reasons' points
    QList<PriorityReason> reasons;
    bool operator==(const Priority &) const = default;
};
