// TerminalSafeDevice: what the CLI writes to standard output or error, passed through
// PrintableText::escaped, so that text from a server cannot send escape sequences to a terminal.
#pragma once

#include <QFile>
#include <QIODevice>
#include <QStringDecoder>

#include <cstdio>

class TerminalSafeDevice : public QIODevice
{
public:
    explicit TerminalSafeDevice(FILE *stream, QObject *parent = nullptr);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    QFile m_target;
    QStringDecoder m_decoder{QStringDecoder::Utf8}; // keeps a character split between two writes
};
