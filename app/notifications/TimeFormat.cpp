#include "notifications/TimeFormat.h"

namespace {
bool isNeutral(const QLocale& locale)
{
    return locale.language() == QLocale::C;
}
} // namespace

QString TimeFormat::timeFormat(Seconds seconds, const QLocale& locale)
{
    const bool withSeconds = seconds == Seconds::Shown;
    if (isNeutral(locale))
        return withSeconds ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm");
    // The locales' long time formats add the time zone's name; the short ones have the order,
    // separators and 12/24-hour clock wanted, and only lack the seconds.
    QString format = locale.timeFormat(QLocale::ShortFormat);
    const qsizetype minutes = format.indexOf(QLatin1String("mm"));
    if (!withSeconds || minutes < 0 || format.contains(QLatin1Char('s')))
        return format;
    // The seconds follow the minutes with the separator that precedes the minutes.
    const QChar before = minutes > 0 ? format.at(minutes - 1) : QChar();
    const QChar separator = before.isPunct() ? before : QLatin1Char(':');
    return format.insert(minutes + 2, separator + QStringLiteral("ss"));
}

QString TimeFormat::dateFormat(const QLocale& locale)
{
    return isNeutral(locale) ? QStringLiteral("yyyy-MM-dd")
                             : locale.dateFormat(QLocale::ShortFormat);
}

QString TimeFormat::time(const QDateTime& time, Seconds seconds, const QLocale& locale)
{
    return locale.toString(time.toLocalTime(), timeFormat(seconds, locale));
}

QString TimeFormat::dateTime(const QDateTime& time, Seconds seconds, const QLocale& locale)
{
    return locale.toString(time.toLocalTime(),
                           dateFormat(locale) + QLatin1Char(' ') + timeFormat(seconds, locale));
}
