// BenchSupport: what the benchmark programs share: their command line (--scale, --flavor) and
// reading this process's memory from /proc.
#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

namespace BenchSupport {

struct Options
{
    double scale = 100.0;
    int flavor = 17;
};

inline Options parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    const QCommandLineOption scaleOption(QStringLiteral("scale"), QStringLiteral("Dataset scale."),
                                         QStringLiteral("x"), QStringLiteral("100"));
    const QCommandLineOption flavorOption(QStringLiteral("flavor"), QStringLiteral("Odoo version."),
                                          QStringLiteral("v"), QStringLiteral("17"));
    parser.addOptions({scaleOption, flavorOption});
    parser.addHelpOption();
    parser.process(app);
    return {parser.value(scaleOption).toDouble(), parser.value(flavorOption).toInt()};
}

// A line of /proc/self/status in KiB: "VmRSS" (now) or "VmHWM" (peak); -1 when unknown.
inline qint64 memoryKilobytes(const QByteArray &key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key + ':'))
            return line.mid(key.size() + 1).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace BenchSupport
