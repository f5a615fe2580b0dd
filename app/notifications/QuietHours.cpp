#include "QuietHours.h"

QuietHours::QuietHours(QTime start, QTime end, const QList<Qt::DayOfWeek>& days)
{
    setStart(start);
    setEnd(end);
    setDays(days);
}

QList<Qt::DayOfWeek> QuietHours::allDays()
{
    return {Qt::Monday, Qt::Tuesday,  Qt::Wednesday, Qt::Thursday,
            Qt::Friday, Qt::Saturday, Qt::Sunday};
}

void QuietHours::setStart(QTime start)
{
    // Seconds would make "22:00" and a stored "22:00:30" compare unequal for no visible reason.
    m_start = start.isValid() ? QTime(start.hour(), start.minute()) : QTime(0, 0);
}

void QuietHours::setEnd(QTime end)
{
    m_end = end.isValid() ? QTime(end.hour(), end.minute()) : QTime(0, 0);
}

QList<Qt::DayOfWeek> QuietHours::days() const
{
    QList<Qt::DayOfWeek> result;
    for (Qt::DayOfWeek day : allDays()) {
        if (appliesOn(day))
            result.append(day);
    }
    return result;
}

void QuietHours::setDays(const QList<Qt::DayOfWeek>& days)
{
    m_dayMask = 0;
    for (Qt::DayOfWeek day : days) {
        if (day >= Qt::Monday && day <= Qt::Sunday)
            m_dayMask |= bit(day);
    }
}

bool QuietHours::appliesOn(Qt::DayOfWeek day) const
{
    return day >= Qt::Monday && day <= Qt::Sunday && (m_dayMask & bit(day)) != 0;
}

bool QuietHours::isActiveAt(const QDateTime& localTime) const
{
    if (!m_enabled || !localTime.isValid())
        return false;
    const QTime time = localTime.time();
    const QDate date = localTime.date();
    if (m_start == m_end)
        return appliesOn(Qt::DayOfWeek(date.dayOfWeek()));
    if (!wrapsMidnight())
        return time >= m_start && time < m_end && appliesOn(Qt::DayOfWeek(date.dayOfWeek()));
    if (time >= m_start)
        return appliesOn(Qt::DayOfWeek(date.dayOfWeek()));
    // Before the end in the morning: the span started yesterday evening.
    return time < m_end && appliesOn(Qt::DayOfWeek(date.addDays(-1).dayOfWeek()));
}
