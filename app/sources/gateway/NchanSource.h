#pragma once

#include "notifications/Notification.h"
#include "sources/CoalescedCall.h"
#include "sources/Source.h"
#include "sources/gateway/GatewayEndpoint.h"
#include "sources/gateway/WebSocketConnection.h"

#include <QHash>
#include <QList>
#include <QSet>

class NchanChannel;

// Nchan (nginx's pub/sub module): one WebSocket per channel id, each resuming from the id of the
// last message it handed on, so what Nchan buffered while Herald was away (disconnected, asleep,
// or not running) arrives exactly once.
//
// The URL names a subscriber location: with channels (`?channel=a&channel=b`, or setChannels())
// each channel id is appended to its path; with none, the path is the one location and its last
// segment the channel id. Every channel is durable: durableChannels() lists one per channel id
// with the stream key "nchan:<channel id>", and notifications carry that key and the message's
// id as a stream id "<time>-<tag>" (see NchanChannel and NchanFrame), so the history keeps a
// cursor per channel as it does for Redis Streams.
//
// The status is Connected when every channel's WebSocket is; otherwise it is the worst of theirs
// (Error, then Reconnecting, then Connecting), naming the channel. No disconnected() span is
// reported: Nchan sends what it buffered meanwhile, and a loss it proves (messages pushed out of
// its buffer) becomes a gap marker.
class NchanSource : public Source {
    Q_OBJECT

public:
    explicit NchanSource(const GatewayEndpoint& endpoint, QObject* parent = nullptr);
    ~NchanSource() override;

    const GatewayEndpoint& endpoint() const { return m_endpoint; }
    // Pings, dead-peer timeout and backoff for every channel's WebSocket.
    void setTiming(const WebSocketConnection::Timing& timing);

    QString name() const override { return m_name; }
    void start() override;
    void stop() override;
    void setChannels(const QStringList& channels) override;
    void setPatterns(const QStringList& patterns) override { Q_UNUSED(patterns) }
    QStringList channels() const override { return m_channels; }
    QStringList patterns() const override { return {}; }
    QList<DurableChannel> durableChannels() const override;
    void setCursors(const QList<StreamCursor>& cursors) override;
    void setReconnectBackoff(const BackoffPolicy::Settings& settings) override;
    // Where each channel id has got to (what its next WebSocket resumes from).
    QList<StreamCursor> cursors() const;

public slots:
    void retryNow() override;
    void reconnectNow() override;

private:
    QStringList channelIds() const;
    QUrl locationOf(const QString& channelId) const;
    NchanChannel* channelFor(const QString& channelId) const;
    void rebuildChannels();
    void addChannel(const QString& channelId);
    void removeChannel(NchanChannel* channel);
    void onChannelStatus(NchanChannel* channel);
    void onFirstContact(const QString& streamKey, const QString& streamId);
    void enqueue(const Notification& notification);
    void flushBatch();
    void updateStatus();
    SourceStatus combinedStatus() const;
    SourceStatus channelStatus(const NchanChannel* channel) const;

    GatewayEndpoint m_endpoint;
    QString m_name; // computed once: it labels every notification
    QStringList m_channels;
    QList<NchanChannel*> m_subscriptions; // one per channel id, in channel order
    QHash<QString, QString> m_cursors;    // stream key -> stream id, for channels made later
    QSet<const NchanChannel*> m_refused;  // reported through subscriptionFailed()
    WebSocketConnection::Timing m_timing;
    bool m_running = false;
    QList<Notification> m_batch;
    CoalescedCall m_flush{this, [this] { flushBatch(); }};
};
