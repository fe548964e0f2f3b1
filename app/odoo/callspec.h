// OdooCallSpec: one model method call as the caller writes it, `model.method(*args, **kwargs)`,
// independent of the transport that carries it.
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

struct OdooCallSpec
{
    QString model;
    QString method;
    QJsonArray args;
    QJsonObject kwargs;
};
