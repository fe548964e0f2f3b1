// OdooValues: how Odoo writes values over its APIs, read and written in one place: datetimes as
// "yyyy-MM-dd HH:mm:ss" UTC text, dates as "yyyy-MM-dd", many2one as [id, "name"] or false, domains.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace OdooValues {

// "2026-12-03 09:30:00": a datetime as Odoo's domains and writes expect it (UTC, to the second).
QString dateTimeText(const QDateTime &moment);
// "2026-12-03".
QString dateText(const QDate &date);
// Odoo's datetime ("…HH:mm:ss", fractions ignored) or date (midnight) as UTC; invalid for false,
// empty or anything else.
QDateTime parseDateTime(const QJsonValue &value);
// True for text shaped like Odoo's datetime ("2026-10-01 13:39:39").
bool looksLikeDateTime(const QString &text);

// A many2one ([id, "name"]) or a bare id; 0 for false or anything else.
int relationId(const QJsonValue &value);
// A value as a person reads it: a many2one's name, whole numbers without decimals, other numbers
// with two, "yes" for true and nothing for false, a to-many list as its size.
QString displayText(const QJsonValue &value);

// A record id as Odoo sends one: a whole number from 1 to 2^31-1. Not "2", 2.5, -1, [2] or true.
bool isRecordId(const QJsonValue &value);
// A JSON value as compact text for a message about an unexpected answer, at most about 80
// characters: "\"2\"", "[2]", "null".
QString describe(const QJsonValue &value);

// The ids as a JSON array ([1, 2, 3]).
QJsonArray idArray(const QList<int> &ids);
// One condition ["field", "op", value].
QJsonArray term(const QString &field, const QString &op, const QJsonValue &value);
// Both domains must hold (prefix notation: as many "&" as needed before the terms of both).
QJsonArray allOf(const QJsonArray &left, const QJsonArray &right);

} // namespace OdooValues
