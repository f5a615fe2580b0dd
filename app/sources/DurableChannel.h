#pragma once

#include <QList>
#include <QString>

// A channel whose notifications the server keeps: Herald reads them from a Redis Stream from a
// stored cursor instead of (only) receiving them on Pub/Sub, so nothing published while Herald
// was away is lost unless the stream was trimmed first.
//
// Publishers append to the stream and publish the same payload in one Lua script (see
// docs/message-format.md); the stream key defaults to "herald:stream:<channel>".
struct DurableChannel {
    QString channel;
    QString streamKey; // never empty once made by make()

    static QString defaultStreamKey(const QString& channel)
    {
        return QStringLiteral("herald:stream:") + channel;
    }
    // `streamKey` empty: the default key for `channel`.
    static DurableChannel make(const QString& channel, const QString& streamKey = {})
    {
        return {channel, streamKey.isEmpty() ? defaultStreamKey(channel) : streamKey};
    }

    friend bool operator==(const DurableChannel&, const DurableChannel&) = default;
};
