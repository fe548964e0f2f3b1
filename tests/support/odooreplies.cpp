#include "odooreplies.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QByteArray OdooReplies::result(const QJsonValue &value)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                                     {QStringLiteral("id"), 1},
                                     {QStringLiteral("result"), value}})
        .toJson(QJsonDocument::Compact);
}

QByteArray OdooReplies::error(int code, const QString &exceptionName, const QString &message)
{
    const QJsonObject data{
        {QStringLiteral("name"), exceptionName},
        {QStringLiteral("message"), message},
        {QStringLiteral("arguments"), QJsonArray{message}},
        {QStringLiteral("context"), QJsonObject()},
        {QStringLiteral("debug"), QStringLiteral("Traceback (most recent call last): ...")}};
    const QJsonObject error{{QStringLiteral("code"), code},
                            {QStringLiteral("message"), QStringLiteral("Odoo Server Error")},
                            {QStringLiteral("data"), data}};
    return QJsonDocument(QJsonObject{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                                     {QStringLiteral("id"), QJsonValue::Null},
                                     {QStringLiteral("error"), error}})
        .toJson(QJsonDocument::Compact);
}
