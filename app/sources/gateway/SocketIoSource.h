#pragma once

#include "notifications/Notification.h"
#include "sources/CoalescedCall.h"
#include "sources/Source.h"
#include "sources/gateway/GatewayEndpoint.h"
#include "sources/gateway/SocketIoPacket.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QSet>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;
class WebSocketConnection;

// A Socket.IO v4 server, such as the seed article's gateway that emits every Redis message as a
// `notification` event, over the websocket transport (Engine.IO v4, Socket.IO protocol v5).
//
// - The server's open packet sets the keepalive: it pings, we answer, and no frame within its
//   pingInterval + pingTimeout means the connection is dead.
// - The namespace CONNECT carries the token as {"token": ...}; the status is Connecting until the
//   server acknowledges it, and a CONNECT_ERROR becomes an Error quoting the server's message.
// - Channels are event names, filtered here: changing them needs no reconnect. Each event's
//   first argument (an object as its JSON, a string as its text) goes to NotificationParser.
//   When the server asks for an acknowledgement, it is sent once the notification was handed on.
// - With connection-state recovery on the server, the session id and the last event's offset
//   go into the next CONNECT; a session the server recovered missed nothing, so no outage is
//   reported for it.
// - Binary events are skipped (one warning per connection); a server-initiated DISCONNECT is
//   retried after the usual backoff, never at once; a server that allows only HTTP long-polling
//   gets an error saying so.
class SocketIoSource : public Source {
    Q_OBJECT

public:
    explicit SocketIoSource(const GatewayEndpoint& endpoint, QObject* parent = nullptr);
    ~SocketIoSource() override;

    const GatewayEndpoint& endpoint() const { return m_endpoint; }

    QString name() const override { return m_name; }
    void start() override;
    void stop() override;
    void setChannels(const QStringList& channels) override;
    void setPatterns(const QStringList& patterns) override { Q_UNUSED(patterns) }
    QStringList channels() const override { return m_channels; }
    QStringList patterns() const override { return {}; }
    void setReconnectBackoff(const BackoffPolicy::Settings& settings) override;

    // Counted since construction, for diagnostics and tests.
    qint64 binaryEventsRefused() const { return m_binaryEventsRefused; }
    qint64 malformedPackets() const { return m_malformedPackets; }

public slots:
    void retryNow() override;
    void reconnectNow() override;

private:
    QUrl connectUrl() const;
    void onOpened();
    void onText(const QString& text);
    void onBinary();
    void onConnectionStatus(const SourceStatus& status);
    void onOutage(const QDateTime& from, const QDateTime& to);
    void onEngineOpen(const SocketIoPacket& packet);
    void onSocketIoPacket(const SocketIoPacket& packet);
    void onConnectReply(const SocketIoPacket& packet);
    void onConnectError(const SocketIoPacket& packet);
    void onServerDisconnect();
    void onEvent(const SocketIoPacket& packet);
    void onBinaryEvent(const SocketIoPacket& packet);
    void rememberOffset(const SocketIoPacket::Event& event);
    void sendConnect();
    void askForRooms();
    void flushBatch();
    void endSession();
    void onSilenceCheck();
    void onHandshakeTimeout();
    void failWith(SourceStatus::Cause cause, const QString& reason);
    void noteMalformed(const QString& why);
    SourceStatus shownStatus(SourceStatus status) const;
    void probeTransport();
    void onProbeFinished(QNetworkReply* reply);

    GatewayEndpoint m_endpoint;
    QString m_name; // computed once: it labels every notification
    WebSocketConnection* m_connection = nullptr;
    QStringList m_channels;
    QSet<QString> m_events; // m_channels, for the per-event lookup
    bool m_running = false;

    // The current connection.
    bool m_opened = false;     // the WebSocket handshake completed
    bool m_engineOpen = false; // the open packet arrived
    bool m_connected = false;  // the namespace CONNECT was acknowledged
    bool m_recovered = false;  // ... for a session the server recovered
    bool m_closingWhileUp = false;
    bool m_warnedBinary = false;
    bool m_warnedMalformed = false;
    int m_binaryFramesToSkip = 0; // attachments of refused binary packets still to come
    int m_silenceLimitMs = 0;
    QElapsedTimer m_lastFrame;
    QTimer m_silenceTimer;
    QTimer m_handshakeTimer;

    // Connection-state recovery: the server's session id and the last offset it sent.
    QString m_pid;
    QString m_offset;

    // What one read from the network yielded: handed on together, then acknowledged.
    QList<Notification> m_batch;
    QList<qint64> m_pendingAcks;
    CoalescedCall m_flush{this, [this] { flushBatch(); }};

    // Why a WebSocket handshake was refused, asked of the server over plain HTTP.
    QNetworkAccessManager* m_network = nullptr;
    QPointer<QNetworkReply> m_probe;
    bool m_pollingOnly = false;

    QString m_lastRefusal; // warned once, not at every retry

    qint64 m_binaryEventsRefused = 0;
    qint64 m_malformedPackets = 0;
};
