#include "storemapview.h"

#include "basemapdata.h"
#include "basemaptiles.h"
#include "geoprojection.h"
#include "markerclustering.h"
#include "queuerules.h"
#include "regionoutline.h"
#include "storemarkeritem.h"

#include <QGraphicsPolygonItem>
#include <QGraphicsScene>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace {

const QColor OceanColor(0xdc, 0xe8, 0xf2);
const QColor LandColor(0xf6, 0xf3, 0xec);
const QColor CoastColor(0xa9, 0xb4, 0xbf);
const QColor BorderColor(0x8f, 0x84, 0x78); // country borders: warm grey, darker than the land
const QColor RegionColor(0x1d, 0x4e, 0xd8); // the blue of the markers' highlight ring
const QColor GraticuleColor(0x5a, 0x78, 0x96, 40);

constexpr double FitMarginFraction = 0.05;
constexpr double FitPaddingPixels = 34.0; // room for the biggest marker at the edges
constexpr double ClickSlopPixels = 4.0;
constexpr double DimmedOpacity = 0.45;
constexpr int MaxNamesInClusterTip = 6;
constexpr double MinRegionPaddingPixels = 12.0; // between a region's outermost stores and its outline
constexpr double RegionGapPixels = 4.0;         // between its biggest marker's ring and the outline
constexpr int RegionFillAlpha = 30;
constexpr int RegionLineAlpha = 170;

// The graticule spacing in degrees: the first step at least this many pixels apart.
double graticuleStep(double pixelsPerDegree)
{
    for (const double step : {1.0, 2.0, 5.0, 10.0, 15.0, 30.0}) {
        if (step * pixelsPerDegree >= 70.0)
            return step;
    }
    return 30.0;
}

QPolygonF projected(const QPolygonF &geo)
{
    QPolygonF scene;
    scene.reserve(geo.size());
    for (const QPointF &point : geo)
        scene.append(GeoProjection::toScene(point));
    return scene;
}

QList<QPolygonF> projected(const QList<QPolygonF> &geo)
{
    QList<QPolygonF> scene;
    scene.reserve(geo.size());
    for (const QPolygonF &polygon : geo)
        scene.append(projected(polygon));
    return scene;
}

// The land and the country borders in scene coordinates, cut into tiles once for every view.
const BasemapTiles &basemap()
{
    static const BasemapTiles tiles(projected(BasemapData::land()), projected(BasemapData::borders()));
    return tiles;
}

// Whether bounds (possibly zero wide or high, as a straight run of a line is) touch area.
bool touches(const QRectF &bounds, const QRectF &area)
{
    return bounds.left() <= area.right() && bounds.right() >= area.left() && bounds.top() <= area.bottom() &&
           bounds.bottom() >= area.top();
}

} // namespace

StoreMapView::StoreMapView(QWidget *parent)
    : QGraphicsView(parent)
{
    auto *mapScene = new QGraphicsScene(this);
    mapScene->setItemIndexMethod(QGraphicsScene::NoIndex); // a few hundred markers, rebuilt on zoom
    const QRectF world = GeoProjection::worldSceneRect();
    mapScene->setSceneRect(world.adjusted(-world.width() * 0.05, -world.height() * 0.05, world.width() * 0.05,
                                          world.height() * 0.05));
    setScene(mapScene);

    m_regionOutline = new QGraphicsPolygonItem;
    m_regionOutline->setZValue(-1.0); // under every marker
    QPen regionPen(QColor(RegionColor.red(), RegionColor.green(), RegionColor.blue(), RegionLineAlpha), 1.5);
    regionPen.setCosmetic(true);
    m_regionOutline->setPen(regionPen);
    m_regionOutline->setBrush(
        QColor(RegionColor.red(), RegionColor.green(), RegionColor.blue(), RegionFillAlpha));
    m_regionOutline->setAcceptedMouseButtons(Qt::NoButton);
    m_regionOutline->setVisible(false);
    mapScene->addItem(m_regionOutline);

    setRenderHint(QPainter::Antialiasing);
    setCacheMode(CacheBackground); // the basemap is drawn once per zoom; panning scrolls the cache
    setViewportUpdateMode(SmartViewportUpdate);
    setOptimizationFlag(DontAdjustForAntialiasing);
    setDragMode(ScrollHandDrag);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTransformationAnchor(AnchorViewCenter);
    setResizeAnchor(AnchorViewCenter);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(240, 180);
    setAccessibleName(tr("Store map"));
    fitToStores();
}

StoreMapView::~StoreMapView() = default;

QString StoreMapView::attribution()
{
    return tr("Basemap: Natural Earth 1:50m land and country borders (public domain, naturalearthdata.com), "
              "converted from the world-atlas TopoJSON package");
}

bool StoreMapView::isPlaceable(const StoreInfo &store)
{
    return store.hasCoordinates && std::isfinite(store.latitude) && std::isfinite(store.longitude) &&
           std::abs(store.latitude) <= 90.0 && std::abs(store.longitude) <= 180.0 &&
           (store.latitude != 0.0 || store.longitude != 0.0);
}

void StoreMapView::setStores(const QList<StoreInfo> &stores)
{
    m_stores.clear();
    m_placed.clear();
    for (const StoreInfo &store : stores) {
        if (m_stores.contains(store.id))
            continue;
        m_stores.insert(store.id, store);
        if (isPlaceable(store))
            m_placed.append({store.id, GeoProjection::toScene(store.longitude, store.latitude)});
    }
    m_partition.clear();
    if (m_userMoved)
        rebuildMarkers(true);
    else
        fitToStores();
    viewport()->update();
}

void StoreMapView::setCounts(const QHash<int, StoreCounts> &counts)
{
    m_counts = counts;
    rebuildMarkers(true);
}

void StoreMapView::setHighlightedRegion(const QString &region)
{
    if (m_highlightedRegion == region)
        return;
    m_highlightedRegion = region;
    applyHighlight();
}

QPolygonF StoreMapView::regionOutline() const
{
    return m_regionOutline->isVisible() ? m_regionOutline->polygon() : QPolygonF();
}

StoreMarkerItem *StoreMapView::markerOf(int storeId) const
{
    return m_markerOfStore.value(storeId);
}

double StoreMapView::zoomLevel() const
{
    return transform().m11();
}

void StoreMapView::fitToStores()
{
    m_userMoved = false;
    if (m_placed.isEmpty()) {
        fitSceneRect(GeoProjection::worldSceneRect());
        return;
    }
    QList<QPointF> geo;
    geo.reserve(m_placed.size());
    for (const PlacedStore &store : std::as_const(m_placed))
        geo.append(GeoProjection::toGeo(store.scenePos));
    fitSceneRect(GeoProjection::fitRect(GeoProjection::boundsOf(geo), FitMarginFraction));
}

void StoreMapView::zoomIn()
{
    zoomAt(1.5, viewport()->rect().center());
}

void StoreMapView::zoomOut()
{
    zoomAt(1.0 / 1.5, viewport()->rect().center());
}

void StoreMapView::zoomAt(double factor, const QPoint &viewportPos)
{
    const double current = zoomLevel();
    const double target = std::clamp(current * factor, minZoom(), MaxZoom);
    if (std::abs(target - current) <= current * 1e-9)
        return;
    const QPointF anchor = mapToScene(viewportPos);
    const QPointF center = mapToScene(viewport()->rect().center());
    setZoomLevel(target);
    centerOn(anchor + (center - anchor) * (current / target));
    m_userMoved = true;
    rebuildMarkers(false);
}

void StoreMapView::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, OceanColor);
    // Only the pieces under rect: panning repaints thin strips, and the whole basemap is large.
    const double pixel = 1.0 / zoomLevel();
    const QRectF dirty = rect.adjusted(-2 * pixel, -2 * pixel, 2 * pixel, 2 * pixel);
    const BasemapTiles &tiles = basemap();
    // The land tiles meet along straight cuts: antialiased they would leave faint seams, so they
    // are filled without; the antialiased coast over them gives the smooth edge.
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(Qt::NoPen);
    painter->setBrush(LandColor);
    for (const BasemapTiles::Piece &tile : tiles.landTiles()) {
        if (touches(tile.bounds, dirty))
            painter->drawPath(tile.path);
    }
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setBrush(Qt::NoBrush);
    QPen coast(CoastColor, 1.0);
    coast.setCosmetic(true);
    painter->setPen(coast);
    for (const BasemapTiles::Piece &run : tiles.coast()) {
        if (touches(run.bounds, dirty))
            painter->drawPath(run.path);
    }
    QPen border(BorderColor, 1.0);
    border.setCosmetic(true);
    painter->setPen(border);
    for (const BasemapTiles::Piece &run : tiles.lines()) {
        if (touches(run.bounds, dirty))
            painter->drawPath(run.path);
    }

    // Graticule: meridians and parallels every `step` degrees, thin and pale, over land and sea.
    const QRectF world = GeoProjection::worldSceneRect();
    const QRectF area = rect.intersected(world);
    if (area.isEmpty())
        return;
    const double step = graticuleStep(zoomLevel() * GeoProjection::WorldWidth / 360.0);
    QPen grid(GraticuleColor, 1.0);
    grid.setCosmetic(true);
    painter->setPen(grid);
    const QPointF topLeft = GeoProjection::toGeo(area.topLeft());
    const QPointF bottomRight = GeoProjection::toGeo(area.bottomRight());
    for (double lon = std::ceil(topLeft.x() / step) * step; lon <= bottomRight.x(); lon += step) {
        const double x = GeoProjection::toScene(lon, 0.0).x();
        painter->drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
    }
    for (double lat = std::ceil(bottomRight.y() / step) * step; lat <= topLeft.y(); lat += step) {
        if (std::abs(lat) > 80.0)
            continue;
        const double y = GeoProjection::toScene(0.0, lat).y();
        painter->drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
    }
}

void StoreMapView::drawForeground(QPainter *painter, const QRectF &)
{
    if (!m_markers.isEmpty())
        return;
    const QString text =
        m_stores.isEmpty()
            ? tr("No stores to show yet.")
            : tr("None of the %n store(s) has map coordinates yet. Geolocate the stores' addresses in Odoo "
                 "to see them here.",
                 nullptr, int(m_stores.size()));
    painter->save();
    painter->resetTransform();
    const QRect area = viewport()->rect().adjusted(24, 24, -24, -24);
    QRect box = painter->fontMetrics().boundingRect(area, Qt::AlignCenter | Qt::TextWordWrap, text);
    box.adjust(-14, -10, 14, 10);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(255, 255, 255, 225));
    painter->drawRoundedRect(box, 6, 6);
    painter->setPen(palette().color(QPalette::WindowText));
    painter->drawText(area, Qt::AlignCenter | Qt::TextWordWrap, text);
    painter->restore();
}

void StoreMapView::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    zoomAt(std::pow(1.0015, delta), event->position().toPoint());
    event->accept();
}

void StoreMapView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressPos = event->position().toPoint();
        m_pressed = true;
    }
    QGraphicsView::mousePressEvent(event);
}

void StoreMapView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_pressed && (event->position().toPoint() - m_pressPos).manhattanLength() > ClickSlopPixels)
        m_userMoved = true;
    QGraphicsView::mouseMoveEvent(event);
}

void StoreMapView::mouseReleaseEvent(QMouseEvent *event)
{
    QGraphicsView::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || !m_pressed)
        return;
    m_pressed = false;
    const QPoint pos = event->position().toPoint();
    if ((pos - m_pressPos).manhattanLength() <= ClickSlopPixels)
        clickAt(pos);
}

void StoreMapView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_F:
        fitToStores();
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    default:
        QGraphicsView::keyPressEvent(event);
    }
}

void StoreMapView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (!m_userMoved) {
        fitToStores();
    } else if (zoomLevel() < minZoom()) {
        setZoomLevel(minZoom());
        rebuildMarkers(false);
    }
}

void StoreMapView::rebuildMarkers(bool force)
{
    const double zoom = zoomLevel();
    const qsizetype count = m_placed.size();
    QList<QPointF> pixels(count);
    QList<int> open(count);
    for (qsizetype i = 0; i < count; ++i) {
        pixels[i] = m_placed.at(i).scenePos * zoom;
        open[i] = m_counts.value(m_placed.at(i).id).open;
    }
    const QList<QList<qsizetype>> groups = MarkerClustering::cluster(pixels, open, ClusterDistance);

    QList<QList<int>> partition;
    partition.reserve(groups.size());
    for (const QList<qsizetype> &group : std::as_const(groups)) {
        QList<int> ids;
        for (const qsizetype index : group)
            ids.append(m_placed.at(index).id);
        std::sort(ids.begin(), ids.end());
        partition.append(ids);
    }
    if (!force && partition == m_partition)
        return;
    m_partition = partition;

    qDeleteAll(m_markers);
    m_markers.clear();
    m_markerOfStore.clear();
    for (qsizetype g = 0; g < groups.size(); ++g) {
        QPointF center;
        int total = 0;
        SlaState worst = SlaState::None;
        for (const qsizetype index : groups.at(g)) {
            const PlacedStore &store = m_placed.at(index);
            center += store.scenePos;
            total += open.at(index);
            worst = std::max(worst, m_counts.value(store.id).worstSla);
        }
        center /= double(groups.at(g).size());
        auto *marker = new StoreMarkerItem(partition.at(g), total, worst);
        marker->setPos(center);
        marker->setToolTip(toolTipFor(partition.at(g)));
        scene()->addItem(marker);
        m_markers.append(marker);
        for (const int id : partition.at(g))
            m_markerOfStore.insert(id, marker);
    }
    applyHighlight();
    viewport()->update();
}

void StoreMapView::applyHighlight()
{
    const bool active = !m_highlightedRegion.isEmpty();
    for (StoreMarkerItem *marker : std::as_const(m_markers)) {
        const bool inRegion =
            active && std::any_of(marker->storeIds().begin(), marker->storeIds().end(), [this](int id) {
                return m_stores.value(id).region == m_highlightedRegion;
            });
        marker->setHighlighted(inRegion);
        marker->setOpacity(active && !inRegion ? DimmedOpacity : 1.0);
    }
    updateRegionOutline();
}

void StoreMapView::clickAt(const QPoint &viewportPos)
{
    for (QGraphicsItem *item : items(viewportPos)) {
        if (item->type() != StoreMarkerItem::Type)
            continue;
        const auto *marker = static_cast<StoreMarkerItem *>(item);
        if (marker->isCluster()) {
            zoomIntoCluster(marker, viewportPos);
        } else {
            const int id = marker->storeIds().first();
            Q_EMIT storeClicked(id, m_stores.value(id).name);
        }
        return;
    }
}

void StoreMapView::zoomIntoCluster(const StoreMarkerItem *cluster, const QPoint &viewportPos)
{
    QList<QPointF> geo;
    for (const int id : cluster->storeIds()) {
        const StoreInfo store = m_stores.value(id);
        geo.append(QPointF(store.longitude, store.latitude));
    }
    const QRectF rect = GeoProjection::fitRect(GeoProjection::boundsOf(geo), FitMarginFraction);
    const QRectF area =
        QRectF(viewport()->rect())
            .adjusted(FitPaddingPixels, FitPaddingPixels, -FitPaddingPixels, -FitPaddingPixels);
    const double fitZoom = std::min(area.width() / rect.width(), area.height() / rect.height());
    // At least double, so stores at (almost) the same place still come apart click by click.
    const double target = std::clamp(std::max(fitZoom, zoomLevel() * 2.0), minZoom(), MaxZoom);
    if (target > zoomLevel() * 1.001) {
        setZoomLevel(target);
        centerOn(rect.center());
        m_userMoved = true;
        rebuildMarkers(false);
        return;
    }
    // Fully zoomed in and still together: let the user pick the store.
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QList<StoreInfo> stores;
    for (const int id : cluster->storeIds())
        stores.append(m_stores.value(id));
    std::sort(stores.begin(), stores.end(),
              [](const StoreInfo &a, const StoreInfo &b) { return a.name.localeAwareCompare(b.name) < 0; });
    for (const StoreInfo &store : std::as_const(stores)) {
        const int id = store.id;
        const QString name = store.name;
        connect(menu->addAction(name), &QAction::triggered, this,
                [this, id, name] { Q_EMIT storeClicked(id, name); });
    }
    menu->popup(viewport()->mapToGlobal(viewportPos));
}

void StoreMapView::fitSceneRect(const QRectF &sceneRect)
{
    const QRectF area =
        QRectF(viewport()->rect())
            .adjusted(FitPaddingPixels, FitPaddingPixels, -FitPaddingPixels, -FitPaddingPixels);
    const double width = std::max(area.width(), 1.0);
    const double height = std::max(area.height(), 1.0);
    setZoomLevel(
        std::clamp(std::min(width / sceneRect.width(), height / sceneRect.height()), minZoom(), MaxZoom));
    centerOn(sceneRect.center());
    rebuildMarkers(false);
}

void StoreMapView::setZoomLevel(double zoom)
{
    setTransform(QTransform::fromScale(zoom, zoom));
    resetCachedContent();  // the cached basemap was drawn for the old scale
    updateRegionOutline(); // its padding is in pixels
}

// The region's stores, padded in pixels so that its biggest marker, highlight ring included, fits.
void StoreMapView::updateRegionOutline()
{
    QList<QPointF> points;
    if (!m_highlightedRegion.isEmpty()) {
        for (const PlacedStore &store : std::as_const(m_placed)) {
            if (m_stores.value(store.id).region == m_highlightedRegion)
                points.append(store.scenePos);
        }
    }
    if (points.isEmpty()) {
        m_regionOutline->setVisible(false);
        m_regionOutline->setPolygon({});
        return;
    }
    double paddingPixels = MinRegionPaddingPixels;
    for (const StoreMarkerItem *marker : std::as_const(m_markers)) {
        if (marker->isHighlighted())
            paddingPixels = std::max(paddingPixels, marker->boundingRect().width() / 2.0 + RegionGapPixels);
    }
    m_regionOutline->setPolygon(RegionOutline::around(points, paddingPixels / zoomLevel()));
    m_regionOutline->setVisible(true);
}

double StoreMapView::minZoom() const
{
    const QRectF world = GeoProjection::worldSceneRect();
    // The world fills the view in one direction (no empty bands) and pans in the other.
    return std::max(viewport()->width() / world.width(), viewport()->height() / world.height());
}

QString StoreMapView::toolTipFor(const QList<int> &storeIds) const
{
    QStringList lines;
    QMap<ItemKind, int> byKind;
    int open = 0;
    SlaState worst = SlaState::None;
    for (const int id : storeIds) {
        const StoreCounts counts = m_counts.value(id);
        for (auto it = counts.byKind.cbegin(); it != counts.byKind.cend(); ++it)
            byKind[it.key()] += it.value();
        open += counts.open;
        worst = std::max(worst, counts.worstSla);
    }
    if (storeIds.size() == 1) {
        const StoreInfo store = m_stores.value(storeIds.first());
        lines << QStringLiteral("<b>%1</b>").arg(store.name.toHtmlEscaped());
        QStringList where;
        for (const QString &part : {store.city, store.region}) {
            if (!part.isEmpty() && !where.contains(part))
                where << part.toHtmlEscaped();
        }
        if (!where.isEmpty())
            lines << where.join(QStringLiteral(" · "));
    } else {
        lines << QStringLiteral("<b>%1</b>").arg(tr("%n store(s)", nullptr, int(storeIds.size())));
    }
    if (open == 0)
        lines << tr("No open items");
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it) {
        if (it.value() > 0)
            lines << tr("%1: %2").arg(QueueRules::kindText(it.key()).toHtmlEscaped()).arg(it.value());
    }
    if (worst != SlaState::None)
        lines << tr("Worst SLA: %1").arg(QueueRules::slaStateText(worst));
    if (storeIds.size() > 1) {
        QStringList names;
        for (const int id : storeIds)
            names << m_stores.value(id).name;
        std::sort(names.begin(), names.end(),
                  [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
        QStringList shown;
        for (const QString &name : names.first(std::min<qsizetype>(names.size(), MaxNamesInClusterTip)))
            shown << name.toHtmlEscaped();
        if (names.size() > MaxNamesInClusterTip)
            shown << tr("and %n more", nullptr, int(names.size() - MaxNamesInClusterTip));
        lines << QStringLiteral("<span style='color:#555'>%1</span>").arg(shown.join(QStringLiteral(", ")));
        lines << QStringLiteral("<i>%1</i>").arg(tr("Click to zoom in"));
    }
    return lines.join(QStringLiteral("<br>"));
}
