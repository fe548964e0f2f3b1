#include "basemaptiles.h"

#include <algorithm>

namespace {

constexpr int MaxDepth = 14; // cells stop splitting here whatever their point count

// One Sutherland-Hodgman pass: keeps the part of the closed polygon where inside(point) holds,
// with crossing(a, b) the point where the edge a-b crosses the boundary.
template<typename Inside, typename Crossing>
QPolygonF clipAgainst(const QPolygonF &polygon, Inside inside, Crossing crossing)
{
    QPolygonF out;
    if (polygon.isEmpty())
        return out;
    out.reserve(polygon.size() + 4);
    QPointF previous = polygon.last();
    bool previousInside = inside(previous);
    for (const QPointF &point : polygon) {
        const bool pointInside = inside(point);
        if (pointInside != previousInside)
            out.append(crossing(previous, point));
        if (pointInside)
            out.append(point);
        previous = point;
        previousInside = pointInside;
    }
    return out;
}

QPointF atX(const QPointF &a, const QPointF &b, double x)
{
    return QPointF(x, a.y() + (b.y() - a.y()) * (x - a.x()) / (b.x() - a.x()));
}

QPointF atY(const QPointF &a, const QPointF &b, double y)
{
    return QPointF(a.x() + (b.x() - a.x()) * (y - a.y()) / (b.y() - a.y()), y);
}

qsizetype pointCount(const QList<QPolygonF> &polygons)
{
    qsizetype count = 0;
    for (const QPolygonF &polygon : polygons)
        count += polygon.size();
    return count;
}

} // namespace

BasemapTiles::BasemapTiles(const QList<QPolygonF> &rings, const QList<QPolygonF> &lines, int maxTilePoints,
                           int maxLinePoints)
{
    QRectF bounds;
    for (const QPolygonF &ring : rings)
        bounds = bounds.united(ring.boundingRect());
    if (!rings.isEmpty())
        addTiles(rings, bounds, std::max(maxTilePoints, 8), 0);
    for (const QPolygonF &ring : rings)
        addRuns(m_coast, ring, true, std::max(maxLinePoints, 2));
    for (const QPolygonF &line : lines)
        addRuns(m_lines, line, false, std::max(maxLinePoints, 2));
}

QPolygonF BasemapTiles::clipped(const QPolygonF &polygon, const QRectF &rect)
{
    const QRectF r = rect.normalized();
    if (!polygon.boundingRect().intersects(r))
        return {};
    if (r.contains(polygon.boundingRect()))
        return polygon;
    QPolygonF out = clipAgainst(
        polygon, [&r](const QPointF &p) { return p.x() >= r.left(); },
        [&r](const QPointF &a, const QPointF &b) { return atX(a, b, r.left()); });
    out = clipAgainst(
        out, [&r](const QPointF &p) { return p.x() <= r.right(); },
        [&r](const QPointF &a, const QPointF &b) { return atX(a, b, r.right()); });
    out = clipAgainst(
        out, [&r](const QPointF &p) { return p.y() >= r.top(); },
        [&r](const QPointF &a, const QPointF &b) { return atY(a, b, r.top()); });
    out = clipAgainst(
        out, [&r](const QPointF &p) { return p.y() <= r.bottom(); },
        [&r](const QPointF &a, const QPointF &b) { return atY(a, b, r.bottom()); });
    return out.size() >= 3 ? out : QPolygonF();
}

void BasemapTiles::addTiles(const QList<QPolygonF> &rings, const QRectF &cell, int maxPoints, int depth)
{
    if (rings.isEmpty())
        return;
    if (pointCount(rings) <= maxPoints || depth >= MaxDepth) {
        Piece tile;
        tile.path.setFillRule(Qt::OddEvenFill);
        for (const QPolygonF &ring : rings)
            tile.path.addPolygon(ring);
        tile.path.closeSubpath();
        tile.bounds = cell.intersected(tile.path.boundingRect());
        m_landTiles.append(std::move(tile));
        return;
    }
    const double halfWidth = cell.width() / 2.0;
    const double halfHeight = cell.height() / 2.0;
    for (const QPointF &corner : {cell.topLeft(), cell.topLeft() + QPointF(halfWidth, 0),
                                  cell.topLeft() + QPointF(0, halfHeight), cell.center()}) {
        const QRectF quarter(corner, QSizeF(halfWidth, halfHeight));
        QList<QPolygonF> inside;
        for (const QPolygonF &ring : rings) {
            QPolygonF part = clipped(ring, quarter);
            if (!part.isEmpty())
                inside.append(std::move(part));
        }
        addTiles(inside, quarter, maxPoints, depth + 1);
    }
}

void BasemapTiles::addRuns(QList<Piece> &pieces, const QPolygonF &points, bool closed, int maxPoints)
{
    const qsizetype count = points.size();
    if (count < 2)
        return;
    // For a ring the last run goes back to the first point.
    const qsizetype total = closed ? count + 1 : count;
    for (qsizetype start = 0; start < total - 1; start += maxPoints - 1) {
        const qsizetype end = std::min(start + maxPoints, total);
        QPolygonF run;
        run.reserve(end - start);
        for (qsizetype i = start; i < end; ++i)
            run.append(points.at(i % count));
        Piece piece;
        piece.bounds = run.boundingRect();
        piece.path.addPolygon(run);
        pieces.append(std::move(piece));
    }
}
