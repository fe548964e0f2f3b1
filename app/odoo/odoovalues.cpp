#include "odoovalues.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <limits>

namespace {

const QString dateTimeFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss");
const QString dateFormat = QStringLiteral("yyyy-MM-dd");

// How many terms a prefix-notation domain has at its top level (implicitly and-ed).
int topLevelTerms(const QJsonArray &domain)
{
    int terms = 0;
    int pendingOperands = 0;
    for (const QJsonValue &element : domain) {
        if (pendingOperands == 0)
            ++terms;
        else
            --pendingOperands;
        const QString op = element.toString();
        if (op == QLatin1String("&") || op == QLatin1String("|"))
            pendingOperands += 2;
        else if (op == QLatin1String("!"))
            pendingOperands += 1;
    }
    return terms;
}

} // namespace

namespace OdooValues {

QString dateTimeText(const QDateTime &moment)
{
    return moment.toUTC().toString(dateTimeFormat);
}

QString dateText(const QDate &date)
{
    return date.toString(dateFormat);
}

QDateTime parseDateTime(const QJsonValue &value)
{
    if (!value.isString())
        return {};
    const QString text = value.toString();
    QDateTime parsed;
    if (text.size() == 10) {
        const QDate date = QDate::fromString(text, dateFormat);
        parsed = date.isValid() ? QDateTime(date, QTime(0, 0), Qt::UTC) : QDateTime();
    } else {
        parsed = QDateTime::fromString(text.left(19), dateTimeFormat);
        parsed.setTimeSpec(Qt::UTC);
    }
    return parsed.isValid() ? parsed : QDateTime();
}

bool looksLikeDateTime(const QString &text)
{
    return text.size() == 19 && text.at(4) == u'-' && text.at(10) == u' ' && text.at(13) == u':';
}

int relationId(const QJsonValue &value)
{
    if (value.isArray())
        return value.toArray().at(0).toInt();
    return value.isDouble() ? value.toInt() : 0;
}

QString displayText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("yes") : QString();
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (number == std::floor(number) && std::abs(number) < 1e15)
            return QString::number(qint64(number));
        return QString::number(number, 'f', 2);
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        if (array.size() == 2 && array.at(0).isDouble() && array.at(1).isString())
            return array.at(1).toString(); // many2one [id, name]
        return array.isEmpty() ? QString() : QString::number(array.size());
    }
    default:
        return {};
    }
}

bool isRecordId(const QJsonValue &value)
{
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    return number >= 1.0 && number <= double(std::numeric_limits<int>::max()) && std::floor(number) == number;
}

QString describe(const QJsonValue &value)
{
    QString text;
    if (value.isUndefined())
        text = QStringLiteral("nothing");
    else if (value.isObject())
        text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    else if (value.isArray())
        text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    else // a scalar: wrapped in an array, which QJsonDocument can write, then unwrapped
        text = QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
                   .mid(1)
                   .chopped(1);
    constexpr qsizetype limit = 80;
    return text.size() > limit ? text.left(limit) + QChar(0x2026) : text;
}

QJsonArray idArray(const QList<int> &ids)
{
    QJsonArray array;
    for (const int id : ids)
        array.append(id);
    return array;
}

QJsonArray term(const QString &field, const QString &op, const QJsonValue &value)
{
    return QJsonArray{field, op, value};
}

QJsonArray allOf(const QJsonArray &left, const QJsonArray &right)
{
    if (left.isEmpty())
        return right;
    if (right.isEmpty())
        return left;
    QJsonArray combined;
    for (int i = 1; i < topLevelTerms(left) + topLevelTerms(right); ++i)
        combined.append(QStringLiteral("&"));
    for (const QJsonValue &element : left)
        combined.append(element);
    for (const QJsonValue &element : right)
        combined.append(element);
    return combined;
}

} // namespace OdooValues
