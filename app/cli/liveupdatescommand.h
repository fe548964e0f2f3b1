// LiveUpdatesCommand: `hqtower-cli live-updates status|enable|disable`: shows, installs or removes
// the server's automation rules that announce changes of the monitored models on Odoo's bus.
#pragma once

#include "clicommand.h"

class LiveUpdatesInstaller;

class LiveUpdatesCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    void run(const QStringList &arguments) override;

private:
    void start(const QString &operation, const QList<ProfileStatus> &statuses);
    void report(const QString &operation, const LiveUpdatesInstaller *installer);
};
