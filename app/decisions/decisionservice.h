// DecisionService: where decisions are taken. It checks a request (DecisionPolicy: reason required
// to reject; the action exists for the item), commits it to the Outbox before anything goes to Odoo, then
// drains the Outbox with DecisionSenders: at most N at once, transient failures retried with
// backoff, pending decisions resumed after a restart. One item never has two decisions in flight.
#pragma once

#include "decisionpolicy.h"
#include "domain/decision.h"
#include "domain/queueitem.h"
#include "odoo/odooconnection.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <memory>
#include <optional>

class DecisionAdapter;
class DecisionSender;

class Outbox;
class SourceProfile;

class DecisionService : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int maxConcurrent = 2;
        DecisionPolicy policy; // reasons, delegation targets (checked here), confirmations (by the caller)
        int maxAttempts = 8;   // transient failures in a row before a decision is Failed
        std::chrono::milliseconds firstRetry = std::chrono::seconds(2);
        std::chrono::milliseconds maxRetry = std::chrono::minutes(5);
    };

    struct Request
    {
        QueueItem item;
        Decision::Action action = Decision::Action::Approve;
        QString reason;
        QString targetLogin; // delegate
    };

    // `profiles`: the effective source profiles (their "decisions" name the adapter).
    DecisionService(OdooConnection *connection, Outbox *outbox, const QList<SourceProfile> &profiles,
                    Options options, QObject *parent = nullptr);
    ~DecisionService() override;

    // The Odoo major version last seen on this server (from the cache), so that decisions can be
    // checked and committed before the connection is open.
    void setKnownVersion(int major) { m_knownVersion = major; }
    // The actions possible on an item with this server (empty when it takes no decisions).
    QList<Decision::Action> actionsFor(const QueueItem &item) const;
    // Checks and commits the requests as one bulk (one outbox entry per item; all or none), then
    // starts sending. A request on an item that already has a pending decision returns that one.
    // Returns nothing with `error` set (plain words) when a request is not valid.
    std::optional<QList<Decision>> decide(const QList<Request> &requests, QString *error);
    // Sends the pending decisions of the Outbox (at start, and after reconnecting).
    void resume();
    int pendingCount() const;
    // Source profiles whose own "decisions" block could not be read, in plain words.
    QStringList problems() const { return m_problems; }
    int runningCount() const { return int(m_running.size()); }
    // Write calls the senders made (tests count them).
    int writeCalls() const { return m_writeCalls; }

Q_SIGNALS:
    void decisionChanged(const Decision &decision);
    // A decision settled (applied, conflict, refused, failed).
    void decisionSettled(const Decision &decision);
    // Sender checkpoints ("sending", "answered") and "queued" after decide() committed.
    void checkpoint(const QString &name, const QString &decisionId);

private:
    const DecisionAdapter *adapterFor(const QString &profileId) const;
    void startDue();
    void onSenderFinished(DecisionSender *sender);
    std::chrono::milliseconds retryDelay(int attempts) const;

    QPointer<OdooConnection> m_connection;
    Outbox *m_outbox;
    Options m_options;
    QHash<QString, QString> m_adapterByProfile;
    QHash<QString, std::shared_ptr<const DecisionAdapter>> m_ownAdapters; // described by the profile
    QStringList m_problems;
    QHash<QString, DecisionSender *> m_running; // decision id -> sender
    QTimer m_retryTimer;
    QString m_userLogin;
    int m_writeCalls = 0;
    int m_knownVersion = 0;
};
