#include "versionjob.h"

#include "errormapper.h"
#include "jsonrpccodec.h"

#include <QJsonArray>
#include <QJsonDocument>

HttpRequestSpec VersionJob::buildRequest(OdooError *) const
{
    if (m_stage == Stage::WebVersion)
        return {QByteArrayLiteral("GET"), QStringLiteral("/web/version"), {}, {}};
    const QJsonObject params{
        {QStringLiteral("service"), QStringLiteral("common")},
        {QStringLiteral("method"), QStringLiteral("version")},
        {QStringLiteral("args"), QJsonArray()},
    };
    return {QByteArrayLiteral("POST"), QStringLiteral("/jsonrpc"), JsonRpcCodec::encodeRequest(params), {}};
}

OdooResult VersionJob::decodeReply(const HttpReply &reply) const
{
    OdooResult outcome;
    if (m_stage == Stage::CommonVersion) {
        outcome = JsonRpcCodec::decodeReply(reply);
    } else {
        // /web/version answers the version object itself, without a JSON-RPC envelope.
        const OdooError httpError = ErrorMapper::fromHttp(reply);
        if (httpError.isError())
            return OdooResult::failure(httpError);
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(reply.body, &parseError);
        if (reply.status != 200 || !document.isObject())
            return OdooResult::failure(ErrorMapper::malformedJson(reply, parseError.errorString()));
        outcome = OdooResult::success(document.object());
    }
    if (outcome.ok() && !ServerVersion::fromVersionInfo(outcome.value.toObject()).isValid()) {
        return OdooResult::failure(
            OdooError(OdooError::Kind::Protocol,
                      tr("The server did not say which Odoo version it runs; is this an "
                         "Odoo server?"),
                      {}, reply.status));
    }
    return outcome;
}

void VersionJob::handleOutcome(const OdooResult &outcome)
{
    const bool unreachable = outcome.error.kind() == OdooError::Kind::Network ||
                             outcome.error.kind() == OdooError::Kind::Timeout ||
                             outcome.error.kind() == OdooError::Kind::Tls;
    if (!outcome.ok() && m_stage == Stage::WebVersion && !unreachable) {
        m_stage = Stage::CommonVersion;
        restartAttempts();
        return;
    }
    OdooJob::handleOutcome(outcome);
}
