// SyncCommand: `hqtower-cli sync --once`: syncs every enabled source once into the cache, with
// progress on standard error, and prints one line (or JSON object) per source and the totals.
// Sources that could not be checked or synced for a server or network problem are tried again
// until --budget runs out; they are then listed with their error (exit 5).
#pragma once

#include "clicommand.h"
#include "domain/syncstate.h"
#include "sync/profilestatus.h"

#include <QElapsedTimer>
#include <QHash>

#include <memory>

class Cache;
class SyncEngine;

class SyncCommand : public CliCommand
{
    Q_OBJECT
public:
    SyncCommand(CliContext &context, QObject *parent = nullptr);
    ~SyncCommand() override;
    void run(const QStringList &arguments) override;

private:
    void detect();
    void start(const SourceDetection &detection);
    void addUp(const SyncLogEntry &entry);
    void onRoundFinished();
    bool budgetLeft() const;
    void showProgress(int fetched, int total);
    void printResults();

    std::unique_ptr<Cache> m_cache;
    std::unique_ptr<SyncEngine> m_engine; // ends before the cache it writes to
    QList<ProfileStatus> m_statuses;      // every check's answers merged: decided ones stay
    QStringList m_order;
    QHash<QString, QString> m_uncheckable;      // profile id -> why it could not be checked
    QHash<QString, SyncLogEntry> m_accumulated; // every round's counts added up, the last error
    QList<SyncLogEntry> m_roundResults;         // the sources that reported in this round
    QElapsedTimer m_progressClock;
    QElapsedTimer m_budgetClock;
    qint64 m_budgetMs = 0;
    int m_detections = 0;
    int m_lastPercent = -1;
};
