#include "RedisSource.h"

#include "notifications/NotificationParser.h"
#include "sources/redis/RedisErrorText.h"
#include "sources/redis/RespConnection.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcResp)

namespace {

QSet<QString> toSet(const QStringList& list)
{
    return QSet<QString>(list.begin(), list.end());
}
} // namespace

RedisSource::RedisSource(const RedisEndpoint& endpoint, QObject* parent)
    : Source(parent)
    , m_endpoint(endpoint)
    , m_displayName(endpoint.displayName())
{
    m_channels = endpoint.channels;
    m_patterns = endpoint.patterns;
    m_durable = endpoint.durableChannels;
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &RedisSource::connectNow);
    connect(&m_keepaliveTimer, &QTimer::timeout, this, &RedisSource::onKeepaliveTick);
    m_deadPeerTimer.setSingleShot(true);
    connect(&m_deadPeerTimer, &QTimer::timeout, this, [this] {
        const int seconds = m_timing.deadPeerTimeoutMs / 1000;
        onFailed(SourceStatus::Cause::Unreachable,
                 tr("No answer from %1 for %n s; the connection is presumed dead", nullptr, seconds)
                     .arg(m_endpoint.hostAndPort()));
    });
    setTiming(Timing{});
    if (!m_durable.isEmpty())
        ensureStreamReader();
}

RedisSource::~RedisSource() = default;

void RedisSource::setTiming(const Timing& timing)
{
    m_timing = timing;
    m_backoff.setSettings(timing.backoff);
    // Coarse: it only needs to notice a silent peer, and may share wake-ups with other timers.
    // (Not VeryCoarseTimer: it rounds to whole seconds, so short test intervals become zero.)
    m_keepaliveTimer.setTimerType(Qt::CoarseTimer);
    m_keepaliveTimer.setInterval(timing.keepaliveIntervalMs);
    applyStreamTiming();
}

void RedisSource::setReconnectBackoff(const BackoffPolicy::Settings& settings)
{
    Timing timing = m_timing;
    timing.backoff = settings;
    setTiming(timing);
}

QString RedisSource::name() const
{
    return m_displayName;
}

void RedisSource::start()
{
    if (m_running)
        return;
    m_running = true;
    m_backoff.reset();
    connectNow();
    if (m_streams)
        m_streams->start();
}

void RedisSource::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_retryTimer.stop();
    m_keepaliveTimer.stop();
    m_deadPeerTimer.stop();
    flushBatch();
    if (m_connection) {
        m_connection->close();
        m_connection->deleteLater();
        m_connection = nullptr;
    }
    if (m_lostAt.isValid())
        emit disconnected(std::exchange(m_lostAt, QDateTime()), QDateTime::currentDateTimeUtc());
    m_activeChannels.clear();
    m_activePatterns.clear();
    if (m_streams)
        m_streams->stop();
    setStatus({SourceStatus::State::Idle, SourceStatus::Cause::None, {}, -1});
}

void RedisSource::retryNow()
{
    if (m_running && m_retryTimer.isActive()) {
        m_retryTimer.stop();
        connectNow();
    }
    if (m_streams)
        m_streams->retryNow(); // its own backoff too
}

void RedisSource::reconnectNow()
{
    if (!m_running)
        return;
    // Not a failure: no backoff. The outage is reported through disconnected() once the new
    // connection is subscribed again, as after any other loss.
    m_retryTimer.stop();
    dropConnection();
    setStatus({SourceStatus::State::Reconnecting, SourceStatus::Cause::Unreachable,
               tr("Reconnecting to %1").arg(m_endpoint.displayName()), 0});
    connectNow();
    if (m_streams)
        m_streams->reconnectNow();
}

void RedisSource::connectNow()
{
    if (m_connection)
        m_connection->deleteLater();
    m_connection = new RespConnection(this);
    m_connection->setPushMode(true);
    m_connection->setReadingHeld(m_readingHeld);
    m_connection->setPushHandler(
        [this](QByteArrayView channel, const QByteArray& payload, QByteArrayView pattern) {
            onPush(channel, payload, pattern);
        });
    connect(m_connection, &RespConnection::ready, this, &RedisSource::onReady);
    connect(m_connection, &RespConnection::failed, this, &RedisSource::onFailed);
    connect(m_connection, &RespConnection::pushBatchEnd, this, &RedisSource::flushBatch);
    connect(m_connection, &RespConnection::activity, this, [this] {
        m_lastActivity.start();
        if (m_deadPeerTimer.isActive())
            m_deadPeerTimer.start();
    });
    const bool first = status().state == SourceStatus::State::Idle;
    if (first)
        setStatus({SourceStatus::State::Connecting, SourceStatus::Cause::None,
                   tr("Connecting to %1").arg(m_endpoint.displayName()), -1});
    m_connection->open(m_endpoint);
}

void RedisSource::onReady()
{
    m_activeChannels.clear();
    m_activePatterns.clear();
    const QStringList channels = pubSubChannels(m_channels);
    m_initialReplies = static_cast<int>(channels.size() + m_patterns.size());
    for (const QString& channel : channels)
        subscribe(channel, false, true);
    for (const QString& pattern : std::as_const(m_patterns))
        subscribe(pattern, true, true);
    if (m_initialReplies == 0)
        markConnected();
    m_lastActivity.start();
    m_keepaliveTimer.start();
}

void RedisSource::markConnected()
{
    m_backoff.connected();
    setStatus(connectedStatus());
    if (m_lostAt.isValid())
        emit disconnected(std::exchange(m_lostAt, QDateTime()), QDateTime::currentDateTimeUtc());
}

// Delivers what was received, closes the Pub/Sub connection and notes when it was lost (the
// start of the span disconnected() reports once it is back).
void RedisSource::dropConnection()
{
    flushBatch();
    m_keepaliveTimer.stop();
    m_deadPeerTimer.stop();
    if (m_connection) {
        m_connection->close();
        m_connection->deleteLater();
        m_connection = nullptr;
    }
    if (status().state == SourceStatus::State::Connected)
        m_lostAt = QDateTime::currentDateTimeUtc();
    m_activeChannels.clear();
    m_activePatterns.clear();
}

void RedisSource::onFailed(SourceStatus::Cause cause, const QString& reason)
{
    dropConnection();
    m_backoff.disconnected();
    if (!m_running)
        return;
    const SourceStatus probe{SourceStatus::State::Error, cause, reason, -1};
    scheduleRetry(probe.isPermanent() ? SourceStatus::State::Error
                                      : SourceStatus::State::Reconnecting,
                  cause, reason);
}

void RedisSource::scheduleRetry(SourceStatus::State state, SourceStatus::Cause cause,
                                const QString& reason)
{
    const int delay = m_backoff.nextDelayMs();
    m_retryTimer.start(delay);
    setStatus({state, cause, reason, delay});
}

void RedisSource::subscribe(const QString& name, bool isPattern, bool initial)
{
    if (!m_connection || !m_connection->isReady())
        return;
    const QByteArray command =
        isPattern ? QByteArrayLiteral("PSUBSCRIBE") : QByteArrayLiteral("SUBSCRIBE");
    m_connection->send(
        {command, name.toUtf8()}, [this, name, isPattern, initial](const RespReply& r) {
            onSubscribeReply(name, isPattern, initial, r.isError() ? r.string : QByteArray());
        });
}

void RedisSource::onSubscribeReply(const QString& name, bool isPattern, bool initial,
                                   const QByteArray& error)
{
    // A synthetic error means the connection died; onFailed() reports that, not each channel.
    const bool connectionLost = error.startsWith("ERR connection");
    if (connectionLost)
        return;
    if (error.isEmpty()) {
        (isPattern ? m_activePatterns : m_activeChannels).insert(name);
        emit subscribed(name);
    } else {
        const QString reason = RedisErrorText::subscribeError(name, isPattern, error, m_endpoint);
        qCWarning(lcResp).noquote() << reason;
        emit subscriptionFailed(name, reason);
    }
    if (initial && m_initialReplies > 0 && --m_initialReplies == 0)
        markConnected();
}

void RedisSource::unsubscribe(const QString& name, bool isPattern)
{
    (isPattern ? m_activePatterns : m_activeChannels).remove(name);
    if (!m_connection || !m_connection->isReady())
        return;
    const QByteArray command =
        isPattern ? QByteArrayLiteral("PUNSUBSCRIBE") : QByteArrayLiteral("UNSUBSCRIBE");
    m_connection->send({command, name.toUtf8()});
}

void RedisSource::setChannels(const QStringList& channels)
{
    const QStringList before = std::exchange(m_channels, channels);
    m_channels.removeDuplicates();
    applyDifference(pubSubChannels(before), pubSubChannels(m_channels), false);
}

void RedisSource::setPatterns(const QStringList& patterns)
{
    const QStringList before = std::exchange(m_patterns, patterns);
    m_patterns.removeDuplicates();
    applyDifference(before, m_patterns, true);
}

void RedisSource::applyDifference(const QStringList& before, const QStringList& after,
                                  bool isPattern)
{
    const QSet<QString> old = toSet(before);
    const QSet<QString> now = toSet(after);
    for (const QString& name : before)
        if (!now.contains(name))
            unsubscribe(name, isPattern);
    for (const QString& name : after)
        if (!old.contains(name))
            subscribe(name, isPattern, false);
}

bool RedisSource::isDurable(const QString& channel) const
{
    return std::any_of(m_durable.begin(), m_durable.end(),
                       [&](const DurableChannel& d) { return d.channel == channel; });
}

QStringList RedisSource::pubSubChannels(const QStringList& channels) const
{
    // A durable channel's stream has everything its Pub/Sub copies would bring, and more.
    QStringList result;
    for (const QString& channel : channels) {
        if (!isDurable(channel))
            result.append(channel);
    }
    return result;
}

void RedisSource::setDurableChannels(const QList<DurableChannel>& channels)
{
    const QStringList before = pubSubChannels(m_channels);
    m_durable = channels;
    m_lastChannelDurable = isDurable(m_lastChannel);
    applyDifference(before, pubSubChannels(m_channels), false);
    if (!m_durable.isEmpty()) {
        ensureStreamReader();
        m_streams->setDurableChannels(m_durable);
    } else if (m_streams) {
        // Later: this may run inside one of the reader's own signals.
        RedisStreamReader* reader = std::exchange(m_streams, nullptr);
        // Where it got to, not where the last start() began: a new reader resumes there.
        m_cursors = reader->cursors();
        reader->disconnect(this);
        reader->stop();
        reader->deleteLater();
        if (status().state == SourceStatus::State::Connected)
            setStatus(connectedStatus());
    }
}

void RedisSource::setCursors(const QList<StreamCursor>& cursors)
{
    m_cursors = cursors;
    if (m_streams)
        m_streams->setCursors(cursors);
}

void RedisSource::setStreamBackfillCount(int count)
{
    m_backfillCount = count;
    if (m_streams)
        m_streams->setBackfillCount(count);
}

SourceStatus RedisSource::streamStatus() const
{
    return m_streams ? m_streams->status() : SourceStatus();
}

void RedisSource::ensureStreamReader()
{
    if (m_streams)
        return;
    RedisEndpoint endpoint = m_endpoint;
    endpoint.durableChannels = m_durable;
    m_streams = new RedisStreamReader(endpoint, m_displayName, this);
    applyStreamTiming();
    m_streams->setBackfillCount(m_backfillCount);
    m_streams->setReadingHeld(m_readingHeld);
    m_streams->setCursors(m_cursors);
    connect(m_streams, &RedisStreamReader::notificationsReceived, this,
            &Source::notificationsReceived);
    connect(m_streams, &RedisStreamReader::cursorsReached, this, &Source::cursorsReached);
    connect(m_streams, &RedisStreamReader::streamOpened, this,
            [this](const DurableChannel& channel) { emit subscribed(channel.channel); });
    connect(m_streams, &RedisStreamReader::streamFailed, this,
            [this](const DurableChannel& channel, const QString& reason) {
                emit subscriptionFailed(channel.channel, reason);
            });
    connect(m_streams, &RedisStreamReader::statusChanged, this, [this] {
        if (status().state == SourceStatus::State::Connected)
            setStatus(connectedStatus());
    });
    if (m_running)
        m_streams->start();
}

void RedisSource::applyStreamTiming()
{
    if (!m_streams)
        return;
    m_streams->setTiming({m_timing.backoff, m_timing.streamBlockMs, m_timing.deadPeerTimeoutMs});
}

SourceStatus RedisSource::connectedStatus() const
{
    SourceStatus connected{SourceStatus::State::Connected, SourceStatus::Cause::None,
                           tr("Connected to %1").arg(m_endpoint.displayName()), -1};
    const SourceStatus streams = streamStatus();
    if (streams.state == SourceStatus::State::Reconnecting ||
        streams.state == SourceStatus::State::Error) {
        // Pub/Sub works, the durable channels do not: say so without hiding either.
        connected.cause = streams.cause;
        connected.reason += QStringLiteral("; ") + tr("streams %1").arg(streams.describe());
    }
    return connected;
}

const QString& RedisSource::cachedName(QByteArrayView bytes, QByteArray* lastBytes,
                                       QString* lastName)
{
    // Bursts come on one channel at a time; decoding its name once per burst is enough.
    if (bytes != QByteArrayView(*lastBytes)) {
        *lastBytes = bytes.toByteArray();
        *lastName = QString::fromUtf8(bytes);
    }
    return *lastName;
}

void RedisSource::onPush(QByteArrayView channel, const QByteArray& payload, QByteArrayView pattern)
{
    // One context for the whole burst: building one per message (three shared strings and a
    // clock read) cost more than some of the parsing. A batch is one read from the socket, so
    // its messages share the time they were received.
    if (channel != QByteArrayView(m_lastChannelBytes)) {
        cachedName(channel, &m_lastChannelBytes, &m_lastChannel);
        m_lastChannelDurable = isDurable(m_lastChannel);
    }
    // A pattern matching a durable channel: its stream delivers the message already (and a
    // payload that is not JSON has no stream_id to be recognised as the same one by).
    if (m_lastChannelDurable)
        return;
    NotificationParser::Context& context = m_pushContext;
    context.source = m_displayName;
    context.channel = m_lastChannel;
    context.pattern =
        pattern.isEmpty() ? QString() : cachedName(pattern, &m_lastPatternBytes, &m_lastPattern);
    if (m_batch.isEmpty())
        context.received = QDateTime::currentDateTimeUtc();
    m_batch.append(NotificationParser::parse(payload, context));
}

void RedisSource::flushBatch()
{
    if (m_batch.isEmpty())
        return;
    // Emitted as a shared copy; clearing detaches from it, and the reserve avoids regrowing
    // the list element by element during the next burst.
    emit notificationsReceived(m_batch);
    m_batch.clear();
    m_batch.reserve(1024);
}

void RedisSource::onKeepaliveTick()
{
    if (!m_connection || !m_connection->isReady())
        return;
    // Traffic already proves the peer alive; ping only a connection that has been silent.
    if (m_lastActivity.isValid() && m_lastActivity.elapsed() < m_timing.keepaliveIntervalMs - 50)
        return;
    // One probe at a time: re-arming the deadline with every tick would postpone it forever.
    if (m_deadPeerTimer.isActive())
        return;
    m_deadPeerTimer.start(m_timing.deadPeerTimeoutMs);
    m_connection->send({"PING"}, [this](const RespReply& reply) {
        if (!reply.isError())
            m_deadPeerTimer.stop();
    });
}

void RedisSource::setReadingHeld(bool held)
{
    m_readingHeld = held;
    if (m_connection)
        m_connection->setReadingHeld(held);
    if (m_streams)
        m_streams->setReadingHeld(held);
}
