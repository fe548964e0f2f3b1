#include "logcapture.h"

#include <QMutex>

namespace {
QMutex captureMutex;
QStringList captured;
QtMessageHandler forwardTo = nullptr;

void captureHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&captureMutex);
        captured.append(message);
    }
    if (forwardTo)
        forwardTo(type, context, message);
}
} // namespace

LogCapture::LogCapture()
{
    QMutexLocker lock(&captureMutex);
    captured.clear();
    m_previous = qInstallMessageHandler(captureHandler);
    forwardTo = m_previous;
}

LogCapture::~LogCapture()
{
    qInstallMessageHandler(m_previous);
    QMutexLocker lock(&captureMutex);
    forwardTo = nullptr;
}

QStringList LogCapture::messages() const
{
    QMutexLocker lock(&captureMutex);
    return captured;
}

bool LogCapture::contains(const QString &text) const
{
    QMutexLocker lock(&captureMutex);
    for (const QString &message : captured) {
        if (message.contains(text))
            return true;
    }
    return false;
}
