#!/usr/bin/env python3
"""Carries finished translations over to messages that lupdate marked unfinished.

When a string moves to another class (another tr() context) or a file is split, lupdate drops the
old message (-no-obsolete) and adds the same text as unfinished under the new context. Run
`cmake --build <dir> --target lupdate`, then

    python3 translations/carry_over.py translations/hqtower_de.ts OLD.ts [OLD2.ts ...]

with the .ts files as they were before (e.g. `git show HEAD:translations/hqtower_de.ts > OLD.ts`).
Every unfinished message whose source text (and comment, and plural kind) has a finished
translation in one of the OLD files gets it. Prints how many were filled and which stay open.
"""
import re
import sys

MESSAGE = re.compile(r'<message( numerus="yes")?>(.*?)</message>', re.S)
SOURCE = re.compile(r'<source>(.*?)</source>', re.S)
COMMENT = re.compile(r'<comment>(.*?)</comment>', re.S)
TRANSLATION = re.compile(r'<translation( type="([a-z]+)")?>(.*?)</translation>', re.S)


def key(numerus, body):
    source = SOURCE.search(body)
    comment = COMMENT.search(body)
    return (bool(numerus), source.group(1) if source else '', comment.group(1) if comment else '')


def finished(paths):
    known = {}
    for path in paths:
        with open(path, encoding='utf-8') as handle:
            text = handle.read()
        for match in MESSAGE.finditer(text):
            translation = TRANSLATION.search(match.group(2))
            if not translation or translation.group(2) in ('unfinished',) or not translation.group(3).strip():
                continue
            known.setdefault(key(match.group(1), match.group(2)), translation.group(3))
    return known


def main():
    if len(sys.argv) < 3:
        print(__doc__)
        return 2
    target, olds = sys.argv[1], sys.argv[2:]
    known = finished(olds)
    with open(target, encoding='utf-8') as handle:
        text = handle.read()
    filled, still_open = 0, []

    def replace(match):
        nonlocal filled
        body = match.group(2)
        translation = TRANSLATION.search(body)
        if not translation or translation.group(2) != 'unfinished':
            return match.group(0)
        found = known.get(key(match.group(1), body))
        if found is None:
            still_open.append(SOURCE.search(body).group(1)[:80])
            return match.group(0)
        filled += 1
        body = body[:translation.start()] + '<translation>' + found + '</translation>' + body[translation.end():]
        return '<message%s>%s</message>' % (match.group(1) or '', body)

    text = MESSAGE.sub(replace, text)
    with open(target, 'w', encoding='utf-8') as handle:
        handle.write(text)
    print('%s: %d carried over, %d still unfinished' % (target, filled, len(still_open)))
    for source in still_open:
        print('  open: ' + source)
    return 0


if __name__ == '__main__':
    sys.exit(main())
