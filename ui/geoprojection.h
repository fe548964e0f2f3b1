// GeoProjection: geographic degrees (longitude, latitude) <-> map scene coordinates, Web Mercator
// with a fixed scene size (the world is WorldWidth units wide, north is up, y grows southwards).
#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>

struct GeoProjection
{
    static constexpr double WorldWidth = 3600.0; // scene units for 360 degrees of longitude
    static constexpr double MaxLatitude = 85.0;  // latitudes are clamped to +-MaxLatitude
    static constexpr double MinFitSpan = 10.0;   // fitRect never returns less (1 degree of longitude)

    // Scene position of a geographic point; latitude clamped, longitude taken as it is.
    static QPointF toScene(double longitude, double latitude);
    static QPointF toScene(const QPointF &geo) { return toScene(geo.x(), geo.y()); }
    // Geographic point (x = longitude, y = latitude) of a scene position.
    static QPointF toGeo(const QPointF &scene);

    // The scene rectangle of the whole (clamped) world.
    static QRectF worldSceneRect();

    // Geographic bounds of points (x = longitude, y = latitude): left/top are the minimum
    // longitude/latitude, right/bottom the maximum. An empty list gives a null rectangle.
    static QRectF boundsOf(const QList<QPointF> &geoPoints);
    // The scene rectangle to show geographic bounds, grown by marginFraction of its size on each
    // side and to at least MinFitSpan in both directions (a single point still shows a neighbourhood).
    static QRectF fitRect(const QRectF &geoBounds, double marginFraction);
};
