// CheckCommand: `hqtower-cli check`: connects, then prints the server version, transport, user,
// company, the modules HQ Tower uses and which sources are enabled or skipped, and why.
#pragma once

#include "clicommand.h"

class ServerProbe;

class CheckCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    void run(const QStringList &arguments) override;

private:
    void report(const ServerProbe *probe, const QList<ProfileStatus> &statuses);
};
