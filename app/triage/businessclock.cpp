#include "businessclock.h"

#include <algorithm>

namespace {

constexpr int kWalkLimitDays = 3660; // ten years: a calendar that never opens ends the walk

qint64 overlap(const OpenInterval &open, qint64 fromMs, qint64 toMs)
{
    return std::max<qint64>(0, std::min(open.endMs, toMs) - std::max(open.startMs, fromMs));
}

} // namespace

BusinessClock::BusinessClock(BusinessCalendar calendar, QDate firstDay, QDate lastDay)
    : m_calendar(std::move(calendar))
{
    if (!m_calendar.isValid() || !firstDay.isValid() || !lastDay.isValid() || lastDay < firstDay)
        return;
    const QTimeZone zone = m_calendar.zone();
    m_spanStartMs = QDateTime(firstDay, QTime(0, 0), zone).toMSecsSinceEpoch();
    m_spanEndMs = QDateTime(lastDay.addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch();
    m_stretches.reserve(firstDay.daysTo(lastDay) + 1);
    for (QDate day = firstDay; day <= lastDay; day = day.addDays(1)) {
        for (const OpenInterval &open : m_calendar.openOn(day)) {
            m_stretches.append({open, m_totalMs});
            m_totalMs += open.endMs - open.startMs;
        }
    }
}

QDate BusinessClock::localDate(qint64 ms) const
{
    return QDateTime::fromMSecsSinceEpoch(ms, m_calendar.zone()).date();
}

qint64 BusinessClock::walkBetween(qint64 fromMs, qint64 toMs) const
{
    if (toMs <= fromMs)
        return 0;
    qint64 total = 0;
    // One day either side: a local day's hours may reach into the neighbouring UTC day.
    const QDate last = localDate(toMs).addDays(1);
    for (QDate day = localDate(fromMs).addDays(-1); day <= last; day = day.addDays(1)) {
        for (const OpenInterval &open : m_calendar.openOn(day))
            total += overlap(open, fromMs, toMs);
    }
    return total;
}

qint64 BusinessClock::walkForward(qint64 fromMs, qint64 businessMs) const
{
    qint64 left = businessMs;
    QDate day = localDate(fromMs).addDays(-1);
    for (int walked = 0; walked < kWalkLimitDays; ++walked, day = day.addDays(1)) {
        for (const OpenInterval &open : m_calendar.openOn(day)) {
            const qint64 start = std::max(open.startMs, fromMs);
            if (open.endMs <= start)
                continue;
            if (open.endMs - start >= left)
                return start + left;
            left -= open.endMs - start;
        }
    }
    return -1;
}

qint64 BusinessClock::elapsedAt(qint64 ms) const
{
    if (ms < m_spanStartMs)
        return -walkBetween(ms, m_spanStartMs);
    if (ms >= m_spanEndMs)
        return m_totalMs + walkBetween(m_spanEndMs, ms);
    // The last stretch that starts at or before `ms`.
    const auto after = std::upper_bound(m_stretches.cbegin(), m_stretches.cend(), ms,
                                        [](qint64 at, const Stretch &s) { return at < s.open.startMs; });
    if (after == m_stretches.cbegin())
        return 0;
    const Stretch &stretch = *(after - 1);
    return stretch.beforeMs + std::min(ms, stretch.open.endMs) - stretch.open.startMs;
}

qint64 BusinessClock::secondsBetween(const QDateTime &from, const QDateTime &to) const
{
    if (!isValid() || !from.isValid() || !to.isValid())
        return 0;
    return (elapsedAt(to.toMSecsSinceEpoch()) - elapsedAt(from.toMSecsSinceEpoch())) / 1000;
}

QDateTime BusinessClock::addSeconds(const QDateTime &start, qint64 seconds) const
{
    if (!isValid() || !start.isValid() || seconds < 0)
        return QDateTime();
    const qint64 startMs = start.toMSecsSinceEpoch();
    if (seconds == 0)
        return QDateTime::fromMSecsSinceEpoch(startMs, Qt::UTC);
    qint64 resultMs = -1;
    if (startMs >= m_spanStartMs && startMs < m_spanEndMs) {
        const qint64 target = elapsedAt(startMs) + seconds * 1000;
        if (target <= m_totalMs) {
            // The first stretch whose end reaches the target.
            const auto reaching = std::lower_bound(
                m_stretches.cbegin(), m_stretches.cend(), target,
                [](const Stretch &s, qint64 t) { return s.beforeMs + (s.open.endMs - s.open.startMs) < t; });
            resultMs = reaching->open.startMs + (target - reaching->beforeMs);
        } else {
            resultMs = walkForward(m_spanEndMs, target - m_totalMs);
        }
    } else {
        resultMs = walkForward(startMs, seconds * 1000);
    }
    return resultMs < 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(resultMs, Qt::UTC);
}

bool BusinessClock::isOpenAt(const QDateTime &moment) const
{
    if (!isValid() || !moment.isValid())
        return false;
    const qint64 ms = moment.toMSecsSinceEpoch();
    return elapsedAt(ms + 1) > elapsedAt(ms);
}
