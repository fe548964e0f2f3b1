// StoreMarkerItem: one marker on the store map, for one store or a cluster of nearby stores: a
// circle sized by the open items (square root scale) and coloured by the worst SLA state, drawn at
// a constant screen size whatever the zoom.
#pragma once

#include "queuerules.h"

#include <QColor>
#include <QGraphicsItem>
#include <QList>

class StoreMarkerItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 701 };

    StoreMarkerItem(QList<int> storeIds, int openCount, SlaState worstSla);

    int type() const override { return Type; }

    const QList<int> &storeIds() const { return m_storeIds; }
    bool isCluster() const { return m_storeIds.size() > 1; }
    int openCount() const { return m_openCount; }
    SlaState worstSla() const { return m_worstSla; }
    double radius() const { return m_radius; }

    // A ring around the marker (its stores are in the highlighted region).
    void setHighlighted(bool highlighted);
    bool isHighlighted() const { return m_highlighted; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // Radius in pixels: MinRadius for no open item, growing with the square root of the count up
    // to MaxRadius (MaxClusterRadius for clusters).
    static double radiusFor(int openCount, bool cluster);
    // The radius including the pale ring of a cluster (without the highlight ring).
    static double outerRadiusFor(int openCount, bool cluster);
    static QColor fillColor(SlaState state);

    static constexpr double MinRadius = 5.0;
    static constexpr double MaxRadius = 20.0;
    static constexpr double MaxClusterRadius = 26.0;
    static constexpr double HaloWidth = 4.0;

private:
    QList<int> m_storeIds;
    int m_openCount;
    SlaState m_worstSla;
    double m_radius;
    bool m_highlighted = false;
};
