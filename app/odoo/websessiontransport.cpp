#include "websessiontransport.h"

#include "jsonrpccodec.h"

HttpRequestSpec WebSessionTransport::encode(const OdooCallSpec &call, OdooError *) const
{
    const QJsonObject params{
        {QStringLiteral("model"), call.model},
        {QStringLiteral("method"), call.method},
        {QStringLiteral("args"), call.args},
        {QStringLiteral("kwargs"), call.kwargs},
    };
    return {QByteArrayLiteral("POST"),
            QStringLiteral("/web/dataset/call_kw/%1/%2").arg(call.model, call.method),
            JsonRpcCodec::encodeRequest(params),
            {}};
}

OdooResult WebSessionTransport::decode(const HttpReply &reply) const
{
    return JsonRpcCodec::decodeReply(reply);
}
