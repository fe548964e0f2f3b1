#include "geoprojection.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace {

constexpr double Radius = GeoProjection::WorldWidth / (2.0 * std::numbers::pi);

double toRadians(double degrees)
{
    return degrees * std::numbers::pi / 180.0;
}

double toDegrees(double radians)
{
    return radians * 180.0 / std::numbers::pi;
}

} // namespace

QPointF GeoProjection::toScene(double longitude, double latitude)
{
    const double clamped = std::clamp(latitude, -MaxLatitude, MaxLatitude);
    const double x = longitude / 360.0 * WorldWidth;
    const double y = -Radius * std::log(std::tan(std::numbers::pi / 4.0 + toRadians(clamped) / 2.0));
    return {x, y};
}

QPointF GeoProjection::toGeo(const QPointF &scene)
{
    const double longitude = scene.x() / WorldWidth * 360.0;
    const double latitude =
        toDegrees(2.0 * std::atan(std::exp(-scene.y() / Radius)) - std::numbers::pi / 2.0);
    return {longitude, latitude};
}

QRectF GeoProjection::worldSceneRect()
{
    return QRectF(toScene(-180.0, MaxLatitude), toScene(180.0, -MaxLatitude));
}

QRectF GeoProjection::boundsOf(const QList<QPointF> &geoPoints)
{
    if (geoPoints.isEmpty())
        return {};
    double minLon = geoPoints.first().x();
    double maxLon = minLon;
    double minLat = geoPoints.first().y();
    double maxLat = minLat;
    for (const QPointF &point : geoPoints) {
        minLon = std::min(minLon, point.x());
        maxLon = std::max(maxLon, point.x());
        minLat = std::min(minLat, point.y());
        maxLat = std::max(maxLat, point.y());
    }
    return QRectF(QPointF(minLon, minLat), QPointF(maxLon, maxLat));
}

QRectF GeoProjection::fitRect(const QRectF &geoBounds, double marginFraction)
{
    const QPointF topLeft = toScene(geoBounds.left(), geoBounds.bottom());
    const QPointF bottomRight = toScene(geoBounds.right(), geoBounds.top());
    QRectF rect = QRectF(topLeft, bottomRight).normalized();
    const double dx = rect.width() * marginFraction;
    const double dy = rect.height() * marginFraction;
    rect.adjust(-dx, -dy, dx, dy);
    const QPointF center = rect.center();
    rect.setWidth(std::max(rect.width(), MinFitSpan));
    rect.setHeight(std::max(rect.height(), MinFitSpan));
    rect.moveCenter(center);
    return rect;
}
