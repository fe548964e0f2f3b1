// CliCommand: one hqtower-cli command (check, sync, approve…). run() gets the positional arguments
// after the command's name and ends by calling CliContext::finish() exactly once.
#pragma once

#include "clicontext.h"

#include <QObject>
#include <QStringList>

class CliCommand : public QObject
{
    Q_OBJECT
public:
    explicit CliCommand(CliContext &context, QObject *parent = nullptr)
        : QObject(parent)
        , m_context(context)
    {}

    virtual void run(const QStringList &arguments) = 0;

protected:
    // False (after a usage error) when `arguments` is not empty.
    bool takesNoArguments(const QString &name, const QStringList &arguments)
    {
        if (arguments.isEmpty())
            return true;
        m_context.usageError(tr("%1 takes no positional arguments.").arg(name));
        return false;
    }

    CliContext &m_context;
};
