// DecisionCommand: `hqtower-cli approve|reject|delegate|retry|dismiss ITEM_ID`. It takes the item
// as the cache last saw it, commits the decision to the Outbox, sends it (resuming the item's
// pending decision instead when there is one) and waits for the outcome, printing it.
#pragma once

#include "clicommand.h"
#include "decisions/decisionpolicy.h"
#include "domain/decision.h"

#include <QTimer>

#include <memory>
#include <optional>

class Cache;
class DecisionService;
class OdooConnection;
class OdooError;
class Outbox;

class DecisionCommand : public CliCommand
{
    Q_OBJECT
public:
    struct Request
    {
        QString itemId;
        Decision::Action action = Decision::Action::Approve;
        QString reason;
        QString targetLogin;
        int timeoutSeconds = 60; // then exit 8: the decision stays pending in the Outbox
        DecisionPolicy policy;   // approving above policy.confirmAboveAmount needs `confirmed`
        bool confirmed = false;
        bool json = false;
    };

    DecisionCommand(CliContext &context, Decision::Action action, QObject *parent = nullptr);
    ~DecisionCommand() override;

    // `arguments`: ITEM_ID.
    void run(const QStringList &arguments) override;
    static int exitCodeFor(Decision::Status status);

private:
    // The request the command line describes; nothing after a usage error (already reported).
    std::optional<Request> requestFrom(const QStringList &arguments);
    void start();
    void onOpened();
    void createService(int major);
    // Commits the decision (or picks up the item's pending one) and starts waiting; false after
    // a usage error (already reported).
    bool commitOrResume();
    void onSettled(const Decision &decision);
    void printOutcome(const Decision &decision);
    void fail(const OdooError &error);
    void finish(int exitCode);

    Decision::Action m_action;
    OdooConnection *m_connection = nullptr;
    QString m_cacheFile;
    Request m_request;
    std::unique_ptr<Cache> m_cache;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<DecisionService> m_service; // after the outbox it writes to
    QString m_decisionId;
    QTimer m_timeout;
};
