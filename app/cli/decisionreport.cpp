#include "decisionreport.h"

#include "queuereport.h"

#include <QJsonObject>

namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonValue dateOrNull(const QDateTime &moment)
{
    return moment.isValid() ? QJsonValue(QueueReport::isoUtc(moment)) : QJsonValue();
}

// "unknown" for an action this build does not know.
QString actionText(const AuditEntry &entry)
{
    return entry.action ? Decision::actionName(*entry.action) : QStringLiteral("unknown");
}

} // namespace

QJsonArray DecisionReport::decisionsToJson(const QList<Decision> &decisions) const
{
    QJsonArray array;
    for (const Decision &decision : decisions) {
        array.append(QJsonObject{{QStringLiteral("decision_id"), decision.id},
                                 {QStringLiteral("bulk_id"), textOrNull(decision.bulkId)},
                                 {QStringLiteral("item_id"), decision.itemId},
                                 {QStringLiteral("action"), Decision::actionName(decision.action)},
                                 {QStringLiteral("reason"), textOrNull(decision.reason)},
                                 {QStringLiteral("target"), textOrNull(decision.targetLogin)},
                                 {QStringLiteral("user"), decision.userLogin},
                                 {QStringLiteral("status"), Decision::statusName(decision.status)},
                                 {QStringLiteral("stage"), Decision::stageName(decision.stage)},
                                 {QStringLiteral("attempts"), decision.attempts},
                                 {QStringLiteral("created"), dateOrNull(decision.createdAt)},
                                 {QStringLiteral("updated"), dateOrNull(decision.updatedAt)},
                                 {QStringLiteral("next_attempt"), dateOrNull(decision.nextAttemptAt)},
                                 {QStringLiteral("message"), textOrNull(decision.message)}});
    }
    return array;
}

QJsonArray DecisionReport::auditToJson(const QList<AuditEntry> &entries) const
{
    QJsonArray array;
    for (const AuditEntry &entry : entries) {
        array.append(QJsonObject{{QStringLiteral("id"), entry.id},
                                 {QStringLiteral("decision_id"), entry.decisionId},
                                 {QStringLiteral("item_id"), entry.itemId},
                                 {QStringLiteral("action"), actionText(entry)},
                                 {QStringLiteral("reason"), textOrNull(entry.reason)},
                                 {QStringLiteral("user"), entry.userLogin},
                                 {QStringLiteral("decided"), dateOrNull(entry.decidedAt)},
                                 {QStringLiteral("finished"), dateOrNull(entry.finishedAt)},
                                 {QStringLiteral("outcome"), Decision::statusName(entry.outcome)},
                                 {QStringLiteral("message"), textOrNull(entry.message)}});
    }
    return array;
}

QStringList DecisionReport::decisionLines(const QList<Decision> &decisions) const
{
    QStringList lines;
    if (decisions.isEmpty())
        lines.append(tr("The outbox is empty."));
    for (const Decision &decision : decisions) {
        QString line = tr("%1  %2  %3  %4 (attempt %5)")
                           .arg(QueueReport::isoUtc(decision.createdAt),
                                Decision::statusName(decision.status).leftJustified(8),
                                Decision::actionName(decision.action).leftJustified(8), decision.itemId)
                           .arg(decision.attempts);
        if (!decision.message.isEmpty())
            line += QStringLiteral(" — ") + decision.message;
        lines.append(line);
    }
    return lines;
}

QStringList DecisionReport::auditLines(const QList<AuditEntry> &entries) const
{
    QStringList lines;
    if (entries.isEmpty())
        lines.append(tr("No decisions yet."));
    for (const AuditEntry &entry : entries) {
        QString line =
            tr("%1  %2  %3  %4 %5")
                .arg(QueueReport::isoUtc(entry.finishedAt), entry.userLogin,
                     Decision::statusName(entry.outcome).leftJustified(8), actionText(entry), entry.itemId);
        if (!entry.reason.isEmpty())
            line += tr(" — reason: %1").arg(entry.reason);
        if (!entry.message.isEmpty())
            line += QStringLiteral(" — ") + entry.message;
        lines.append(line);
    }
    return lines;
}
