#include "synccommand.h"

#include "cliexitcode.h"
#include "odoo/odooconnection.h"
#include "storage/cache.h"
#include "sync/syncengine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>
#include <utility>

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
    bool budgetOk = false;
    const int budgetSeconds = m_context.value(m_context.options().budget).toInt(&budgetOk);
    if (!budgetOk || budgetSeconds < 0) {
        m_context.usageError(tr("--budget must be a number of seconds (0 or more)."));
        return;
    }
    m_budgetMs = qint64(budgetSeconds) * 1000;
    m_cache = m_context.openCacheAndConnection();
    if (!m_cache)
        return;
    m_budgetClock.start();
    m_context.retryOpeningUntil(QDeadlineTimer(m_budgetMs));
    ++m_detections;
    m_context.connectAndDetect(this, [this](const SourceDetection &detection) { start(detection); });
}

bool SyncCommand::budgetLeft() const
{
    return m_budgetClock.elapsed() < m_budgetMs;
}

void SyncCommand::detect()
{
    ++m_detections;
    m_context.detectProfiles(this, [this](const SourceDetection &detection) { start(detection); });
}

void SyncCommand::start(const SourceDetection &detection)
{
    m_statuses = rechecked(m_statuses, detection.statuses());
    const qsizetype failed = failedCount(m_statuses);
    // A server or network problem during the check: check again (within the budget).
    if (failed > 0 && m_detections < 20 && budgetLeft()) {
        m_context.err() << tr("%n source(s) could not be checked; checking again.", nullptr, int(failed))
                        << Qt::endl;
        QTimer::singleShot(std::chrono::seconds(std::min(m_detections, 5)), this, &SyncCommand::detect);
        return;
    }
    QList<SourceProfile> enabled;
    for (const ProfileStatus &status : std::as_const(m_statuses)) {
        if (status.enabled) {
            enabled.append(status.profile);
            m_order.append(status.profile.id);
        } else if (status.failed) {
            m_uncheckable.insert(status.profile.id, status.reason);
            m_order.append(status.profile.id);
        } else if (!m_context.json()) {
            m_context.err() << tr("Skipped %1: %2").arg(status.profile.id, status.reason) << Qt::endl;
        }
    }
    m_engine =
        std::make_unique<SyncEngine>(m_context.connection(), m_cache.get(), enabled, SyncEngine::Options());
    connect(m_engine.get(), &SyncEngine::progress, this, &SyncCommand::showProgress);
    connect(m_engine.get(), &SyncEngine::profileFinished, this, &SyncCommand::addUp);
    connect(m_engine.get(), &SyncEngine::roundFinished, this, &SyncCommand::onRoundFinished);
    m_progressClock.start();
    m_engine->syncOnce();
}

void SyncCommand::addUp(const SyncLogEntry &entry)
{
    SyncLogEntry &sum = m_accumulated[entry.profileId];
    sum.fetched += entry.fetched;
    sum.changed += entry.changed;
    sum.removed += entry.removed;
    sum.requests += entry.requests;
    sum.error = entry.error;
    m_roundResults.append(entry);
}

void SyncCommand::onRoundFinished()
{
    const QList<SyncLogEntry> results = std::exchange(m_roundResults, {});
    QStringList again;
    for (const SyncLogEntry &entry : results) {
        if (entry.transient && !entry.error.isEmpty())
            again.append(entry.profileId);
    }
    if (!again.isEmpty() && budgetLeft()) {
        // What was stored stays; only the sources that failed go on, each from its cursor.
        m_context.err() << tr("%n source(s) failed for a server or network problem; trying again.", nullptr,
                              int(again.size()))
                        << Qt::endl;
        QTimer::singleShot(std::chrono::seconds(2), this, [this, again] { m_engine->syncOnce(again); });
        return;
    }
    printResults();
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
    const QHash<QString, SyncLogEntry> &results = m_accumulated;
    QTextStream &out = m_context.out();
    const bool json = m_context.json();
    bool allSynced = true;
    QJsonArray profiles;
    SyncLogEntry totals;
    for (const QString &id : std::as_const(m_order)) {
        SyncLogEntry entry = results.value(id);
        if (m_uncheckable.contains(id))
            entry.error = m_uncheckable.value(id);
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
