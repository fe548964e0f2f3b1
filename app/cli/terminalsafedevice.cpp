#include "terminalsafedevice.h"

#include "domain/printabletext.h"

TerminalSafeDevice::TerminalSafeDevice(FILE *stream, QObject *parent)
    : QIODevice(parent)
{
    m_target.open(stream, QIODevice::WriteOnly | QIODevice::Unbuffered);
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 TerminalSafeDevice::readData(char *, qint64)
{
    return -1;
}

qint64 TerminalSafeDevice::writeData(const char *data, qint64 size)
{
    const QString text = m_decoder.decode(QByteArrayView(data, size));
    const QByteArray safe = PrintableText::escaped(text).toUtf8();
    if (m_target.write(safe) != safe.size())
        return -1;
    m_target.flush(); // QTextStream flushes only a QFileDevice; watch's lines must go out at once
    return size;
}
