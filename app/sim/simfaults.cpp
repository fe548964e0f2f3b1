#include "simfaults.h"

#include "simbus.h"
#include "simsessions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

SimFaults::SimFaults(SimSessions *sessions, SimBus *bus)
    : m_sessions(sessions)
    , m_bus(bus)
{}

void SimFaults::failNext(int count, Kind kind)
{
    for (int i = 0; i < count; ++i)
        m_queued.append(kind);
}

void SimFaults::expireSessionOnNextCall()
{
    if (m_sessions)
        m_sessions->expireOnNextCall();
}

void SimFaults::dropWebSocketsNow()
{
    if (m_bus)
        m_bus->dropAllConnections();
}

void SimFaults::clear()
{
    m_latency = std::chrono::milliseconds(0);
    m_badGatewayShare = 0.0;
    m_truncateShare = 0.0;
    m_dropShare = 0.0;
    m_queued.clear();
    m_rewrite = nullptr;
}

std::optional<SimFaults::Kind> SimFaults::nextFault()
{
    if (!m_queued.isEmpty())
        return m_queued.takeFirst();
    if (m_badGatewayShare + m_truncateShare + m_dropShare <= 0.0)
        return std::nullopt;
    const double draw = m_random.generateDouble();
    if (draw < m_badGatewayShare)
        return Kind::BadGateway;
    if (draw < m_badGatewayShare + m_truncateShare)
        return Kind::Truncate;
    if (draw < m_badGatewayShare + m_truncateShare + m_dropShare)
        return Kind::Drop;
    return std::nullopt;
}

bool SimFaults::dropHandshake()
{
    return m_dropShare > 0.0 && m_random.generateDouble() < m_dropShare;
}

QList<QCommandLineOption> SimFaults::commandLineOptions()
{
    return {
        QCommandLineOption(QStringLiteral("latency-ms"),
                           QStringLiteral("Delay every answer by <ms> milliseconds."), QStringLiteral("ms")),
        QCommandLineOption(QStringLiteral("bad-gateway-share"),
                           QStringLiteral("Answer this share (0..1) of requests with 502 Bad Gateway."),
                           QStringLiteral("share")),
        QCommandLineOption(QStringLiteral("truncate-share"),
                           QStringLiteral("Cut the body of this share (0..1) of answers in half."),
                           QStringLiteral("share")),
        QCommandLineOption(
            QStringLiteral("drop-share"),
            QStringLiteral("Close the connection without an answer for this share (0..1) of requests."),
            QStringLiteral("share")),
        QCommandLineOption(QStringLiteral("fault-seed"),
                           QStringLiteral("Seed of the fault generator (repeatable runs)."),
                           QStringLiteral("seed")),
    };
}

bool SimFaults::applyCommandLine(const QCommandLineParser &parser, QString *errorMessage)
{
    const auto fail = [errorMessage](const QString &message) {
        if (errorMessage)
            *errorMessage = message;
        return false;
    };
    if (parser.isSet(QStringLiteral("latency-ms"))) {
        bool ok = false;
        const int latency = parser.value(QStringLiteral("latency-ms")).toInt(&ok);
        if (!ok || latency < 0)
            return fail(
                QCoreApplication::translate("SimFaults", "--latency-ms needs a number of milliseconds."));
        setLatency(std::chrono::milliseconds(latency));
    }
    const QList<QPair<QString, void (SimFaults::*)(double)>> shares = {
        {QStringLiteral("bad-gateway-share"), &SimFaults::setBadGatewayShare},
        {QStringLiteral("truncate-share"), &SimFaults::setTruncateShare},
        {QStringLiteral("drop-share"), &SimFaults::setDropShare},
    };
    for (const auto &[name, setter] : shares) {
        if (!parser.isSet(name))
            continue;
        bool ok = false;
        const double share = parser.value(name).toDouble(&ok);
        if (!ok || share < 0.0 || share > 1.0)
            return fail(
                QCoreApplication::translate("SimFaults", "--%1 needs a share between 0 and 1.").arg(name));
        (this->*setter)(share);
    }
    if (parser.isSet(QStringLiteral("fault-seed"))) {
        bool ok = false;
        const uint seed = parser.value(QStringLiteral("fault-seed")).toUInt(&ok);
        if (!ok)
            return fail(QCoreApplication::translate("SimFaults", "--fault-seed needs a whole number."));
        setSeed(seed);
    }
    return true;
}
