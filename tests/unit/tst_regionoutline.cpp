// RegionOutline: the convex hull of a region's stores and the padded outline around it, checked
// on shapes whose answers are known (a single point, two points, a square, collinear and repeated
// points) and on a random cloud against its geometric properties.
#include "regionoutline.h"

#include <QLineF>
#include <QRandomGenerator>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace {

// Distance from a point to the segment a-b.
double distanceToSegment(const QPointF &p, const QPointF &a, const QPointF &b)
{
    const QPointF ab = b - a;
    const double length2 = QPointF::dotProduct(ab, ab);
    const double t = length2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / length2, 0.0, 1.0) : 0.0;
    return QLineF(p, a + t * ab).length();
}

// Distance from a point to a convex polygon given by its vertices (0 inside it).
double distanceToHull(const QPointF &p, const QPolygonF &hull)
{
    if (hull.size() >= 3 && hull.containsPoint(p, Qt::OddEvenFill))
        return 0.0;
    double best = std::numeric_limits<double>::infinity();
    for (qsizetype i = 0; i < hull.size(); ++i)
        best = std::min(best, distanceToSegment(p, hull.at(i), hull.at((i + 1) % hull.size())));
    return best;
}

// Whether every turn of the polygon goes the same way (never right, for counter-clockwise).
bool isConvexCounterClockwise(const QPolygonF &polygon)
{
    const qsizetype n = polygon.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QPointF a = polygon.at(i);
        const QPointF b = polygon.at((i + 1) % n);
        const QPointF c = polygon.at((i + 2) % n);
        const double turn = (b.x() - a.x()) * (c.y() - b.y()) - (b.y() - a.y()) * (c.x() - b.x());
        if (turn < -1e-9)
            return false;
    }
    return true;
}

QString describe(const QPolygonF &polygon)
{
    QStringList points;
    for (const QPointF &point : polygon)
        points << QStringLiteral("(%1,%2)").arg(point.x()).arg(point.y());
    return points.join(QLatin1Char(' '));
}

} // namespace

class TestRegionOutline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void convexHull_data()
    {
        QTest::addColumn<QList<QPointF>>("points");
        QTest::addColumn<QList<QPointF>>("hull"); // in the order expected, from the leftmost point

        QTest::newRow("none") << QList<QPointF>{} << QList<QPointF>{};
        QTest::newRow("one") << QList<QPointF>{{2, 3}} << QList<QPointF>{{2, 3}};
        QTest::newRow("one repeated") << QList<QPointF>{{2, 3}, {2, 3}, {2, 3}} << QList<QPointF>{{2, 3}};
        QTest::newRow("two") << QList<QPointF>{{5, 1}, {1, 1}} << QList<QPointF>{{1, 1}, {5, 1}};
        QTest::newRow("collinear") << QList<QPointF>{{0, 0}, {3, 3}, {1, 1}, {2, 2}}
                                   << QList<QPointF>{{0, 0}, {3, 3}};
        QTest::newRow("vertical line")
            << QList<QPointF>{{1, 4}, {1, 0}, {1, 2}} << QList<QPointF>{{1, 0}, {1, 4}};
        QTest::newRow("triangle") << QList<QPointF>{{0, 0}, {0, 4}, {4, 0}}
                                  << QList<QPointF>{{0, 0}, {4, 0}, {0, 4}};
        QTest::newRow("square with inner and edge points")
            << QList<QPointF>{{0, 0}, {2, 2}, {4, 4}, {0, 4}, {4, 0}, {2, 0}, {1, 3}, {0, 4}}
            << QList<QPointF>{{0, 0}, {4, 0}, {4, 4}, {0, 4}};
    }

    void convexHull()
    {
        QFETCH(QList<QPointF>, points);
        QFETCH(QList<QPointF>, hull);
        const QPolygonF result = RegionOutline::convexHull(points);
        QVERIFY2(result == QPolygonF(hull), qPrintable(describe(result)));
    }

    void around_data()
    {
        QTest::addColumn<QList<QPointF>>("points");
        QTest::addColumn<double>("padding");
        QTest::addColumn<QRectF>("bounds"); // of the outline, within the arcs' chord error

        QTest::newRow("one: a circle") << QList<QPointF>{{10, 20}} << 2.0 << QRectF(8, 18, 4, 4);
        QTest::newRow("two: a capsule") << QList<QPointF>{{0, 0}, {10, 0}} << 1.0 << QRectF(-1, -1, 12, 2);
        QTest::newRow("two repeated")
            << QList<QPointF>{{0, 0}, {10, 0}, {0, 0}, {10, 0}} << 1.0 << QRectF(-1, -1, 12, 2);
        QTest::newRow("diagonal capsule")
            << QList<QPointF>{{0, 0}, {3, 4}} << 0.5 << QRectF(-0.5, -0.5, 4, 5);
        QTest::newRow("square") << QList<QPointF>{{0, 0}, {4, 0}, {4, 4}, {0, 4}, {2, 2}} << 1.0
                                << QRectF(-1, -1, 6, 6);
        QTest::newRow("triangle") << QList<QPointF>{{0, 0}, {6, 0}, {3, 5}} << 0.25
                                  << QRectF(-0.25, -0.25, 6.5, 5.5);
        QTest::newRow("collinear three")
            << QList<QPointF>{{0, 0}, {5, 0}, {2, 0}} << 1.0 << QRectF(-1, -1, 7, 2);
        QTest::newRow("scene units near Brussels")
            << QList<QPointF>{{43.5, -592.4}, {44.1, -593.0}, {42.9, -591.8}, {43.9, -591.5}} << 0.04
            << QRectF(42.86, -593.04, 1.28, 1.58);
    }

    void around()
    {
        QFETCH(QList<QPointF>, points);
        QFETCH(double, padding);
        QFETCH(QRectF, bounds);
        const double step = 0.1;
        const QPolygonF outline = RegionOutline::around(points, padding, step);
        const QPolygonF hull = RegionOutline::convexHull(points);
        QVERIFY(outline.size() >= 8);
        QVERIFY2(isConvexCounterClockwise(outline), qPrintable(describe(outline)));

        // Every vertex lies on the padded boundary: exactly padding away from the hull.
        for (const QPointF &vertex : outline)
            QVERIFY2(std::abs(distanceToHull(vertex, hull) - padding) < 1e-9,
                     qPrintable(QStringLiteral("%1,%2: %3")
                                    .arg(vertex.x())
                                    .arg(vertex.y())
                                    .arg(distanceToHull(vertex, hull))));
        // Between vertices the boundary never cuts into the padding by more than a chord's sag.
        const double sag = padding * (1.0 - std::cos(step / 2.0));
        for (qsizetype i = 0; i < outline.size(); ++i) {
            const QPointF middle = (outline.at(i) + outline.at((i + 1) % outline.size())) / 2.0;
            QVERIFY(distanceToHull(middle, hull) >= padding - sag - 1e-9);
        }
        // Every point is well inside.
        for (const QPointF &point : std::as_const(points)) {
            QVERIFY(outline.containsPoint(point, Qt::OddEvenFill));
            for (qsizetype i = 0; i < outline.size(); ++i)
                QVERIFY(distanceToSegment(point, outline.at(i), outline.at((i + 1) % outline.size())) >=
                        padding - sag - 1e-9);
        }
        const QRectF rect = outline.boundingRect();
        const double tolerance = padding * (1.0 - std::cos(step)) + 1e-9;
        QVERIFY2(std::abs(rect.left() - bounds.left()) <= tolerance &&
                     std::abs(rect.top() - bounds.top()) <= tolerance &&
                     std::abs(rect.right() - bounds.right()) <= tolerance &&
                     std::abs(rect.bottom() - bounds.bottom()) <= tolerance,
                 qPrintable(QStringLiteral("%1,%2 %3x%4")
                                .arg(rect.x())
                                .arg(rect.y())
                                .arg(rect.width())
                                .arg(rect.height())));
    }

    void arcStepBoundsTheVertexCount()
    {
        // A circle: one full turn in steps of at most maxArcStep, the closing point not repeated.
        const QPolygonF fine = RegionOutline::around({QPointF(0, 0)}, 1.0, 0.1);
        QCOMPARE(fine.size(), qsizetype(std::ceil(2.0 * std::numbers::pi / 0.1)));
        QVERIFY(fine.first() != fine.last());
        const QPolygonF coarse = RegionOutline::around({QPointF(0, 0)}, 1.0, 1.0);
        QCOMPARE(coarse.size(), 7);
    }

    void noPaddingGivesTheHull()
    {
        const QList<QPointF> points{{0, 0}, {4, 0}, {4, 4}, {1, 1}};
        QCOMPARE(RegionOutline::around(points, 0.0), RegionOutline::convexHull(points));
        QCOMPARE(RegionOutline::around(points, -3.0), RegionOutline::convexHull(points));
        QVERIFY(RegionOutline::around({}, 5.0).isEmpty());
    }

    void randomCloudIsInsideAConvexOutline()
    {
        QRandomGenerator random(11);
        QList<QPointF> points;
        for (int i = 0; i < 300; ++i)
            points << QPointF(random.bounded(100.0), random.bounded(60.0));
        const QPolygonF hull = RegionOutline::convexHull(points);
        QVERIFY(hull.size() >= 3);
        QVERIFY(isConvexCounterClockwise(hull));
        for (const QPointF &point : std::as_const(points))
            QVERIFY(hull.containsPoint(point, Qt::OddEvenFill) || distanceToHull(point, hull) < 1e-9);
        // Every hull vertex is one of the points.
        for (const QPointF &vertex : hull)
            QVERIFY(points.contains(vertex));
        const QPolygonF outline = RegionOutline::around(points, 3.0);
        QVERIFY(isConvexCounterClockwise(outline));
        for (const QPointF &point : std::as_const(points))
            QVERIFY(outline.containsPoint(point, Qt::OddEvenFill));
    }
};

QTEST_MAIN(TestRegionOutline)
#include "tst_regionoutline.moc"
