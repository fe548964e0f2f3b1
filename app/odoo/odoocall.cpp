#include "odoocall.h"

#include "executejob.h"
#include "odooconnection.h"

OdooCall::OdooCall(OdooConnection *connection, OdooCallSpec spec, bool readOnly)
    : QObject(connection)
    , m_connection(connection)
    , m_spec(std::move(spec))
    , m_readOnly(readOnly)
{}

void OdooCall::run()
{
    if (m_connection->state() != OdooConnection::State::Connected || !m_connection->m_transport) {
        QTimer::singleShot(0, this, [this] {
            report({}, OdooError(OdooError::Kind::Network, tr("Not connected to the Odoo server.")));
        });
        return;
    }
    m_job = m_connection->startExecuteJob(m_spec, m_readOnly, this);
    connect(m_job, &OdooJob::succeeded, this,
            [this](const QJsonValue &value) { report(value, OdooError()); });
    connect(m_job, &OdooJob::failed, this, &OdooCall::onJobFailed);
    connect(m_job, &OdooJob::retryScheduled, this, &OdooCall::retryScheduled);
}

void OdooCall::onJobFailed(const OdooError &error)
{
    const bool canRenew = m_connection->serverInfo().transport == OdooTransport::Kind::WebSession;
    if (error.kind() == OdooError::Kind::SessionExpired && canRenew && !m_renewedSession) {
        // The session ended on the server: log in again once, then repeat the call. The call
        // never reached the method (Odoo checks the session first), so repeating it is safe.
        m_renewedSession = true;
        m_connection->renewSession(this,
                                   [this](const OdooError &renewError) { onSessionRenewed(renewError); });
        return;
    }
    report({}, error);
}

void OdooCall::onSessionRenewed(const OdooError &renewError)
{
    if (renewError.isError()) {
        report({}, renewError);
        return;
    }
    run();
}

void OdooCall::report(const QJsonValue &result, const OdooError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result = result;
    m_error = error;
    if (error.isError())
        Q_EMIT failed(error);
    else
        Q_EMIT succeeded(result);
    Q_EMIT finished();
    deleteLater();
}
