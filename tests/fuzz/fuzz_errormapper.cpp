// libFuzzer target for the error mapper: any bytes as a failed answer (HTML page, error document,
// cut-off JSON) under several statuses and content types, and as an Odoo error payload.
#include "odoo/errormapper.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    HttpReply reply;
    reply.body = body;
    for (const QByteArray &type : {QByteArrayLiteral("application/json"), QByteArrayLiteral("text/html")}) {
        reply.contentType = type;
        for (const int status : {200, 302, 401, 404, 500, 502}) {
            reply.status = status;
            reply.location = status == 302 ? body.left(64) : QByteArray();
            (void)ErrorMapper::fromHttp(reply).userMessage();
            (void)ErrorMapper::malformedJson(reply, QStringLiteral("illegal value")).userMessage();
        }
    }
    (void)ErrorMapper::endsInsideJson(body);

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (!document.isObject())
        return 0;
    const QJsonObject payload = document.object();
    for (const int code : {-1, 100, 200}) {
        (void)ErrorMapper::fromOdooPayload(payload, 200, code).userMessage();
        (void)ErrorMapper::fromOdooPayload(payload, 422, code, QStringLiteral("fallback")).userMessage();
    }
    const QJsonObject error = payload.value(QStringLiteral("error")).toObject();
    if (!error.isEmpty())
        (void)ErrorMapper::fromOdooPayload(error.value(QStringLiteral("data")).toObject(), 200,
                                           error.value(QStringLiteral("code")).toInt(-1))
            .userMessage();
    return 0;
}
