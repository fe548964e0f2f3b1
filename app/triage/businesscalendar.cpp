#include "businesscalendar.h"

#include <algorithm>

namespace {

QDateTime localMoment(QDate date, int minute, const QTimeZone &zone)
{
    if (minute >= 24 * 60)
        return QDateTime(date.addDays(1), QTime(0, 0), zone);
    return QDateTime(date, QTime(minute / 60, minute % 60), zone);
}

// `intervals` without the part inside [from, to).
QList<OpenInterval> without(const QList<OpenInterval> &intervals, qint64 from, qint64 to)
{
    QList<OpenInterval> kept;
    for (const OpenInterval &open : intervals) {
        if (open.endMs <= from || open.startMs >= to) {
            kept.append(open);
            continue;
        }
        if (open.startMs < from)
            kept.append({open.startMs, from});
        if (open.endMs > to)
            kept.append({to, open.endMs});
    }
    return kept;
}

} // namespace

BusinessCalendar::BusinessCalendar(const QTimeZone &zone, QList<WeeklyHours> hours,
                                   QList<ClosedPeriod> closures)
    : m_zone(zone)
    , m_hours(std::move(hours))
{
    m_hours.removeIf([](const WeeklyHours &h) {
        return h.dayOfWeek < 1 || h.dayOfWeek > 7 || h.fromMinute < 0 || h.toMinute > 24 * 60 ||
               h.toMinute <= h.fromMinute;
    });
    std::sort(m_hours.begin(), m_hours.end(), [](const WeeklyHours &a, const WeeklyHours &b) {
        return std::pair(a.dayOfWeek, a.fromMinute) < std::pair(b.dayOfWeek, b.fromMinute);
    });
    for (const ClosedPeriod &closed : std::as_const(closures))
        addClosure(closed.from, closed.to);
}

BusinessCalendar BusinessCalendar::standard(const QTimeZone &zone)
{
    QList<WeeklyHours> hours;
    for (int day = 1; day <= 5; ++day)
        hours.append({day, 9 * 60, 17 * 60});
    return BusinessCalendar(zone, hours);
}

bool BusinessCalendar::isValid() const
{
    return m_zone.isValid() && !m_hours.isEmpty();
}

void BusinessCalendar::addHoliday(QDate date)
{
    if (date.isValid() && m_zone.isValid())
        addClosure(QDateTime(date, QTime(0, 0), m_zone), QDateTime(date.addDays(1), QTime(0, 0), m_zone));
}

void BusinessCalendar::addClosure(const QDateTime &from, const QDateTime &to)
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return;
    const ClosedPeriod closed{from.toUTC(), to.toUTC()};
    const auto at =
        std::lower_bound(m_closures.begin(), m_closures.end(), closed,
                         [](const ClosedPeriod &a, const ClosedPeriod &b) { return a.from < b.from; });
    m_closures.insert(at, closed);
}

QList<OpenInterval> BusinessCalendar::openOn(QDate date) const
{
    QList<OpenInterval> intervals;
    if (!isValid() || !date.isValid())
        return intervals;
    const int day = date.dayOfWeek();
    for (const WeeklyHours &hours : m_hours) {
        if (hours.dayOfWeek != day)
            continue;
        const qint64 start = localMoment(date, hours.fromMinute, m_zone).toMSecsSinceEpoch();
        const qint64 end = localMoment(date, hours.toMinute, m_zone).toMSecsSinceEpoch();
        if (end <= start)
            continue;
        if (!intervals.isEmpty() && start <= intervals.last().endMs)
            intervals.last().endMs = std::max(intervals.last().endMs, end); // overlapping hours
        else
            intervals.append({start, end});
    }
    if (intervals.isEmpty() || m_closures.isEmpty())
        return intervals;
    const qint64 first = intervals.first().startMs, last = intervals.last().endMs;
    for (const ClosedPeriod &closed : m_closures) {
        const qint64 from = closed.from.toMSecsSinceEpoch(), to = closed.to.toMSecsSinceEpoch();
        if (from >= last)
            break;
        if (to > first)
            intervals = without(intervals, from, to);
    }
    return intervals;
}

double BusinessCalendar::hoursPerDay() const
{
    if (!isValid())
        return 0;
    int minutes = 0;
    QList<int> days;
    for (const WeeklyHours &hours : m_hours) {
        minutes += hours.toMinute - hours.fromMinute;
        if (!days.contains(hours.dayOfWeek))
            days.append(hours.dayOfWeek);
    }
    return minutes / 60.0 / double(days.size());
}

QString BusinessCalendar::key() const
{
    QString key = QString::fromUtf8(m_zone.id());
    for (const WeeklyHours &hours : m_hours)
        key += QStringLiteral("|%1:%2-%3").arg(hours.dayOfWeek).arg(hours.fromMinute).arg(hours.toMinute);
    for (const ClosedPeriod &closed : m_closures)
        key +=
            QStringLiteral("|x%1-%2").arg(closed.from.toMSecsSinceEpoch()).arg(closed.to.toMSecsSinceEpoch());
    return key;
}
