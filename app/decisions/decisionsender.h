// DecisionSender: takes one decision from the Outbox to Odoo and back. It reads the record first
// (someone else decided → Conflict, nothing sent), commits stage Sending before the write, reads
// again after it (no effect → Refused by Odoo), posts the reason to the chatter once, and settles
// the decision with its audit entry. A decision resumed in stage Sending is resolved by reading
// the record, never by calling again blindly. Reports exactly once with finished().
#pragma once

#include "domain/decision.h"
#include "odoo/odooerror.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class DecisionAdapter;
class DecisionRun;
class OdooConnection;
class Outbox;

class DecisionSender : public QObject
{
    Q_OBJECT
public:
    DecisionSender(OdooConnection *connection, Outbox *outbox, Decision decision,
                   const DecisionAdapter *adapter, QObject *parent = nullptr);

    void start();
    const Decision &decision() const { return m_decision; }
    // Whether the last attempt ended with a problem worth retrying (the decision stays pending).
    bool wantsRetry() const { return m_wantsRetry; }
    // Calls that write (the decision's own, not the reads or the chatter note).
    int writeCalls() const { return m_writeCalls; }

    // A marker for the chatter note, so that a resumed decision never posts its reason twice.
    static QString referenceOf(const Decision &decision);

Q_SIGNALS:
    // Progress that was committed to the Outbox (stage, attempts, outcome).
    void changed(const Decision &decision);
    // "sending": stage Sending is committed and the write goes out next; "answered": Odoo answered
    // the write and the sender has not looked at the record yet. For crash tests and logs.
    void checkpoint(const QString &name);
    void finished();

private:
    void readRecord(std::function<void(const std::optional<QJsonObject> &)> then);
    void onFirstRead(const std::optional<QJsonObject> &record);
    void write(const QJsonObject &record);
    void onWritten(DecisionRun *run);
    void verify();
    void postReason();
    void settle(Decision::Status status, const QString &message);
    void postpone(const OdooError &error);
    bool save();
    QStringList readFields() const;
    QString conflictMessage(const QJsonObject &record) const;
    bool decidedByOther(const QJsonObject &record) const;
    int version() const;

    QPointer<OdooConnection> m_connection;
    Outbox *m_outbox;
    Decision m_decision;
    const DecisionAdapter *m_adapter;
    QDateTime m_wroteAfter; // the record's write_date just before our write (this attempt)
    int m_writeCalls = 0;
    bool m_wantsRetry = false;
    bool m_done = false;
};
