// The XINFO STREAM probe of RedisStreamReader: its parsing and the loss it reveals.
#include "StreamProbe.h"

#include "sources/StreamCursor.h"
#include "sources/redis/RespReply.h"

StreamProbe StreamProbe::of(const RespReply& reply)
{
    StreamProbe probe;
    probe.exists = reply.type == RespReply::Type::Array;
    const QList<RespReply>& map = reply.elements;
    for (qsizetype i = 0; i + 1 < map.size(); i += 2) {
        const QByteArray& name = map[i].string;
        const RespReply& value = map[i + 1];
        if (name == "length")
            probe.length = value.integer;
        else if (name == "last-generated-id")
            probe.lastId = value.text();
        else if (name == "max-deleted-entry-id")
            probe.maxDeletedId = value.text();
        else if (name == "entries-added")
            probe.entriesAdded = value.integer;
        else if (name == "first-entry" && !value.elements.isEmpty())
            probe.firstEntryId = value.elements.first().text();
    }
    return probe;
}

std::optional<StreamGap> StreamProbe::lossAfter(const QString& cursor, qint64 addedAtCursor) const
{
    if (cursor == QLatin1String("0-0") || !exists)
        return std::nullopt;
    const bool firstIsAfter =
        !firstEntryId.isEmpty() && StreamCursor::compareIds(firstEntryId, cursor) > 0;
    // XDEL records the newest id it deleted (Redis 7); MAXLEN trimming does not, it only moves
    // the first entry past the cursor.
    const bool deletedAfter =
        !maxDeletedId.isEmpty() && StreamCursor::compareIds(maxDeletedId, cursor) > 0;
    const qint64 lostCount = countLost(addedAtCursor, firstIsAfter);
    // Without a count, a first entry past the cursor means the cursor's own entry was trimmed:
    // with MAXLEN that takes thousands of newer entries, so newer ones almost surely went too.
    const bool lost = lostCount > 0 || deletedAfter || (lostCount < 0 && firstIsAfter);
    if (!lost)
        return std::nullopt;
    // With nothing after the loss, the last generated id is where it ends.
    return StreamGap{cursor, lastId, lostCount > 0 ? lostCount : -1, false};
}

qint64 StreamProbe::countLost(qint64 addedAtCursor, bool firstIsAfter) const
{
    // Redis 7 counts every entry ever added. When all entries still there are newer than the
    // cursor, everything added after the cursor is either still there or lost.
    if (addedAtCursor < 0 || entriesAdded < 0 || !(firstIsAfter || length == 0))
        return -1;
    const qint64 count = entriesAdded - addedAtCursor - length;
    return count >= 0 ? count : -1; // below zero: the count up to the cursor was off
}
