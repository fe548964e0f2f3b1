#include "clicommandtable.h"

#include "callcommand.h"
#include "checkcommand.h"
#include "decisioncommand.h"
#include "decisionreportcommand.h"
#include "liveupdatescommand.h"
#include "queuecommand.h"
#include "synccommand.h"
#include "watchcommand.h"

namespace {

template<typename Command, typename... Args>
std::function<CliCommand *(CliContext &)> maker(Args... args)
{
    return [args...](CliContext &context) -> CliCommand * { return new Command(context, args..., &context); };
}

} // namespace

const QList<CliCommandTable::Entry> &CliCommandTable::entries()
{
    static const QList<Entry> table{
        {QStringLiteral("check"), QStringLiteral("check"),
         tr("connect and print the server version, transport, user, modules and which sources are enabled or "
            "skipped (and why)"),
         maker<CheckCommand>()},
        {QStringLiteral("sync"), QStringLiteral("sync --once"),
         tr("sync every enabled source once into the cache"), maker<SyncCommand>()},
        {QStringLiteral("queue"), QStringLiteral("queue"),
         tr("print the cached queue (no network; --kind, --store)"), maker<QueueCommand>()},
        {QStringLiteral("watch"), QStringLiteral("watch"),
         tr("keep syncing (with live updates when --live) and print each change as one JSON line, until "
            "interrupted"),
         maker<WatchCommand>()},
        {QStringLiteral("call"), QStringLiteral("call MODEL METHOD"),
         tr("call a method and print its JSON result"), maker<CallCommand>()},
        {QStringLiteral("approve"), QStringLiteral("approve ITEM_ID"),
         tr("approve an item of the queue (--reason; --yes above --confirm-above)"),
         maker<DecisionCommand>(Decision::Action::Approve)},
        {QStringLiteral("reject"), QStringLiteral("reject ITEM_ID --reason R"),
         tr("reject it; the reason goes to the record's chatter in Odoo"),
         maker<DecisionCommand>(Decision::Action::Reject)},
        {QStringLiteral("delegate"), QStringLiteral("delegate ITEM_ID --to LOGIN"),
         tr("hand it to another Odoo user (--note)"), maker<DecisionCommand>(Decision::Action::Delegate)},
        {QStringLiteral("retry"), QStringLiteral("retry ITEM_ID"),
         tr("retry a failed job, mail or scheduled action"), maker<DecisionCommand>(Decision::Action::Retry)},
        {QStringLiteral("dismiss"), QStringLiteral("dismiss ITEM_ID --reason R"),
         tr("dismiss an integration failure or an activity"),
         maker<DecisionCommand>(Decision::Action::Dismiss)},
        {QStringLiteral("outbox"), QStringLiteral("outbox"),
         tr("list decisions on their way to Odoo (and recent ones)"),
         maker<DecisionReportCommand>(DecisionReportCommand::Report::Outbox)},
        {QStringLiteral("audit"), QStringLiteral("audit"), tr("list the audit trail of decisions"),
         maker<DecisionReportCommand>(DecisionReportCommand::Report::Audit)},
        {QStringLiteral("live-updates"), QStringLiteral("live-updates status|enable|disable"),
         tr("show, install or remove the automation rules that announce changes to HQ Tower"),
         maker<LiveUpdatesCommand>()},
    };
    return table;
}

const CliCommandTable::Entry *CliCommandTable::find(const QString &name)
{
    for (const Entry &entry : entries()) {
        if (entry.name == name)
            return &entry;
    }
    return nullptr;
}

QStringList CliCommandTable::names()
{
    QStringList all;
    for (const Entry &entry : entries())
        all.append(entry.name);
    return all;
}

QString CliCommandTable::helpText()
{
    QString text =
        tr("HQ Tower command line: check a connection to an Odoo server, sync its work queue into the\n"
           "local cache, print the cached queue, or call a model method.") +
        QStringLiteral("\n\n") + tr("Commands:") + QLatin1Char('\n');
    int width = 0;
    for (const Entry &entry : entries())
        width = qMax(width, int(entry.synopsis.size()));
    for (const Entry &entry : entries())
        text += QStringLiteral("  %1  %2\n").arg(entry.synopsis.leftJustified(width), entry.summary);
    text += QLatin1Char('\n') +
            tr("The password or API key is read from an environment variable, never from the command line.\n"
               "Exit codes: 0 ok, 2 bad usage, 3 login refused (login, password, API key or database),\n"
               "4 server unreachable (network, timeout, TLS), 5 any other error; decisions: 6 conflict\n"
               "(someone else decided first), 7 refused by Odoo, 8 still pending after --wait.");
    return text;
}
