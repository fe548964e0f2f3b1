// WatchCommand: `hqtower-cli watch`: keeps syncing (with live updates when --live) and prints one
// JSON line per status change, changed item and removed item, until interrupted.
#pragma once

#include "clicommand.h"
#include "domain/queueitem.h"

#include <QJsonObject>

#include <memory>

class Cache;
class LiveSync;

class WatchCommand : public CliCommand
{
    Q_OBJECT
public:
    WatchCommand(CliContext &context, QObject *parent = nullptr);
    ~WatchCommand() override;
    void run(const QStringList &arguments) override;

private:
    void start(const SourceDetection &detection);
    void printLine(const QJsonObject &line);
    void printStatus();
    void printChanges(const QList<QueueItem> &upserts, const QStringList &removedIds);

    std::unique_ptr<Cache> m_cache;
    std::unique_ptr<LiveSync> m_live; // ends before the cache it writes to
    QJsonObject m_lastStatus;
};
