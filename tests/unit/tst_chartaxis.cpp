// ChartAxis: the value axis of a chart from its largest value: round tops, steps of 1, 2 or 5 times
// a power of ten, at most five steps; nothing to show still gives an axis 0..1.
#include "chartaxis.h"

#include <QtTest>

#include <cmath>
#include <limits>

class TestChartAxis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void niceScale_data()
    {
        QTest::addColumn<double>("max");
        QTest::addColumn<bool>("integers");
        QTest::addColumn<double>("top");
        QTest::addColumn<int>("ticks");

        // Counts: whole steps.
        QTest::newRow("7 -> 0..8 by 2") << 7.0 << true << 8.0 << 5;
        QTest::newRow("8 fits exactly") << 8.0 << true << 8.0 << 5;
        QTest::newRow("10 -> 0..10 by 2") << 10.0 << true << 10.0 << 6;
        QTest::newRow("5 -> 0..5 by 1") << 5.0 << true << 5.0 << 6;
        QTest::newRow("3 -> 0..3 by 1") << 3.0 << true << 3.0 << 4;
        QTest::newRow("one item") << 1.0 << true << 1.0 << 2;
        QTest::newRow("11 -> 0..15 by 5") << 11.0 << true << 15.0 << 4;
        QTest::newRow("34 -> 0..40 by 10") << 34.0 << true << 40.0 << 5;
        QTest::newRow("38.08 (34 with room for the label)") << 38.08 << true << 40.0 << 5;
        QTest::newRow("1455 -> 0..1500 by 500") << 1455.0 << true << 1500.0 << 4;
        QTest::newRow("123456 -> 0..150000 by 50000") << 123456.0 << true << 150000.0 << 4;
        QTest::newRow("a billion") << 1e9 << true << 1e9 << 6;
        QTest::newRow("just over a billion -> 0..1.5e9 by 5e8") << 1000000001.0 << true << 1.5e9 << 4;
        // A fraction of a count still gets whole steps.
        QTest::newRow("0.5 count -> 0..1") << 0.5 << true << 1.0 << 2;
        QTest::newRow("2.4 count -> 0..3") << 2.4 << true << 3.0 << 4;

        // Nothing to show: an axis 0..1.
        QTest::newRow("zero count") << 0.0 << true << 1.0 << 2;
        QTest::newRow("negative count") << -3.0 << true << 1.0 << 2;
        QTest::newRow("NaN count") << std::numeric_limits<double>::quiet_NaN() << true << 1.0 << 2;
        QTest::newRow("zero hours") << 0.0 << false << 1.0 << 6;

        // Hours: fractional steps.
        QTest::newRow("0.37 h -> 0..0.4 by 0.1") << 0.37 << false << 0.4 << 5;
        QTest::newRow("0.5 h -> 0..0.5 by 0.1") << 0.5 << false << 0.5 << 6;
        QTest::newRow("2.625 h -> 0..3 by 1") << 2.625 << false << 3.0 << 4;
        QTest::newRow("7 h -> 0..8 by 2") << 7.0 << false << 8.0 << 5;
        QTest::newRow("84 h -> 0..100 by 20") << 84.0 << false << 100.0 << 6;
        QTest::newRow("0.0012 h -> 0..0.0015 by 0.0005") << 0.0012 << false << 0.0015 << 4;
    }

    void niceScale()
    {
        QFETCH(double, max);
        QFETCH(bool, integers);
        QFETCH(double, top);
        QFETCH(int, ticks);

        const ChartAxis::Scale scale = ChartAxis::niceScale(max, integers);
        QVERIFY2(std::abs(scale.top - top) <= 1e-9 * std::max(1.0, top),
                 qPrintable(QStringLiteral("top %1, expected %2").arg(scale.top, 0, 'g', 17).arg(top)));
        QCOMPARE(scale.ticks, ticks);
    }

    void everyScaleHoldsItsValueInRoundSteps()
    {
        for (const bool integers : {true, false}) {
            for (double max = 0.001; max < 1e7; max *= 1.37) {
                const ChartAxis::Scale scale = ChartAxis::niceScale(max, integers);
                QVERIFY2(scale.top >= max, qPrintable(QString::number(max)));
                QVERIFY(scale.ticks >= 2);
                QVERIFY2(scale.ticks <= ChartAxis::MaxSteps + 1, qPrintable(QString::number(max)));
                const double step = scale.top / (scale.ticks - 1);
                // The step is 1, 2 or 5 times a power of ten (whole for counts).
                const double mantissa = step / std::pow(10.0, std::floor(std::log10(step) + 1e-12));
                QVERIFY2(std::abs(mantissa - 1.0) < 1e-9 || std::abs(mantissa - 2.0) < 1e-9 ||
                             std::abs(mantissa - 5.0) < 1e-9,
                         qPrintable(QStringLiteral("max %1: step %2").arg(max).arg(step)));
                if (integers)
                    QCOMPARE(step, std::round(step));
                // No room to spare: one step less would not hold the value.
                QVERIFY2(scale.top - step < max,
                         qPrintable(QStringLiteral("max %1: top %2").arg(max).arg(scale.top)));
            }
        }
    }
};

QTEST_APPLESS_MAIN(TestChartAxis)
#include "tst_chartaxis.moc"
