#include "simpythonjson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QVariant>

#include <cmath>

namespace {

QByteArray pythonNumber(const QJsonValue &value)
{
    if (value.toVariant().typeId() != QMetaType::Double)
        return QByteArray::number(value.toInteger());
    const double number = value.toDouble();
    if (std::isnan(number))
        return QByteArrayLiteral("NaN");
    if (std::isinf(number))
        return number > 0 ? QByteArrayLiteral("Infinity") : QByteArrayLiteral("-Infinity");
    const double magnitude = std::fabs(number);
    // Python's repr: fixed notation from 1e-4 to 1e16, with at least one decimal.
    if (magnitude != 0.0 && (magnitude < 1e-4 || magnitude >= 1e16))
        return QByteArray::number(number, 'e', QLocale::FloatingPointShortest);
    QByteArray text = QByteArray::number(number, 'f', QLocale::FloatingPointShortest);
    if (!text.contains('.'))
        text += ".0";
    return text;
}

} // namespace

QByteArray SimPythonJson::string(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 2);
    escaped += QLatin1Char('"');
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            escaped += QLatin1String("\\\"");
            break;
        case '\\':
            escaped += QLatin1String("\\\\");
            break;
        case '\n':
            escaped += QLatin1String("\\n");
            break;
        case '\r':
            escaped += QLatin1String("\\r");
            break;
        case '\t':
            escaped += QLatin1String("\\t");
            break;
        case '\b':
            escaped += QLatin1String("\\b");
            break;
        case '\f':
            escaped += QLatin1String("\\f");
            break;
        default:
            if (c.unicode() < 0x20)
                escaped += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                escaped += c;
        }
    }
    escaped += QLatin1Char('"');
    return escaped.toUtf8();
}

QByteArray SimPythonJson::orderedObject(const QList<QPair<QByteArray, QByteArray>> &members)
{
    QByteArray text = "{";
    for (qsizetype i = 0; i < members.size(); ++i) {
        if (i > 0)
            text += ", ";
        text += '"' + members.at(i).first + "\": " + members.at(i).second;
    }
    return text + '}';
}

QByteArray SimPythonJson::dumps(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QByteArrayLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    case QJsonValue::Double:
        return pythonNumber(value);
    case QJsonValue::String:
        return string(value.toString());
    case QJsonValue::Array: {
        QByteArray text = "[";
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0)
                text += ", ";
            text += dumps(array.at(i));
        }
        return text + ']';
    }
    case QJsonValue::Object: {
        QByteArray text = "{";
        const QJsonObject object = value.toObject();
        bool first = true;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!first)
                text += ", ";
            first = false;
            text += string(it.key()) + ": " + dumps(it.value());
        }
        return text + '}';
    }
    }
    return QByteArrayLiteral("null");
}
