#pragma once

#include "sources/BackoffPolicy.h"
#include "sources/SourceStatus.h"
#include "sources/gateway/GatewayEndpoint.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QUrl>

class QWebSocket;

// One WebSocket to a gateway, kept open until close(): the transport every gateway source
// builds on. It applies what GatewayEndpoint says about security and limits (TLS verified against
// the system or the endpoint's CA file, the proxy, the headers, the size caps a hostile server
// could otherwise use to make us allocate without bound), proves the peer alive, and reconnects
// with jittered backoff.
//
// The protocol on top decides when a session is up and when one has failed:
// - opened(): the WebSocket handshake completed; the protocol's own handshake starts now.
// - markUp(): the session is established (Socket.IO: namespace CONNECT acknowledged; Nchan and
//   JSON: at once). Status becomes Connected, the backoff learns the connection is stable, and
//   a session lost earlier is reported through outage(from, to).
// - fail(cause, reason): drop the connection and retry after the next backoff delay, with this
//   status (e.g. a CONNECT_ERROR, a protocol violation).
//
// Keepalive: with Timing::pingIntervalMs > 0 a WebSocket ping goes out after that much silence,
// and no frame within deadPeerTimeoutMs drops the connection. Protocols with a keepalive of their
// own (Socket.IO's server pings) set pingIntervalMs = 0 and a silence limit instead: no frame at
// all within setSilenceLimitMs() drops the connection.
class WebSocketConnection : public QObject {
    Q_OBJECT

public:
    struct Timing {
        BackoffPolicy::Settings backoff;
        int pingIntervalMs = 30'000; // 0: no WebSocket pings
        int deadPeerTimeoutMs = 10'000;
    };

    explicit WebSocketConnection(const GatewayEndpoint& endpoint, QObject* parent = nullptr);
    ~WebSocketConnection() override;

    void setTiming(const Timing& timing);
    const Timing& timing() const { return m_timing; }
    // What to open: defaults to the endpoint's URL. Protocols add their path and query here.
    void setUrl(const QUrl& url) { m_url = url; }
    QUrl url() const { return m_url; }
    // Offered in Sec-WebSocket-Protocol (Nchan's "ws+meta.nchan").
    void setSubprotocols(const QStringList& subprotocols) { m_subprotocols = subprotocols; }
    // 0 switches it off. Counts from now.
    void setSilenceLimitMs(int ms);
    // How the status names this connection, e.g. "socketio+ws://host:3000".
    void setDisplayName(const QString& name) { m_displayName = name; }

    void open();
    void close();
    void retryNow();
    void reconnectNow();
    void markUp();
    void fail(SourceStatus::Cause cause, const QString& reason);
    // Queues one text frame; false when the connection is not open.
    bool sendText(const QString& text);

    bool isOpen() const;
    bool isUp() const { return m_up; }
    SourceStatus status() const { return m_status; }
    // The subprotocol the server chose (empty when none).
    QString acceptedSubprotocol() const;

signals:
    void opened();
    void textReceived(const QString& text);
    void binaryReceived(const QByteArray& data);
    void statusChanged(const SourceStatus& status);
    // An established session was lost at `from` and a new one was established at `to` (or the
    // connection was closed at `to` before one was): what the server sent meanwhile may be
    // missing. Closing a session that is up reports nothing.
    void outage(const QDateTime& from, const QDateTime& to);

private:
    void connectNow();
    void onConnected();
    void onDisconnected();
    void onSocketError();
    void onSslErrors(const QList<class QSslError>& errors);
    void onFrame();
    void onKeepaliveTick();
    void startKeepalive();
    void scheduleRetry(SourceStatus::Cause cause, const QString& reason);
    void setStatus(const SourceStatus& status);
    void dropSocket();
    class QNetworkRequest request() const;

    GatewayEndpoint m_endpoint;
    QUrl m_url;
    QStringList m_subprotocols;
    QString m_displayName;
    Timing m_timing;
    BackoffPolicy m_backoff;
    QWebSocket* m_socket = nullptr;
    SourceStatus m_status;
    QString m_tlsError; // the certificate problem behind a failed handshake, named for the user
    bool m_running = false;
    bool m_up = false;
    QDateTime m_lostAt;
    int m_silenceLimitMs = 0;
    QTimer m_retryTimer;
    QTimer m_connectTimer;
    QTimer m_keepaliveTimer;
    QElapsedTimer m_lastFrame;
    bool m_pingSent = false;
};
