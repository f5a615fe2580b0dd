#pragma once

#include "notifications/Notification.h"
#include "notifications/NotificationParser.h"
#include "sources/BackoffPolicy.h"
#include "sources/Source.h"
#include "sources/redis/RedisEndpoint.h"
#include "sources/redis/RedisStreamReader.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTimer>

class RespConnection;

// Redis Pub/Sub, directly: SUBSCRIBE to channels and PSUBSCRIBE to glob patterns on one
// connection, parse every message into a Notification, and keep the connection alive.
//
// Each channel is subscribed with its own command, so a NOPERM names the refused channel and
// leaves the others subscribed. While nothing arrives, a PING every keepalive interval proves the
// peer alive; no answer within the dead-peer timeout drops the connection. Lost connections are
// retried with jittered exponential backoff and everything is subscribed again; the span of the
// outage is reported through disconnected(), since Pub/Sub does not keep what was published
// meanwhile.
//
// Durable channels are not subscribed: a RedisStreamReader reads their streams on a second
// connection, and its batches, cursors and refusals come out of this source's signals. The state
// is the Pub/Sub connection's; while that is up and the stream connection is not, the reason
// says so. disconnected() reports Pub/Sub outages only: the streams catch up by themselves.
class RedisSource : public Source {
    Q_OBJECT

public:
    struct Timing {
        BackoffPolicy::Settings backoff;
        int keepaliveIntervalMs = 30'000;
        int deadPeerTimeoutMs = 10'000;
        int streamBlockMs = 25'000; // XREAD BLOCK: the stream connection's keepalive
    };

    explicit RedisSource(const RedisEndpoint& endpoint, QObject* parent = nullptr);
    ~RedisSource() override;

    void setTiming(const Timing& timing);
    const RedisEndpoint& endpoint() const { return m_endpoint; }

    QString name() const override;
    void start() override;
    void stop() override;
    void setChannels(const QStringList& channels) override;
    void setPatterns(const QStringList& patterns) override;
    QStringList channels() const override { return m_channels; }
    QStringList patterns() const override { return m_patterns; }
    void setDurableChannels(const QList<DurableChannel>& channels) override;
    QList<DurableChannel> durableChannels() const override { return m_durable; }
    void setCursors(const QList<StreamCursor>& cursors) override;
    void setReconnectBackoff(const BackoffPolicy::Settings& settings) override;
    void setReadingHeld(bool held) override;
    // How many existing entries first contact with a stream loads (Delivery::Backfill).
    void setStreamBackfillCount(int count);
    // The stream connection's own state; Idle when there are no durable channels.
    SourceStatus streamStatus() const;
    // The channels and patterns the server confirmed.
    QSet<QString> activeChannels() const { return m_activeChannels; }
    QSet<QString> activePatterns() const { return m_activePatterns; }

public slots:
    void retryNow() override;
    // Closes the Pub/Sub and the stream connections and opens them again at once; the outage
    // is reported through disconnected() as usual.
    void reconnectNow() override;

private:
    void connectNow();
    void onReady();
    void dropConnection();
    void onFailed(SourceStatus::Cause cause, const QString& reason);
    void subscribe(const QString& name, bool isPattern, bool initial);
    void unsubscribe(const QString& name, bool isPattern);
    void applyDifference(const QStringList& before, const QStringList& after, bool isPattern);
    void onSubscribeReply(const QString& name, bool isPattern, bool initial,
                          const QByteArray& error);
    void markConnected();
    void onPush(QByteArrayView channel, const QByteArray& payload, QByteArrayView pattern);
    void flushBatch();
    void onKeepaliveTick();
    void scheduleRetry(SourceStatus::State state, SourceStatus::Cause cause, const QString& reason);
    const QString& cachedName(QByteArrayView bytes, QByteArray* lastBytes, QString* lastName);
    QStringList pubSubChannels(const QStringList& channels) const;
    void ensureStreamReader();
    bool isDurable(const QString& channel) const;
    void applyStreamTiming();
    SourceStatus connectedStatus() const;

    RedisEndpoint m_endpoint;
    QString m_displayName; // computed once: it labels every notification
    Timing m_timing;
    BackoffPolicy m_backoff;
    RespConnection* m_connection = nullptr;
    bool m_readingHeld = false;
    RedisStreamReader* m_streams = nullptr; // only while there are durable channels
    QList<DurableChannel> m_durable;
    QList<StreamCursor> m_cursors;
    int m_backfillCount = RedisStreamReader::DefaultBackfillCount;
    QStringList m_channels;
    QStringList m_patterns;
    QSet<QString> m_activeChannels;
    QSet<QString> m_activePatterns;
    int m_initialReplies = 0;
    bool m_running = false;
    QDateTime m_lostAt;
    QTimer m_retryTimer;
    QTimer m_keepaliveTimer;
    QTimer m_deadPeerTimer;
    QElapsedTimer m_lastActivity;
    QList<Notification> m_batch;
    NotificationParser::Context m_pushContext;
    QByteArray m_lastChannelBytes;
    QString m_lastChannel;
    bool m_lastChannelDurable = false; // a pattern's copy of what the stream delivers
    QByteArray m_lastPatternBytes;
    QString m_lastPattern;
};
