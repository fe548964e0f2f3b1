// SimError: an exception as the simulated Odoo raises it: the Python class name, the message,
// and the HTTP status JSON-2 answers it with (JSON-RPC always answers 200).
#pragma once

#include <QString>

struct SimError
{
    QString name; // e.g. "odoo.exceptions.AccessError"
    QString message;
    int json2Status = 500;

    static SimError valueError(const QString &message)
    {
        return {QStringLiteral("builtins.ValueError"), message, 500};
    }
    static SimError typeError(const QString &message)
    {
        return {QStringLiteral("builtins.TypeError"), message, 500};
    }
    static SimError userError(const QString &message)
    {
        return {QStringLiteral("odoo.exceptions.UserError"), message, 422};
    }
    static SimError validationError(const QString &message)
    {
        return {QStringLiteral("odoo.exceptions.ValidationError"), message, 422};
    }
    static SimError accessError(const QString &message)
    {
        return {QStringLiteral("odoo.exceptions.AccessError"), message, 403};
    }
    static SimError accessDenied()
    {
        return {QStringLiteral("odoo.exceptions.AccessDenied"), QStringLiteral("Access Denied"), 401};
    }
    static SimError missingError(const QString &message)
    {
        return {QStringLiteral("odoo.exceptions.MissingError"), message, 404};
    }
};
