// BasemapData: the offline basemap from Natural Earth 1:50m, compiled in as :/basemap/land-50m.txt
// (land rings) and :/basemap/borders-50m.txt (country borders), in degrees (x = longitude, y = latitude).
#pragma once

#include <QByteArray>
#include <QList>
#include <QPolygonF>
#include <QString>

class BasemapData
{
public:
    // What a line of a basemap file holds.
    enum class Shape {
        Rings, // closed rings (the first point is not repeated): at least three points
        Lines, // open polylines: at least two points
    };

    static QString landResourcePath();    // ":/basemap/land-50m.txt"
    static QString bordersResourcePath(); // ":/basemap/borders-50m.txt"

    // The land rings, read from the resource once and then shared.
    static const QList<QPolygonF> &land();
    // The land borders between countries as open polylines, read once and then shared.
    static const QList<QPolygonF> &borders();

    // One ring or polyline per line of "lon,lat" pairs separated by spaces; '#' lines are comments.
    // A line with a bad pair, a point out of range or too few points for its shape is skipped and
    // counted in badLines.
    static QList<QPolygonF> parse(const QByteArray &text, Shape shape, int *badLines = nullptr);
    static QList<QPolygonF> load(const QString &path, Shape shape, int *badLines = nullptr);
};
