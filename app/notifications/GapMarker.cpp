#include "notifications/GapMarker.h"

#include "notifications/TimeFormat.h"

#include <QLocale>
#include <QUuid>

namespace {

// A stream entry id's first number: the server's clock in msecs when the entry was added.
QDateTime idTime(const QString& streamId)
{
    return QDateTime::fromMSecsSinceEpoch(streamId.section(QLatin1Char('-'), 0, 0).toLongLong(),
                                          Qt::UTC);
}

// "64 KiB", "16 MiB", "1.5 MiB" ("1,5 MiB" in German).
QString byteSize(qint64 bytes)
{
    const QLocale locale;
    QString text = locale.formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
    return text.replace(locale.decimalPoint() + QStringLiteral("0 "), QStringLiteral(" "));
}

// "14:02" and "14:05" in the user's locale, or with dates when the span leaves the day of `now`:
// the second time gets its date only when it falls on another day than the first. The marker
// keeps these words for good, so they are written out once, when it is made.
std::pair<QString, QString> span(const QDateTime& from, const QDateTime& to, const QDateTime& now,
                                 TimeFormat::Seconds seconds)
{
    const QDate first = from.toLocalTime().date();
    const QDate second = to.toLocalTime().date();
    const bool sameDay = first == second;
    if (sameDay && first == now.toLocalTime().date())
        return {TimeFormat::time(from, seconds), TimeFormat::time(to, seconds)};
    return {TimeFormat::dateTime(from, seconds),
            sameDay ? TimeFormat::time(to, seconds) : TimeFormat::dateTime(to, seconds)};
}

} // namespace

Notification GapMarker::disconnection(const QString& source, const QDateTime& from,
                                      const QDateTime& to, const QStringList& channels,
                                      const QDateTime& now)
{
    Notification n = marker(source, to);
    const auto [start, end] = span(from, to, now, TimeFormat::Seconds::Hidden);
    n.title = tr("Disconnected %1 to %2").arg(start, end);
    n.body = channels.isEmpty() ? tr("Messages published meanwhile were not received.")
                                : tr("Messages published on %1 meanwhile were not received.")
                                      .arg(channels.join(QLatin1String(", ")));
    return n;
}

Notification GapMarker::trimmed(const QString& source, const QString& channel,
                                const QString& streamKey, const QString& afterId,
                                const QString& firstKeptId, qint64 lostCount, const QDateTime& now)
{
    const QDateTime firstKept = idTime(firstKeptId);
    Notification n = marker(source, firstKept);
    n.channel = channel;
    n.streamKey = streamKey; // no streamId: a marker must never move the stream's cursor
    n.title = tr("Missed notifications on %1").arg(channel);
    const QDateTime after = idTime(afterId);
    const auto [start, end] = span(after, firstKept, now, TimeFormat::Seconds::Shown);
    // Without a count, how much went is not known (perhaps nothing after the cursor's own
    // entry): say only what is known.
    const bool known = lostCount >= 0;
    if (after.toMSecsSinceEpoch() > 0) {
        n.body = (known ? tr("Entries published between %1 and %2 were trimmed from stream %3"
                             " (MAXLEN) before Herald read them and are lost.")
                        : tr("Entries published between %1 and %2 were trimmed from stream %3"
                             " (MAXLEN) before Herald read them and may have been lost."))
                     .arg(start, end, streamKey);
    } else {
        const QString before = span(firstKept, firstKept, now, TimeFormat::Seconds::Shown).first;
        n.body = (known ? tr("Entries published before %1 were trimmed from stream %2 (MAXLEN)"
                             " before Herald read them and are lost.")
                        : tr("Entries published before %1 were trimmed from stream %2 (MAXLEN)"
                             " before Herald read them and may have been lost."))
                     .arg(before, streamKey);
    }
    if (lostCount >= 0)
        n.body += QLatin1Char(' ') + tr("Number lost: %L1.").arg(lostCount);
    return n;
}

Notification GapMarker::streamReset(const QString& source, const QString& channel,
                                    const QString& streamKey, const QString& afterId,
                                    const QDateTime& now)
{
    constexpr qint64 Since1973 = 100'000'000'000;
    Notification n = marker(source, now);
    n.channel = channel;
    n.streamKey = streamKey; // no streamId: a marker must never move the stream's cursor
    n.title = tr("Missed notifications on %1").arg(channel);
    const QDateTime after = idTime(afterId);
    // Ids such as "5-0" given to XADD hold no time: name the entry instead.
    const QString since = after.toMSecsSinceEpoch() >= Since1973
                              ? span(after, after, now, TimeFormat::Seconds::Shown).first
                              : tr("entry %1").arg(afterId);
    n.body = tr("The stream %1 was deleted or recreated after %2; notifications published on %3"
                " before it was recreated may be lost.")
                 .arg(streamKey, since, channel);
    return n;
}

Notification GapMarker::oversized(const QString& source, const QString& channel,
                                  const QString& streamKey, const QString& entryId,
                                  qint64 limitBytes, const QDateTime& now)
{
    // Ids such as "1-1" given to XADD hold no time: they would sort the marker into 1970.
    constexpr qint64 Since1973 = 100'000'000'000;
    const QDateTime entryTime = idTime(entryId);
    Notification n = marker(source, entryTime.toMSecsSinceEpoch() >= Since1973 ? entryTime : now);
    n.id = QStringLiteral("gap-oversized:%1:%2").arg(streamKey, entryId);
    n.channel = channel;
    n.streamKey = streamKey;
    n.streamId = entryId; // the entry is passed: the cursor moves past it with this marker
    n.title = tr("Notification too large on %1").arg(channel);
    n.body = tr("An entry on %1 (%2) was larger than the %3 limit and was not loaded; it is still"
                " in stream %4.")
                 .arg(channel, entryId, byteSize(limitBytes), streamKey);
    return n;
}

// What every marker shares: Herald's own note, read, normal priority, at `at`.
Notification GapMarker::marker(const QString& source, const QDateTime& at)
{
    Notification n;
    n.kind = Notification::Kind::Gap;
    n.id = QStringLiteral("gap-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    n.source = source;
    n.channel = QStringLiteral("");
    n.priority = Notification::Normal;
    n.read = true;
    n.time = at.toUTC();
    n.received = n.time;
    return n;
}
