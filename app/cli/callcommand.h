// CallCommand: `hqtower-cli call MODEL METHOD --args JSON --kwargs JSON`: runs any model method
// and prints Odoo's JSON result.
#pragma once

#include "clicommand.h"

class CallCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    void run(const QStringList &arguments) override;
};
