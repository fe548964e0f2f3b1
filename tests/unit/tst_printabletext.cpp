// PrintableText and TerminalSafeDevice: escape sequences, carriage returns and bidi overrides
// from a server come out as visible \uXXXX, never as raw bytes; long messages are cut with "…".
#include "domain/printabletext.h"
#include "terminalsafedevice.h"

#include <QTemporaryFile>
#include <QTextStream>
#include <QtTest>

#include <cstdio>

class TestPrintableText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escaped_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("PO00042 – Gent") << QStringLiteral("PO00042 – Gent");
        QTest::newRow("lines and tabs stay") << QStringLiteral("a\n\tb") << QStringLiteral("a\n\tb");
        QTest::newRow("clear screen") << QStringLiteral("\x1b[2Jhi") << QStringLiteral("\\u001B[2Jhi");
        QTest::newRow("window title")
            << QStringLiteral("\x1b]0;owned\x07") << QStringLiteral("\\u001B]0;owned\\u0007");
        QTest::newRow("carriage return") << QStringLiteral("ok\rfake") << QStringLiteral("ok\\u000Dfake");
        QTest::newRow("C1 CSI") << QString(QChar(0x9b)) + QStringLiteral("31m")
                                << QStringLiteral("\\u009B31m");
        QTest::newRow("right-to-left override")
            << QStringLiteral("invoice") + QChar(0x202e) + QStringLiteral("fdp.exe")
            << QStringLiteral("invoice\\u202Efdp.exe");
        QTest::newRow("isolate") << QString(QChar(0x2066)) + QStringLiteral("x")
                                 << QStringLiteral("\\u2066x");
        QTest::newRow("delete") << QStringLiteral("a\x7f") << QStringLiteral("a\\u007F");
        QTest::newRow("hebrew stays")
            << QStringLiteral("\u05e9\u05dc\u05d5\u05dd") << QStringLiteral("\u05e9\u05dc\u05d5\u05dd");
    }

    void escaped()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(PrintableText::escaped(input), expected);
    }

    void shortened()
    {
        const QString huge(1000000, QLatin1Char('x'));
        const QString shown = PrintableText::shortened(huge);
        QCOMPARE(shown.size(), 2001);
        QVERIFY(shown.endsWith(QChar(0x2026)));
        QCOMPARE(PrintableText::shortened(QStringLiteral("short")), QStringLiteral("short"));
        QCOMPARE(PrintableText::shortened(QStringLiteral("\x1b[2J"), 3),
                 QStringLiteral("\\u0") + QChar(0x2026));
    }

    void terminalDeviceWritesNoControlBytes()
    {
        FILE *file = std::tmpfile();
        QVERIFY(file);
        {
            TerminalSafeDevice device(file);
            QTextStream out(&device);
            out << QStringLiteral("Odoo \x1b[2J") << QChar(0x202e) << QStringLiteral("17.0\r") << Qt::endl;
            out << QStringLiteral("Gr\u00fc\u00dfe ") << QStringLiteral("\u05e9\u05dc\u05d5\u05dd")
                << Qt::endl;
        }
        std::fflush(file);
        std::rewind(file);
        QByteArray written(4096, '\0');
        written.resize(qsizetype(std::fread(written.data(), 1, size_t(written.size()), file)));
        std::fclose(file);
        QCOMPARE(
            QString::fromUtf8(written),
            QStringLiteral("Odoo \\u001B[2J\\u202E17.0\\u000D\nGr\u00fc\u00dfe \u05e9\u05dc\u05d5\u05dd\n"));
        for (char byte : written)
            QVERIFY(byte == '\n' || uchar(byte) >= 0x20);
    }
};

QTEST_GUILESS_MAIN(TestPrintableText)
#include "tst_printabletext.moc"
