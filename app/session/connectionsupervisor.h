// ConnectionSupervisor: opens a connection and decides what a failure to open it means: a
// transient problem (network, timeout, a 5xx answer) is tried again after growing delays, a
// refused secret is handed to whoever can ask for it again, anything else is given up on.
#pragma once

#include "odoo/odooerror.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>

class OdooConnection;

class ConnectionSupervisor : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Connecting, Connected, WaitingToRetry, SecretRefused, GaveUp };
    Q_ENUM(State)

    struct Options
    {
        std::chrono::milliseconds firstDelay = std::chrono::seconds(5); // doubles each time
        std::chrono::milliseconds maxDelay = std::chrono::minutes(5);
        std::function<QDateTime()> now; // UTC; the system clock when empty (tests inject one)
    };

    ConnectionSupervisor(OdooConnection *connection, Options options, QObject *parent = nullptr);

    // Opens the connection, and again after each transient failure until it is open.
    void start();
    // Tries again at once (F5 while waiting).
    void retryNow();

    State state() const { return m_state; }
    int failures() const { return m_failures; }
    QDateTime firstFailureAt() const { return m_firstFailureAt; } // UTC, invalid before one
    QDateTime retryAt() const { return m_retryAt; }               // UTC, invalid unless waiting
    OdooError lastError() const { return m_lastError; }

    // The wait after `failures` failures in a row: firstDelay, doubled each time, at most maxDelay.
    static std::chrono::milliseconds delayAfter(int failures, const Options &options);
    // Whether opening again may work without anybody changing anything.
    static bool isWorthRetrying(const OdooError &error);

Q_SIGNALS:
    void stateChanged(ConnectionSupervisor::State state);
    void secretRefused(const OdooError &error);
    void gaveUp(const OdooError &error);

private:
    void open();
    void onOpened();
    void onOpenFailed(const OdooError &error);
    void setState(State state);
    QDateTime now() const;

    QPointer<OdooConnection> m_connection;
    Options m_options;
    QTimer m_retry;
    State m_state = State::Idle;
    int m_failures = 0;
    QDateTime m_firstFailureAt;
    QDateTime m_retryAt;
    OdooError m_lastError;
};
