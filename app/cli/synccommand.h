// SyncCommand: `hqtower-cli sync --once`: syncs every enabled source once into the cache, with
// progress on standard error, and prints one line (or JSON object) per source and the totals.
#pragma once

#include "clicommand.h"

#include <QElapsedTimer>

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
    void start(const SourceDetection &detection);
    void showProgress(int fetched, int total);
    void printResults();

    std::unique_ptr<Cache> m_cache;
    std::unique_ptr<SyncEngine> m_engine; // ends before the cache it writes to
    QStringList m_order;
    QElapsedTimer m_progressClock;
    int m_lastPercent = -1;
};
