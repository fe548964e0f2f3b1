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

QByteArray OdooReplies::answering(const QByteArray &request, const QByteArray &answer, int offset)
{
    const QJsonObject sent = QJsonDocument::fromJson(request).object();
    if (!answer.startsWith('{') || !sent.contains(QLatin1String("jsonrpc")))
        return answer;
    QJsonObject envelope = QJsonDocument::fromJson(answer).object();
    if (!envelope.contains(QLatin1String("jsonrpc")) || envelope.value(QLatin1String("id")).isNull())
        return answer;
    const QJsonValue id = sent.value(QLatin1String("id"));
    envelope.insert(QLatin1String("id"), offset == 0 ? id : QJsonValue(id.toInt() + offset));
    return QJsonDocument(envelope).toJson(QJsonDocument::Compact);
}
