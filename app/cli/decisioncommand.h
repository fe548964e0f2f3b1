// DecisionCommand: `hqtower-cli approve|reject|delegate|retry|dismiss ITEM_ID`. It takes the item
// as the cache last saw it, commits the decision to the Outbox, sends it (resuming the item's
// pending decision instead when there is one) and waits for the outcome, printing it.
#pragma once

#include "decisions/decisionpolicy.h"
#include "domain/decision.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QTextStream>
#include <QTimer>

#include <memory>

class Cache;
class DecisionService;
class OdooConnection;
class OdooError;
class Outbox;

class DecisionCommand : public QObject
{
    Q_OBJECT
public:
    // Exit codes of the decision commands (0 = applied; 2–5 as for every command).
    enum ExitCode { Conflict = 6, RefusedByOdoo = 7, StillPending = 8 };

    struct Request
    {
        QString itemId;
        QString action;
        QString reason;
        QString targetLogin;
        int timeoutSeconds = 60; // then exit 8: the decision stays pending in the Outbox
        DecisionPolicy policy;   // approving above policy.confirmAboveAmount needs `confirmed`
        bool confirmed = false;
        bool json = false;
    };

    // Takes ownership of nothing; `connection` is opened by run().
    DecisionCommand(QTextStream &out, QTextStream &err, OdooConnection *connection, QString cacheFile,
                    Request request, QProcessEnvironment environment, QObject *parent = nullptr);
    ~DecisionCommand() override;

    void run();
    static int exitCodeFor(Decision::Status status);

Q_SIGNALS:
    void done(int exitCode);

private:
    void onOpened();
    void createService(int major);
    // Commits the decision (or picks up the item's pending one) and starts waiting; false after
    // a usage error (already reported).
    bool commitOrResume();
    void onSettled(const Decision &decision);
    void onCheckpoint(const QString &name);
    void printOutcome(const Decision &decision);
    void fail(const OdooError &error);
    void finish(int exitCode);

    QTextStream &m_out;
    QTextStream &m_err;
    OdooConnection *m_connection;
    QString m_cacheFile;
    Request m_request;
    QProcessEnvironment m_environment;
    std::unique_ptr<Cache> m_cache;
    std::unique_ptr<Outbox> m_outbox;
    DecisionService *m_service = nullptr;
    QString m_decisionId;
    QTimer m_timeout;
    bool m_done = false;
};
