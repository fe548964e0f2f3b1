// BasemapData: the land outlines of the offline basemap (Natural Earth 1:110m, compiled in as
// :/basemap/land-110m.txt) as polygon rings in geographic degrees (x = longitude, y = latitude).
#pragma once

#include <QByteArray>
#include <QList>
#include <QPolygonF>
#include <QString>

class BasemapData
{
public:
    static QString landResourcePath(); // ":/basemap/land-110m.txt"

    // The land rings, read from the resource once and then shared.
    static const QList<QPolygonF> &land();

    // One ring per line of "lon,lat" pairs separated by spaces; '#' lines are comments. A line that
    // is not a valid ring of at least three in-range points is skipped and counted in badLines.
    static QList<QPolygonF> parse(const QByteArray &text, int *badLines = nullptr);
    static QList<QPolygonF> load(const QString &path, int *badLines = nullptr);
};
