// QueueRow: what QueueModel precomputes for one row (texts, store, SLA state, search text, the
// decision shown) so that views, filters and sorting never recompute it; QueueDecisionMark: the
// latest decision known for an item; PreparedQueue: a whole queue made off the GUI thread.
#pragma once

#include "domain/decision.h"
#include "queuerules.h"
#include "queuesnapshot.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

struct QueueRow
{
    QString kindText;
    QString storeName;
    QString region;
    QString amountText;
    // Lowercased title, summary, store name and requester joined by '\n'; the title is its
    // first titleLength characters (case-insensitive sorting compares these).
    QString searchText;
    QString requesterKey; // the lowercased requester, shared by the rows of one requester
    int titleLength = 0;
    qint64 createdSecs = -1; // -1: unknown
    qint64 dueSecs = -1;     // -1: no SLA
    bool hasAmount = false;
    double amount = 0.0;
    int assignedUserId = 0;
    Severity severity = Severity::Unknown;
    SlaState sla = SlaState::None;
    int decisionStatus = -1; // int(Decision::Status) of the decision shown, -1 none
    qint64 decisionSettledSecs = -1;
};

struct QueueDecisionMark
{
    QString decisionId;
    Decision::Status status = Decision::Status::Pending;
    QDateTime createdAt;
    qint64 settledSecs = -1; // when it settled (updatedAt), -1 while pending
};

// What QueueModel::setItems(PreparedQueue) swaps in: the items, their rows, the row of each id,
// and the generation of the QueueRowMaker that made the rows.
struct PreparedQueue
{
    QueueSnapshot items;
    QList<QueueRow> rows;
    QHash<QString, int> rowOf;
    quint64 generation = 0;
};
