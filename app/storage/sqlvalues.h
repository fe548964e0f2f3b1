// SqlValues: how HQ Tower writes values into its SQLite cache and reads them back: dates as
// ISO-8601 UTC text with milliseconds, empty text and invalid dates as NULL, JSON as compact text.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QVariant>

class SqlValues
{
public:
    // "2024-05-01T08:30:00.000Z"; NULL for an invalid date.
    static QVariant dateToSql(const QDateTime &date);
    // UTC; invalid for NULL or empty text.
    static QDateTime dateFromSql(const QVariant &value);
    // NULL for empty text.
    static QVariant textToSql(const QString &text);
    static QString jsonToSql(const QJsonObject &object);
    // An empty object for NULL or text that is not a JSON object.
    static QJsonObject jsonFromSql(const QVariant &value);
};
