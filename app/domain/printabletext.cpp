#include "printabletext.h"

namespace {

bool isUnsafe(char16_t c)
{
    if (c == u'\n' || c == u'\t')
        return false;
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f))
        return true; // C0 (ESC, CR, BEL…), DEL and C1 (CSI 0x9b…)
    switch (c) {
    case 0x061c: // Arabic letter mark
    case 0x200e: // left-to-right mark
    case 0x200f: // right-to-left mark
    case 0x2028: // line separator
    case 0x2029: // paragraph separator
        return true;
    default:
        // Embeddings and overrides (U+202A..U+202E), isolates (U+2066..U+2069).
        return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
    }
}

} // namespace

QString PrintableText::escaped(const QString &text)
{
    qsizetype first = 0;
    while (first < text.size() && !isUnsafe(text.at(first).unicode()))
        ++first;
    if (first == text.size())
        return text;
    QString result = text.left(first);
    result.reserve(text.size() + 16);
    for (qsizetype i = first; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (isUnsafe(c))
            result += QStringLiteral("\\u") +
                      QString::number(uint(c), 16).rightJustified(4, QLatin1Char('0')).toUpper();
        else
            result += QChar(c);
    }
    return result;
}

QString PrintableText::shortened(const QString &text, qsizetype limit)
{
    const QString safe = escaped(text);
    if (safe.size() <= limit)
        return safe;
    return safe.left(limit) + QChar(0x2026);
}
