#include "outbox.h"

#include "sqlitefile.h"
#include "sqlitetransaction.h"
#include "sqlvalues.h"

#include <QDir>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace {

const QString DecisionColumns =
    QStringLiteral("decision_id, bulk_id, item_id, profile_id, model, res_id, action, reason, target_login, "
                   "user_login, seen_state, seen_write_date, seen_record, status, stage, attempts, "
                   "created_at, updated_at, next_attempt_at, message");
constexpr int DecisionColumnCount = 20;
const QString AuditColumns = QStringLiteral(
    "id, decision_id, item_id, action, reason, user_login, decided_at, finished_at, outcome, message");

QString placeholders(int count)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), count);
    return marks.join(QStringLiteral(", "));
}

void bindDecision(QSqlQuery &query, const Decision &decision)
{
    query.bindValue(0, decision.id);
    query.bindValue(1, SqlValues::textToSql(decision.bulkId));
    query.bindValue(2, SqlValues::textToSql(decision.itemId));
    query.bindValue(3, SqlValues::textToSql(decision.profileId));
    query.bindValue(4, SqlValues::textToSql(decision.model));
    query.bindValue(5, decision.resId);
    query.bindValue(6, SqlValues::textToSql(Decision::actionName(decision.action)));
    query.bindValue(7, SqlValues::textToSql(decision.reason));
    query.bindValue(8, SqlValues::textToSql(decision.targetLogin));
    query.bindValue(9, SqlValues::textToSql(decision.userLogin));
    query.bindValue(10, SqlValues::textToSql(decision.seenState));
    query.bindValue(11, SqlValues::dateToSql(decision.seenWriteDate));
    query.bindValue(12, SqlValues::jsonToSql(decision.seenRecord));
    query.bindValue(13, Decision::statusName(decision.status));
    query.bindValue(14, Decision::stageName(decision.stage));
    query.bindValue(15, decision.attempts);
    query.bindValue(16, SqlValues::dateToSql(decision.createdAt));
    query.bindValue(17, SqlValues::dateToSql(decision.updatedAt));
    query.bindValue(18, SqlValues::dateToSql(decision.nextAttemptAt));
    query.bindValue(19, SqlValues::textToSql(decision.message));
}

Decision decisionFromQuery(const QSqlQuery &query)
{
    Decision decision;
    decision.id = query.value(0).toString();
    decision.bulkId = query.value(1).toString();
    decision.itemId = query.value(2).toString();
    decision.profileId = query.value(3).toString();
    decision.model = query.value(4).toString();
    decision.resId = query.value(5).toInt();
    decision.reason = query.value(7).toString();
    decision.targetLogin = query.value(8).toString();
    decision.userLogin = query.value(9).toString();
    decision.seenState = query.value(10).toString();
    decision.seenWriteDate = SqlValues::dateFromSql(query.value(11));
    decision.seenRecord = SqlValues::jsonFromSql(query.value(12));
    // A name this build does not know is never taken for "pending, not sent yet": an unknown
    // status counts as failed, an unknown stage as possibly sent (to be checked, not resent).
    decision.status = Decision::statusFromName(query.value(13).toString()).value_or(Decision::Status::Failed);
    decision.stage = Decision::stageFromName(query.value(14).toString()).value_or(Decision::Stage::Sending);
    decision.attempts = query.value(15).toInt();
    decision.createdAt = SqlValues::dateFromSql(query.value(16));
    decision.updatedAt = SqlValues::dateFromSql(query.value(17));
    decision.nextAttemptAt = SqlValues::dateFromSql(query.value(18));
    decision.message = query.value(19).toString();
    // An action this build does not know is never sent.
    const QString action = query.value(6).toString();
    if (const auto known = Decision::actionFromName(action)) {
        decision.action = *known;
    } else if (decision.status == Decision::Status::Pending) {
        decision.status = Decision::Status::Failed;
        decision.message =
            Outbox::tr("This version of HQ Tower does not know the action \"%1\".").arg(action);
    }
    return decision;
}

AuditEntry auditFromQuery(const QSqlQuery &query)
{
    AuditEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.decisionId = query.value(1).toString();
    entry.itemId = query.value(2).toString();
    entry.action = Decision::actionFromName(query.value(3).toString());
    entry.reason = query.value(4).toString();
    entry.userLogin = query.value(5).toString();
    entry.decidedAt = SqlValues::dateFromSql(query.value(6));
    entry.finishedAt = SqlValues::dateFromSql(query.value(7));
    entry.outcome = Decision::statusFromName(query.value(8).toString()).value_or(Decision::Status::Failed);
    entry.message = query.value(9).toString();
    return entry;
}

bool hasDecision(const QSqlDatabase &db, const QString &id)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT 1 FROM outbox WHERE decision_id = ?"));
    query.bindValue(0, id);
    return query.exec() && query.next();
}

// Saves what changes while a decision is on its way; what the user decided stays as added.
// Returns the reason on failure.
QString saveProgress(QSqlQuery &query, const Decision &decision)
{
    if (!query.prepare(
            QStringLiteral("UPDATE outbox SET status = ?, stage = ?, attempts = ?, updated_at = ?, "
                           "next_attempt_at = ?, message = ? WHERE decision_id = ?"))) {
        return SqliteFile::errorText(query.lastError());
    }
    query.bindValue(0, Decision::statusName(decision.status));
    query.bindValue(1, Decision::stageName(decision.stage));
    query.bindValue(2, decision.attempts);
    query.bindValue(3, SqlValues::dateToSql(decision.updatedAt));
    query.bindValue(4, SqlValues::dateToSql(decision.nextAttemptAt));
    query.bindValue(5, SqlValues::textToSql(decision.message));
    query.bindValue(6, decision.id);
    if (!query.exec())
        return SqliteFile::errorText(query.lastError());
    if (query.numRowsAffected() < 1)
        return Outbox::tr("there is no decision \"%1\" in the outbox").arg(decision.id);
    return {};
}

} // namespace

std::unique_ptr<Outbox> Outbox::open(const QString &cacheFile, QString *errorMessage)
{
    QString reason;
    // Synchronous FULL: a decision is on disk when add() or update() returns.
    const QString connectionName =
        SqliteFile::open(cacheFile, QStringLiteral("hqtower-outbox"), SqliteFile::Durability::Full, &reason);
    if (connectionName.isEmpty()) {
        if (errorMessage) {
            *errorMessage = tr("Could not open the decision outbox in \"%1\": %2.")
                                .arg(QDir::toNativeSeparators(cacheFile), reason);
        }
        return nullptr;
    }
    // From here the Outbox owns the connection: destroying it closes and removes the connection.
    return std::unique_ptr<Outbox>(new Outbox(connectionName));
}

Outbox::Outbox(QString connectionName)
    : m_connectionName(std::move(connectionName))
{}

Outbox::~Outbox()
{
    SqliteFile::close(m_connectionName);
}

QSqlDatabase Outbox::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Outbox::fail(const QString &what, const QString &reason) const
{
    m_lastError = tr("%1: %2").arg(what, reason);
    return false;
}

bool Outbox::inTransaction(const QString &what, const std::function<QString(QSqlQuery &)> &work)
{
    SqliteTransaction transaction(database());
    if (!transaction.isOpen())
        return fail(what, transaction.errorText());
    QString reason;
    {
        QSqlQuery query(database());
        reason = work(query);
    }
    if (!reason.isEmpty())
        return fail(what, reason);
    if (!transaction.commit())
        return fail(what, transaction.errorText());
    return true;
}

bool Outbox::add(const QList<Decision> &decisions)
{
    m_lastError.clear();
    const QString what = tr("Could not save the decisions");
    QSet<QString> ids;
    for (const Decision &decision : decisions) {
        if (decision.id.isEmpty())
            return fail(what, tr("a decision on \"%1\" has no id").arg(decision.itemId));
        if (ids.contains(decision.id))
            return fail(what, tr("the decision \"%1\" is given twice").arg(decision.id));
        ids.insert(decision.id);
    }
    if (decisions.isEmpty())
        return true;
    return inTransaction(what, [&](QSqlQuery &query) {
        if (!query.prepare(QStringLiteral("INSERT INTO outbox (%1) VALUES (%2)")
                               .arg(DecisionColumns, placeholders(DecisionColumnCount)))) {
            return SqliteFile::errorText(query.lastError());
        }
        for (const Decision &decision : decisions) {
            bindDecision(query, decision);
            if (!query.exec()) {
                if (hasDecision(database(), decision.id))
                    return tr("the decision \"%1\" is already in the outbox").arg(decision.id);
                return SqliteFile::errorText(query.lastError());
            }
        }
        return QString();
    });
}

bool Outbox::update(const Decision &decision)
{
    m_lastError.clear();
    QString reason;
    {
        QSqlQuery query(database());
        reason = saveProgress(query, decision);
    }
    if (!reason.isEmpty())
        return fail(tr("Could not save the progress of a decision"), reason);
    return true;
}

bool Outbox::settle(const Decision &decision, const AuditEntry &entry)
{
    m_lastError.clear();
    return inTransaction(tr("Could not record the outcome of a decision"), [&](QSqlQuery &query) {
        const QString reason = saveProgress(query, decision);
        if (!reason.isEmpty())
            return reason;
        // The id is the audit table's own.
        if (!query.prepare(QStringLiteral("INSERT INTO audit (%1) VALUES (NULL, %2)")
                               .arg(AuditColumns, placeholders(9)))) {
            return SqliteFile::errorText(query.lastError());
        }
        query.bindValue(0, SqlValues::textToSql(entry.decisionId));
        query.bindValue(1, SqlValues::textToSql(entry.itemId));
        query.bindValue(2,
                        SqlValues::textToSql(entry.action ? Decision::actionName(*entry.action) : QString()));
        query.bindValue(3, SqlValues::textToSql(entry.reason));
        query.bindValue(4, SqlValues::textToSql(entry.userLogin));
        query.bindValue(5, SqlValues::dateToSql(entry.decidedAt));
        query.bindValue(6, SqlValues::dateToSql(entry.finishedAt));
        query.bindValue(7, Decision::statusName(entry.outcome));
        query.bindValue(8, SqlValues::textToSql(entry.message));
        if (!query.exec())
            return SqliteFile::errorText(query.lastError());
        return QString();
    });
}

QList<Decision> Outbox::select(const QString &condition, const QVariantList &values, const QString &order,
                               int limit) const
{
    m_lastError.clear();
    QList<Decision> result;
    QString sql = QStringLiteral("SELECT %1 FROM outbox").arg(DecisionColumns);
    if (!condition.isEmpty())
        sql += QStringLiteral(" WHERE ") + condition;
    sql += QStringLiteral(" ORDER BY %1 LIMIT ?").arg(order);
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (query.prepare(sql)) {
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, values.at(i));
        query.bindValue(int(values.size()), limit < 0 ? -1 : limit);
        if (query.exec()) {
            while (query.next())
                result.append(decisionFromQuery(query));
            return result;
        }
    }
    fail(tr("Could not read the decision outbox"), SqliteFile::errorText(query.lastError()));
    return result;
}

std::optional<Decision> Outbox::decision(const QString &id) const
{
    const QList<Decision> found =
        select(QStringLiteral("decision_id = ?"), {id}, QStringLiteral("decision_id"), 1);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<Decision> Outbox::pending() const
{
    QList<Decision> found =
        select(QStringLiteral("status = ?"), {Decision::statusName(Decision::Status::Pending)},
               QStringLiteral("created_at, decision_id"), -1);
    // A row this build cannot send (an unknown action) was read as failed.
    found.removeIf([](const Decision &decision) { return decision.isSettled(); });
    return found;
}

std::optional<Decision> Outbox::pendingFor(const QString &itemId) const
{
    const QList<Decision> found = select(QStringLiteral("status = ? AND item_id = ?"),
                                         {Decision::statusName(Decision::Status::Pending), itemId},
                                         QStringLiteral("created_at, decision_id"), -1);
    for (const Decision &decision : found) {
        if (!decision.isSettled())
            return decision;
    }
    return std::nullopt;
}

QList<Decision> Outbox::recent(int limit) const
{
    if (limit <= 0) {
        m_lastError.clear();
        return {};
    }
    return select(QString(), {}, QStringLiteral("created_at DESC, decision_id DESC"), limit);
}

QList<Decision> Outbox::bulk(const QString &bulkId) const
{
    if (bulkId.isEmpty()) {
        m_lastError.clear();
        return {};
    }
    return select(QStringLiteral("bulk_id = ?"), {bulkId}, QStringLiteral("created_at, decision_id"), -1);
}

QList<AuditEntry> Outbox::audit(int limit) const
{
    m_lastError.clear();
    QList<AuditEntry> result;
    if (limit <= 0)
        return result;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM audit ORDER BY id DESC LIMIT ?").arg(AuditColumns));
    query.bindValue(0, limit);
    if (!query.exec()) {
        fail(tr("Could not read the audit trail"), SqliteFile::errorText(query.lastError()));
        return result;
    }
    while (query.next())
        result.append(auditFromQuery(query));
    return result;
}
