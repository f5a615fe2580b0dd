#pragma once

#include "notifications/Notification.h"
#include "sources/BackoffPolicy.h"
#include "sources/DurableChannel.h"
#include "sources/SourceStatus.h"
#include "sources/StreamCursor.h"
#include "sources/redis/RedisEndpoint.h"
#include "sources/redis/StreamGap.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>
#include <deque>
#include <functional>

class RespConnection;
struct RespReply;

// Reads the Redis Streams behind a set of durable channels of one endpoint, on a connection of
// its own (a blocked XREAD cannot share a connection with Pub/Sub or with other commands).
//
// Each (re)connection runs the same rounds:
// 1. probe: XINFO STREAM per key. A stream without a cursor is met for the first time: its last
//    id becomes the cursor (cursorsReached() at once) and its newest entries are loaded as
//    Delivery::Backfill. A stream whose entries after the cursor were trimmed or deleted gets a
//    Gap notification ahead of the entries that follow the loss. A stream that is gone, or
//    whose last id is below the cursor (deleted and created again), gets a Gap notification
//    too and is read from 0-0 (the store keeps its cursors only moving forward, so it ignores
//    the lower cursors of the new entries until they pass the old one; a restart reads the
//    new stream again from 0-0 and its entries are duplicates by id).
// 2. drain: XREAD COUNT max(1, 500 / streams) until nothing is left; after a start or reconnect the
// entries read
//    so are Delivery::CatchUp.
// 3. block: XREAD BLOCK; entries are Live. The blocking XREAD is also the keepalive: no reply
//    within the block time plus the dead-peer timeout drops the connection.
// One notificationsReceived() per reply, in order. The cursors kept in memory (the last id
// emitted per stream) are where a reconnect resumes; setCursors() replaces them.
//
// A reply larger than the endpoint's maxReplyBytes drops the connection (RespConnection refuses
// it). The reader then reconnects at once and reads around it, so one entry cannot block a
// stream:
// - an XREAD or backfill XREVRANGE is read again for that stream alone with COUNT 1, doubling
//   back up to COUNT 500 (or the backfill count) while replies fit, until it has caught up;
// - when a single entry is too large, a small script (EVAL) returns its id and size without its
//   payload, and a GapMarker::oversized marker stands in for it. The marker carries the entry's
//   id as streamId, so the stored cursor moves past the entry;
// - an XINFO STREAM too large (it includes the first and the last entry) is asked again through
//   EVAL, which returns it without the entries' fields.
// When the server refuses EVAL the stream is reported through streamFailed(), naming the entry.
class RedisStreamReader : public QObject {
    Q_OBJECT

public:
    static constexpr int ReadCount = 500;
    static constexpr int DefaultBackfillCount = 20;

    struct Timing {
        BackoffPolicy::Settings backoff;
        int blockMs = 25'000; // XREAD BLOCK; doubles as the keepalive interval
        int deadPeerTimeoutMs = 10'000;
    };

    // `sourceName` labels every notification (Notification::source) and every cursor.
    RedisStreamReader(const RedisEndpoint& endpoint, const QString& sourceName,
                      QObject* parent = nullptr);
    ~RedisStreamReader() override;

    void setTiming(const Timing& timing);
    void setBackfillCount(int count) { m_backfillCount = qMax(0, count); }

    // While running, a changed set or new cursors reconnect: a blocked XREAD takes no commands.
    void setDurableChannels(const QList<DurableChannel>& channels);
    QList<DurableChannel> durableChannels() const { return m_channels; }
    // Cursors of other sources are ignored. Streams missing from the list are met anew.
    void setCursors(const QList<StreamCursor>& cursors);
    QList<StreamCursor> cursors() const;

    void start();
    void stop();
    void setReadingHeld(bool held);
    void retryNow();
    // Drops the connection (it may be half-open) and opens a new one at once, from the cursors
    // in memory.
    void reconnectNow();
    bool isRunning() const { return m_running; }
    SourceStatus status() const { return m_status; }

signals:
    void notificationsReceived(const QList<Notification>& notifications);
    void cursorsReached(const QList<StreamCursor>& cursors);
    // A stream is being read; and one that is not (wrong type, ACL), with a sentence naming it.
    // A failed stream is left out until the set of channels or the cursors change.
    void streamOpened(const DurableChannel& channel);
    void streamFailed(const DurableChannel& channel, const QString& reason);
    void statusChanged(const SourceStatus& status);

private:
    // What a command on the wire reads. Replies come in order, so when one is too large the
    // oldest request still waiting is the one it answers.
    struct Request {
        enum class Kind { Other, Probe, Backfill, Read };
        Kind kind = Kind::Other;
        QStringList keys;
        int count = 0;
        QString from; // the cursor of a single-stream read
    };
    // A single entry whose reply was too large, at a position in a stream (the cursor it
    // follows, or the backfill's XREVRANGE end). `checked`: its size was asked through EVAL and
    // said it fits; a second failure at the same position skips it whatever the size says.
    struct Oversized {
        QString at;
        int failures = 0;
        bool checked = false;
    };
    // The newest entries up to the cursor on first contact, loaded newest first.
    struct BackfillJob {
        QString streamKey;
        QString end;       // XREVRANGE end: the cursor, then "(" + the oldest id loaded
        int remaining = 0; // entries still to load
        int count = 0;     // per request: all remaining, or fewer after a reply was too large
        Oversized oversized;
        QList<Notification> loaded; // newest first
    };

    void connectNow();
    void closeConnection();
    void onReady();
    void probeStreams();
    void onProbeReply(const DurableChannel& channel, const RespReply& reply);
    void finishProbe();
    void backfillNext();
    void onBackfillReply(const QString& key, int asked, const RespReply& reply);
    void onBackfillEntryChecked(const QString& key, const QString& end, const RespReply& reply);
    void finishBackfill();
    void readNext();
    void readAlone(const QString& key, int count);
    void onReadAloneReply(const QString& key, int count, const RespReply& reply);
    void checkOversized(const QString& key);
    void onOversizedChecked(const QString& key, const QString& cursor, const RespReply& reply);
    void onReadReply(const RespReply& reply);
    bool planAroundTooLarge(const Request& request);
    void readNothing();
    QList<Notification> entriesOf(const RespReply& reply, Notification::Delivery delivery);
    void prependGap(const QString& streamKey, const QString& firstEntryId,
                    QList<Notification>* batch);
    void emitRemainingGaps();
    void dropStream(const DurableChannel& channel, const QString& reason);
    QString streamErrorText(const DurableChannel& channel, const RespReply& error) const;
    QString tooLargeText(const DurableChannel& channel, const QString& entry,
                         const RespReply& error) const;
    void send(const QList<QByteArray>& args, int extraWaitMs, const Request& request,
              const std::function<void(const RespReply&)>& handler);
    void onFailed(SourceStatus::Cause cause, const QString& reason);
    void setStatus(const SourceStatus& status);

    RedisEndpoint m_endpoint;
    QString m_sourceName;
    Timing m_timing;
    BackoffPolicy m_backoff;
    int m_backfillCount = DefaultBackfillCount;
    RespConnection* m_connection = nullptr;
    bool m_readingHeld = false;
    quint64 m_generation = 0;         // bumped per connection: replies to an older one are ignored
    QList<DurableChannel> m_channels; // as configured
    QList<DurableChannel> m_active;   // read on this connection: configured, not failed
    QHash<QString, DurableChannel> m_byKey;
    QSet<QString> m_failedKeys;
    QHash<QString, QString> m_cursors;      // stream key -> last id emitted (or reached)
    QHash<QString, qint64> m_addedAtCursor; // stream key -> entries-added up to the cursor
    QHash<QString, StreamGap> m_pendingGaps;
    QList<StreamCursor> m_reached; // first contacts found by the running probe
    QList<DurableChannel> m_toBackfill;
    std::deque<Request> m_inFlight;
    // Reading around replies that were too large; kept across reconnects.
    QList<BackfillJob> m_backfills;
    QHash<QString, int> m_readCounts;      // stream key -> COUNT while read on its own
    QHash<QString, Oversized> m_oversized; // stream key -> the entry after its cursor
    QSet<QString> m_compactProbes;         // XINFO STREAM through EVAL, without entries
    bool m_resumeLive = false;             // reconnected from XREAD BLOCK to read around
    int m_probesPending = 0;
    int m_wrongTypeRounds = 0;
    bool m_running = false;
    bool m_blocking = false; // the first drain after a (re)connect is over: XREAD BLOCK
    QTimer m_retryTimer;
    QTimer m_deadPeerTimer;
    SourceStatus m_status;
};
