#include "websessionjob.h"

#include "jsonrpccodec.h"
#include "odoovalues.h"

WebSessionJob::WebSessionJob(QNetworkAccessManager *network, HttpEndpoint endpoint, RetryPolicy policy,
                             QString route, QJsonObject params, QObject *parent)
    : OdooJob(network, std::move(endpoint), std::move(policy), parent)
    , m_route(std::move(route))
    , m_params(std::move(params))
{}

WebSessionJob *WebSessionJob::authenticate(QNetworkAccessManager *network, const HttpEndpoint &endpoint,
                                           const RetryPolicy &policy, const QString &database,
                                           const QString &login, const QString &password, QObject *parent)
{
    return new WebSessionJob(network, endpoint, policy, QStringLiteral("/web/session/authenticate"),
                             QJsonObject{{QStringLiteral("db"), database},
                                         {QStringLiteral("login"), login},
                                         {QStringLiteral("password"), password}},
                             parent);
}

HttpRequestSpec WebSessionJob::buildRequest(OdooError *) const
{
    return {QByteArrayLiteral("POST"), m_route, JsonRpcCodec::encodeRequest(m_params), {}};
}

OdooResult WebSessionJob::decodeReply(const HttpReply &reply) const
{
    OdooResult outcome = JsonRpcCodec::decodeReply(reply);
    if (!outcome.ok())
        return outcome;
    const bool isAuthenticate = m_route.endsWith(QLatin1String("/authenticate"));
    const QJsonValue uid = outcome.value.toObject().value(QLatin1String("uid"));
    // The session's user id, or false/null when nobody is logged in; anything else is not Odoo's.
    const bool nobody = uid.isNull() || uid.isUndefined() || uid == QJsonValue(false);
    if (outcome.value.isObject() && !nobody && !OdooValues::isRecordId(uid)) {
        return OdooResult::failure(OdooError(OdooError::Kind::Protocol,
                                             tr("The server's session answer (%1) holds no user id: %2.")
                                                 .arg(m_route, OdooValues::describe(uid)),
                                             {}, reply.status));
    }
    if (!outcome.value.isObject() || !OdooValues::isRecordId(uid)) {
        if (isAuthenticate) {
            return OdooResult::failure(
                OdooError(OdooError::Kind::Auth, tr("Wrong login or password."), {}, reply.status));
        }
        return OdooResult::failure(
            OdooError(OdooError::Kind::SessionExpired, tr("Not logged in."), {}, reply.status));
    }
    return outcome;
}
