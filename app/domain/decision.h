// Decision: one user decision on one queue item (approve, reject, delegate, retry, dismiss) as
// the Outbox keeps it from the moment it is taken until Odoo's answer is known.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

struct Decision
{
    Q_GADGET

public:
    // What the user decided. Names ("approve", …) only at the JSON, SQL and command-line edge.
    enum class Action { Approve, Reject, Delegate, Retry, Dismiss };
    Q_ENUM(Action)
    enum class Status {
        Pending,  // committed, not settled yet (waiting, sending or retrying)
        Applied,  // Odoo shows the decision took effect
        Conflict, // someone else decided (or changed) the record first; nothing was sent
        Refused,  // Odoo refused it or silently did nothing (rights, limits, a user error)
        Failed,   // gave up after repeated errors that were not the server's answer
    };
    // Where a pending decision is. A decision in Sending may have reached the server: it is
    // resolved by reading the record again, never by calling blindly.
    enum class Stage { Queued, Sending, Settled };
    Q_ENUM(Status)
    Q_ENUM(Stage)

    QString id;     // a UUID, made when the user decides
    QString bulkId; // shared by the decisions of one bulk action, empty otherwise
    QString itemId; // "<model>:<res_id>"
    QString profileId;
    QString model;
    int resId = 0;
    Action action = Action::Approve;
    QString reason;      // required for reject; posted to the record's chatter
    QString targetLogin; // delegate: the user it goes to
    QString userLogin;   // who decided (the HQ Tower user's Odoo login)
    QString seenState;   // the record as the user saw it: its state, write_date and fields
    QDateTime seenWriteDate;
    QJsonObject seenRecord;
    Status status = Status::Pending;
    Stage stage = Stage::Queued;
    int attempts = 0;
    QDateTime createdAt; // UTC
    QDateTime updatedAt;
    QDateTime nextAttemptAt; // a pending decision waits until then (retry backoff)
    QString message;         // the outcome in plain words, or the last transient problem

    static QString actionName(Action action); // "approve", "reject", …
    static std::optional<Action> actionFromName(QStringView name);
    static const QList<Action> &allActions();
    static QStringList actionNames(const QList<Action> &actions = allActions());
    static QString statusName(Status status); // "pending", "applied", …
    static std::optional<Status> statusFromName(const QString &name);
    static QString stageName(Stage stage);
    static std::optional<Stage> stageFromName(const QString &name);
    bool isSettled() const { return status != Status::Pending; }
    // Its audit line: who decided what, when, why, and the outcome with its message.
    struct AuditEntry auditEntry() const;

    bool operator==(const Decision &other) const = default;
};

// One line of the audit trail: a decision's end, kept after the outbox row.
struct AuditEntry
{
    qint64 id = 0;
    QString decisionId;
    QString itemId;
    std::optional<Decision::Action> action; // none: a name this build does not know
    QString reason;
    QString userLogin;
    QDateTime decidedAt;  // when the user decided
    QDateTime finishedAt; // when the outcome was known
    Decision::Status outcome = Decision::Status::Applied;
    QString message; // the server's message or ours, in plain words

    bool operator==(const AuditEntry &other) const = default;
};
