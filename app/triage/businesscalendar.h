// BusinessCalendar: when a store works: weekly opening hours in its time zone, minus holidays and
// closures (Odoo's resource.calendar with its attendances and global leaves). A plain value.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

struct WeeklyHours
{
    int dayOfWeek = 1;  // Qt's numbering: 1 Monday … 7 Sunday (Odoo's dayofweek "0" is Monday)
    int fromMinute = 0; // minutes after local midnight, 0…1440
    int toMinute = 0;   // after fromMinute; 1440 is the end of the day
    bool operator==(const WeeklyHours &) const = default;
};

// A span of time with no business hours, in UTC (a holiday, an inventory closure).
struct ClosedPeriod
{
    QDateTime from;
    QDateTime to;
    bool operator==(const ClosedPeriod &) const = default;
};

// An open interval in milliseconds since the epoch (UTC), end excluded.
struct OpenInterval
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    bool operator==(const OpenInterval &) const = default;
};

class BusinessCalendar
{
public:
    BusinessCalendar() = default; // invalid: no hours
    BusinessCalendar(const QTimeZone &zone, QList<WeeklyHours> hours, QList<ClosedPeriod> closures = {});

    // Monday to Friday, 9:00 to 17:00, in `zone`: the calendar of a store nobody configured.
    static BusinessCalendar standard(const QTimeZone &zone);

    // A valid time zone and at least one opening of positive length.
    bool isValid() const;
    QTimeZone zone() const { return m_zone; }
    const QList<WeeklyHours> &hours() const { return m_hours; }
    const QList<ClosedPeriod> &closures() const { return m_closures; }

    // The whole local day `date` is closed (a public holiday from Settings or the policy).
    void addHoliday(QDate date);
    void addClosure(const QDateTime &from, const QDateTime &to);

    // The open intervals of the local day `date`, sorted, closures taken out. A DST change that
    // day is counted: 9–17 is 8 hours of real time on any day, 0–24 is 23 or 25 on the change.
    QList<OpenInterval> openOn(QDate date) const;
    // The mean open hours of a working day: what "1 business day" means in texts (Odoo's
    // hours_per_day). 0 for an invalid calendar.
    double hoursPerDay() const;
    // Equal for calendars that give the same answers (to share one BusinessClock).
    QString key() const;

private:
    QTimeZone m_zone;
    QList<WeeklyHours> m_hours;     // sorted by day and start
    QList<ClosedPeriod> m_closures; // sorted by start
};
