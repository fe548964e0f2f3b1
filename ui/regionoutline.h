// RegionOutline: the outline drawn around a region's stores on the map: the convex hull of their
// positions grown by a padding (a circle for one store, a capsule for two), as a polygon.
#pragma once

#include <QList>
#include <QPointF>
#include <QPolygonF>

class RegionOutline
{
public:
    // Convex hull of the distinct points, counter-clockwise for a y-up plane (clockwise on screen),
    // collinear points left out: one point for a single one, the two ends for points on a line.
    static QPolygonF convexHull(const QList<QPointF> &points);

    // The hull grown by padding on every side, corners rounded with arcs of at most maxArcStep
    // radians. Empty for no points; the hull itself when padding is not positive. Not closed (the
    // first point is not repeated).
    static QPolygonF around(const QList<QPointF> &points, double padding, double maxArcStep = 0.2);
};
