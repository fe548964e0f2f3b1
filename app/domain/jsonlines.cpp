#include "jsonlines.h"

#include <algorithm>

int JsonLines::lineAt(const QByteArray &text, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    return int(text.left(offset).count('\n')) + 1;
}

int JsonLines::lineOfKey(const QByteArray &text, const QString &key, qsizetype from)
{
    if (key.isEmpty())
        return 1;
    const qsizetype at = text.indexOf(QByteArray("\"") + key.toUtf8() + QByteArray("\""), from);
    return at < 0 ? (from > 0 ? lineOfKey(text, key) : 1) : lineAt(text, at);
}
