// LogCapture: collects every Qt log message while it lives, so tests can assert that a secret
// never reaches a log.
#pragma once

#include <QStringList>
#include <QtGlobal>

class LogCapture
{
public:
    LogCapture();
    ~LogCapture();
    LogCapture(const LogCapture &) = delete;
    LogCapture &operator=(const LogCapture &) = delete;

    QStringList messages() const;
    bool contains(const QString &text) const;

private:
    QtMessageHandler m_previous;
};
