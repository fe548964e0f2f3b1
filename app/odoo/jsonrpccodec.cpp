#include "jsonrpccodec.h"

#include "domain/printabletext.h"
#include "errormapper.h"
#include "odoovalues.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QJsonDocument>

namespace {
QAtomicInt nextRequestId{1};
} // namespace

QByteArray JsonRpcCodec::encodeRequest(const QJsonObject &params)
{
    const QJsonObject envelope{
        {QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
        {QStringLiteral("method"), QStringLiteral("call")},
        {QStringLiteral("params"), params},
        {QStringLiteral("id"), nextRequestId.fetchAndAddRelaxed(1)},
    };
    return QJsonDocument(envelope).toJson(QJsonDocument::Compact);
}

int JsonRpcCodec::requestId(const QByteArray &body)
{
    if (!body.startsWith('{'))
        return 0;
    const QJsonObject envelope = QJsonDocument::fromJson(body).object();
    if (envelope.value(QLatin1String("jsonrpc")) != QLatin1String("2.0"))
        return 0;
    return envelope.value(QLatin1String("id")).toInt();
}

OdooResult JsonRpcCodec::decodeReply(const HttpReply &reply)
{
    if (reply.isTransportFailure())
        return OdooResult::failure(ErrorMapper::fromHttp(reply));

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(reply.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        const OdooError httpError = ErrorMapper::fromHttp(reply);
        if (httpError.isError())
            return OdooResult::failure(httpError);
        return OdooResult::failure(ErrorMapper::malformedJson(
            reply, parseError.error != QJsonParseError::NoError
                       ? parseError.errorString()
                       : QCoreApplication::translate("JsonRpcCodec", "not a JSON object")));
    }

    const QJsonObject envelope = document.object();
    const QJsonValue id = envelope.value(QLatin1String("id"));
    if (reply.expectedJsonRpcId > 0 && !id.isNull() && !id.isUndefined() &&
        !(id.isDouble() && id.toDouble() == reply.expectedJsonRpcId)) {
        return OdooResult::failure(OdooError(
            OdooError::Kind::Protocol,
            QCoreApplication::translate("JsonRpcCodec",
                                        "The server's answer belongs to another request (id %1, not %2): a "
                                        "proxy or the server mixed up answers, so it was not used.")
                .arg(PrintableText::escaped(OdooValues::describe(id)))
                .arg(reply.expectedJsonRpcId),
            {}, reply.status));
    }
    if (envelope.contains(QLatin1String("error"))) {
        const QJsonObject error = envelope.value(QLatin1String("error")).toObject();
        const int code = error.value(QLatin1String("code")).toInt(-1);
        return OdooResult::failure(
            ErrorMapper::fromOdooPayload(error.value(QLatin1String("data")).toObject(), reply.status, code,
                                         error.value(QLatin1String("message")).toString()));
    }
    if (reply.status != 200) {
        const OdooError httpError = ErrorMapper::fromHttp(reply);
        if (httpError.isError())
            return OdooResult::failure(httpError);
        return OdooResult::failure(
            OdooError(reply.status >= 500 ? OdooError::Kind::Server : OdooError::Kind::Protocol,
                      QCoreApplication::translate("JsonRpcCodec", "The server answered with HTTP %1.")
                          .arg(reply.status),
                      {}, reply.status));
    }
    if (envelope.contains(QLatin1String("result")))
        return OdooResult::success(envelope.value(QLatin1String("result")));
    if (envelope.contains(QLatin1String("jsonrpc")))
        return OdooResult::success(QJsonValue::Null);
    return OdooResult::failure(
        OdooError(OdooError::Kind::Protocol,
                  QCoreApplication::translate("JsonRpcCodec",
                                              "The server's answer is JSON but not an Odoo JSON-RPC reply."),
                  {}, reply.status));
}
