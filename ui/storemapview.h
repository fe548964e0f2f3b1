// StoreMapView: the stores on an offline world map (Natural Earth land and country borders,
// graticule) as markers sized by open items and coloured by their worst SLA state, clustered when
// zoomed out. Wheel zooms around the cursor, dragging pans, clicking a store reports it, clicking a
// cluster zooms into it; a highlighted region is outlined around its stores.
#pragma once

#include "domain/storeinfo.h"
#include "storecounts.h"

#include <QGraphicsView>
#include <QHash>
#include <QList>
#include <QPolygonF>

class QGraphicsPolygonItem;
class StoreMarkerItem;

class StoreMapView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit StoreMapView(QWidget *parent = nullptr);
    ~StoreMapView() override;

    // The credit for the basemap, for the About box.
    static QString attribution();
    // Whether a store can be drawn: it has coordinates and they are real degrees.
    static bool isPlaceable(const StoreInfo &store);

    // Stores without (valid) coordinates are not drawn; StoreMapPanel lists them.
    void setStores(const QList<StoreInfo> &stores);
    // Open items per store id (stores without an entry have none).
    void setCounts(const QHash<int, StoreCounts> &counts);
    // Stores of this region get a highlight ring, the others are dimmed and an outline (see
    // RegionOutline) surrounds the region's placed stores under the markers; empty for none.
    void setHighlightedRegion(const QString &region);
    QString highlightedRegion() const { return m_highlightedRegion; }
    // The highlighted region's outline in scene coordinates; empty when none is drawn.
    QPolygonF regionOutline() const;

    // The markers on the map now (single stores and clusters).
    QList<StoreMarkerItem *> markers() const { return m_markers; }
    // The marker that shows a store now (its own or its cluster's); nullptr if it is not drawn.
    StoreMarkerItem *markerOf(int storeId) const;
    // Pixels per scene unit (see GeoProjection).
    double zoomLevel() const;

    static constexpr double ClusterDistance = 30.0; // pixels: closer markers are merged
    static constexpr double MaxZoom = 400.0;        // pixels per scene unit (0.1 degree)

public Q_SLOTS:
    // Shows every drawn store (the whole world when there is none).
    void fitToStores();
    void zoomIn();
    void zoomOut();
    // Zooms by factor keeping the scene point under viewportPos where it is.
    void zoomAt(double factor, const QPoint &viewportPos);

Q_SIGNALS:
    void storeClicked(int storeId, const QString &name);

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct PlacedStore
    {
        int id = 0;
        QPointF scenePos;
    };

    void rebuildMarkers(bool force);
    void applyHighlight();
    void updateRegionOutline();
    void clickAt(const QPoint &viewportPos);
    void zoomIntoCluster(const StoreMarkerItem *cluster, const QPoint &viewportPos);
    void fitSceneRect(const QRectF &sceneRect);
    void setZoomLevel(double zoom);
    double minZoom() const;
    QString toolTipFor(const QList<int> &storeIds) const;

    QGraphicsPolygonItem *m_regionOutline = nullptr; // owned by the scene
    QHash<int, StoreInfo> m_stores;
    QList<PlacedStore> m_placed;
    QHash<int, StoreCounts> m_counts;
    QString m_highlightedRegion;
    QList<StoreMarkerItem *> m_markers;
    QHash<int, StoreMarkerItem *> m_markerOfStore;
    QList<QList<int>> m_partition;
    QPoint m_pressPos;
    bool m_pressed = false;
    bool m_userMoved = false; // until the user zooms or pans, the view keeps fitting the stores
};
