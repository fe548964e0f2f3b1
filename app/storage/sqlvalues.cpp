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
    // Fast path for what dateToSql writes, "yyyy-MM-ddTHH:mm:ss.zzzZ": reading 100k items at start
    // parses 300k dates, and QDateTime::fromString is the slowest part of that.
    if (text.size() == 24 && text.at(4) == QLatin1Char('-') && text.at(10) == QLatin1Char('T') &&
        text.at(19) == QLatin1Char('.') && text.at(23) == QLatin1Char('Z')) {
        const auto number = [&text](int from, int length) {
            int result = 0;
            for (int i = from; i < from + length; ++i) {
                const int digit = text.at(i).unicode() - '0';
                if (digit < 0 || digit > 9)
                    return -1;
                result = result * 10 + digit;
            }
            return result;
        };
        const QDate date(number(0, 4), number(5, 2), number(8, 2));
        const QTime time(number(11, 2), number(14, 2), number(17, 2), number(20, 3));
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
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
