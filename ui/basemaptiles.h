// BasemapTiles: the basemap's land and lines in scene coordinates, cut into small pieces with known
// bounds, so that repainting a strip of the map (as panning does) only draws the pieces under it.
#pragma once

#include <QList>
#include <QPainterPath>
#include <QPolygonF>
#include <QRectF>

class BasemapTiles
{
public:
    struct Piece
    {
        QRectF bounds;
        QPainterPath path;
    };

    // rings: closed land rings (a ring inside another one is a hole); lines: open polylines such
    // as borders. A fill tile holds at most about maxTilePoints points, a line piece maxLinePoints.
    BasemapTiles(const QList<QPolygonF> &rings, const QList<QPolygonF> &lines, int maxTilePoints = 400,
                 int maxLinePoints = 64);

    // The land cut along a grid of disjoint tiles (quadtree cells), to fill with Qt::OddEvenFill and
    // no pen: together they cover exactly the land. Their edges along the cells are not coast.
    const QList<Piece> &landTiles() const { return m_landTiles; }
    // The rings' outlines (the coast) as open runs of consecutive points, to stroke.
    const QList<Piece> &coast() const { return m_coast; }
    // The lines as open runs of consecutive points, to stroke.
    const QList<Piece> &lines() const { return m_lines; }

    // The part of a polygon inside an axis-aligned rectangle (Sutherland-Hodgman): right for
    // filling (edges may run along the rectangle's sides); empty when nothing is inside.
    static QPolygonF clipped(const QPolygonF &polygon, const QRectF &rect);

private:
    void addTiles(const QList<QPolygonF> &rings, const QRectF &cell, int maxPoints, int depth);
    static void addRuns(QList<Piece> &pieces, const QPolygonF &points, bool closed, int maxPoints);

    QList<Piece> m_landTiles;
    QList<Piece> m_coast;
    QList<Piece> m_lines;
};
