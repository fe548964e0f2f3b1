#include "clioptions.h"

#include "decisions/decisionpolicy.h"

CliOptions::CliOptions()
    : url(QStringLiteral("url"), tr("Odoo server address, e.g. https://odoo.example.com."), tr("url"))
    , db(QStringLiteral("db"), tr("Database name."), tr("database"))
    , login(QStringLiteral("login"), tr("Odoo login (user name or e-mail)."), tr("login"))
    , passwordEnv(QStringLiteral("password-env"), tr("Read the password from environment variable VAR."),
                  tr("VAR"))
    , apiKeyEnv(QStringLiteral("api-key-env"), tr("Read the API key from environment variable VAR."),
                tr("VAR"))
    , live(QStringLiteral("live"),
           tr("With a password, log in through the web session used for live updates."))
    , caFile(QStringLiteral("ca-file"), tr("Also trust the certificate authority in this PEM file."),
             tr("file"))
    , timeout(QStringLiteral("timeout"), tr("Seconds to wait for each answer (default 20)."), tr("seconds"),
              QStringLiteral("20"))
    , maxAnswer(QStringLiteral("max-answer-mb"),
                tr("The largest answer accepted for one request, in MB (default 64)."), tr("megabytes"),
                QStringLiteral("64"))
    , json(QStringLiteral("json"), tr("Print the result as one JSON object."))
    , cache(QStringLiteral("cache"), tr("sync, queue: use this cache file instead of the default one."),
            tr("file"))
    , args(QStringLiteral("args"), tr("call: positional arguments as a JSON array."), tr("json"),
           QStringLiteral("[]"))
    , kwargs(QStringLiteral("kwargs"), tr("call: keyword arguments as a JSON object."), tr("json"),
             QStringLiteral("{}"))
    , once(QStringLiteral("once"), tr("sync: sync every source once, then exit."))
    , budget(QStringLiteral("budget"),
             tr("sync: for how long sources that failed for a server or network problem are tried again "
                "(default 300)."),
             tr("seconds"), QStringLiteral("300"))
    , kind(QStringLiteral("kind"),
           tr("queue: only items of this kind (approval, exception, integration_failure)."), tr("kind"))
    , store(QStringLiteral("store"), tr("queue: only items of this store id (0 = HQ, no store)."), tr("id"))
    , reason(QStringLiteral("reason"), tr("approve, reject, dismiss: the reason, posted to Odoo's chatter."),
             tr("text"))
    , to(QStringLiteral("to"), tr("delegate: the Odoo login to hand the item to."), tr("login"))
    , note(QStringLiteral("note"), tr("delegate: a note for that user."), tr("text"))
    , wait(QStringLiteral("wait"), tr("decisions: seconds to wait for Odoo's outcome (default 60)."),
           tr("seconds"), QStringLiteral("60"))
    , yes(QStringLiteral("yes"), tr("approve: confirm an amount above --confirm-above."))
    , confirmAbove(QStringLiteral("confirm-above"),
                   tr("approve: amounts above this need --yes (default %1).")
                       .arg(DecisionPolicy().confirmAboveAmount, 0, 'f', 0),
                   tr("amount"), QString::number(DecisionPolicy().confirmAboveAmount, 'f', 0))
{}

QList<QCommandLineOption> CliOptions::all() const
{
    return {url,       db,     login, passwordEnv, apiKeyEnv, live,   caFile,      timeout,
            maxAnswer, json,   args,  kwargs,      once,      budget, cache,       kind,
            store,     reason, to,    note,        wait,      yes,    confirmAbove};
}
