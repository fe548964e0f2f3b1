#include "connectionsupervisor.h"

#include "odoo/odooconnection.h"

ConnectionSupervisor::ConnectionSupervisor(OdooConnection *connection, Options options, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_options(std::move(options))
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &ConnectionSupervisor::open);
    connect(m_connection, &OdooConnection::opened, this, &ConnectionSupervisor::onOpened);
    connect(m_connection, &OdooConnection::openFailed, this, &ConnectionSupervisor::onOpenFailed);
}

std::chrono::milliseconds ConnectionSupervisor::delayAfter(int failures, const Options &options)
{
    std::chrono::milliseconds delay = options.firstDelay;
    for (int i = 1; i < failures && delay < options.maxDelay; ++i)
        delay *= 2;
    return qMin(delay, options.maxDelay);
}

bool ConnectionSupervisor::isWorthRetrying(const OdooError &error)
{
    return error.isTransient() || error.kind() == OdooError::Kind::Server;
}

void ConnectionSupervisor::start()
{
    m_failures = 0;
    m_firstFailureAt = QDateTime();
    open();
}

void ConnectionSupervisor::retryNow()
{
    if (m_state == State::WaitingToRetry) {
        m_retry.stop();
        open();
    }
}

void ConnectionSupervisor::open()
{
    if (!m_connection)
        return;
    m_retryAt = QDateTime();
    setState(State::Connecting);
    m_connection->open();
}

void ConnectionSupervisor::onOpened()
{
    m_failures = 0;
    m_firstFailureAt = QDateTime();
    m_lastError = OdooError();
    setState(State::Connected);
}

void ConnectionSupervisor::onOpenFailed(const OdooError &error)
{
    m_lastError = error;
    ++m_failures;
    if (!m_firstFailureAt.isValid())
        m_firstFailureAt = now();
    if (error.kind() == OdooError::Kind::Auth) {
        setState(State::SecretRefused);
        Q_EMIT secretRefused(error);
        return;
    }
    if (!isWorthRetrying(error)) {
        setState(State::GaveUp);
        Q_EMIT gaveUp(error);
        return;
    }
    const auto delay = delayAfter(m_failures, m_options);
    m_retryAt = now().addMSecs(delay.count());
    m_retry.start(delay);
    setState(State::WaitingToRetry);
}

void ConnectionSupervisor::setState(State state)
{
    m_state = state;
    Q_EMIT stateChanged(state); // also on a repeated state: the retry time moved
}

QDateTime ConnectionSupervisor::now() const
{
    return m_options.now ? m_options.now() : QDateTime::currentDateTimeUtc();
}
