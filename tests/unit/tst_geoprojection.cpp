// GeoProjection: known points, clamped poles, round trips, bounds and fitting, against values
// computed independently (Web Mercator with a world 3600 scene units wide).
#include "geoprojection.h"

#include <QtTest>

#include <cmath>

namespace {

bool near(double a, double b, double tolerance = 1e-9)
{
    return std::abs(a - b) <= tolerance;
}

QString describe(const QPointF &point)
{
    return QStringLiteral("(%1, %2)").arg(point.x(), 0, 'g', 17).arg(point.y(), 0, 'g', 17);
}

} // namespace

class TestGeoProjection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toScene_data()
    {
        QTest::addColumn<double>("longitude");
        QTest::addColumn<double>("latitude");
        QTest::addColumn<QPointF>("scene");

        QTest::newRow("origin") << 0.0 << 0.0 << QPointF(0.0, 0.0);
        QTest::newRow("east edge") << 180.0 << 0.0 << QPointF(1800.0, 0.0);
        QTest::newRow("west edge") << -180.0 << 0.0 << QPointF(-1800.0, 0.0);
        QTest::newRow("brussels") << 4.35 << 50.85 << QPointF(43.5, -592.4212534988458);
        QTest::newRow("45 north") << 90.0 << 45.0 << QPointF(900.0, -504.9898671052621);
        QTest::newRow("sydney") << 151.21 << -33.87 << QPointF(1512.1, 360.34655768429116);
        QTest::newRow("85 north") << 0.0 << 85.0 << QPointF(0.0, -1794.1035067702048);
        QTest::newRow("north pole clamped") << 0.0 << 90.0 << QPointF(0.0, -1794.1035067702048);
        QTest::newRow("south pole clamped") << 0.0 << -90.0 << QPointF(0.0, 1794.1035067702048);
        QTest::newRow("beyond 85 south clamped") << -45.0 << -88.5 << QPointF(-450.0, 1794.1035067702048);
    }

    void toScene()
    {
        QFETCH(double, longitude);
        QFETCH(double, latitude);
        QFETCH(QPointF, scene);
        const QPointF actual = GeoProjection::toScene(longitude, latitude);
        QVERIFY2(near(actual.x(), scene.x()) && near(actual.y(), scene.y()),
                 qPrintable(describe(actual) + QStringLiteral(" != ") + describe(scene)));
        QCOMPARE(GeoProjection::toScene(QPointF(longitude, latitude)), actual);
    }

    void roundTrip_data()
    {
        QTest::addColumn<double>("longitude");
        QTest::addColumn<double>("latitude");

        QTest::newRow("origin") << 0.0 << 0.0;
        QTest::newRow("brussels") << 4.35 << 50.85;
        QTest::newRow("amsterdam") << 4.9041 << 52.3676;
        QTest::newRow("east edge") << 180.0 << 0.0;
        QTest::newRow("west edge") << -180.0 << 0.0;
        QTest::newRow("anchorage") << -149.9003 << 61.2181;
        QTest::newRow("cape town") << 18.4241 << -33.9249;
        QTest::newRow("84.99 north") << 12.0 << 84.99;
        QTest::newRow("85 south") << -12.0 << -85.0;
        QTest::newRow("tiny") << 1e-7 << -1e-7;
    }

    void roundTrip()
    {
        QFETCH(double, longitude);
        QFETCH(double, latitude);
        const QPointF back = GeoProjection::toGeo(GeoProjection::toScene(longitude, latitude));
        QVERIFY2(near(back.x(), longitude) && near(back.y(), latitude), qPrintable(describe(back)));
    }

    void polesComeBackClamped()
    {
        QVERIFY(near(GeoProjection::toGeo(GeoProjection::toScene(10.0, 90.0)).y(), 85.0));
        QVERIFY(near(GeoProjection::toGeo(GeoProjection::toScene(10.0, -90.0)).y(), -85.0));
    }

    void northIsUp()
    {
        QVERIFY(GeoProjection::toScene(4.35, 52.0).y() < GeoProjection::toScene(4.35, 50.0).y());
        QVERIFY(GeoProjection::toScene(6.0, 50.0).x() > GeoProjection::toScene(3.0, 50.0).x());
    }

    void worldSceneRect()
    {
        const QRectF world = GeoProjection::worldSceneRect();
        QVERIFY(near(world.left(), -1800.0));
        QVERIFY(near(world.width(), GeoProjection::WorldWidth));
        QVERIFY(near(world.top(), -1794.1035067702048));
        QVERIFY(near(world.bottom(), 1794.1035067702048));
    }

    void boundsOf_data()
    {
        QTest::addColumn<QList<QPointF>>("points");
        QTest::addColumn<QRectF>("bounds");

        QTest::newRow("empty") << QList<QPointF>{} << QRectF();
        QTest::newRow("one point") << QList<QPointF>{{4.35, 50.85}} << QRectF(4.35, 50.85, 0.0, 0.0);
        QTest::newRow("benelux") << QList<QPointF>{{4.35, 50.85}, {3.0, 51.2}, {6.5, 50.0}, {4.9, 52.0}}
                                 << QRectF(QPointF(3.0, 50.0), QPointF(6.5, 52.0));
        QTest::newRow("both hemispheres") << QList<QPointF>{{-70.6, -33.4}, {151.2, -33.9}, {-0.1, 51.5}}
                                          << QRectF(QPointF(-70.6, -33.9), QPointF(151.2, 51.5));
    }

    void boundsOf()
    {
        QFETCH(QList<QPointF>, points);
        QFETCH(QRectF, bounds);
        const QRectF actual = GeoProjection::boundsOf(points);
        QCOMPARE(actual.isNull(), bounds.isNull());
        QVERIFY(near(actual.left(), bounds.left()));
        QVERIFY(near(actual.right(), bounds.right()));
        QVERIFY(near(actual.top(), bounds.top()));
        QVERIFY(near(actual.bottom(), bounds.bottom()));
    }

    void fitRect_data()
    {
        QTest::addColumn<QRectF>("geoBounds");
        QTest::addColumn<double>("margin");
        QTest::addColumn<QRectF>("scene");

        // Benelux, lon 3..6.5, lat 50..52: y from -610.8656629615306 (52 N) to -579.0788113636135 (50 N).
        QTest::newRow("benelux, no margin")
            << QRectF(QPointF(3.0, 50.0), QPointF(6.5, 52.0)) << 0.0
            << QRectF(QPointF(30.0, -610.8656629615306), QPointF(65.0, -579.0788113636135));
        QTest::newRow("benelux, 10% margin") << QRectF(QPointF(3.0, 50.0), QPointF(6.5, 52.0)) << 0.1
                                             << QRectF(26.5, -614.0443481213223, 42.0, 38.144221917500545);
        QTest::newRow("one point grows to the minimum span")
            << QRectF(4.35, 50.85, 0.0, 0.0) << 0.1
            << QRectF(43.5 - 5.0, -592.4212534988458 - 5.0, 10.0, 10.0);
        QTest::newRow("a thin line grows in its short direction only")
            << QRectF(QPointF(0.0, 0.0), QPointF(10.0, 0.0)) << 0.0 << QRectF(0.0, -5.0, 100.0, 10.0);
    }

    void fitRect()
    {
        QFETCH(QRectF, geoBounds);
        QFETCH(double, margin);
        QFETCH(QRectF, scene);
        const QRectF actual = GeoProjection::fitRect(geoBounds, margin);
        const auto text = QStringLiteral("%1,%2 %3x%4")
                              .arg(actual.x(), 0, 'g', 17)
                              .arg(actual.y(), 0, 'g', 17)
                              .arg(actual.width(), 0, 'g', 17)
                              .arg(actual.height(), 0, 'g', 17);
        QVERIFY2(near(actual.left(), scene.left()) && near(actual.top(), scene.top()) &&
                     near(actual.width(), scene.width()) && near(actual.height(), scene.height()),
                 qPrintable(text));
    }

    void fitRectContainsEveryPoint()
    {
        const QList<QPointF> points{{4.35, 50.85}, {3.0, 51.2}, {6.5, 50.0}, {4.9, 52.0}, {5.6, 51.4}};
        const QRectF scene = GeoProjection::fitRect(GeoProjection::boundsOf(points), 0.05);
        for (const QPointF &point : points)
            QVERIFY(scene.contains(GeoProjection::toScene(point)));
    }
};

QTEST_APPLESS_MAIN(TestGeoProjection)
#include "tst_geoprojection.moc"
