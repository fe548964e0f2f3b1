#include "odoojob.h"

#include "jsonrpccodec.h"
#include "oneshotuploaddevice.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslError>

OdooJob::OdooJob(QNetworkAccessManager *network, HttpEndpoint endpoint, RetryPolicy policy, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_endpoint(std::move(endpoint))
    , m_policy(std::move(policy))
    , m_random(QRandomGenerator::global()->generate())
{
    m_timeoutTimer.setSingleShot(true);
    m_timeoutTimer.setTimerType(Qt::PreciseTimer);
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_timeoutTimer, &QTimer::timeout, this, &OdooJob::onTimeout);
    connect(&m_retryTimer, &QTimer::timeout, this, &OdooJob::sendAttempt);
}

OdooJob::~OdooJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void OdooJob::start()
{
    if (m_status != Status::Idle)
        return;
    m_status = Status::Running;
    QTimer::singleShot(0, this, &OdooJob::sendAttempt);
}

void OdooJob::cancel()
{
    if (m_status != Status::Running)
        return;
    m_retryTimer.stop();
    m_timeoutTimer.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    reportFailure(OdooError(OdooError::Kind::Network, tr("Cancelled.")));
}

void OdooJob::sendAttempt()
{
    if (m_status != Status::Running)
        return;
    OdooError encodeError;
    const HttpRequestSpec spec = buildRequest(&encodeError);
    if (encodeError.isError()) {
        reportFailure(encodeError);
        return;
    }
    ++m_attemptsMade;
    m_timedOut = false;
    m_tooLarge = false;
    m_tlsErrorText.clear();
    m_sentJsonRpcId = JsonRpcCodec::requestId(spec.body);
    QNetworkRequest request = m_endpoint.requestFor(spec);
    QNetworkReply *reply = nullptr;
    if (spec.verb == "GET") {
        reply = m_network->get(request);
    } else if (m_atMostOnce) {
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        request.setHeader(QNetworkRequest::ContentLengthHeader, spec.body.size());
        auto *body = new OneShotUploadDevice(spec.body);
        reply = m_network->sendCustomRequest(request, spec.verb, body);
        body->setParent(reply);
    } else {
        reply = m_network->sendCustomRequest(request, spec.verb, spec.body);
    }
    m_reply = reply;
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Never ignored: the reply then fails with SslHandshakeFailedError and we keep the reason.
        if (!errors.isEmpty() && m_tlsErrorText.isEmpty())
            m_tlsErrorText = errors.first().errorString();
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this, reply](qint64 received, qint64 total) {
        // Stopped as soon as the answer is known to be too large (its length, or what arrived).
        if (reply == m_reply && (received > m_endpoint.maxAnswerBytes || total > m_endpoint.maxAnswerBytes)) {
            m_tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, &OdooJob::onReplyFinished);
    m_timeoutTimer.start(m_policy.step(m_attempt).timeout);
}

void OdooJob::onTimeout()
{
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort(); // emits finished(), handled below
}

void OdooJob::onReplyFinished()
{
    QNetworkReply *reply = qobject_cast<QNetworkReply *>(sender());
    if (!reply || reply != m_reply)
        return;
    m_timeoutTimer.stop();
    m_reply = nullptr;
    reply->deleteLater();
    if (m_status != Status::Running)
        return;
    if (m_tooLarge) {
        const qint64 megabytes = m_endpoint.maxAnswerBytes / (1024 * 1024);
        reportFailure(
            OdooError(OdooError::Kind::Protocol,
                      tr("The server sent more than %1 MB for one answer, more than any page HQ Tower "
                         "asks for; the answer was not read.")
                          .arg(megabytes)));
        return;
    }
    HttpReply httpReply = HttpReply::fromNetworkReply(reply, m_timedOut, m_tlsErrorText);
    httpReply.expectedJsonRpcId = m_sentJsonRpcId;
    handleOutcome(decodeReply(httpReply));
}

void OdooJob::handleOutcome(const OdooResult &outcome)
{
    if (outcome.ok())
        reportSuccess(outcome.value);
    else
        retryOrFail(outcome.error);
}

void OdooJob::retryOrFail(const OdooError &error)
{
    const int next = m_attempt + 1;
    if (!error.isTransient() || next >= m_policy.attemptCount()) {
        reportFailure(error);
        return;
    }
    m_attempt = next;
    const auto delay = m_policy.delayBefore(next, m_random);
    Q_EMIT retryScheduled(next + 1, int(delay.count()), error);
    m_retryTimer.start(delay);
}

void OdooJob::restartAttempts()
{
    m_attempt = 0;
    QTimer::singleShot(0, this, &OdooJob::sendAttempt);
}

void OdooJob::reportSuccess(const QJsonValue &result)
{
    if (m_status != Status::Running)
        return;
    m_status = Status::Succeeded;
    m_result = result;
    Q_EMIT succeeded(result);
    finish();
}

void OdooJob::reportFailure(const OdooError &error)
{
    if (m_status != Status::Running)
        return;
    m_status = Status::Failed;
    m_error = error;
    Q_EMIT failed(error);
    finish();
}

void OdooJob::finish()
{
    Q_EMIT finished();
    if (m_autoDelete)
        deleteLater();
}
