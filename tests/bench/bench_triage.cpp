// Triage benchmark: business-hours SLA clocks for 2,500 x scale queue items (250,000 at --scale 100)
// across 600 stores in 4 time zones with 3 opening patterns and public holidays: laying out the
// clocks (one per distinct calendar), then the due moment and the business time used of every item,
// and every item's priority with its reasons.
// Prints figures only.
//   hqtower-bench-triage [--scale 100]
#include "benchsupport.h"
#include "triage/businessclock.h"
#include "triage/priorityscorer.h"

#include <QElapsedTimer>
#include <QHash>
#include <QRandomGenerator>
#include <QTextStream>

#include <memory>

namespace {

BusinessCalendar calendarOf(int store)
{
    static const QList<QByteArray> zones{"Europe/Brussels", "Europe/Lisbon", "America/New_York",
                                         "Asia/Tokyo"};
    const QTimeZone zone(zones.at(store % zones.size()));
    QList<WeeklyHours> hours;
    switch (store % 3) {
    case 0: // offices: Monday to Friday 9-17
        return BusinessCalendar::standard(zone);
    case 1: // shops: Monday to Saturday 9-12 and 13-19
        for (int day = 1; day <= 6; ++day)
            hours.append({{day, 9 * 60, 12 * 60}, {day, 13 * 60, 19 * 60}});
        break;
    default: // warehouses: every day 6-22
        for (int day = 1; day <= 7; ++day)
            hours.append({day, 6 * 60, 22 * 60});
    }
    BusinessCalendar calendar(zone, hours);
    for (const QDate holiday : {QDate(2026, 1, 1), QDate(2026, 5, 1), QDate(2026, 12, 25), QDate(2027, 1, 1)})
        calendar.addHoliday(holiday);
    return calendar;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const BenchSupport::Options options = BenchSupport::parseOptions(app);
    QTextStream out(stdout);
    const int itemCount = int(2500 * options.scale);
    const int storeCount = 600;
    const QDateTime now(QDate(2026, 12, 4), QTime(15, 0), Qt::UTC);
    const qint64 rssBefore = BenchSupport::memoryKilobytes("VmRSS");

    QElapsedTimer timer;
    timer.start();
    QHash<QString, std::shared_ptr<const BusinessClock>> byCalendar;
    QList<std::shared_ptr<const BusinessClock>> clockOfStore;
    for (int store = 0; store < storeCount; ++store) {
        const BusinessCalendar calendar = calendarOf(store);
        auto &clock = byCalendar[calendar.key()];
        if (!clock)
            clock =
                std::make_shared<BusinessClock>(calendar, now.date().addDays(-400), now.date().addDays(400));
        clockOfStore.append(clock);
    }
    const qint64 layoutMs = timer.elapsed();

    QRandomGenerator random(7);
    QList<QDateTime> created;
    QList<int> stores;
    created.reserve(itemCount);
    stores.reserve(itemCount);
    for (int i = 0; i < itemCount; ++i) {
        created.append(now.addSecs(-qint64(random.bounded(90 * 24 * 3600))));
        stores.append(random.bounded(storeCount));
    }

    timer.restart();
    qint64 overdue = 0;
    for (int i = 0; i < itemCount; ++i) {
        const BusinessClock &clock = *clockOfStore.at(stores.at(i));
        const QDateTime due = clock.addSeconds(created.at(i), 16 * 3600);
        const qint64 used = clock.secondsBetween(created.at(i), now);
        if (due < now && used > 0)
            ++overdue;
    }
    const qint64 computeMs = timer.elapsed();

    // The whole priority (severity, SLA in business time, money) of every item, with its reasons.
    const PriorityScorer scorer(PriorityPolicy::installed());
    QueueItem item;
    item.profileId = QStringLiteral("purchase_to_approve");
    item.currency = QStringLiteral("EUR");
    timer.restart();
    qint64 scoreSum = 0;
    for (int i = 0; i < itemCount; ++i) {
        item.created = created.at(i);
        item.severity = Severity(1 + i % 4);
        item.hasAmount = i % 3 == 0;
        item.amount = double(i % 50000);
        scoreSum += scorer.score(item, 16.0, clockOfStore.at(stores.at(i)).get(), now).score;
    }
    const qint64 scoreMs = timer.elapsed();
    const qint64 rssAfter = BenchSupport::memoryKilobytes("VmRSS");

    out << "calendars: " << byCalendar.size() << " distinct for " << storeCount
        << " stores, laid out over 801 days in " << layoutMs << " ms\n";
    out << "items: " << itemCount << ", due moment + business time used of each in " << computeMs << " ms ("
        << (itemCount > 0 ? double(computeMs) * 1000.0 / itemCount : 0.0) << " us per item), " << overdue
        << " overdue\n";
    out << "priority with reasons of each in " << scoreMs << " ms (mean score "
        << (itemCount > 0 ? double(scoreSum) / itemCount : 0.0) << ")\n";
    out << "memory: +" << (rssAfter - rssBefore) / 1024 << " MiB RSS (clocks and the items' dates)\n";
    return 0;
}
