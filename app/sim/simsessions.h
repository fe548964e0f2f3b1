// SimSessions: the web sessions of the simulated Odoo (session_id cookie -> user), with an idle
// expiry and the expiry faults tests inject. Session ids are random and never logged.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>

#include <chrono>

class SimSessions
{
public:
    SimSessions();

    // Odoo's session cookie lives a week (Max-Age=604800); idle sessions end after that too.
    static constexpr std::chrono::seconds cookieMaxAge{604800};

    // Opens a session for `uid` and returns its id (the session_id cookie value).
    QByteArray create(int uid);
    // The user of a live session, or 0. Counts as a use (refreshes the idle timer) and honours
    // expireOnNextCall(): the first lookup of a live session after it finds that session expired.
    int uidFor(const QByteArray &sessionId);
    // The user of a live session, or 0, without side effects (the bus checks its sockets with it).
    int peekUid(const QByteArray &sessionId) const;
    bool isValid(const QByteArray &sessionId) const { return peekUid(sessionId) > 0; }
    void destroy(const QByteArray &sessionId);

    void setIdleTimeout(std::chrono::milliseconds timeout) { m_idleTimeout = timeout; }
    std::chrono::milliseconds idleTimeout() const { return m_idleTimeout; }
    // Every session ends now (as a server restart with a wiped session store).
    void expireAll();
    // The next session lookup through uidFor() finds its session expired (code 100).
    void expireOnNextCall() { m_expireOnNextCall = true; }
    int count() const;

private:
    struct Session
    {
        int uid = 0;
        QDateTime created;
        qint64 lastUseMs = 0;
    };

    bool isAlive(const Session &session) const;

    QElapsedTimer m_clock;
    QHash<QByteArray, Session> m_sessions;
    std::chrono::milliseconds m_idleTimeout =
        std::chrono::duration_cast<std::chrono::milliseconds>(cookieMaxAge);
    bool m_expireOnNextCall = false;
};
