#include "regionoutline.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace {

double cross(const QPointF &origin, const QPointF &a, const QPointF &b)
{
    return (a.x() - origin.x()) * (b.y() - origin.y()) - (a.y() - origin.y()) * (b.x() - origin.x());
}

// Points on the arc of the given radius around center from angle `from`, turning by `sweep`
// (positive: counter-clockwise), both ends included.
void appendArc(QPolygonF &out, const QPointF &center, double radius, double from, double sweep,
               double maxStep)
{
    const int steps = std::max(1, int(std::ceil(sweep / maxStep)));
    for (int i = 0; i <= steps; ++i) {
        const double angle = from + sweep * i / steps;
        out.append(center + radius * QPointF(std::cos(angle), std::sin(angle)));
    }
}

} // namespace

QPolygonF RegionOutline::convexHull(const QList<QPointF> &points)
{
    QList<QPointF> sorted = points;
    std::sort(sorted.begin(), sorted.end(), [](const QPointF &a, const QPointF &b) {
        return a.x() < b.x() || (a.x() == b.x() && a.y() < b.y());
    });
    sorted.erase(
        std::unique(sorted.begin(), sorted.end(),
                    [](const QPointF &a, const QPointF &b) { return a.x() == b.x() && a.y() == b.y(); }),
        sorted.end());
    if (sorted.size() < 3)
        return QPolygonF(sorted);

    // Monotone chain: the lower hull left to right, then the upper hull right to left, keeping
    // only left turns.
    QPolygonF hull;
    for (int pass = 0; pass < 2; ++pass) {
        const qsizetype start = hull.size();
        for (const QPointF &point : std::as_const(sorted)) {
            while (hull.size() >= start + 2 && cross(hull.at(hull.size() - 2), hull.last(), point) <= 0)
                hull.removeLast();
            hull.append(point);
        }
        hull.removeLast(); // it starts the other chain
        std::reverse(sorted.begin(), sorted.end());
    }
    return hull;
}

QPolygonF RegionOutline::around(const QList<QPointF> &points, double padding, double maxArcStep)
{
    const QPolygonF hull = convexHull(points);
    if (hull.isEmpty() || !(padding > 0.0))
        return hull;
    const double step = std::max(maxArcStep, 0.01);
    QPolygonF outline;
    if (hull.size() == 1) {
        appendArc(outline, hull.first(), padding, 0.0, 2.0 * std::numbers::pi, step);
        outline.removeLast(); // the same as the first
        return outline;
    }
    // Each edge moves outwards by padding along its normal; at each corner an arc joins the
    // normals of the edges before and after it. For two points the "polygon" goes there and back,
    // so each end gets a half circle: a capsule.
    const qsizetype count = hull.size();
    for (qsizetype i = 0; i < count; ++i) {
        const QPointF previous = hull.at((i + count - 1) % count);
        const QPointF corner = hull.at(i);
        const QPointF next = hull.at((i + 1) % count);
        const QPointF in = corner - previous;
        const QPointF out = next - corner;
        // The outward normal of a counter-clockwise edge (dx, dy) is (dy, -dx).
        const double from = std::atan2(-in.x(), in.y());
        double sweep = std::atan2(in.x() * out.y() - in.y() * out.x(), in.x() * out.x() + in.y() * out.y());
        if (count == 2)
            sweep = std::numbers::pi;
        appendArc(outline, corner, padding, from, std::max(sweep, 0.0), step);
    }
    return outline;
}
