// ErrorMapper: turns Odoo exception names, HTTP statuses and network failures into OdooError,
// keeping the server's message and never its traceback.
#pragma once

#include "httpexchange.h"
#include "odooerror.h"

#include <QCoreApplication>
#include <QJsonObject>

class ErrorMapper
{
    Q_DECLARE_TR_FUNCTIONS(ErrorMapper)
public:
    // From an Odoo error payload: `error.data` of JSON-RPC or the body of a JSON-2 error.
    // `jsonRpcCode` is the envelope's `error.code` (100 means the session expired), or -1.
    static OdooError fromOdooPayload(const QJsonObject &payload, int httpStatus, int jsonRpcCode = -1,
                                     const QString &fallbackMessage = {});
    static OdooError::Kind kindForException(const QString &exceptionName, int httpStatus);
    // A failure that is not an Odoo error document: connection, timeout, TLS, an HTML page,
    // a redirect, an empty or non-JSON body. Returns a None error when the reply looks like JSON.
    static OdooError fromHttp(const HttpReply &reply);
    // A body that should have been JSON but could not be parsed: Incomplete (transient) when it
    // ends inside a string, object or array (cut off on the way), else a protocol error.
    static OdooError malformedJson(const HttpReply &reply, const QString &parserMessage);
    // Whether JSON text stops inside a string, an object or an array.
    static bool endsInsideJson(const QByteArray &body);
};
