#include "jsonrpctransport.h"

#include "jsonrpccodec.h"

JsonRpcTransport::JsonRpcTransport(QString database, int uid, QString secret)
    : m_database(std::move(database))
    , m_uid(uid)
    , m_secret(std::move(secret))
{}

HttpRequestSpec JsonRpcTransport::encode(const OdooCallSpec &call, OdooError *) const
{
    QJsonArray arguments{m_database, m_uid, m_secret, call.model, call.method, call.args};
    if (!call.kwargs.isEmpty())
        arguments.append(call.kwargs);
    const QJsonObject params{
        {QStringLiteral("service"), QStringLiteral("object")},
        {QStringLiteral("method"), QStringLiteral("execute_kw")},
        {QStringLiteral("args"), arguments},
    };
    return {QByteArrayLiteral("POST"), QStringLiteral("/jsonrpc"), JsonRpcCodec::encodeRequest(params), {}};
}

OdooResult JsonRpcTransport::decode(const HttpReply &reply) const
{
    return JsonRpcCodec::decodeReply(reply);
}
