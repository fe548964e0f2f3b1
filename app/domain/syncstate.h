// SyncCursor and SyncLogEntry: what the sync engine remembers between runs (where the incremental
// read of a source profile stopped) and what it did (one row per sync run), kept by Cache.
#pragma once

#include <QDateTime>
#include <QString>

struct SyncCursor
{
    QString profileId;
    QDateTime writeDate;        // UTC; the newest write_date read so far (invalid = from scratch)
    int lastId = 0;             // the highest id read at that write_date, to break ties
    QDateTime lastReconciledAt; // UTC; the last id reconciliation (departures), invalid = never

    bool operator==(const SyncCursor &other) const = default;
};

struct SyncLogEntry
{
    QString profileId; // empty when one run covered every profile
    QDateTime startedAt;
    QDateTime finishedAt;
    int fetched = 0;
    int changed = 0;
    int removed = 0;
    int requests = 0;
    QString error;          // empty when the run succeeded
    bool transient = false; // the error may pass (the network, a gateway): worth trying again soon

    bool operator==(const SyncLogEntry &other) const = default;
};
