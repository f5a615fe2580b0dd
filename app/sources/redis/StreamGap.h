#pragma once

#include "notifications/Notification.h"
#include "sources/DurableChannel.h"

#include <QString>

// Entries of a stream lost after the cursor (trimmed, deleted, or the stream deleted or created
// again), told as a GapMarker ahead of the entries that follow the loss. A value with no
// connection behind it, so it lives apart from RedisStreamReader, which keeps one per stream until
// it is told.
struct StreamGap {
    QString cursor;
    QString lastLostId; // ends the span when no entry follows the loss
    qint64 lostCount = -1;
    // The stream was deleted or recreated after `cursor`; it is read again from 0-0.
    bool reset = false;

    // `firstEntryId`: the first entry read after the loss, empty when none follows it.
    Notification marker(const QString& source, const DurableChannel& channel,
                        const QString& firstEntryId, Notification::Delivery delivery) const;
};
