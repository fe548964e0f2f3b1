// Json2Transport: Odoo 19's external API, POST /json/2/<model>/<method> with named arguments,
// `Authorization: bearer <api key>` and `X-Odoo-Database`. The reply is the bare result, or an
// error document whose HTTP status (401, 403, 404, 422, 500) tells the kind.
#pragma once

#include "odootransport.h"

class Json2Transport : public OdooTransport
{
public:
    Json2Transport(QString database, QString apiKey);

    Kind kind() const override { return Kind::Json2; }
    // JSON-2 takes named arguments only: the first positional argument of a record method is
    // sent as `ids`; the ORM's own methods map their positional arguments to their names;
    // any other positional argument must be passed by name (an error says so).
    HttpRequestSpec encode(const OdooCallSpec &call, OdooError *error) const override;
    OdooResult decode(const HttpReply &reply) const override;

    // Parses any JSON value, including the bare numbers and `null` JSON-2 returns.
    static bool parseJsonValue(const QByteArray &body, QJsonValue *value, QString *errorText);

private:
    QString m_database;
    QString m_apiKey;
};
