// The gap markers of RedisStreamReader, built from what its probe found lost.
#include "StreamGap.h"

#include "notifications/GapMarker.h"

Notification StreamGap::marker(const QString& source, const DurableChannel& channel,
                               const QString& firstEntryId, Notification::Delivery delivery) const
{
    Notification n;
    if (reset) {
        n = GapMarker::streamReset(source, channel.channel, channel.streamKey, cursor);
        // Met again (the stored cursor is still the old stream's), it is the same marker.
        n.id = QStringLiteral("gap-reset:%1:%2").arg(channel.streamKey, cursor);
    } else {
        n = GapMarker::trimmed(source, channel.channel, channel.streamKey, cursor,
                               firstEntryId.isEmpty() ? lastLostId : firstEntryId, lostCount);
        // Found again from the same cursor after a reconnect, it is the same gap: the same id
        // makes it a duplicate rather than a second marker.
        n.id = QStringLiteral("gap-trim:%1:%2").arg(channel.streamKey, cursor);
    }
    n.delivery = delivery;
    return n;
}
