// OdooCall: the handle OdooConnection::call() returns. It runs the call on the connection's
// transport, renews an expired web session once and repeats the call, and reports exactly once.
#pragma once

#include "callspec.h"
#include "odooerror.h"

#include <QJsonValue>
#include <QObject>
#include <QPointer>

class OdooConnection;
class ExecuteJob;

class OdooCall : public QObject
{
    Q_OBJECT
public:
    OdooCall(OdooConnection *connection, OdooCallSpec spec, bool readOnly);

    const OdooCallSpec &spec() const { return m_spec; }
    bool isReadOnly() const { return m_readOnly; }
    bool isFinished() const { return m_finished; }
    QJsonValue result() const { return m_result; }
    OdooError error() const { return m_error; }

Q_SIGNALS:
    void succeeded(const QJsonValue &result);
    void failed(const OdooError &error);
    void finished();
    void retryScheduled(int nextAttempt, int delayMs, const OdooError &reason);

private:
    friend class OdooConnection;
    void run();
    void onJobFailed(const OdooError &error);
    void onSessionRenewed(const OdooError &renewError);
    void report(const QJsonValue &result, const OdooError &error);

    OdooConnection *m_connection;
    OdooCallSpec m_spec;
    bool m_readOnly;
    bool m_renewedSession = false;
    bool m_finished = false;
    QPointer<ExecuteJob> m_job;
    QJsonValue m_result;
    OdooError m_error;
};
