#include "loginjob.h"

#include "jsonrpccodec.h"
#include "odoovalues.h"

#include <QJsonArray>

LoginJob::LoginJob(QNetworkAccessManager *network, HttpEndpoint endpoint, RetryPolicy policy,
                   QString database, QString login, QString secret, QObject *parent)
    : OdooJob(network, std::move(endpoint), std::move(policy), parent)
    , m_database(std::move(database))
    , m_login(std::move(login))
    , m_secret(std::move(secret))
{}

HttpRequestSpec LoginJob::buildRequest(OdooError *) const
{
    QJsonObject params;
    params.insert(QStringLiteral("service"), QStringLiteral("common"));
    params.insert(QStringLiteral("method"), QStringLiteral("login"));
    params.insert(QStringLiteral("args"), QJsonArray({m_database, m_login, m_secret}));
    return {QByteArrayLiteral("POST"), QStringLiteral("/jsonrpc"), JsonRpcCodec::encodeRequest(params), {}};
}

OdooResult LoginJob::decodeReply(const HttpReply &reply) const
{
    OdooResult outcome = JsonRpcCodec::decodeReply(reply);
    if (!outcome.ok())
        return outcome;
    // common.login answers the user id, or false when it refuses; anything else is not Odoo's.
    if (outcome.value == QJsonValue(false)) {
        return OdooResult::failure(
            OdooError(OdooError::Kind::Auth,
                      tr("Wrong login, password or API key for user \"%1\" on database \"%2\".")
                          .arg(m_login, m_database),
                      {}, reply.status));
    }
    if (!OdooValues::isRecordId(outcome.value)) {
        return OdooResult::failure(
            OdooError(OdooError::Kind::Protocol,
                      tr("The server's answer to the login (common.login) is not a user id: %1.")
                          .arg(OdooValues::describe(outcome.value)),
                      {}, reply.status));
    }
    return outcome;
}
