#include "watchcommand.h"

#include "cliexitcode.h"
#include "odoo/odooconnection.h"
#include "queuereport.h"
#include "storage/cache.h"
#include "sync/livesync.h"

#include <QJsonDocument>

WatchCommand::WatchCommand(CliContext &context, QObject *parent)
    : CliCommand(context, parent)
{}

WatchCommand::~WatchCommand() = default;

void WatchCommand::run(const QStringList &arguments)
{
    if (!takesNoArguments(QStringLiteral("watch"), arguments))
        return;
    m_cache = m_context.openCacheAndConnection();
    if (!m_cache)
        return;
    m_context.connectAndDetect(this, [this](const SourceDetection &detection) { start(detection); });
}

void WatchCommand::start(const SourceDetection &detection)
{
    m_live = std::make_unique<LiveSync>(m_context.connection(), m_cache.get(), detection.syncedProfiles(),
                                        SyncEngine::Options());
    connect(m_live.get(), &LiveSync::statusChanged, this, &WatchCommand::printStatus);
    connect(m_live.get(), &LiveSync::itemsChanged, this, &WatchCommand::printChanges);
    printStatus();
    m_live->start();
}

void WatchCommand::printLine(const QJsonObject &line)
{
    QJsonObject stamped = line;
    stamped.insert(QStringLiteral("at"), QueueReport::isoUtc(QDateTime::currentDateTimeUtc()));
    m_context.out() << QString::fromUtf8(QJsonDocument(stamped).toJson(QJsonDocument::Compact)) << Qt::endl;
}

void WatchCommand::printStatus()
{
    const SyncStatus status = m_live->status();
    const QJsonObject line{{QStringLiteral("event"), QStringLiteral("status")},
                           {QStringLiteral("state"), SyncStatus::stateName(status.state)},
                           {QStringLiteral("text"), status.text()},
                           {QStringLiteral("live"), m_live->pushOn()},
                           {QStringLiteral("push"), m_live->pushText()}};
    if (line == m_lastStatus)
        return;
    m_lastStatus = line;
    printLine(line);
}

void WatchCommand::printChanges(const QList<QueueItem> &upserts, const QStringList &removedIds)
{
    const QueueReport report({}, m_cache->stores(), QDateTime::currentDateTimeUtc());
    for (const QueueItem &item : upserts)
        printLine({{QStringLiteral("event"), QStringLiteral("item")},
                   {QStringLiteral("item"), report.itemToJson(item)}});
    for (const QString &id : removedIds)
        printLine({{QStringLiteral("event"), QStringLiteral("removed")}, {QStringLiteral("id"), id}});
}
