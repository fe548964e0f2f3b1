// DecisionRun: one attempt at writing one decision to Odoo. The sender hands it to the adapter,
// which runs its calls through it (a wizard is a create followed by its confirm method); the run
// reports exactly once with finished().
#pragma once

#include "domain/decision.h"
#include "odoo/odooconnection.h"
#include "odoo/odooerror.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QPointer>

#include <functional>

class DecisionRun : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Running, Succeeded, Failed, Refused };

    DecisionRun(OdooConnection *connection, Decision decision, QJsonObject record, QObject *parent = nullptr);

    const Decision &decision() const { return m_decision; }
    // The record as the sender read it just before this attempt (adapter fields + write_date).
    const QJsonObject &record() const { return m_record; }
    int serverVersion() const;
    int uid() const;
    OdooConnection *connection() const { return m_connection; }

    // Runs model.method(*args, **kwargs); `then` receives the result (null when Odoo answered
    // without one, which is success). A failure ends the run as Failed with the error.
    void call(const QString &model, const QString &method, const QJsonArray &args, const QJsonObject &kwargs,
              std::function<void(const QJsonValue &)> then);
    // The adapter's calls are done.
    void succeed();
    // Odoo answered, but with a refusal the adapter recognised in a result (e.g. Odoo 19's
    // display_exception action from a cron run): ends the run as Refused with this sentence.
    void refuse(const QString &message);
    void fail(const OdooError &error);

    Outcome outcome() const { return m_outcome; }
    OdooError error() const { return m_error; }
    QString refusal() const { return m_refusal; }
    // True once a call that writes was handed to the network: its effect is unknown until read.
    bool sentWrite() const { return m_sentWrite; }
    int callCount() const { return m_calls; }

Q_SIGNALS:
    // A write is about to go out (the sender commits stage Sending first).
    void writeStarting();
    void finished();

private:
    void finish(Outcome outcome);

    QPointer<OdooConnection> m_connection;
    Decision m_decision;
    QJsonObject m_record;
    Outcome m_outcome = Outcome::Running;
    OdooError m_error;
    QString m_refusal;
    bool m_sentWrite = false;
    int m_calls = 0;
};
