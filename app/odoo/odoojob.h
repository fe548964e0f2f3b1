// OdooJob: one remote call to Odoo, after libQuotient's BaseJob. It sends the request, applies
// the per-attempt timeout and the retry table for transient failures (announcing each retry),
// and reports exactly once: succeeded() or failed(), then finished(). It deletes itself after.
#pragma once

#include "httpendpoint.h"
#include "odooresult.h"
#include "retrypolicy.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;

class OdooJob : public QObject
{
    Q_OBJECT
public:
    enum class Status { Idle, Running, Succeeded, Failed };
    Q_ENUM(Status)

    OdooJob(QNetworkAccessManager *network, HttpEndpoint endpoint, RetryPolicy policy,
            QObject *parent = nullptr);
    ~OdooJob() override;

    // Starts the first attempt on the next event loop turn, so callers can connect first.
    void start();
    // Stops the job; it reports failed() with a Network error "cancelled" if it had not reported.
    void cancel();

    Status status() const { return m_status; }
    QJsonValue result() const { return m_result; }
    OdooError error() const { return m_error; }
    int attemptsMade() const { return m_attemptsMade; }
    // For tests: a fixed seed makes the jitter repeatable.
    void setRandomSeed(quint32 seed) { m_random.seed(seed); }
    void setAutoDelete(bool enabled) { m_autoDelete = enabled; }
    // For writes: the request is put on the wire at most once per attempt; Qt may not resend
    // it on its own after a dropped connection (see OneShotUploadDevice).
    void setAtMostOnce(bool enabled) { m_atMostOnce = enabled; }

Q_SIGNALS:
    void succeeded(const QJsonValue &result);
    void failed(const OdooError &error);
    void finished();
    // A transient failure; attempt `nextAttempt` (1-based) starts after `delayMs`.
    void retryScheduled(int nextAttempt, int delayMs, const OdooError &reason);

protected:
    virtual HttpRequestSpec buildRequest(OdooError *error) const = 0;
    virtual OdooResult decodeReply(const HttpReply &reply) const = 0;
    // Default: success reports, failure retries while the policy allows and the error is transient.
    virtual void handleOutcome(const OdooResult &outcome);

    void reportSuccess(const QJsonValue &result);
    void reportFailure(const OdooError &error);
    void retryOrFail(const OdooError &error);
    // Starts over with a fresh retry table (a job with several stages moves to the next one).
    void restartAttempts();
    QNetworkAccessManager *network() const { return m_network; }
    const HttpEndpoint &endpoint() const { return m_endpoint; }

private:
    void sendAttempt();
    void onReplyFinished();
    void onTimeout();
    void finish();

    QNetworkAccessManager *m_network;
    HttpEndpoint m_endpoint;
    RetryPolicy m_policy;
    QRandomGenerator m_random;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeoutTimer;
    QTimer m_retryTimer;
    Status m_status = Status::Idle;
    QJsonValue m_result;
    OdooError m_error;
    int m_attempt = 0;
    int m_attemptsMade = 0;
    int m_sentJsonRpcId = 0; // the id of the JSON-RPC request in flight, 0 when not JSON-RPC
    bool m_timedOut = false;
    bool m_tooLarge = false; // the answer passed HttpEndpoint::maxAnswerBytes and was stopped
    bool m_autoDelete = true;
    bool m_atMostOnce = false;
    QString m_tlsErrorText;
};
