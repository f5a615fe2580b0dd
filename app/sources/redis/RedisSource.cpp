#include "RedisSource.h"

#include "notifications/NotificationParser.h"
#include "sources/redis/RedisErrorText.h"
#include "sources/redis/RespConnection.h"

#include <QCoreApplication>
#include <QLoggingCategory>

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
    setStatus({SourceStatus::State::Idle, SourceStatus::Cause::None, {}, -1});
}

void RedisSource::retryNow()
{
    if (m_running && m_retryTimer.isActive()) {
        m_retryTimer.stop();
        connectNow();
    }
}

void RedisSource::connectNow()
{
    if (m_connection)
        m_connection->deleteLater();
    m_connection = new RespConnection(this);
    m_connection->setPushMode(true);
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
    m_initialReplies = static_cast<int>(m_channels.size() + m_patterns.size());
    for (const QString& channel : std::as_const(m_channels))
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
    setStatus({SourceStatus::State::Connected, SourceStatus::Cause::None,
               tr("Connected to %1").arg(m_endpoint.displayName()), -1});
    if (m_lostAt.isValid())
        emit disconnected(std::exchange(m_lostAt, QDateTime()), QDateTime::currentDateTimeUtc());
}

void RedisSource::onFailed(SourceStatus::Cause cause, const QString& reason)
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
    applyDifference(before, m_channels, false);
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
    NotificationParser::Context context;
    context.source = m_displayName;
    context.channel = cachedName(channel, &m_lastChannelBytes, &m_lastChannel);
    if (!pattern.isEmpty())
        context.pattern = cachedName(pattern, &m_lastPatternBytes, &m_lastPattern);
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
