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

std::optional<QPolygonF> parseRing(QByteArrayView line)
{
    QPolygonF ring;
    const bool ok = forEachPiece(line, ' ', [&ring](QByteArrayView pair) {
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
        ring.append(QPointF(lon, lat));
        return true;
    });
    if (!ok || ring.size() < 3)
        return std::nullopt;
    return ring;
}

} // namespace

QString BasemapData::landResourcePath()
{
    return QStringLiteral(":/basemap/land-110m.txt");
}

const QList<QPolygonF> &BasemapData::land()
{
    static const QList<QPolygonF> rings = load(landResourcePath());
    return rings;
}

QList<QPolygonF> BasemapData::parse(const QByteArray &text, int *badLines)
{
    QList<QPolygonF> rings;
    int bad = 0;
    forEachPiece(text, '\n', [&rings, &bad](QByteArrayView line) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            return true;
        if (auto ring = parseRing(line))
            rings.append(std::move(*ring));
        else
            ++bad;
        return true;
    });
    if (badLines)
        *badLines = bad;
    return rings;
}

QList<QPolygonF> BasemapData::load(const QString &path, int *badLines)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (badLines)
            *badLines = 0;
        return {};
    }
    return parse(file.readAll(), badLines);
}
