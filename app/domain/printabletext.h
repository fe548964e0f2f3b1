// PrintableText: text from a server made safe to show: control characters (escape sequences,
// carriage returns, bells), C1 controls and bidirectional overrides become visible \uXXXX escapes.
#pragma once

#include <QString>

namespace PrintableText {

// Line feeds and tabs stay; everything that could move the cursor, retitle a terminal window or
// reorder the text on screen is written as \uXXXX. Text without such characters comes back as is.
QString escaped(const QString &text);

// The same, then at most `limit` characters, with "…" when longer (a 1 MB error message).
QString shortened(const QString &text, qsizetype limit = 2000);

} // namespace PrintableText
