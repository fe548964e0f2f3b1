#include "simsessions.h"

#include <QRandomGenerator>

#include <array>

SimSessions::SimSessions()
{
    m_clock.start();
}

QByteArray SimSessions::create(int uid)
{
    // 44 random bytes, URL-safe base64 without padding: 59 characters, as opaque as Odoo's ids.
    std::array<quint32, 11> words{};
    QByteArray id;
    do {
        QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
        id = QByteArray(reinterpret_cast<const char *>(words.data()), qsizetype(sizeof(words)))
                 .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    } while (m_sessions.contains(id));
    m_sessions.insert(id, Session{uid, QDateTime::currentDateTimeUtc(), m_clock.elapsed()});
    return id;
}

bool SimSessions::isAlive(const Session &session) const
{
    return m_clock.elapsed() - session.lastUseMs <= m_idleTimeout.count();
}

int SimSessions::uidFor(const QByteArray &sessionId)
{
    if (sessionId.isEmpty())
        return 0;
    const auto it = m_sessions.find(sessionId);
    if (it == m_sessions.end())
        return 0;
    if (!isAlive(it.value()) || m_expireOnNextCall) {
        m_expireOnNextCall = false;
        m_sessions.erase(it);
        return 0;
    }
    it->lastUseMs = m_clock.elapsed();
    return it->uid;
}

int SimSessions::peekUid(const QByteArray &sessionId) const
{
    if (sessionId.isEmpty())
        return 0;
    const auto it = m_sessions.constFind(sessionId);
    if (it == m_sessions.constEnd() || !isAlive(it.value()))
        return 0;
    return it->uid;
}

void SimSessions::destroy(const QByteArray &sessionId)
{
    m_sessions.remove(sessionId);
}

void SimSessions::expireAll()
{
    m_sessions.clear();
}

int SimSessions::count() const
{
    int alive = 0;
    for (const Session &session : m_sessions) {
        if (isAlive(session))
            ++alive;
    }
    return alive;
}
