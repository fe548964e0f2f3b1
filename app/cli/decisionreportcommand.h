// DecisionReportCommand: `hqtower-cli outbox` (pending decisions, then the 50 newest settled) and
// `hqtower-cli audit` (the 500 newest audit entries), read from the cache without the network.
#pragma once

#include "clicommand.h"

class DecisionReportCommand : public CliCommand
{
    Q_OBJECT
public:
    enum class Report { Outbox, Audit };

    DecisionReportCommand(CliContext &context, Report report, QObject *parent = nullptr);
    void run(const QStringList &arguments) override;

private:
    Report m_report;
};
