// StoreMapView and StoreMapPanel: the offline basemap (land and borders) loads, every store is either
// a marker or in the list beside the map, clicks on markers and list rows report the store, zooming
// out clusters nearby stores with summed counts, "fit to stores" shows them all, and a highlighted
// region is outlined.
#include "basemapdata.h"
#include "basemaptiles.h"
#include "geoprojection.h"
#include "markerclustering.h"
#include "storemappanel.h"
#include "storemapview.h"
#include "storemarkeritem.h"

#include <QGraphicsPolygonItem>
#include <QGraphicsScene>
#include <QLabel>
#include <QListWidget>
#include <QtTest>

#include <algorithm>
#include <numeric>

namespace {

StoreInfo store(int id, const QString &name, const QString &region, double lon, double lat)
{
    StoreInfo info;
    info.id = id;
    info.name = name;
    info.code = QStringLiteral("S%1").arg(id);
    info.region = region;
    info.city = name;
    info.hasCoordinates = true;
    info.longitude = lon;
    info.latitude = lat;
    return info;
}

StoreInfo unplaced(int id, const QString &name)
{
    StoreInfo info;
    info.id = id;
    info.name = name;
    info.region = QStringLiteral("Unknown");
    return info;
}

// Six cities far apart: never clustered at the fitted zoom.
QList<StoreInfo> europeanStores()
{
    return {store(1, QStringLiteral("Brussels"), QStringLiteral("Benelux"), 4.35, 50.85),
            store(2, QStringLiteral("Amsterdam"), QStringLiteral("Benelux"), 4.90, 52.37),
            store(3, QStringLiteral("Paris"), QStringLiteral("France"), 2.35, 48.86),
            store(4, QStringLiteral("Berlin"), QStringLiteral("Germany"), 13.40, 52.52),
            store(5, QStringLiteral("Madrid"), QStringLiteral("Spain"), -3.70, 40.42),
            store(6, QStringLiteral("Rome"), QStringLiteral("Italy"), 12.50, 41.90)};
}

// About sixty stores in Belgium and the Netherlands (lon 3 to 6.5, lat 50 to 52), spread on a
// deterministic jittered grid.
QList<StoreInfo> beneluxStores(int count = 60)
{
    static const QStringList regions{QStringLiteral("Flanders"), QStringLiteral("Wallonia"),
                                     QStringLiteral("Brussels"), QStringLiteral("North Brabant"),
                                     QStringLiteral("Limburg")};
    QList<StoreInfo> stores;
    QRandomGenerator random(42);
    for (int i = 0; i < count; ++i) {
        const double lon = 3.0 + 3.5 * random.generateDouble();
        const double lat = 50.0 + 2.0 * random.generateDouble();
        stores << store(100 + i, QStringLiteral("Store %1").arg(i + 1, 2, 10, QLatin1Char('0')),
                        regions.at(i % regions.size()), lon, lat);
    }
    return stores;
}

QHash<int, StoreCounts> countsFor(const QList<StoreInfo> &stores)
{
    QHash<int, StoreCounts> counts;
    for (qsizetype i = 0; i < stores.size(); ++i) {
        StoreCounts c;
        c.byKind.insert(ItemKind::Approval, int(i * 7 % 9));
        c.byKind.insert(ItemKind::Exception, int(i * 5 % 4));
        if (i % 6 == 0)
            c.byKind.insert(ItemKind::IntegrationFailure, 1);
        for (const int n : std::as_const(c.byKind))
            c.open += n;
        c.worstSla = c.open == 0 ? SlaState::None : SlaState((i % 3) + 1);
        counts.insert(stores.at(i).id, c);
    }
    return counts;
}

QRect viewportRectOf(const StoreMapView &view, const StoreMarkerItem *marker)
{
    return marker->deviceTransform(view.viewportTransform()).mapRect(marker->boundingRect()).toAlignedRect();
}

} // namespace

class TestStoreMapView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void basemapHasTheWorld()
    {
        int bad = -1;
        const QList<QPolygonF> loaded =
            BasemapData::load(BasemapData::landResourcePath(), BasemapData::Shape::Rings, &bad);
        QCOMPARE(bad, 0);
        const QList<QPolygonF> &land = BasemapData::land();
        QCOMPARE(land.size(), loaded.size());
        // Natural Earth 1:50m: over a thousand rings (islands included), tens of thousands of points.
        QVERIFY2(land.size() > 1000, qPrintable(QString::number(land.size())));
        qsizetype points = 0;
        for (const QPolygonF &ring : land) {
            QVERIFY(ring.size() >= 3);
            points += ring.size();
            for (const QPointF &point : ring) {
                QVERIFY(point.x() >= -180.0 && point.x() <= 180.0);
                QVERIFY(point.y() >= -90.0 && point.y() <= 90.0);
            }
        }
        QVERIFY2(points > 40000, qPrintable(QString::number(points)));
        // Brussels is inside the Eurasian land ring (a continent, tens of degrees wide).
        const QPointF brussels(4.35, 50.85);
        const auto around = std::find_if(land.begin(), land.end(), [&](const QPolygonF &ring) {
            return ring.containsPoint(brussels, Qt::OddEvenFill);
        });
        QVERIFY(around != land.end());
        QVERIFY(around->boundingRect().width() > 100.0);
        // Land or water, counting the rings around the point (odd: land, as the map fills them).
        const auto isLand = [&land](const QPointF &point) {
            return std::count_if(
                       land.begin(), land.end(),
                       [&](const QPolygonF &ring) { return ring.containsPoint(point, Qt::OddEvenFill); }) %
                       2 ==
                   1;
        };
        QVERIFY(isLand(QPointF(4.90, 52.37)));  // Amsterdam
        QVERIFY(isLand(QPointF(3.72, 51.05)));  // Ghent
        QVERIFY(!isLand(QPointF(2.5, 53.5)));   // the North Sea
        QVERIFY(!isLand(QPointF(3.75, 51.42))); // the Western Scheldt estuary (drawn at 1:50m)
        QVERIFY(!isLand(QPointF(51.0, 42.0)));  // the Caspian Sea, a hole in Eurasia
        // Texel, a Wadden island: its own ring.
        QVERIFY(isLand(QPointF(4.80, 53.08)));
    }

    void bordersHaveBelgium()
    {
        int bad = -1;
        const QList<QPolygonF> loaded =
            BasemapData::load(BasemapData::bordersResourcePath(), BasemapData::Shape::Lines, &bad);
        QCOMPARE(bad, 0);
        const QList<QPolygonF> &borders = BasemapData::borders();
        QCOMPARE(borders.size(), loaded.size());
        // Natural Earth 1:50m has a few hundred land borders between countries.
        QVERIFY2(borders.size() > 250 && borders.size() < 1000, qPrintable(QString::number(borders.size())));
        for (const QPolygonF &line : borders)
            QVERIFY(line.size() >= 2);
        const auto nearestBorder = [&borders](const QPointF &geo) {
            double best = std::numeric_limits<double>::infinity();
            for (const QPolygonF &line : borders) {
                for (const QPointF &point : line)
                    best = std::min(best, QLineF(point, geo).length());
            }
            return best;
        };
        // The tripoint of Belgium, Germany and the Netherlands (Vaalserberg, 6.02E 50.75N), the
        // Franco-Belgian border at Menen (3.12E 50.80N), the Dutch-German border at Venlo (6.20E 51.37N).
        QVERIFY(nearestBorder(QPointF(6.02, 50.75)) < 0.1);
        QVERIFY(nearestBorder(QPointF(3.12, 50.80)) < 0.1);
        QVERIFY(nearestBorder(QPointF(6.20, 51.37)) < 0.1);
        // No border runs through Brussels or along the open sea.
        QVERIFY(nearestBorder(QPointF(4.35, 50.85)) > 0.3);
        QVERIFY(nearestBorder(QPointF(2.5, 53.5)) > 1.0);
    }

    void basemapParser_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<BasemapData::Shape>("shape");
        QTest::addColumn<int>("lines");
        QTest::addColumn<int>("bad");
        QTest::addColumn<QPolygonF>("first");

        const QPolygonF triangle{QPointF(0, 0), QPointF(1, 0), QPointF(1, 1)};
        const QPolygonF segment{QPointF(2, 2), QPointF(3, 3)};
        QTest::newRow("empty") << QByteArray() << BasemapData::Shape::Rings << 0 << 0 << QPolygonF();
        QTest::newRow("comments only")
            << QByteArrayLiteral("# a\n#b\n\n") << BasemapData::Shape::Lines << 0 << 0 << QPolygonF();
        QTest::newRow("ring") << QByteArrayLiteral("0,0 1,0 1,1") << BasemapData::Shape::Rings << 1 << 0
                              << triangle;
        QTest::newRow("ring as line")
            << QByteArrayLiteral("0,0 1,0 1,1\n") << BasemapData::Shape::Lines << 1 << 0 << triangle;
        QTest::newRow("two points: not a ring")
            << QByteArrayLiteral("2,2 3,3\n0,0 1,0 1,1\n") << BasemapData::Shape::Rings << 1 << 1 << triangle;
        QTest::newRow("two points: a line")
            << QByteArrayLiteral("2,2 3,3\n0,0 1,0 1,1\n") << BasemapData::Shape::Lines << 2 << 0 << segment;
        QTest::newRow("one point: not a line")
            << QByteArrayLiteral("5,5\n2,2 3,3") << BasemapData::Shape::Lines << 1 << 1 << segment;
        QTest::newRow("spaces and CRLF")
            << QByteArrayLiteral("  2,2   3,3 \r\n") << BasemapData::Shape::Lines << 1 << 0 << segment;
        QTest::newRow("negative and fractions")
            << QByteArrayLiteral("-1.5,-2 -1,-2.25") << BasemapData::Shape::Lines << 1 << 0
            << QPolygonF{QPointF(-1.5, -2), QPointF(-1, -2.25)};
        QTest::newRow("not a number")
            << QByteArrayLiteral("0,0 abc,1\n2,2 3,3") << BasemapData::Shape::Lines << 1 << 1 << segment;
        QTest::newRow("no comma") << QByteArrayLiteral("0 0 1 1\n2,2 3,3") << BasemapData::Shape::Lines << 1
                                  << 1 << segment;
        QTest::newRow("longitude out of range")
            << QByteArrayLiteral("10,10 200,10\n2,2 3,3") << BasemapData::Shape::Lines << 1 << 1 << segment;
        QTest::newRow("latitude out of range")
            << QByteArrayLiteral("10,10 10,-91\n2,2 3,3") << BasemapData::Shape::Lines << 1 << 1 << segment;
        QTest::newRow("infinite") << QByteArrayLiteral("inf,0 1,1\n2,2 3,3") << BasemapData::Shape::Lines << 1
                                  << 1 << segment;
        QTest::newRow("edges of the world")
            << QByteArrayLiteral("-180,-90 180,90") << BasemapData::Shape::Lines << 1 << 0
            << QPolygonF{QPointF(-180, -90), QPointF(180, 90)};
    }

    void basemapParser()
    {
        QFETCH(QByteArray, text);
        QFETCH(BasemapData::Shape, shape);
        QFETCH(int, lines);
        QFETCH(int, bad);
        QFETCH(QPolygonF, first);
        int badLines = -1;
        const QList<QPolygonF> parsed = BasemapData::parse(text, shape, &badLines);
        QCOMPARE(parsed.size(), qsizetype(lines));
        QCOMPARE(badLines, bad);
        if (lines > 0)
            QCOMPARE(parsed.first(), first);
    }

    void basemapParserSkipsCommentsAndCountsBadLines()
    {
        int bad = -1;
        const QList<QPolygonF> rings = BasemapData::parse(QByteArrayLiteral("# header\n"
                                                                            "0,0 1,0 1,1\n"
                                                                            "\n"
                                                                            "2,2 3,3\n"
                                                                            "0,0 abc,1 2,2\n"
                                                                            "10,10 200,10 10,20\n"
                                                                            " -1.5,-2 -1,-2.25 -1,-1 \n"),
                                                          BasemapData::Shape::Rings, &bad);
        QCOMPARE(rings.size(), 2);
        QCOMPARE(bad, 3);
        QCOMPARE(rings.at(1).at(1), QPointF(-1.0, -2.25));
        QCOMPARE(
            BasemapData::load(QStringLiteral(":/basemap/no-such-file.txt"), BasemapData::Shape::Lines, &bad),
            QList<QPolygonF>());
        QCOMPARE(bad, 0);
    }

    void tileClipping_data()
    {
        QTest::addColumn<QPolygonF>("polygon");
        QTest::addColumn<QRectF>("rect");
        QTest::addColumn<double>("area"); // of the clipped polygon

        const QRectF unit(0, 0, 10, 10);
        QTest::newRow("inside") << QPolygonF{{1, 1}, {4, 1}, {4, 4}} << unit << 4.5;
        QTest::newRow("outside") << QPolygonF{{11, 1}, {14, 1}, {14, 4}} << unit << 0.0;
        QTest::newRow("covers the rect")
            << QPolygonF{{-5, -5}, {20, -5}, {20, 20}, {-5, 20}} << unit << 100.0;
        QTest::newRow("half across the right side")
            << QPolygonF{{8, 2}, {12, 2}, {12, 4}, {8, 4}} << unit << 4.0;
        QTest::newRow("across a corner") << QPolygonF{{8, 8}, {12, 8}, {12, 12}, {8, 12}} << unit << 4.0;
        QTest::newRow("triangle over the top") << QPolygonF{{0, -10}, {10, 10}, {0, 10}} << unit << 75.0;
        // A U shape whose arms both cross the bottom: one clipped polygon whose arms are joined by
        // a zero-width bridge along the cut, which adds no area: 8x5 minus the 4x3 notch.
        QTest::newRow("U across the bottom")
            << QPolygonF{{1, 5}, {9, 5}, {9, 15}, {7, 15}, {7, 7}, {3, 7}, {3, 15}, {1, 15}} << unit << 28.0;
    }

    void tileClipping()
    {
        QFETCH(QPolygonF, polygon);
        QFETCH(QRectF, rect);
        QFETCH(double, area);
        const QPolygonF clipped = BasemapTiles::clipped(polygon, rect);
        double twiceArea = 0.0;
        for (qsizetype i = 0; i < clipped.size(); ++i) {
            const QPointF a = clipped.at(i);
            const QPointF b = clipped.at((i + 1) % clipped.size());
            twiceArea += a.x() * b.y() - b.x() * a.y();
            QVERIFY(rect.adjusted(-1e-9, -1e-9, 1e-9, 1e-9).contains(a));
        }
        QCOMPARE(std::abs(twiceArea) / 2.0, area);
        QCOMPARE(clipped.isEmpty(), area == 0.0);
    }

    void tilesCoverTheLandExactly()
    {
        // Two islands, a lake in the bigger one and a long line, cut into many small tiles.
        const QList<QPolygonF> rings{QPolygonF{{0, 0}, {40, 0}, {40, 30}, {20, 38}, {0, 30}},
                                     QPolygonF{{10, 10}, {25, 10}, {25, 20}, {10, 20}},
                                     QPolygonF{{50, 5}, {60, 5}, {55, 15}}};
        QPolygonF line;
        for (int i = 0; i <= 100; ++i)
            line << QPointF(i * 0.6, 25 + 5 * std::sin(i / 10.0));
        const BasemapTiles tiles(rings, {line}, 8, 10);
        QVERIFY(tiles.landTiles().size() > 4);

        const auto inRings = [&rings](const QPointF &p) {
            return std::count_if(
                       rings.begin(), rings.end(),
                       [&p](const QPolygonF &ring) { return ring.containsPoint(p, Qt::OddEvenFill); }) %
                       2 ==
                   1;
        };
        // Tiles do not overlap, and their union is the land (lake excluded).
        QRandomGenerator random(3);
        for (int i = 0; i < 2000; ++i) {
            const QPointF p(-5.0 + random.bounded(70.0), -5.0 + random.bounded(50.0));
            int covering = 0;
            for (const BasemapTiles::Piece &tile : tiles.landTiles()) {
                if (tile.path.contains(p)) {
                    ++covering;
                    QVERIFY(tile.bounds.adjusted(-1e-9, -1e-9, 1e-9, 1e-9).contains(p));
                }
            }
            QVERIFY(covering <= 1);
            QCOMPARE(covering == 1, inRings(p));
        }

        // The coast and the line in runs of at most 10 points, every point kept in order (a run
        // starts where the one before it ended), each ring closed.
        bool runsOk = true;
        const auto pointsOf = [&runsOk](const QList<BasemapTiles::Piece> &pieces) {
            QPolygonF points;
            for (const BasemapTiles::Piece &piece : pieces) {
                QPolygonF run;
                for (int e = 0; e < piece.path.elementCount(); ++e)
                    run << QPointF(piece.path.elementAt(e));
                runsOk = runsOk && run.size() >= 2 && run.size() <= 10 && run.boundingRect() == piece.bounds;
                for (const QPointF &point : std::as_const(run)) {
                    if (points.isEmpty() || points.last() != point)
                        points << point;
                }
            }
            return points;
        };
        QCOMPARE(pointsOf(tiles.lines()), line);
        QPolygonF coast;
        for (const QPolygonF &ring : rings)
            coast << ring << ring.first();
        QCOMPARE(pointsOf(tiles.coast()), coast);
        QVERIFY(runsOk);
    }

    void basemapTilesAreSmall()
    {
        // What panning relies on: a strip of the map touches a few small pieces, not the world.
        QList<QPolygonF> land;
        for (const QPolygonF &ring : BasemapData::land()) {
            QPolygonF scene;
            for (const QPointF &point : ring)
                scene << GeoProjection::toScene(point);
            land << scene;
        }
        const BasemapTiles tiles(land, {});
        for (const BasemapTiles::Piece &tile : tiles.landTiles())
            QVERIFY(tile.path.elementCount() <= 400 + 4 * 4 * 2); // a few points added by each cut
        const QRectF strip(GeoProjection::toScene(4.0, 52.0), GeoProjection::toScene(4.05, 50.0));
        qsizetype drawn = 0;
        for (const BasemapTiles::Piece &tile : tiles.landTiles()) {
            if (tile.bounds.intersects(strip))
                drawn += tile.path.elementCount();
        }
        QVERIFY2(drawn > 0 && drawn < 3000, qPrintable(QString::number(drawn)));
    }

    void attributionCreditsNaturalEarth()
    {
        QVERIFY(StoreMapView::attribution().contains(QStringLiteral("Natural Earth")));
        QVERIFY(StoreMapView::attribution().contains(QStringLiteral("1:50m")));
        QVERIFY(StoreMapView::attribution().contains(QStringLiteral("public domain")));
    }

    void markersForStoresWithCoordinates()
    {
        StoreMapView view;
        view.resize(800, 600);
        QList<StoreInfo> stores = europeanStores();
        stores << unplaced(7, QStringLiteral("Nowhere"));
        StoreInfo broken = store(8, QStringLiteral("Broken"), QStringLiteral("X"), 4.0, 95.0);
        stores << broken;
        view.setStores(stores);
        view.fitToStores();
        for (int id = 1; id <= 6; ++id) {
            StoreMarkerItem *marker = view.markerOf(id);
            QVERIFY2(marker, qPrintable(QString::number(id)));
            QVERIFY(!marker->isCluster());
        }
        QVERIFY(!view.markerOf(7));
        QVERIFY(!view.markerOf(8));
        QCOMPARE(view.markers().size(), 6);
        QVERIFY(!StoreMapView::isPlaceable(broken));
    }

    void storesWithoutCoordinatesAreListed()
    {
        StoreMapPanel panel;
        QList<StoreInfo> stores = europeanStores();
        stores << unplaced(7, QStringLiteral("Zulu warehouse")) << unplaced(9, QStringLiteral("Alpha depot"));
        stores << store(8, QStringLiteral("Bad latitude"), QStringLiteral("X"), 4.0, 95.0);
        StoreInfo nullIsland = store(10, QStringLiteral("Null island"), QStringLiteral("X"), 0.0, 0.0);
        stores << nullIsland;
        panel.setStores(stores);

        QListWidget *list = panel.unplacedList();
        QCOMPARE(list->count(), 4);
        QSet<int> listed;
        for (int row = 0; row < list->count(); ++row)
            listed.insert(list->item(row)->data(Qt::UserRole).toInt());
        QCOMPARE(listed, (QSet<int>{7, 8, 9, 10}));
        QVERIFY(list->item(0)->text().startsWith(QStringLiteral("Alpha depot"))); // sorted by name
        // None silently dropped: every store is a marker or a row.
        for (const StoreInfo &info : std::as_const(stores))
            QVERIFY(panel.mapView()->markerOf(info.id) || listed.contains(info.id));
        const auto labels = panel.findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.begin(), labels.end(), [](const QLabel *label) {
            return label->text() == QStringLiteral("Stores without coordinates (4)");
        }));

        panel.setStores(europeanStores());
        QCOMPARE(list->count(), 0);
    }

    void clickingAMarkerReportsTheStore()
    {
        StoreMapView view;
        view.resize(800, 600);
        view.setStores(europeanStores());
        view.setCounts(countsFor(europeanStores()));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.fitToStores();

        QSignalSpy clicked(&view, &StoreMapView::storeClicked);
        StoreMarkerItem *marker = view.markerOf(4);
        QVERIFY(marker && !marker->isCluster());
        const QPoint at = view.mapFromScene(marker->pos());
        QVERIFY(view.viewport()->rect().contains(at));
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(clicked.at(0).at(0).toInt(), 4);
        QCOMPARE(clicked.at(0).at(1).toString(), QStringLiteral("Berlin"));

        // A click on the sea reports nothing.
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, QPoint(5, 5));
        QCOMPARE(clicked.size(), 1);
    }

    void clickingAListedStoreReportsIt()
    {
        StoreMapPanel panel;
        panel.resize(1000, 600);
        QList<StoreInfo> stores = europeanStores();
        stores << unplaced(7, QStringLiteral("Nowhere"));
        panel.setStores(stores);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));

        QSignalSpy clicked(&panel, &StoreMapPanel::storeClicked);
        QListWidget *list = panel.unplacedList();
        QVERIFY(list->isVisible());
        const QRect row = list->visualItemRect(list->item(0));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, row.center());
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(clicked.at(0).at(0).toInt(), 7);
        QCOMPARE(clicked.at(0).at(1).toString(), QStringLiteral("Nowhere"));

        // The map's clicks come out of the panel too.
        StoreMarkerItem *marker = panel.mapView()->markerOf(1);
        QVERIFY(marker);
        QTest::mouseClick(panel.mapView()->viewport(), Qt::LeftButton, {},
                          panel.mapView()->mapFromScene(marker->pos()));
        QCOMPARE(clicked.size(), 2);
        QCOMPARE(clicked.at(1).at(0).toInt(), 1);
    }

    void zoomingOutClustersWithSummedCounts()
    {
        StoreMapView view;
        view.resize(800, 600);
        const QList<StoreInfo> stores = beneluxStores();
        const QHash<int, StoreCounts> counts = countsFor(stores);
        view.setStores(stores);
        view.setCounts(counts);
        view.zoomAt(1e-9, view.viewport()->rect().center()); // as far out as it goes: the world

        const QList<StoreMarkerItem *> markers = view.markers();
        QVERIFY2(markers.size() < 5, qPrintable(QString::number(markers.size())));
        QSet<int> seen;
        int totalOpen = 0;
        for (const StoreMarkerItem *marker : markers) {
            int sum = 0;
            SlaState worst = SlaState::None;
            for (const int id : marker->storeIds()) {
                QVERIFY(!seen.contains(id));
                seen.insert(id);
                sum += counts.value(id).open;
                worst = std::max(worst, counts.value(id).worstSla);
                QCOMPARE(view.markerOf(id), marker);
            }
            QCOMPARE(marker->openCount(), sum);
            QCOMPARE(marker->worstSla(), worst);
            totalOpen += marker->openCount();
        }
        QCOMPARE(seen.size(), stores.size());
        int expectedOpen = 0;
        for (const StoreCounts &c : counts)
            expectedOpen += c.open;
        QCOMPARE(totalOpen, expectedOpen);
        QVERIFY(std::any_of(markers.begin(), markers.end(),
                            [](const StoreMarkerItem *marker) { return marker->isCluster(); }));

        // Zoomed in far enough, the clusters come apart again.
        view.fitToStores();
        view.zoomAt(1e9, view.viewport()->rect().center());
        const QList<StoreMarkerItem *> closeUp = view.markers();
        QVERIFY(std::none_of(closeUp.begin(), closeUp.end(),
                             [](const StoreMarkerItem *marker) { return marker->isCluster(); }));
    }

    void clickingAClusterZoomsIn()
    {
        StoreMapView view;
        view.resize(800, 600);
        view.setStores(beneluxStores());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.zoomAt(1e-9, view.viewport()->rect().center());
        const QList<StoreMarkerItem *> markers = view.markers();
        const auto cluster = std::find_if(markers.begin(), markers.end(),
                                          [](const StoreMarkerItem *marker) { return marker->isCluster(); });
        QVERIFY(cluster != markers.end());
        const QList<int> members = (*cluster)->storeIds();
        const QPoint at = view.mapFromScene((*cluster)->pos());
        const double before = view.zoomLevel();
        QSignalSpy clicked(&view, &StoreMapView::storeClicked);
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(clicked.size(), 0);
        QVERIFY(view.zoomLevel() > before * 1.9);
        // Its stores are now on screen.
        for (const int id : members)
            QVERIFY(view.viewport()->rect().contains(view.mapFromScene(view.markerOf(id)->pos())));
    }

    void fitToStoresShowsEveryMarker()
    {
        StoreMapView view;
        view.resize(640, 420);
        QList<StoreInfo> stores = beneluxStores();
        stores << europeanStores();
        view.setStores(stores);
        view.setCounts(countsFor(stores));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.zoomAt(80.0, QPoint(10, 10)); // somewhere else, close up
        view.fitToStores();
        const QRect visible = view.viewport()->rect();
        const QList<StoreMarkerItem *> markers = view.markers();
        for (const StoreMarkerItem *marker : markers) {
            const QRect rect = viewportRectOf(view, marker);
            QVERIFY2(visible.contains(rect), qPrintable(QStringLiteral("%1,%2 %3x%4")
                                                            .arg(rect.x())
                                                            .arg(rect.y())
                                                            .arg(rect.width())
                                                            .arg(rect.height())));
        }
        for (const StoreInfo &info : std::as_const(stores))
            QVERIFY(view.markerOf(info.id));
    }

    void keyFFitsTheStoresAgain()
    {
        StoreMapPanel panel;
        panel.resize(900, 600);
        panel.setStores(europeanStores());
        panel.show();
        panel.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        StoreMapView *view = panel.mapView();
        const double fitted = view->zoomLevel();
        view->zoomAt(20.0, QPoint(20, 20));
        QVERIFY(view->zoomLevel() > fitted * 10);
        view->setFocus();
        QTest::keyClick(view, Qt::Key_F);
        QCOMPARE(view->zoomLevel(), fitted);
        QTest::keyClick(view, Qt::Key_Plus);
        QVERIFY(view->zoomLevel() > fitted);
    }

    void wheelZoomsAroundTheCursor()
    {
        StoreMapView view;
        view.resize(800, 600);
        view.setStores(europeanStores());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QPoint cursor(200, 150);
        const QPointF before = view.mapToScene(cursor);
        const double zoom = view.zoomLevel();
        QWheelEvent wheel(QPointF(cursor), QPointF(view.viewport()->mapToGlobal(cursor)), QPoint(),
                          QPoint(0, 240), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view.viewport(), &wheel);
        QVERIFY(view.zoomLevel() > zoom * 1.2);
        const QPointF after = view.mapToScene(cursor);
        // Within two pixels (scroll positions are whole pixels).
        QVERIFY2(QLineF(before, after).length() * view.zoomLevel() <= 2.0,
                 qPrintable(QStringLiteral("%1").arg(QLineF(before, after).length() * view.zoomLevel())));
    }

    void tooltipsTellNameRegionAndCounts()
    {
        StoreMapView view;
        view.resize(800, 600);
        view.setStores(europeanStores());
        QHash<int, StoreCounts> counts;
        StoreCounts berlin;
        berlin.byKind = {{ItemKind::Approval, 3}, {ItemKind::Exception, 2}};
        berlin.open = 5;
        berlin.worstSla = SlaState::Overdue;
        counts.insert(4, berlin);
        view.setCounts(counts);
        view.fitToStores();
        const QString tip = view.markerOf(4)->toolTip();
        QVERIFY2(tip.contains(QStringLiteral("Berlin")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("Germany")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("Approval: 3")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("Exception: 2")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("Overdue")), qPrintable(tip));
        QCOMPARE(view.markerOf(4)->openCount(), 5);
        QVERIFY(view.markerOf(4)->radius() > view.markerOf(1)->radius());
        QVERIFY(view.markerOf(1)->toolTip().contains(QStringLiteral("No open items")));
    }

    void markerSizeAndColour()
    {
        QCOMPARE(StoreMarkerItem::radiusFor(0, false), StoreMarkerItem::MinRadius);
        QVERIFY(StoreMarkerItem::radiusFor(4, false) > StoreMarkerItem::radiusFor(1, false));
        QCOMPARE(StoreMarkerItem::radiusFor(100000, false), StoreMarkerItem::MaxRadius);
        QCOMPARE(StoreMarkerItem::radiusFor(100000, true), StoreMarkerItem::MaxClusterRadius);
        QSet<QRgb> colours;
        for (const SlaState state : {SlaState::None, SlaState::OnTime, SlaState::DueSoon, SlaState::Overdue})
            colours.insert(StoreMarkerItem::fillColor(state).rgb());
        QCOMPARE(colours.size(), 4);
    }

    void clustering_data()
    {
        QTest::addColumn<QList<QPointF>>("pixels");
        QTest::addColumn<QList<int>>("open");
        QTest::addColumn<int>("groups");

        QTest::newRow("none") << QList<QPointF>{} << QList<int>{} << 0;
        QTest::newRow("close") << QList<QPointF>{{0, 0}, {10, 0}} << QList<int>{1, 1} << 1;
        QTest::newRow("apart") << QList<QPointF>{{0, 0}, {100, 0}} << QList<int>{1, 1} << 2;
        QTest::newRow("just apart") << QList<QPointF>{{0, 0}, {0, 30}} << QList<int>{0, 0} << 2;
        QTest::newRow("big ones overlap") << QList<QPointF>{{0, 0}, {36, 0}} << QList<int>{100, 100} << 1;
        QTest::newRow("chain of three")
            << QList<QPointF>{{0, 0}, {25, 0}, {50, 0}} << QList<int>{0, 5, 0} << 1;
        QTest::newRow("two pairs") << QList<QPointF>{{0, 0}, {5, 5}, {300, 300}, {305, 300}}
                                   << QList<int>{1, 2, 3, 4} << 2;
    }

    void clustering()
    {
        QFETCH(QList<QPointF>, pixels);
        QFETCH(QList<int>, open);
        QFETCH(int, groups);
        const QList<QList<qsizetype>> result = MarkerClustering::cluster(pixels, open, 30.0);
        QCOMPARE(result.size(), groups);
        QList<qsizetype> all;
        for (const QList<qsizetype> &group : result)
            all += group;
        std::sort(all.begin(), all.end());
        QList<qsizetype> expected(pixels.size());
        std::iota(expected.begin(), expected.end(), 0);
        QCOMPARE(all, expected);
    }

    void clusteringManyMarkersLeavesNoOverlap()
    {
        QList<QPointF> pixels;
        QList<int> open;
        QRandomGenerator random(7);
        for (int i = 0; i < 500; ++i) {
            pixels << QPointF(random.bounded(1200.0), random.bounded(800.0));
            open << int(random.bounded(40));
        }
        const QList<QList<qsizetype>> result = MarkerClustering::cluster(pixels, open, 30.0);
        struct Circle
        {
            QPointF center;
            double radius;
        };
        QList<Circle> circles;
        qsizetype members = 0;
        for (const QList<qsizetype> &group : result) {
            QPointF sum;
            int total = 0;
            for (const qsizetype index : group) {
                sum += pixels.at(index);
                total += open.at(index);
            }
            circles.append(
                {sum / double(group.size()), StoreMarkerItem::outerRadiusFor(total, group.size() > 1)});
            members += group.size();
        }
        QCOMPARE(members, pixels.size());
        for (qsizetype i = 0; i < circles.size(); ++i) {
            for (qsizetype j = i + 1; j < circles.size(); ++j)
                QVERIFY(QLineF(circles.at(i).center, circles.at(j).center).length() >=
                        circles.at(i).radius + circles.at(j).radius);
        }
    }

    void highlightedRegionRingsItsStores()
    {
        StoreMapView view;
        view.resize(800, 600);
        view.setStores(europeanStores());
        view.fitToStores();
        view.setHighlightedRegion(QStringLiteral("Benelux"));
        QVERIFY(view.markerOf(1)->isHighlighted());
        QVERIFY(view.markerOf(2)->isHighlighted());
        QVERIFY(!view.markerOf(3)->isHighlighted());
        QVERIFY(view.markerOf(3)->opacity() < 1.0);
        view.setHighlightedRegion(QString());
        QVERIFY(!view.markerOf(1)->isHighlighted());
        QCOMPARE(view.markerOf(3)->opacity(), 1.0);
    }

    void highlightedRegionIsOutlined()
    {
        StoreMapView view;
        view.resize(800, 600);
        const QList<StoreInfo> stores = beneluxStores();
        view.setStores(stores);
        view.fitToStores();
        QVERIFY(view.regionOutline().isEmpty());

        const QString region = QStringLiteral("Limburg");
        view.setHighlightedRegion(region);
        const QPolygonF outline = view.regionOutline();
        QVERIFY(outline.size() >= 8);
        const QList<QGraphicsItem *> sceneItems = view.scene()->items();
        const auto drawn = std::find_if(sceneItems.begin(), sceneItems.end(), [](const QGraphicsItem *item) {
            return item->type() == QGraphicsPolygonItem::Type && item->isVisible();
        });
        QVERIFY(drawn != sceneItems.end());
        // Under every marker.
        for (const StoreMarkerItem *marker : view.markers())
            QVERIFY((*drawn)->zValue() < marker->zValue());
        // Around every store of the region, a few pixels away from each; around no other store
        // far outside the region's box.
        QPolygonF regionStores;
        for (const StoreInfo &info : stores) {
            if (info.region != region)
                continue;
            const QPointF scene = GeoProjection::toScene(info.longitude, info.latitude);
            QVERIFY(outline.containsPoint(scene, Qt::OddEvenFill));
            regionStores << scene;
        }
        QVERIFY(regionStores.size() >= 10);
        const QRectF regionBox = regionStores.boundingRect();
        const QRectF outlineBox = outline.boundingRect();
        QVERIFY(outlineBox.contains(regionBox));
        const double paddingPixels = (outlineBox.width() - regionBox.width()) / 2.0 * view.zoomLevel();
        QVERIFY2(paddingPixels > 10.0 && paddingPixels < 50.0, qPrintable(QString::number(paddingPixels)));
        const auto ringsAreInside = [&view, &region](const QPolygonF &polygon) {
            for (const StoreMarkerItem *marker : view.markers()) {
                if (marker->isCluster() || !marker->isHighlighted())
                    continue;
                const double reach = marker->boundingRect().width() / 2.0 / view.zoomLevel();
                for (const QPointF &offset :
                     {QPointF(reach, 0), QPointF(-reach, 0), QPointF(0, reach), QPointF(0, -reach)}) {
                    if (!polygon.containsPoint(marker->pos() + offset, Qt::OddEvenFill))
                        return false;
                }
            }
            return true;
        };
        QVERIFY(ringsAreInside(outline));

        // The padding is in pixels: zoomed in, the outline hugs the stores closer in scene units.
        view.setCounts(countsFor(stores)); // bigger markers, a wider padding
        view.zoomAt(4.0, view.viewport()->rect().center());
        const QRectF zoomedBox = view.regionOutline().boundingRect();
        QVERIFY(zoomedBox.contains(regionBox));
        QVERIFY(zoomedBox.width() < outlineBox.width());
        QVERIFY(ringsAreInside(view.regionOutline()));

        // A region with one placed store: a circle around it.
        QList<StoreInfo> withLonelyStore = stores;
        withLonelyStore << store(999, QStringLiteral("Maastricht"), QStringLiteral("Zuid-Limburg"), 5.69,
                                 50.85)
                        << unplaced(998, QStringLiteral("Heerlen (no address)"));
        withLonelyStore.last().region = QStringLiteral("Zuid-Limburg");
        view.setStores(withLonelyStore);
        view.setHighlightedRegion(QStringLiteral("Zuid-Limburg"));
        const QPolygonF circle = view.regionOutline();
        QVERIFY(circle.size() >= 8);
        QVERIFY(circle.containsPoint(GeoProjection::toScene(5.69, 50.85), Qt::OddEvenFill));

        // A region without placed stores has no outline, nor has no region.
        view.setHighlightedRegion(QStringLiteral("Atlantis"));
        QVERIFY(view.regionOutline().isEmpty());
        view.setHighlightedRegion(region);
        QVERIFY(!view.regionOutline().isEmpty());
        view.setHighlightedRegion(QString());
        QVERIFY(view.regionOutline().isEmpty());
        const QList<QGraphicsItem *> itemsNow = view.scene()->items(); // the markers were rebuilt
        QVERIFY(std::none_of(itemsNow.begin(), itemsNow.end(), [](const QGraphicsItem *item) {
            return item->type() == QGraphicsPolygonItem::Type && item->isVisible();
        }));
    }

    // Not a check: with HQ_MAP_SCREENSHOT=<file.png> set, saves a picture of the panel to look at.
    void screenshot()
    {
        const QString path = qEnvironmentVariable("HQ_MAP_SCREENSHOT");
        if (path.isEmpty())
            QSKIP("set HQ_MAP_SCREENSHOT=<file.png> to save a picture of the map panel");
        StoreMapPanel panel;
        panel.resize(1100, 700);
        QList<StoreInfo> stores = beneluxStores();
        stores << unplaced(901, QStringLiteral("Ghent Docks (pop-up)"))
               << unplaced(902, QStringLiteral("Online shop"));
        QHash<int, StoreCounts> counts = countsFor(stores);
        panel.setStores(stores);
        panel.setCounts(counts);
        panel.setHighlightedRegion(qEnvironmentVariable("HQ_MAP_REGION"));
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const double zoom = qEnvironmentVariable("HQ_MAP_ZOOM").toDouble();
        if (zoom > 0)
            panel.mapView()->zoomAt(zoom, panel.mapView()->viewport()->rect().center());
        QTest::qWait(50);
        QVERIFY(panel.grab().save(path));
    }
};

QTEST_MAIN(TestStoreMapView)
#include "tst_storemapview.moc"
