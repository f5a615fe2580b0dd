#pragma once

#include <QDateTime>
#include <QList>
#include <QTime>
#include <QtGlobal>

// A daily span of local time in which popups stay quiet, e.g. 22:00-07:00, on chosen weekdays.
//
// - start < end: the span is [start, end) on each chosen day.
// - start > end: the span wraps midnight. It belongs to the weekday on which it STARTED: with
//   22:00-07:00 on Friday only, Friday 23:00 and Saturday 06:59 are quiet, but Friday 06:59 is
//   not (that morning belongs to Thursday's span) and neither is Saturday 23:00. This is what a
//   user means by "quiet on Friday night".
// - start == end: the whole of each chosen day (e.g. 00:00-00:00 on Saturday and Sunday).
//
// Times are wall-clock local time, so a span keeps its clock times across daylight saving
// changes. A disabled QuietHours is never active, whatever its span.
class QuietHours {
public:
    QuietHours() = default;
    QuietHours(QTime start, QTime end, const QList<Qt::DayOfWeek>& days = allDays());

    static QList<Qt::DayOfWeek> allDays();

    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled) { m_enabled = enabled; }
    QTime start() const { return m_start; }
    void setStart(QTime start);
    QTime end() const { return m_end; }
    void setEnd(QTime end);
    // Sorted Monday first, without duplicates.
    QList<Qt::DayOfWeek> days() const;
    void setDays(const QList<Qt::DayOfWeek>& days);
    bool appliesOn(Qt::DayOfWeek day) const;

    bool wrapsMidnight() const { return m_start > m_end; }
    // True when enabled and `localTime` falls inside a span that started on a chosen day.
    bool isActiveAt(const QDateTime& localTime) const;

    friend bool operator==(const QuietHours&, const QuietHours&) = default;

private:
    static quint8 bit(Qt::DayOfWeek day) { return quint8(1u << (int(day) - 1)); }

    bool m_enabled = false;
    QTime m_start = QTime(22, 0);
    QTime m_end = QTime(7, 0);
    quint8 m_dayMask = 0x7f; // bit 0 = Monday ... bit 6 = Sunday
};
