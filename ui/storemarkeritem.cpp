#include "storemarkeritem.h"

#include "statuspalette.h"

#include <QCursor>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace {

constexpr double HighlightGap = 3.0; // between the marker (or its halo) and the highlight ring
constexpr double HighlightWidth = 2.5;
const QColor HighlightColor(0x1d, 0x4e, 0xd8);

} // namespace

StoreMarkerItem::StoreMarkerItem(QList<int> storeIds, int openCount, SlaState worstSla)
    : m_storeIds(std::move(storeIds))
    , m_openCount(openCount)
    , m_worstSla(worstSla)
    , m_radius(radiusFor(openCount, m_storeIds.size() > 1))
{
    setFlag(ItemIgnoresTransformations);
    setCacheMode(DeviceCoordinateCache);
    setCursor(QCursor(Qt::PointingHandCursor));
    setAcceptHoverEvents(false);
    // Worse states and bigger markers on top, so the urgent ones are never hidden.
    setZValue(int(worstSla) * 1000.0 + std::min(openCount, 999));
}

void StoreMarkerItem::setHighlighted(bool highlighted)
{
    if (m_highlighted == highlighted)
        return;
    prepareGeometryChange();
    m_highlighted = highlighted;
    update();
}

QRectF StoreMarkerItem::boundingRect() const
{
    const double outer = m_radius + HaloWidth + HighlightGap + HighlightWidth + 1.0;
    return QRectF(-outer, -outer, 2 * outer, 2 * outer);
}

QPainterPath StoreMarkerItem::shape() const
{
    QPainterPath path;
    const double r = m_radius + (isCluster() ? HaloWidth : 1.0);
    path.addEllipse(QPointF(0, 0), r, r);
    return path;
}

void StoreMarkerItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor fill = fillColor(m_worstSla);
    double outer = m_radius;
    if (isCluster()) {
        QColor halo = fill;
        halo.setAlpha(90);
        painter->setPen(Qt::NoPen);
        painter->setBrush(halo);
        painter->drawEllipse(QPointF(0, 0), m_radius + HaloWidth, m_radius + HaloWidth);
        outer += HaloWidth;
    }
    painter->setPen(QPen(Qt::white, 1.5));
    painter->setBrush(fill);
    painter->drawEllipse(QPointF(0, 0), m_radius, m_radius);

    if (m_highlighted) {
        const double ring = outer + HighlightGap + HighlightWidth / 2;
        painter->setPen(QPen(HighlightColor, HighlightWidth));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(QPointF(0, 0), ring, ring);
    }

    if (m_openCount > 0 && m_radius >= 8.0) {
        QFont font = painter->font();
        font.setBold(true);
        font.setPixelSize(int(std::clamp(m_radius * 0.85, 9.0, 14.0)));
        painter->setFont(font);
        painter->setPen(StatusPalette::slaTextOnColor(m_worstSla));
        const QRectF box(-m_radius, -m_radius, 2 * m_radius, 2 * m_radius);
        painter->drawText(box, Qt::AlignCenter, QString::number(m_openCount));
    }
}

double StoreMarkerItem::radiusFor(int openCount, bool cluster)
{
    const double radius = MinRadius + 2.5 * std::sqrt(double(std::max(openCount, 0)));
    return std::min(radius, cluster ? MaxClusterRadius : MaxRadius);
}

double StoreMarkerItem::outerRadiusFor(int openCount, bool cluster)
{
    return radiusFor(openCount, cluster) + (cluster ? HaloWidth : 0.0);
}

QColor StoreMarkerItem::fillColor(SlaState state)
{
    return StatusPalette::slaColor(state);
}
