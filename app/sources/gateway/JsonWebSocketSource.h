#pragma once

#include "notifications/Notification.h"
#include "notifications/NotificationParser.h"
#include "sources/CoalescedCall.h"
#include "sources/Source.h"
#include "sources/gateway/GatewayEndpoint.h"
#include "sources/gateway/WebSocketConnection.h"

// A plain WebSocket feed where every text frame is one notification in any shape
// NotificationParser reads: ntfy's /ws, Gotify's /stream, websocketd wrapping a script, any
// server that pushes JSON or text.
//
// - ntfy's control events ({"event":"open"}, "keepalive", "poll_request", ...) are not
//   notifications and are skipped; its messages are labelled with their topic. Everything else
//   is labelled with the URL's last path segment.
// - Binary frames are refused (counted, one warning per connection, and said in the status).
// - The token goes into "Authorization: Bearer" unless the headers set Authorization already.
// - WebSocket pings keep the connection proven alive (setTiming()); a feed keeps nothing for
//   later, so a lost connection is reported through disconnected() once it is back.
class JsonWebSocketSource : public Source {
    Q_OBJECT

public:
    explicit JsonWebSocketSource(const GatewayEndpoint& endpoint, QObject* parent = nullptr);
    ~JsonWebSocketSource() override;

    const GatewayEndpoint& endpoint() const { return m_endpoint; }
    void setTiming(const WebSocketConnection::Timing& timing);

    QString name() const override { return m_name; }
    void start() override;
    void stop() override;
    // A feed has no channels to choose: it sends what it sends.
    void setChannels(const QStringList& channels) override { Q_UNUSED(channels) }
    void setPatterns(const QStringList& patterns) override { Q_UNUSED(patterns) }
    QStringList channels() const override { return {}; }
    QStringList patterns() const override { return {}; }
    void setReconnectBackoff(const BackoffPolicy::Settings& settings) override;

    // What notifications are labelled with when the message names no topic.
    QString channelLabel() const { return m_context.channel; }
    // Counted since construction, for diagnostics and tests.
    qint64 binaryFramesRefused() const { return m_binaryFramesRefused; }
    qint64 controlEventsSkipped() const { return m_controlEventsSkipped; }

public slots:
    void retryNow() override;
    void reconnectNow() override;

private:
    void onOpened();
    void onText(const QString& text);
    void onBinary(const QByteArray& data);
    void onConnectionStatus(const SourceStatus& status);
    void flushBatch();
    SourceStatus shownStatus(SourceStatus status) const;

    GatewayEndpoint m_endpoint;
    QString m_name; // computed once: it labels every notification
    WebSocketConnection* m_connection;
    WebSocketConnection::Timing m_timing;
    NotificationParser::Context m_context;
    bool m_running = false;
    bool m_binaryRefusedHere = false; // on the connection now open
    qint64 m_binaryFramesRefused = 0;
    qint64 m_controlEventsSkipped = 0;
    QList<Notification> m_batch;
    CoalescedCall m_flush{this, [this] { flushBatch(); }};
};
