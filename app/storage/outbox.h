// Outbox: the durable list of decisions on their way to Odoo, and the audit trail of their
// outcomes, in the cache's SQLite file (its own connection). Every write is committed before it
// returns, so a decision survives a crash at any point after add().
#pragma once

#include "domain/decision.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>

class QSqlDatabase;
class QSqlQuery;

class Outbox
{
    Q_DECLARE_TR_FUNCTIONS(Outbox)

public:
    // Opens the cache file (migrating it like Cache::open). nullptr with a reason on failure.
    static std::unique_ptr<Outbox> open(const QString &cacheFile, QString *errorMessage = nullptr);
    ~Outbox();
    Outbox(const Outbox &) = delete;
    Outbox &operator=(const Outbox &) = delete;

    QString lastError() const { return m_lastError; }

    // Inserts new decisions (all or none). Their ids must be new.
    bool add(const QList<Decision> &decisions);
    // Saves a decision's progress (stage, attempts, next attempt, message).
    bool update(const Decision &decision);
    // Settles a decision: saves it and appends its audit entry in one transaction.
    bool settle(const Decision &decision, const AuditEntry &entry);

    std::optional<Decision> decision(const QString &id) const;
    // Pending decisions, oldest first.
    QList<Decision> pending() const;
    // The pending decision on this item, if any (one item never has two at once).
    std::optional<Decision> pendingFor(const QString &itemId) const;
    // Newest first; settled ones included.
    QList<Decision> recent(int limit) const;
    QList<Decision> bulk(const QString &bulkId) const;
    // Newest first.
    QList<AuditEntry> audit(int limit) const;

private:
    explicit Outbox(QString connectionName);
    QSqlDatabase database() const;
    // Sets lastError() to "<what>: <reason>" and returns false.
    bool fail(const QString &what, const QString &reason) const;
    // Runs work (which returns an empty string or the reason it failed) in one transaction.
    bool inTransaction(const QString &what, const std::function<QString(QSqlQuery &)> &work);
    // Outbox rows matching condition (SQL with ? for values), in order; limit < 0 means all.
    QList<Decision> select(const QString &condition, const QVariantList &values, const QString &order,
                           int limit) const;

    QString m_connectionName;
    mutable QString m_lastError;
};
