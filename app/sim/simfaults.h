// SimFaults: the network and server faults SimHttpServer injects on /jsonrpc, /web/* and
// /json/2/*: latency, 502 pages from a proxy, truncated bodies, dropped connections, hangs, and
// expired sessions or dropped websockets on demand. Random shares use a seedable generator, so
// a run with the same seed and the same requests fails the same way.
#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QRandomGenerator>

#include <chrono>
#include <functional>
#include <optional>

class QCommandLineParser;
class SimBus;
class SimSessions;

class SimFaults
{
public:
    enum class Kind {
        BadGateway, // 502 Bad Gateway page from "nginx"; the request never reaches Odoo
        Truncate,   // the call runs; the answer's body is cut in half (Content-Length matches the cut)
        Drop,       // the call runs; the connection closes without an answer
        Hang,       // the request is read and never answered (the client must time out)
    };

    SimFaults(SimSessions *sessions, SimBus *bus);

    void setSeed(quint32 seed) { m_random.seed(seed); }
    // Added before every answer.
    void setLatency(std::chrono::milliseconds latency) { m_latency = latency; }
    std::chrono::milliseconds latency() const { return m_latency; }
    // Shares of requests (0..1) answered with that fault; they add up (0.1 + 0.1 = 20 % faulty).
    void setBadGatewayShare(double share) { m_badGatewayShare = qBound(0.0, share, 1.0); }
    void setTruncateShare(double share) { m_truncateShare = qBound(0.0, share, 1.0); }
    void setDropShare(double share) { m_dropShare = qBound(0.0, share, 1.0); }
    double badGatewayShare() const { return m_badGatewayShare; }
    double truncateShare() const { return m_truncateShare; }
    double dropShare() const { return m_dropShare; }
    // The next `count` requests fail with `kind`, before any random share applies.
    void failNext(int count, Kind kind);
    int pendingFailures() const { return int(m_queued.size()); }
    // A hostile server for tests: every answer's body to an Odoo route passes through `rewrite`
    // (given the request's path and body), which returns what is sent instead. None by default.
    using Rewrite = std::function<QByteArray(const QByteArray &path, const QByteArray &request,
                                             const QByteArray &answer)>;
    void setRewrite(Rewrite rewrite) { m_rewrite = std::move(rewrite); }
    QByteArray rewritten(const QByteArray &path, const QByteArray &request, const QByteArray &answer) const
    {
        return m_rewrite ? m_rewrite(path, request, answer) : answer;
    }
    // The next call that uses a web session finds it expired (Odoo's code 100).
    void expireSessionOnNextCall();
    // Closes every bus websocket now, as a restarting server or a proxy timeout does.
    void dropWebSocketsNow();
    // Back to no faults at all (the seed stays).
    void clear();

    // For SimHttpServer: the fault for the request being answered, if any.
    std::optional<Kind> nextFault();
    // For a websocket handshake: only the random drop share applies.
    bool dropHandshake();

    // Flags for the hqtower-sim tool: --latency-ms, --bad-gateway-share, --truncate-share,
    // --drop-share, --fault-seed.
    static QList<QCommandLineOption> commandLineOptions();
    // Applies the flags set on `parser`; false with a message for a value out of range.
    bool applyCommandLine(const QCommandLineParser &parser, QString *errorMessage);

private:
    SimSessions *m_sessions;
    SimBus *m_bus;
    QRandomGenerator m_random{1};
    std::chrono::milliseconds m_latency{0};
    double m_badGatewayShare = 0.0;
    double m_truncateShare = 0.0;
    double m_dropShare = 0.0;
    QList<Kind> m_queued;
    Rewrite m_rewrite;
};
