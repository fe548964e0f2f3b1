#include "synccommand.h"

#include "cliexitcode.h"
#include "odoo/odooconnection.h"
#include "storage/cache.h"
#include "sync/syncengine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

SyncCommand::SyncCommand(CliContext &context, QObject *parent)
    : CliCommand(context, parent)
{}

SyncCommand::~SyncCommand() = default;

void SyncCommand::run(const QStringList &arguments)
{
    if (!takesNoArguments(QStringLiteral("sync"), arguments))
        return;
    if (!m_context.isSet(m_context.options().once)) {
        m_context.usageError(tr("sync needs --once (continuous sync runs in the desktop app)."));
        return;
    }
    m_cache = m_context.openCacheAndConnection();
    if (!m_cache)
        return;
    m_context.connectAndDetect(this, [this](const SourceDetection &detection) { start(detection); });
}

void SyncCommand::start(const SourceDetection &detection)
{
    for (const ProfileStatus &status : detection.statuses()) {
        if (!status.enabled && !m_context.json())
            m_context.err() << tr("Skipped %1: %2").arg(status.profile.id, status.reason) << Qt::endl;
    }
    const QList<SourceProfile> enabled = detection.syncedProfiles();
    for (const SourceProfile &profile : enabled)
        m_order.append(profile.id);
    m_engine =
        std::make_unique<SyncEngine>(m_context.connection(), m_cache.get(), enabled, SyncEngine::Options());
    connect(m_engine.get(), &SyncEngine::progress, this, &SyncCommand::showProgress);
    connect(m_engine.get(), &SyncEngine::roundFinished, this, &SyncCommand::printResults);
    m_progressClock.start();
    m_engine->syncOnce();
}

void SyncCommand::showProgress(int fetched, int total)
{
    if (total <= 0)
        return;
    const int percent = int(qMin<qint64>(100, qint64(fetched) * 100 / total));
    // At most two lines a second, and only when the number moved.
    if (percent == m_lastPercent || (m_lastPercent >= 0 && m_progressClock.elapsed() < 500))
        return;
    m_lastPercent = percent;
    m_progressClock.restart();
    m_context.err() << tr("Syncing: %1 % (%2 of %3 records)").arg(percent).arg(fetched).arg(total)
                    << Qt::endl;
}

void SyncCommand::printResults()
{
    QHash<QString, SyncLogEntry> results;
    for (const SyncLogEntry &entry : m_engine->lastResults())
        results.insert(entry.profileId, entry);
    QTextStream &out = m_context.out();
    const bool json = m_context.json();
    bool allSynced = true;
    QJsonArray profiles;
    SyncLogEntry totals;
    for (const QString &id : std::as_const(m_order)) {
        const SyncLogEntry entry = results.value(id);
        ItemFilter filter;
        filter.profileId = id;
        const qsizetype items = m_cache->items(filter).size();
        allSynced = allSynced && entry.error.isEmpty();
        totals.fetched += entry.fetched;
        totals.changed += entry.changed;
        totals.removed += entry.removed;
        totals.requests += entry.requests;
        if (json) {
            profiles.append(QJsonObject{
                {QStringLiteral("id"), id},
                {QStringLiteral("items"), items},
                {QStringLiteral("fetched"), entry.fetched},
                {QStringLiteral("changed"), entry.changed},
                {QStringLiteral("removed"), entry.removed},
                {QStringLiteral("requests"), entry.requests},
                {QStringLiteral("error"), entry.error.isEmpty() ? QJsonValue() : QJsonValue(entry.error)},
            });
            continue;
        }
        out << id.leftJustified(30)
            << tr("%1 items, fetched %2, changed %3, removed %4, %5 requests")
                   .arg(items)
                   .arg(entry.fetched)
                   .arg(entry.changed)
                   .arg(entry.removed)
                   .arg(entry.requests);
        if (!entry.error.isEmpty())
            out << tr(", error: %1").arg(entry.error);
        out << Qt::endl;
    }
    const int total = m_cache->itemCount();
    if (json) {
        const QJsonObject document{{QStringLiteral("profiles"), profiles}, {QStringLiteral("items"), total}};
        out << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
    } else {
        out << tr("Total: %1 items in %2 sources, fetched %3, changed %4, removed %5, %6 requests")
                   .arg(total)
                   .arg(m_order.size())
                   .arg(totals.fetched)
                   .arg(totals.changed)
                   .arg(totals.removed)
                   .arg(totals.requests)
            << Qt::endl
            << tr("Cache: %1").arg(m_cache->filePath()) << Qt::endl;
    }
    if (!allSynced)
        m_context.err() << tr("Some sources failed to sync; the others were saved.") << Qt::endl;
    m_context.finish(allSynced ? CliExit::Success : CliExit::OtherFailure);
}
