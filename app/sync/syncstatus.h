// SyncStatus: what the sync engine is doing, for the status bar and `hqtower-cli watch`:
// syncing, up to date, offline since HH:MM, or failing, and when it tries again.
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

struct SyncStatus
{
    Q_DECLARE_TR_FUNCTIONS(SyncStatus)

public:
    enum class State { NotSynced, Syncing, UpToDate, Offline, Failing };

    State state = State::NotSynced;
    QDateTime lastSyncedAt; // UTC; the last run that succeeded
    QDateTime offlineSince; // UTC; the first failure to reach the server since the last success
    QDateTime retryAt;      // UTC; the next attempt after a failure (invalid when none is planned)
    QString problem;        // the last error in plain words, empty when none

    static QString stateName(State state); // "syncing", "up_to_date"… for JSON
    // One plain sentence, e.g. "Offline since 14:02 — retrying in 25 s".
    QString text(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    bool operator==(const SyncStatus &other) const = default;
};
