// QueueCommand: `hqtower-cli queue [--kind K] [--store ID]`: prints the cached work queue without
// touching the network, one line per item (or a JSON array).
#pragma once

#include "clicommand.h"

class QueueCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    void run(const QStringList &arguments) override;
};
