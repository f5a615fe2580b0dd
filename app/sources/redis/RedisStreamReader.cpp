#include "RedisStreamReader.h"

#include "notifications/GapMarker.h"
#include "sources/redis/RespConnection.h"
#include "sources/redis/StreamEntry.h"
#include "sources/redis/StreamErrorText.h"
#include "sources/redis/StreamProbe.h"
#include "sources/redis/StreamScripts.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcResp)

namespace {

const QString NoEntry = QStringLiteral("0-0");

// "$<length>\r\n<bytes>\r\n"
qint64 bulkBytes(qint64 length)
{
    return length + QByteArray::number(length).size() + 5;
}

// How many entries an XREAD reply for one stream holds.
qsizetype entriesIn(const RespReply& reply)
{
    return reply.elements.value(0).elements.value(1).elements.size();
}

} // namespace

RedisStreamReader::RedisStreamReader(const RedisEndpoint& endpoint, const QString& sourceName,
                                     QObject* parent)
    : QObject(parent)
    , m_endpoint(endpoint)
    , m_sourceName(sourceName)
    , m_channels(endpoint.durableChannels)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &RedisStreamReader::connectNow);
    m_deadPeerTimer.setSingleShot(true);
    connect(&m_deadPeerTimer, &QTimer::timeout, this, [this] {
        const int seconds = m_deadPeerTimer.interval() / 1000;
        onFailed(SourceStatus::Cause::Unreachable,
                 tr("No answer from %1 on the stream connection for %n s; it is presumed dead",
                    nullptr, seconds)
                     .arg(m_endpoint.hostAndPort()));
    });
    setTiming(Timing{});
}

RedisStreamReader::~RedisStreamReader()
{
    closeConnection();
}

void RedisStreamReader::setTiming(const Timing& timing)
{
    m_timing = timing;
    m_timing.blockMs = qMax(1, timing.blockMs); // BLOCK 0 would wait forever
    m_backoff.setSettings(timing.backoff);
}

void RedisStreamReader::setDurableChannels(const QList<DurableChannel>& channels)
{
    if (channels == m_channels)
        return;
    m_channels = channels;
    m_failedKeys.clear();
    if (m_running)
        reconnectNow();
}

void RedisStreamReader::setCursors(const QList<StreamCursor>& cursors)
{
    m_cursors.clear();
    for (const StreamCursor& cursor : cursors) {
        if (cursor.source.isEmpty() || cursor.source == m_sourceName)
            m_cursors.insert(cursor.streamKey, cursor.lastId);
    }
    // A stored cursor says nothing of how many entries the stream had up to it.
    m_addedAtCursor.clear();
    m_pendingGaps.clear(); // found again from these cursors
    m_failedKeys.clear();
    if (m_running)
        reconnectNow();
}

QList<StreamCursor> RedisStreamReader::cursors() const
{
    QList<StreamCursor> list;
    for (auto it = m_cursors.constBegin(); it != m_cursors.constEnd(); ++it)
        list.append({m_sourceName, it.key(), it.value()});
    return list;
}

void RedisStreamReader::start()
{
    if (m_running)
        return;
    m_running = true;
    m_backoff.reset();
    connectNow();
}

void RedisStreamReader::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_resumeLive = false;
    m_retryTimer.stop();
    closeConnection();
    setStatus({SourceStatus::State::Idle, SourceStatus::Cause::None, {}, -1});
}

void RedisStreamReader::retryNow()
{
    if (m_running && m_retryTimer.isActive()) {
        m_retryTimer.stop();
        connectNow();
    }
}

void RedisStreamReader::reconnectNow()
{
    // Not a failure: no backoff, and the cursors in memory (or just given) say where to resume.
    if (!m_running)
        return;
    m_resumeLive = false;
    m_retryTimer.stop();
    closeConnection();
    connectNow();
}

void RedisStreamReader::connectNow()
{
    closeConnection();
    if (m_channels.isEmpty()) {
        setStatus({SourceStatus::State::Idle, SourceStatus::Cause::None, {}, -1});
        return;
    }
    m_connection = new RespConnection(this);
    m_connection->setReadingHeld(m_readingHeld);
    connect(m_connection, &RespConnection::ready, this, &RedisStreamReader::onReady);
    connect(m_connection, &RespConnection::failed, this, &RedisStreamReader::onFailed);
    connect(m_connection, &RespConnection::activity, this, [this] {
        if (m_deadPeerTimer.isActive())
            m_deadPeerTimer.start(); // bytes are flowing: a large reply is still arriving
    });
    if (m_status.state == SourceStatus::State::Idle)
        setStatus({SourceStatus::State::Connecting, SourceStatus::Cause::None,
                   tr("Connecting to %1 to read streams").arg(m_endpoint.displayName()), -1});
    m_connection->open(m_endpoint);
}

void RedisStreamReader::closeConnection()
{
    ++m_generation; // close() fails the pending handlers; they must not act on it
    m_deadPeerTimer.stop();
    m_inFlight.clear();
    // Trims are found again by the next probe; a reset is not (the cursor was moved back to 0-0).
    m_pendingGaps.removeIf([](const auto& gap) { return !gap.value().reset; });
    if (!m_connection)
        return;
    RespConnection* connection = std::exchange(m_connection, nullptr);
    connection->disconnect(this);
    connection->close();
    connection->deleteLater();
}

void RedisStreamReader::send(const QList<QByteArray>& args, int extraWaitMs, const Request& request,
                             const std::function<void(const RespReply&)>& handler)
{
    if (!m_connection)
        return;
    m_deadPeerTimer.start(extraWaitMs + m_timing.deadPeerTimeoutMs);
    m_inFlight.push_back(request);
    m_connection->send(args, [this, generation = m_generation, handler](const RespReply& reply) {
        if (generation != m_generation || StreamErrorText::isSynthetic(reply))
            return; // a failure leaves the request whose reply was cut at the front
        if (!m_inFlight.empty())
            m_inFlight.pop_front();
        if (m_connection && m_connection->pendingReplies() == 0)
            m_deadPeerTimer.stop();
        handler(reply);
    });
}

void RedisStreamReader::onReady()
{
    m_backoff.connected();
    // The first drain after a (re)connect is a catch-up, unless the connection was dropped
    // only to read around a reply too large while waiting for live entries.
    m_blocking = std::exchange(m_resumeLive, false);
    m_wrongTypeRounds = 0;
    probeStreams();
}

void RedisStreamReader::probeStreams()
{
    m_active.clear();
    m_byKey.clear();
    for (const DurableChannel& channel : std::as_const(m_channels)) {
        if (!m_failedKeys.contains(channel.streamKey) && !m_byKey.contains(channel.streamKey)) {
            m_active.append(channel);
            m_byKey.insert(channel.streamKey, channel);
        }
    }
    m_reached.clear();
    m_toBackfill.clear();
    m_probesPending = static_cast<int>(m_active.size());
    if (m_active.isEmpty()) {
        finishProbe();
        return;
    }
    for (const DurableChannel& channel : std::as_const(m_active)) {
        const auto handler = [this, channel](const RespReply& reply) {
            onProbeReply(channel, reply);
        };
        const QByteArray key = channel.streamKey.toUtf8();
        if (m_compactProbes.contains(channel.streamKey))
            send({"EVAL", StreamScripts::CompactInfo, "1", key}, 0, {}, handler);
        else
            send({"XINFO", "STREAM", key}, 0, {Request::Kind::Probe, {channel.streamKey}, 0, {}},
                 handler);
    }
}

void RedisStreamReader::onProbeReply(const DurableChannel& channel, const RespReply& reply)
{
    const bool missing = reply.isError() && reply.string.contains("no such key");
    if (reply.isError() && StreamErrorText::isTransient(reply)) {
        // A restarting or busy server: try again later rather than give up on the stream.
        onFailed(SourceStatus::Cause::Unreachable, streamErrorText(channel, reply));
        return;
    }
    const quint64 generation = m_generation;
    if (reply.isError() && !missing) {
        const bool compact = m_compactProbes.contains(channel.streamKey);
        dropStream(channel, compact && reply.errorCode() != "WRONGTYPE"
                                ? tooLargeText(channel, tr("the first or the last entry"), reply)
                                : streamErrorText(channel, reply));
    } else {
        const StreamProbe probe = missing ? StreamProbe() : StreamProbe::of(reply);
        const QString& key = channel.streamKey;
        const QString cursor = m_cursors.value(key, NoEntry);
        if (cursor != NoEntry &&
            (!probe.exists || StreamCursor::compareIds(probe.lastId, cursor) < 0)) {
            // Deleted, or deleted and added to again (its ids start over below the cursor):
            // whatever the old stream held after the cursor is gone. Read the stream as it is
            // now from its beginning, and say so.
            m_pendingGaps.insert(key, {cursor, {}, -1, true});
            m_cursors.insert(key, NoEntry);
            m_addedAtCursor.insert(key, 0);
        } else if (!m_cursors.contains(key)) {
            // First contact: start after what is there now, and show the newest of it.
            m_cursors.insert(key, probe.lastId);
            m_addedAtCursor.insert(key, probe.exists ? probe.entriesAdded : 0);
            m_reached.append({m_sourceName, key, probe.lastId});
            if (probe.length > 0 && m_backfillCount > 0)
                m_toBackfill.append(channel);
        } else {
            if (const auto gap = probe.lossAfter(cursor, m_addedAtCursor.value(key, -1)))
                m_pendingGaps.insert(key, *gap);
            if (probe.lastId == m_cursors.value(key) && probe.entriesAdded >= 0)
                m_addedAtCursor.insert(key, probe.entriesAdded); // caught up: an exact count
        }
        emit streamOpened(channel);
    }
    if (generation != m_generation)
        return; // a receiver of streamOpened() or streamFailed() stopped or restarted us
    if (--m_probesPending == 0)
        finishProbe();
}

void RedisStreamReader::readNothing()
{
    // Every stream was refused and reported; nothing is left to read.
    closeConnection();
    setStatus({SourceStatus::State::Idle, SourceStatus::Cause::None,
               tr("No stream of %1 can be read").arg(m_endpoint.displayName()), -1});
}

void RedisStreamReader::finishProbe()
{
    if (m_active.isEmpty()) {
        readNothing();
        return;
    }
    setStatus({SourceStatus::State::Connected, SourceStatus::Cause::None,
               tr("Reading %n stream(s) from %1", nullptr, static_cast<int>(m_active.size()))
                   .arg(m_endpoint.displayName()),
               -1});
    const quint64 generation = m_generation;
    if (!m_reached.isEmpty())
        emit cursorsReached(std::exchange(m_reached, {}));
    if (generation != m_generation)
        return; // a receiver stopped or restarted us
    for (const DurableChannel& channel : std::exchange(m_toBackfill, {})) {
        const QString& key = channel.streamKey;
        m_backfills.removeIf([&key](const BackfillJob& job) { return job.streamKey == key; });
        // Bounded by the cursor: anything newer is read by the drain that follows.
        m_backfills.append({key, m_cursors.value(key), m_backfillCount, m_backfillCount, {}, {}});
    }
    readNext();
}

void RedisStreamReader::backfillNext()
{
    const BackfillJob& job = m_backfills.first();
    const QString key = job.streamKey;
    const QString end = job.end;
    if (job.oversized.failures > 0 && !job.oversized.checked) {
        // The entry at `end` alone was too large: its id and size, without its fields.
        send({"EVAL", StreamScripts::NextEntry, "1", key.toUtf8(), end.toLatin1(), "-"}, 0, {},
             [this, key, end](const RespReply& reply) { onBackfillEntryChecked(key, end, reply); });
        return;
    }
    const int count = qMin(job.count, job.remaining);
    send({"XREVRANGE", key.toUtf8(), end.toLatin1(), "-", "COUNT", QByteArray::number(count)}, 0,
         {Request::Kind::Backfill, {key}, count, end},
         [this, key, count](const RespReply& reply) { onBackfillReply(key, count, reply); });
}

void RedisStreamReader::onBackfillReply(const QString& key, int asked, const RespReply& reply)
{
    if (m_backfills.isEmpty() || m_backfills.first().streamKey != key)
        return readNext();
    BackfillJob& job = m_backfills.first();
    const DurableChannel channel = m_byKey.value(key);
    // The job stays: the next connection resumes it.
    if (reply.isError() && StreamErrorText::isTransient(reply))
        return onFailed(SourceStatus::Cause::Unreachable, streamErrorText(channel, reply));
    const QDateTime received = QDateTime::currentDateTimeUtc();
    for (const RespReply& entry : reply.elements) // an error ends the backfill with what it has
        job.loaded.append(StreamEntry::toNotification(m_sourceName, channel, entry,
                                                      Notification::Delivery::Backfill, received));
    if (!reply.elements.isEmpty()) {
        job.end = QLatin1Char('(') + job.loaded.last().streamId;
        job.oversized = {};
    }
    job.remaining -= static_cast<int>(reply.elements.size());
    if (reply.elements.size() < asked || job.remaining <= 0)
        return finishBackfill();
    job.count = qMin(job.count * 2, m_backfillCount);
    readNext();
}

void RedisStreamReader::onBackfillEntryChecked(const QString& key, const QString& end,
                                               const RespReply& reply)
{
    if (m_backfills.isEmpty() || m_backfills.first().streamKey != key ||
        m_backfills.first().end != end)
        return readNext();
    BackfillJob& job = m_backfills.first();
    if (reply.isError() && StreamErrorText::isTransient(reply)) {
        const DurableChannel channel = m_byKey.value(key);
        return onFailed(SourceStatus::Cause::Unreachable, streamErrorText(channel, reply));
    }
    if (reply.isError()) {
        // Only the listing of older entries ends here: reading on from the cursor does not
        // depend on it.
        qCWarning(lcResp).noquote()
            << tr("The backfill of the stream \"%1\" stops at an entry larger than the %2 "
                  "limit (XREVRANGE %1 %3): passing it needs EVAL, which failed: %4")
                   .arg(key, StreamErrorText::byteSize(m_endpoint.maxReplyBytes), end,
                        StreamErrorText::serverText(reply));
        return finishBackfill();
    }
    if (reply.elements.size() < 2) { // deleted meanwhile: read on, one entry at a time
        job.oversized = {};
        return readNext();
    }
    const QString id = reply.elements[0].text();
    const qint64 replyBytes = 4 + reply.elements[1].integer; // "*1\r\n", then the entry
    if (replyBytes <= m_endpoint.maxReplyBytes && job.oversized.failures < 2) {
        job.oversized.checked = true; // it fits (another entry took its place): read it
        return readNext();
    }
    Notification marker = GapMarker::oversized(m_sourceName, m_byKey.value(key).channel, key, id,
                                               m_endpoint.maxReplyBytes);
    marker.delivery = Notification::Delivery::Backfill;
    job.loaded.append(marker);
    job.end = QLatin1Char('(') + id;
    job.oversized = {};
    job.count = m_backfillCount;
    if (--job.remaining <= 0)
        return finishBackfill();
    readNext();
}

void RedisStreamReader::finishBackfill()
{
    const BackfillJob job = m_backfills.takeFirst();
    const QList<Notification> batch(job.loaded.crbegin(), job.loaded.crend()); // oldest first
    const quint64 generation = m_generation;
    if (!batch.isEmpty())
        emit notificationsReceived(batch);
    if (generation == m_generation)
        readNext();
}

void RedisStreamReader::readNext()
{
    if (!m_connection)
        return;
    if (m_active.isEmpty())
        return readNothing();
    // First the backfill of first contacts, then what a reply too large left to read around,
    // stream by stream, then all streams together.
    while (!m_backfills.isEmpty() && !m_byKey.contains(m_backfills.first().streamKey))
        m_backfills.removeFirst();
    if (!m_backfills.isEmpty())
        return backfillNext();
    for (auto it = m_oversized.begin(); it != m_oversized.end();) {
        if (!m_byKey.contains(it.key()) || m_cursors.value(it.key()) != it->at) {
            it = m_oversized.erase(it); // read past it, or the stream is no longer read
        } else if (!it->checked) {
            return checkOversized(it.key());
        } else {
            ++it;
        }
    }
    for (auto it = m_readCounts.begin(); it != m_readCounts.end();) {
        if (m_byKey.contains(it.key()))
            return readAlone(it.key(), it.value());
        it = m_readCounts.erase(it);
    }
    QList<QByteArray> args{"XREAD"};
    if (m_blocking)
        args << "BLOCK" << QByteArray::number(m_timing.blockMs);
    // About ReadCount rows per reply, however many streams share it.
    const int count = qMax(1, ReadCount / static_cast<int>(m_active.size()));
    args << "COUNT" << QByteArray::number(count) << "STREAMS";
    QStringList keys;
    for (const DurableChannel& channel : std::as_const(m_active)) {
        args << channel.streamKey.toUtf8();
        keys << channel.streamKey;
    }
    for (const DurableChannel& channel : std::as_const(m_active))
        args << m_cursors.value(channel.streamKey, NoEntry).toLatin1();
    send(args, m_blocking ? m_timing.blockMs : 0, {Request::Kind::Read, keys, count, {}},
         [this](const RespReply& reply) { onReadReply(reply); });
}

void RedisStreamReader::readAlone(const QString& key, int count)
{
    const QString from = m_cursors.value(key, NoEntry);
    send({"XREAD", "COUNT", QByteArray::number(count), "STREAMS", key.toUtf8(), from.toLatin1()}, 0,
         {Request::Kind::Read, {key}, count, from},
         [this, key, count](const RespReply& reply) { onReadAloneReply(key, count, reply); });
}

void RedisStreamReader::onReadAloneReply(const QString& key, int count, const RespReply& reply)
{
    if (reply.isError()) {
        const DurableChannel channel = m_byKey.value(key);
        if (StreamErrorText::isTransient(reply))
            return onFailed(SourceStatus::Cause::Unreachable, streamErrorText(channel, reply));
        dropStream(channel, streamErrorText(channel, reply));
        return readNext();
    }
    if (entriesIn(reply) < count)
        m_readCounts.remove(key); // caught up: read with the others again
    else
        m_readCounts.insert(key, qMin(count * 2, ReadCount));
    const QList<Notification> batch = entriesOf(
        reply, m_blocking ? Notification::Delivery::Live : Notification::Delivery::CatchUp);
    const quint64 generation = m_generation;
    if (!batch.isEmpty())
        emit notificationsReceived(batch);
    if (generation == m_generation)
        readNext();
}

void RedisStreamReader::checkOversized(const QString& key)
{
    const QString cursor = m_cursors.value(key, NoEntry);
    send({"EVAL", StreamScripts::NextEntry, "1", key.toUtf8(), '(' + cursor.toLatin1(), "+"}, 0, {},
         [this, key, cursor](const RespReply& reply) { onOversizedChecked(key, cursor, reply); });
}

void RedisStreamReader::onOversizedChecked(const QString& key, const QString& cursor,
                                           const RespReply& reply)
{
    const auto found = m_oversized.find(key);
    if (found == m_oversized.end() || found->at != cursor || !m_byKey.contains(key))
        return readNext();
    const DurableChannel channel = m_byKey.value(key);
    // Asked again on the next connection.
    if (reply.isError() && StreamErrorText::isTransient(reply))
        return onFailed(SourceStatus::Cause::Unreachable, streamErrorText(channel, reply));
    if (reply.isError()) {
        m_oversized.erase(found);
        const QString entry =
            cursor == NoEntry ? tr("the first entry") : tr("the entry after %1").arg(cursor);
        dropStream(channel, reply.errorCode() == "WRONGTYPE" ? streamErrorText(channel, reply)
                                                             : tooLargeText(channel, entry, reply));
        return readNext();
    }
    if (reply.elements.size() < 2) { // deleted meanwhile: read on, one entry at a time
        m_oversized.erase(found);
        return readNext();
    }
    const QString id = reply.elements[0].text();
    // What XREAD COUNT 1 returns for it: "*1\r\n*2\r\n", the key, "*1\r\n", then the entry.
    const qint64 replyBytes = 12 + bulkBytes(key.toUtf8().size()) + reply.elements[1].integer;
    if (replyBytes <= m_endpoint.maxReplyBytes && found->failures < 2) {
        found->checked = true; // it fits (another entry took its place): read it
        m_readCounts.insert(key, 1);
        return readNext();
    }
    m_oversized.erase(found);
    m_readCounts.remove(key); // on as usual after it, COUNT 500
    qCInfo(lcResp).noquote() << "Stream" << key << "entry" << id << "is larger than"
                             << StreamErrorText::byteSize(m_endpoint.maxReplyBytes)
                             << "and is skipped";
    QList<Notification> batch;
    prependGap(key, id, &batch);
    Notification marker =
        GapMarker::oversized(m_sourceName, channel.channel, key, id, m_endpoint.maxReplyBytes);
    marker.delivery = m_blocking ? Notification::Delivery::Live : Notification::Delivery::CatchUp;
    batch.append(marker);
    m_cursors.insert(key, id);
    if (const auto added = m_addedAtCursor.find(key); added != m_addedAtCursor.end())
        *added = *added >= 0 ? *added + 1 : -1;
    const quint64 generation = m_generation;
    emit notificationsReceived(batch);
    if (generation == m_generation)
        readNext();
}

bool RedisStreamReader::planAroundTooLarge(const Request& request)
{
    const auto failedAt = [](Oversized* oversized, const QString& at) {
        if (oversized->at != at || oversized->failures == 0)
            *oversized = {at, 0, false};
        ++oversized->failures;
        oversized->checked = false;
    };
    const QString key = request.keys.value(0);
    switch (request.kind) {
    case Request::Kind::Probe:
        // XINFO STREAM holds the first and the last entry whole: ask it without them.
        if (m_compactProbes.contains(key))
            return false;
        m_compactProbes.insert(key);
        return true;
    case Request::Kind::Backfill:
        if (m_backfills.isEmpty() || m_backfills.first().streamKey != key)
            return false;
        if (request.count > 1)
            m_backfills.first().count = 1;
        else
            failedAt(&m_backfills.first().oversized, request.from);
        return true;
    case Request::Kind::Read:
        if (request.keys.size() == 1 && request.count == 1) {
            failedAt(&m_oversized[key], request.from);
        } else {
            for (const QString& k : request.keys)
                m_readCounts.insert(k, 1);
        }
        return true;
    case Request::Kind::Other:
        break; // a script's reply is small: something else is wrong
    }
    return false;
}

void RedisStreamReader::onReadReply(const RespReply& reply)
{
    if (reply.isError()) {
        const QByteArray code = reply.errorCode();
        const QString keys = QStringList(m_byKey.keys()).join(QStringLiteral(", "));
        if (StreamErrorText::isTransient(reply)) {
            onFailed(SourceStatus::Cause::Unreachable,
                     tr("Reading the streams %1 failed: %2")
                         .arg(keys, StreamErrorText::serverText(reply)));
            return;
        }
        if (code == "WRONGTYPE" && m_wrongTypeRounds++ == 0) {
            probeStreams(); // XREAD does not say which key; the probe does, and drops it
            return;
        }
        onFailed(
            code == "NOPERM" ? SourceStatus::Cause::Permission : SourceStatus::Cause::Protocol,
            tr("Reading the streams %1 failed: %2").arg(keys, StreamErrorText::serverText(reply)));
        return;
    }
    m_wrongTypeRounds = 0;
    if (reply.elements.isEmpty()) { // nil: nothing new (the drain is over, or BLOCK timed out)
        m_blocking = true;
        const quint64 generation = m_generation;
        emitRemainingGaps();
        if (generation == m_generation)
            readNext();
        return;
    }
    const auto delivery =
        m_blocking ? Notification::Delivery::Live : Notification::Delivery::CatchUp;
    const QList<Notification> batch = entriesOf(reply, delivery);
    const quint64 generation = m_generation;
    if (!batch.isEmpty())
        emit notificationsReceived(batch);
    if (generation == m_generation)
        readNext();
}

QList<Notification> RedisStreamReader::entriesOf(const RespReply& reply,
                                                 Notification::Delivery delivery)
{
    QList<Notification> batch;
    const QDateTime received = QDateTime::currentDateTimeUtc();
    for (const RespReply& stream : reply.elements) {
        if (stream.elements.size() < 2)
            continue;
        const QString key = stream.elements[0].text();
        const auto channel = m_byKey.constFind(key);
        const QList<RespReply>& entries = stream.elements[1].elements;
        if (channel == m_byKey.constEnd() || entries.isEmpty())
            continue;
        prependGap(key, entries.first().elements.value(0).text(), &batch);
        for (const RespReply& entry : entries)
            batch.append(
                StreamEntry::toNotification(m_sourceName, *channel, entry, delivery, received));
        m_cursors.insert(key, batch.last().streamId);
        if (const auto added = m_addedAtCursor.find(key); added != m_addedAtCursor.end())
            *added = *added >= 0 ? *added + entries.size() : -1;
    }
    return batch;
}

void RedisStreamReader::prependGap(const QString& streamKey, const QString& firstEntryId,
                                   QList<Notification>* batch)
{
    const auto gap = m_pendingGaps.constFind(streamKey);
    if (gap == m_pendingGaps.constEnd())
        return;
    const auto delivery =
        m_blocking ? Notification::Delivery::Live : Notification::Delivery::CatchUp;
    batch->append(gap->marker(m_sourceName, m_byKey.value(streamKey), firstEntryId, delivery));
    m_pendingGaps.erase(gap);
}

void RedisStreamReader::emitRemainingGaps()
{
    // Trimmed or deleted entries with nothing after them: the gap still has to be told.
    QList<Notification> batch;
    const auto delivery =
        m_blocking ? Notification::Delivery::Live : Notification::Delivery::CatchUp;
    for (auto it = m_pendingGaps.constBegin(); it != m_pendingGaps.constEnd(); ++it) {
        if (m_byKey.contains(it.key())) // not a stream no longer read
            batch.append(it->marker(m_sourceName, m_byKey.value(it.key()), {}, delivery));
    }
    m_pendingGaps.clear();
    if (!batch.isEmpty())
        emit notificationsReceived(batch);
}

void RedisStreamReader::dropStream(const DurableChannel& channel, const QString& reason)
{
    m_failedKeys.insert(channel.streamKey);
    m_byKey.remove(channel.streamKey);
    m_pendingGaps.remove(channel.streamKey);
    m_readCounts.remove(channel.streamKey);
    m_oversized.remove(channel.streamKey);
    m_backfills.removeIf(
        [&channel](const BackfillJob& job) { return job.streamKey == channel.streamKey; });
    m_active.removeIf(
        [&channel](const DurableChannel& c) { return c.streamKey == channel.streamKey; });
    qCWarning(lcResp).noquote() << reason;
    emit streamFailed(channel, reason);
}

QString RedisStreamReader::streamErrorText(const DurableChannel& channel,
                                           const RespReply& error) const
{
    return StreamErrorText::streamError(m_endpoint, channel, error);
}

QString RedisStreamReader::tooLargeText(const DurableChannel& channel, const QString& entry,
                                        const RespReply& error) const
{
    return StreamErrorText::tooLarge(m_endpoint, channel, entry, error);
}

void RedisStreamReader::onFailed(SourceStatus::Cause cause, const QString& reason)
{
    // A reply larger than the limit: the next connection reads around it, at once. Each such
    // failure narrows what is read next, so this cannot go round in circles.
    if (cause == SourceStatus::Cause::TooLarge && m_running && !m_inFlight.empty() &&
        planAroundTooLarge(m_inFlight.front())) {
        qCInfo(lcResp).noquote() << reason << "- reading the stream again around it";
        const bool live = m_blocking;
        closeConnection();
        m_resumeLive = live;
        connectNow();
        return;
    }
    m_resumeLive = false;
    closeConnection();
    m_backoff.disconnected();
    if (!m_running)
        return;
    const int delay = m_backoff.nextDelayMs();
    m_retryTimer.start(delay);
    const SourceStatus probe{SourceStatus::State::Error, cause, reason, delay};
    setStatus({probe.isPermanent() ? SourceStatus::State::Error : SourceStatus::State::Reconnecting,
               cause, reason, delay});
}

void RedisStreamReader::setStatus(const SourceStatus& status)
{
    if (status == m_status)
        return;
    m_status = status;
    emit statusChanged(m_status);
}

void RedisStreamReader::setReadingHeld(bool held)
{
    m_readingHeld = held;
    if (m_connection)
        m_connection->setReadingHeld(held);
}
