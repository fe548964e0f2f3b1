// BusinessClock: business time on one BusinessCalendar, fast: the open intervals of a span of days
// laid out once with their running total, so each question is a binary search (no time zone work).
#pragma once

#include "businesscalendar.h"

#include <QDateTime>
#include <QList>

class BusinessClock
{
public:
    // Lays out the open intervals of the local days `firstDay` to `lastDay`. Questions about
    // moments outside the span are still answered, by walking the calendar day by day.
    BusinessClock(BusinessCalendar calendar, QDate firstDay, QDate lastDay);

    const BusinessCalendar &calendar() const { return m_calendar; }
    bool isValid() const { return m_calendar.isValid(); }

    // Business seconds from `from` to `to`; negative when `to` is earlier. 0 on an invalid calendar.
    qint64 secondsBetween(const QDateTime &from, const QDateTime &to) const;
    // The moment `seconds` (>= 0) business seconds after `start`, in UTC: the end of an opening
    // when the time runs out exactly there (Friday 9:00 + 8 h is Friday 17:00, not Monday 9:00).
    // Invalid when the calendar never opens (within ten years).
    QDateTime addSeconds(const QDateTime &start, qint64 seconds) const;
    bool isOpenAt(const QDateTime &moment) const;

private:
    struct Stretch // an open interval and the business time before it since the span began
    {
        OpenInterval open;
        qint64 beforeMs = 0;
    };

    // Business ms from the span's start to `ms` (negative before it).
    qint64 elapsedAt(qint64 ms) const;
    // Business ms in [fromMs, toMs), walking the calendar (for moments outside the span).
    qint64 walkBetween(qint64 fromMs, qint64 toMs) const;
    // The moment `businessMs` after `fromMs`, walking the calendar; -1 when it never opens.
    qint64 walkForward(qint64 fromMs, qint64 businessMs) const;
    QDate localDate(qint64 ms) const;

    BusinessCalendar m_calendar;
    QList<Stretch> m_stretches;
    qint64 m_spanStartMs = 0; // local midnight of firstDay
    qint64 m_spanEndMs = 0;   // local midnight after lastDay
    qint64 m_totalMs = 0;
};
