// SimPythonJson: JSON as Python's json.dumps writes it, the way Odoo's answers look on the wire:
// ", " and ": " separators, floats with a fraction, \uXXXX escapes, members in a given order.
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

class SimPythonJson
{
public:
    static QByteArray dumps(const QJsonValue &value);
    // A JSON string literal, quotes included.
    static QByteArray string(const QString &text);
    // {"key": value, …} with the keys in the order given (Odoo's order, not QJsonObject's); the
    // values are JSON text already.
    static QByteArray orderedObject(const QList<QPair<QByteArray, QByteArray>> &members);
};
