#include "basemapdata.h"

#include <QFile>

#include <cmath>
#include <optional>

namespace {

// Calls visit(piece) for each non-empty piece of text between separators.
template<typename Visit>
bool forEachPiece(QByteArrayView text, char separator, Visit visit)
{
    while (!text.isEmpty()) {
        const qsizetype end = text.indexOf(separator);
        const QByteArrayView piece = end < 0 ? text : text.first(end);
        if (!piece.isEmpty() && !visit(piece))
            return false;
        text = end < 0 ? QByteArrayView() : text.sliced(end + 1);
    }
    return true;
}

std::optional<QPolygonF> parsePoints(QByteArrayView line, qsizetype minPoints)
{
    QPolygonF points;
    const bool ok = forEachPiece(line, ' ', [&points](QByteArrayView pair) {
        const qsizetype comma = pair.indexOf(',');
        if (comma < 0)
            return false;
        bool lonOk = false;
        bool latOk = false;
        const double lon = pair.first(comma).toDouble(&lonOk);
        const double lat = pair.sliced(comma + 1).toDouble(&latOk);
        if (!lonOk || !latOk || !std::isfinite(lon) || !std::isfinite(lat) || std::abs(lon) > 180.0 ||
            std::abs(lat) > 90.0)
            return false;
        points.append(QPointF(lon, lat));
        return true;
    });
    if (!ok || points.size() < minPoints)
        return std::nullopt;
    return points;
}

} // namespace

QString BasemapData::landResourcePath()
{
    return QStringLiteral(":/basemap/land-50m.txt");
}

QString BasemapData::bordersResourcePath()
{
    return QStringLiteral(":/basemap/borders-50m.txt");
}

const QList<QPolygonF> &BasemapData::land()
{
    static const QList<QPolygonF> rings = load(landResourcePath(), Shape::Rings);
    return rings;
}

const QList<QPolygonF> &BasemapData::borders()
{
    static const QList<QPolygonF> lines = load(bordersResourcePath(), Shape::Lines);
    return lines;
}

QList<QPolygonF> BasemapData::parse(const QByteArray &text, Shape shape, int *badLines)
{
    const qsizetype minPoints = shape == Shape::Rings ? 3 : 2;
    QList<QPolygonF> lines;
    int bad = 0;
    forEachPiece(text, '\n', [&lines, &bad, minPoints](QByteArrayView line) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            return true;
        if (auto points = parsePoints(line, minPoints))
            lines.append(std::move(*points));
        else
            ++bad;
        return true;
    });
    if (badLines)
        *badLines = bad;
    return lines;
}

QList<QPolygonF> BasemapData::load(const QString &path, Shape shape, int *badLines)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (badLines)
            *badLines = 0;
        return {};
    }
    return parse(file.readAll(), shape, badLines);
}
