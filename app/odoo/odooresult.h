// OdooResult: what one Odoo call came to, either a JSON value or an OdooError.
#pragma once

#include "odooerror.h"

#include <QJsonValue>

struct OdooResult
{
    QJsonValue value;
    OdooError error;

    bool ok() const { return !error.isError(); }
    static OdooResult success(QJsonValue value) { return {std::move(value), {}}; }
    static OdooResult failure(OdooError error) { return {QJsonValue(), std::move(error)}; }
};
