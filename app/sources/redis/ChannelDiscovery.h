#pragma once

#include "sources/SourceStatus.h"
#include "sources/redis/RedisEndpoint.h"

#include <QMap>
#include <QObject>
#include <QTimer>
#include <memory>

class RedisCommandClient;
class RedisSource;
struct Notification;

// Finds the channels a server carries. PUBSUB CHANNELS only knows channels that somebody is
// subscribed to right now, so discovery can also listen through a pattern for a few seconds
// (sampling finds the channels that carry traffic even when nobody listens to them yet).
//
// start() runs PUBSUB CHANNELS [pattern] and PUBSUB NUMSUB, then samples when asked; exactly
// one of finished() or failed() follows.
class ChannelDiscovery : public QObject {
    Q_OBJECT

public:
    struct Channel {
        QString name;
        qint64 subscribers = 0; // from PUBSUB NUMSUB (our sampling connection not counted)
        qint64 sampled = 0;     // messages seen while sampling

        friend bool operator==(const Channel&, const Channel&) = default;
    };

    explicit ChannelDiscovery(QObject* parent = nullptr);
    ~ChannelDiscovery() override;

    // `pattern` empty means every channel; `sampleMs` 0 skips sampling.
    void start(const RedisEndpoint& endpoint, const QString& pattern, int sampleMs, int deadlineMs);
    void cancel();

signals:
    void finished(const QList<ChannelDiscovery::Channel>& channels); // sorted by name
    void failed(SourceStatus::Cause cause, const QString& reason);

private:
    void listChannels();
    void countSubscribers(const QList<QByteArray>& names);
    void startSampling();
    void onSampled(const QList<Notification>& notifications);
    void finish();

    RedisEndpoint m_endpoint;
    QString m_pattern;
    int m_sampleMs = 0;
    std::unique_ptr<RedisCommandClient> m_client;
    std::unique_ptr<RedisSource> m_sampler;
    QTimer m_sampleTimer;
    QMap<QString, Channel> m_channels;
};
