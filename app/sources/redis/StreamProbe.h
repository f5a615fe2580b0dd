#pragma once

#include "sources/redis/StreamGap.h"

#include <QString>
#include <optional>

struct RespReply;

// What XINFO STREAM says about one stream, and what it tells of entries lost after a cursor.
// It needs no connection, so it lives apart from RedisStreamReader, which sends the probe.
// The Redis 7 fields are empty or -1 on Redis 6.
struct StreamProbe {
    bool exists = false;
    qint64 length = 0;
    QString lastId = QStringLiteral("0-0");
    QString maxDeletedId;
    qint64 entriesAdded = -1;
    QString firstEntryId;

    // A reply of XINFO STREAM, or of StreamScripts::CompactInfo.
    static StreamProbe of(const RespReply& reply);

    // The entries trimmed or deleted after `cursor`, if any. `addedAtCursor`: the entries ever
    // added up to the cursor, -1 when unknown.
    std::optional<StreamGap> lossAfter(const QString& cursor, qint64 addedAtCursor) const;

private:
    qint64 countLost(qint64 addedAtCursor, bool firstIsAfter) const;
};
