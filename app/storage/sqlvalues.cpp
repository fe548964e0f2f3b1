#include "sqlvalues.h"

#include <QJsonDocument>

QVariant SqlValues::dateToSql(const QDateTime &date)
{
    if (!date.isValid())
        return QVariant(QMetaType(QMetaType::QString));
    return date.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime SqlValues::dateFromSql(const QVariant &value)
{
    const QString text = value.toString();
    if (text.isEmpty())
        return {};
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

QVariant SqlValues::textToSql(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QString SqlValues::jsonToSql(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject SqlValues::jsonFromSql(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}
