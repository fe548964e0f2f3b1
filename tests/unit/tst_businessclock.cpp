// BusinessCalendar and BusinessClock: business hours added and counted across nights, weekends,
// holidays, closures, DST changes and time zones, inside and outside the laid-out span; and the
// fast answers equal the day-by-day walk.
#include "triage/businessclock.h"

#include <QtTest>

namespace {

const QTimeZone kBrussels("Europe/Brussels");
const QTimeZone kNewYork("America/New_York");

QDateTime at(QDate date, int hour, int minute = 0, const QTimeZone &zone = kBrussels)
{
    return QDateTime(date, QTime(hour, minute), zone);
}

BusinessClock clockFor(const BusinessCalendar &calendar)
{
    return BusinessClock(calendar, QDate(2026, 1, 1), QDate(2027, 12, 31));
}

} // namespace

Q_DECLARE_METATYPE(BusinessCalendar)

class TestBusinessClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(kBrussels.isValid() && kNewYork.isValid(), "the time zone database (tzdata) is missing");
    }

    void addsBusinessHours_data()
    {
        QTest::addColumn<BusinessCalendar>("calendar");
        QTest::addColumn<QDateTime>("start");
        QTest::addColumn<double>("hours");
        QTest::addColumn<QDateTime>("expected");
        const BusinessCalendar standard = BusinessCalendar::standard(kBrussels);
        // 2026-12-04 is a Friday.
        QTest::newRow("Friday 16:00 + 8 h = Monday 16:00")
            << standard << at(QDate(2026, 12, 4), 16) << 8.0 << at(QDate(2026, 12, 7), 16);
        QTest::newRow("within the day")
            << standard << at(QDate(2026, 12, 1), 10) << 3.5 << at(QDate(2026, 12, 1), 13, 30);
        QTest::newRow("ends at closing, not the next opening")
            << standard << at(QDate(2026, 12, 1), 9) << 8.0 << at(QDate(2026, 12, 1), 17);
        QTest::newRow("started at night counts from the opening")
            << standard << at(QDate(2026, 12, 1), 22) << 1.0 << at(QDate(2026, 12, 2), 10);
        QTest::newRow("started on Saturday")
            << standard << at(QDate(2026, 12, 5), 11) << 2.0 << at(QDate(2026, 12, 7), 11);
        QTest::newRow("48 h is six business days")
            << standard << at(QDate(2026, 12, 1), 12) << 48.0 << at(QDate(2026, 12, 9), 12);
        BusinessCalendar christmas = standard;
        christmas.addHoliday(QDate(2026, 12, 25)); // a Friday
        QTest::newRow("across a holiday")
            << christmas << at(QDate(2026, 12, 24), 16) << 2.0 << at(QDate(2026, 12, 28), 10);
        BusinessCalendar closedMorning = standard;
        closedMorning.addClosure(at(QDate(2026, 12, 2), 9), at(QDate(2026, 12, 2), 12));
        QTest::newRow("across a closure (inventory morning)")
            << closedMorning << at(QDate(2026, 12, 1), 16) << 2.0 << at(QDate(2026, 12, 2), 13);
        // Summer time ends on 2026-10-25 (Sunday) in Brussels and starts on 2026-03-29.
        QTest::newRow("across the end of summer time")
            << standard << at(QDate(2026, 10, 23), 16) << 2.0 << at(QDate(2026, 10, 26), 10);
        const BusinessCalendar allWeek(kBrussels, {{7, 0, 24 * 60}});
        QTest::newRow("a 23-hour Sunday at the start of summer time")
            << allWeek << at(QDate(2026, 3, 29), 0) << 23.0 << at(QDate(2026, 3, 30), 0);
        QTest::newRow("24 h on that Sunday run into the next one")
            << allWeek << at(QDate(2026, 3, 29), 0) << 24.0 << at(QDate(2026, 4, 5), 1);
        QTest::newRow("a 25-hour Sunday at the end of summer time")
            << allWeek << at(QDate(2026, 10, 25), 0) << 24.0 << at(QDate(2026, 10, 25), 23);
        QTest::newRow("a store in New York, asked in Brussels time")
            << BusinessCalendar::standard(kNewYork) << at(QDate(2026, 12, 4), 22) /* 16:00 in NY */ << 8.0
            << at(QDate(2026, 12, 7), 16, 0, kNewYork);
        QTest::newRow("split shifts 9-12 and 13-18")
            << BusinessCalendar(kBrussels, {{1, 9 * 60, 12 * 60}, {1, 13 * 60, 18 * 60}})
            << at(QDate(2026, 11, 30), 11) << 2.0 << at(QDate(2026, 11, 30), 14);
        QTest::newRow("zero hours is the start itself")
            << standard << at(QDate(2026, 12, 5), 11) << 0.0 << at(QDate(2026, 12, 5), 11);
        QTest::newRow("after the laid-out span (walked)")
            << standard << at(QDate(2028, 6, 2), 16) << 8.0 << at(QDate(2028, 6, 5), 16);
        QTest::newRow("from before the span into it")
            << standard << at(QDate(2025, 12, 31), 16) << 9.0 << at(QDate(2026, 1, 1), 17);
        QTest::newRow("from the span past its end")
            << standard << at(QDate(2027, 12, 31), 16) << 8.0 << at(QDate(2028, 1, 3), 16);
    }

    void addsBusinessHours()
    {
        QFETCH(BusinessCalendar, calendar);
        QFETCH(QDateTime, start);
        QFETCH(double, hours);
        QFETCH(QDateTime, expected);
        const BusinessClock clock = clockFor(calendar);
        const qint64 seconds = qRound64(hours * 3600);
        const QDateTime due = clock.addSeconds(start, seconds);
        QCOMPARE(due, expected.toUTC());
        QCOMPARE(due.timeSpec(), Qt::UTC);
        // Counting back gives the same hours, unless the start was outside the hours.
        if (clock.isOpenAt(start))
            QCOMPARE(clock.secondsBetween(start, due), seconds);
    }

    void countsBusinessTime_data()
    {
        QTest::addColumn<QDateTime>("from");
        QTest::addColumn<QDateTime>("to");
        QTest::addColumn<double>("hours");
        QTest::newRow("a whole week") << at(QDate(2026, 11, 30), 0) << at(QDate(2026, 12, 7), 0) << 40.0;
        QTest::newRow("Friday 16:00 to Monday 10:00")
            << at(QDate(2026, 12, 4), 16) << at(QDate(2026, 12, 7), 10) << 2.0;
        QTest::newRow("backwards is negative")
            << at(QDate(2026, 12, 7), 10) << at(QDate(2026, 12, 4), 16) << -2.0;
        QTest::newRow("a weekend") << at(QDate(2026, 12, 5), 8) << at(QDate(2026, 12, 6), 20) << 0.0;
        QTest::newRow("a year before the span")
            << at(QDate(2024, 1, 1), 0) << at(QDate(2025, 1, 1), 0) << 262 * 8.0; // 2024: 262 weekdays
        QTest::newRow("across both ends of the span")
            << at(QDate(2025, 12, 31), 12) << at(QDate(2028, 1, 3), 12)
            << (5 + (261 + 261) * 8.0 + 3); // 2026 and 2027 have 261 weekdays each
    }

    void countsBusinessTime()
    {
        QFETCH(QDateTime, from);
        QFETCH(QDateTime, to);
        QFETCH(double, hours);
        QCOMPARE(clockFor(BusinessCalendar::standard(kBrussels)).secondsBetween(from, to),
                 qRound64(hours * 3600));
    }

    void theSpanGivesTheWalksAnswers()
    {
        // The same questions to a clock that lays out 2026 and to one that lays out nothing of it
        // (a span in 2030, so every answer is walked) give the same answers.
        BusinessCalendar calendar(
            kBrussels,
            {{1, 8 * 60, 12 * 60}, {1, 13 * 60, 17 * 60}, {3, 0, 24 * 60}, {6, 10 * 60, 14 * 60 + 30}});
        calendar.addHoliday(QDate(2026, 5, 1));
        calendar.addClosure(at(QDate(2026, 10, 24), 11), at(QDate(2026, 10, 28), 9));
        const BusinessClock laidOut(calendar, QDate(2026, 1, 1), QDate(2026, 12, 31));
        const BusinessClock walked(calendar, QDate(2030, 1, 1), QDate(2030, 1, 2));
        const QDateTime origin = at(QDate(2026, 1, 2), 7);
        for (int step = 0; step < 400; ++step) {
            const QDateTime start = origin.addSecs(qint64(step) * 77777);
            const qint64 seconds = (step * 7919) % (60 * 3600);
            QCOMPARE(laidOut.addSeconds(start, seconds), walked.addSeconds(start, seconds));
            const QDateTime end = start.addSecs(qint64(step % 37) * 11111);
            QCOMPARE(laidOut.secondsBetween(start, end), walked.secondsBetween(start, end));
            QCOMPARE(laidOut.isOpenAt(start), walked.isOpenAt(start));
        }
    }

    void calendarFacts()
    {
        const BusinessCalendar standard = BusinessCalendar::standard(kBrussels);
        QVERIFY(standard.isValid());
        QCOMPARE(standard.hoursPerDay(), 8.0);
        QCOMPARE(
            BusinessCalendar(kBrussels, {{1, 9 * 60, 12 * 60}, {1, 13 * 60, 18 * 60}, {2, 9 * 60, 12 * 60}})
                .hoursPerDay(),
            5.5);
        QCOMPARE(standard.key(), BusinessCalendar::standard(kBrussels).key());
        QVERIFY(standard.key() != BusinessCalendar::standard(kNewYork).key());
        BusinessCalendar holiday = standard;
        holiday.addHoliday(QDate(2026, 12, 25));
        QVERIFY(holiday.key() != standard.key());
        QVERIFY(holiday.openOn(QDate(2026, 12, 25)).isEmpty());
        QCOMPARE(holiday.openOn(QDate(2026, 12, 24)).size(), 1);
        // Hours that make no sense are dropped; none left is an invalid calendar.
        const BusinessCalendar nonsense(kBrussels, {{0, 0, 60}, {8, 0, 60}, {1, 600, 540}, {2, -5, 60}});
        QVERIFY(!nonsense.isValid());
        QVERIFY(!BusinessCalendar().isValid());
        QVERIFY(!BusinessCalendar(QTimeZone("Nowhere/Atlantis"), {{1, 0, 60}}).isValid());
    }

    void aCalendarThatNeverOpens()
    {
        BusinessCalendar closed = BusinessCalendar::standard(kBrussels);
        closed.addClosure(at(QDate(2020, 1, 1), 0), at(QDate(2099, 1, 1), 0));
        const BusinessClock clock = clockFor(closed);
        QVERIFY(!clock.addSeconds(at(QDate(2026, 12, 4), 10), 3600).isValid());
        QCOMPARE(clock.secondsBetween(at(QDate(2026, 1, 1), 0), at(QDate(2027, 1, 1), 0)), 0);
        QVERIFY(!clock.isOpenAt(at(QDate(2026, 12, 4), 10)));
        const BusinessClock invalid = clockFor(BusinessCalendar());
        QVERIFY(!invalid.isValid());
        QVERIFY(!invalid.addSeconds(at(QDate(2026, 12, 4), 10), 60).isValid());
        QCOMPARE(invalid.secondsBetween(at(QDate(2026, 12, 4), 10), at(QDate(2026, 12, 5), 10)), 0);
    }
};

QTEST_GUILESS_MAIN(TestBusinessClock)
#include "tst_businessclock.moc"
