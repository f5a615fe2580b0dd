#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

// Dates and times as the user's locale writes them (QLocale(), which follows the language Herald
// was started in). The C locale stands for "no preference" (tests, scripts, a bare POSIX
// environment): it gets ISO 8601 dates and 24-hour times, as Herald wrote them before it
// followed the locale.
class TimeFormat {
public:
    enum class Seconds { Hidden, Shown };

    // "14:02", "2:02 PM", "14:02:07" (Seconds::Shown), for QDateTime::toString() and QTimeEdit.
    static QString timeFormat(Seconds seconds, const QLocale& locale = QLocale());
    // "05.03.24", "3/5/24", "2024-03-05".
    static QString dateFormat(const QLocale& locale = QLocale());

    // `time` in local time, in the formats above.
    static QString time(const QDateTime& time, Seconds seconds, const QLocale& locale = QLocale());
    static QString dateTime(const QDateTime& time, Seconds seconds,
                            const QLocale& locale = QLocale());
};
