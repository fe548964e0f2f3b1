#include "json2transport.h"

#include "errormapper.h"
#include "ormsignatures.h"

#include <QCoreApplication>
#include <QJsonDocument>

Json2Transport::Json2Transport(QString database, QString apiKey)
    : m_database(std::move(database))
    , m_apiKey(std::move(apiKey))
{}

HttpRequestSpec Json2Transport::encode(const OdooCallSpec &call, OdooError *error) const
{
    QJsonObject body = call.kwargs;
    const QStringList names = OrmSignatures::positionalNames(call.method);
    for (qsizetype i = 0; i < call.args.size(); ++i) {
        if (i >= names.size()) {
            if (error) {
                *error = OdooError(OdooError::Kind::Protocol,
                                   QCoreApplication::translate(
                                       "Json2Transport", "%1.%2: JSON-2 needs argument %3 passed by name.")
                                       .arg(call.model, call.method)
                                       .arg(i + 1));
            }
            return {};
        }
        body.insert(names.at(i), call.args.at(i));
    }
    HttpRequestSpec spec;
    spec.verb = QByteArrayLiteral("POST");
    spec.path = QStringLiteral("/json/2/%1/%2").arg(call.model, call.method);
    spec.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    spec.headers = {{QByteArrayLiteral("Authorization"), QByteArrayLiteral("bearer ") + m_apiKey.toUtf8()},
                    {QByteArrayLiteral("X-Odoo-Database"), m_database.toUtf8()}};
    return spec;
}

bool Json2Transport::parseJsonValue(const QByteArray &body, QJsonValue *value, QString *errorText)
{
    // QJsonDocument holds only objects and arrays: wrap the body so scalars parse too.
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson('[' + body + ']', &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray() || document.array().size() != 1) {
        if (errorText)
            *errorText = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                      : QStringLiteral("not one JSON value");
        return false;
    }
    *value = document.array().first();
    return true;
}

OdooResult Json2Transport::decode(const HttpReply &reply) const
{
    if (reply.isTransportFailure())
        return OdooResult::failure(ErrorMapper::fromHttp(reply));

    QJsonValue value;
    QString parseError;
    const bool parsed = !reply.body.trimmed().isEmpty() && parseJsonValue(reply.body, &value, &parseError);
    if (!parsed) {
        const OdooError httpError = ErrorMapper::fromHttp(reply);
        return OdooResult::failure(httpError.isError() ? httpError
                                                       : ErrorMapper::malformedJson(reply, parseError));
    }
    if (reply.status == 200)
        return OdooResult::success(value);
    if (value.isObject() && value.toObject().contains(QLatin1String("name")))
        return OdooResult::failure(ErrorMapper::fromOdooPayload(value.toObject(), reply.status));
    const OdooError httpError = ErrorMapper::fromHttp(reply);
    if (httpError.isError())
        return OdooResult::failure(httpError);
    return OdooResult::failure(OdooError(
        ErrorMapper::kindForException({}, reply.status),
        QCoreApplication::translate("Json2Transport", "The server answered with HTTP %1.").arg(reply.status),
        {}, reply.status));
}
