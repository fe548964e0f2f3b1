// JsonLines: where in a JSON text something is, as a line number for "file:line: reason" messages
// of the readers of profiles and policies.
#pragma once

#include <QByteArray>
#include <QString>

namespace JsonLines {
// The line (from 1) of the byte `offset`, e.g. a QJsonParseError's.
int lineAt(const QByteArray &text, qsizetype offset);
// The line of `"key"` in the text, searched from `from` (then from the start); 1 when not found.
int lineOfKey(const QByteArray &text, const QString &key, qsizetype from = 0);
} // namespace JsonLines
