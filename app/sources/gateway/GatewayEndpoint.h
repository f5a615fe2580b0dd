#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <utility>

// Where and how to reach a WebSocket gateway: a Socket.IO server, an Nchan location or a plain
// JSON WebSocket feed, with what does not fit in a URL (token, headers, CA file, proxy, limits).
//
// URL forms (the scheme names the kind; the query carries Herald's own options, which are taken
// out of the URL that is opened; any other query item is passed to the server):
//   socketio+ws://host[:port][/namespace][?event=notification&room=r&path=/socket.io/
//                                          &subscribe=subscribe]      and socketio+wss://
//   nchan+ws://host[:port]/location/prefix/[?channel=a&channel=b]     and nchan+wss://
//   ws://host[:port]/path, wss://host[:port]/path                     (JSON WebSocket)
//
// `channels` are what notifications are labelled with and what the channel picker edits:
// Socket.IO event names (default "notification"), Nchan channel ids (each one is appended to the
// URL path as its last segment; with none, the path itself is the one location and its last
// segment the channel id). A JSON WebSocket has none.
struct GatewayEndpoint {
    enum class Kind { SocketIo, Nchan, JsonWebSocket };

    static constexpr qint64 DefaultMaxMessageBytes = 1024 * 1024;

    Kind kind = Kind::JsonWebSocket;
    QUrl url;      // ws:// or wss://, without Herald's query items and without user info
    QString token; // Socket.IO: the auth payload's "token"; others: "Authorization: Bearer"
    QList<std::pair<QByteArray, QByteArray>> headers; // sent with the opening handshake
    QString caFile; // PEM; when set, only these authorities are trusted
    // Empty: the system's proxy settings. "none": direct. Otherwise http://[user:pw@]host:port
    // or socks5://[user:pw@]host:port.
    QString proxy;
    qint64 maxMessageBytes = DefaultMaxMessageBytes;
    int connectTimeoutMs = 10'000;
    QStringList channels;

    // Socket.IO only.
    QString socketIoPath = QStringLiteral("/socket.io/");
    QString socketIoNamespace = QStringLiteral("/");
    QStringList rooms;      // joined after connecting by emitting `subscribeEvent` per room
    QString subscribeEvent; // empty: rooms are not asked for ("subscribe" when rooms are given)

    static bool isGatewayUrl(const QString& url);
    // Parses the forms above. Returns false and sets *error (never containing a secret) when the
    // URL is unusable.
    static bool parse(const QString& url, GatewayEndpoint* endpoint, QString* error);

    // "socketio+ws://host:3000/ns", "nchan+wss://host/sub/", "ws://host:8080/feed": for display
    // and logs, never with user info or query. It names the source, so it labels notifications
    // and (for Nchan) cursors.
    QString displayName() const;
    bool isTls() const { return url.scheme() == QLatin1String("wss"); }
    // The header value set for `name` (case-insensitive), or a null QByteArray.
    QByteArray header(const QByteArray& name) const;
    // The proxy for a connection to `target`: the system's for an empty setting.
    QNetworkProxy proxyFor(const QUrl& target) const;
    // A request to `url` (the WebSocket handshake, or a plain HTTP request beside it) with the
    // headers, the token as "Authorization: Bearer" (not for Socket.IO, whose token goes into
    // its CONNECT packet) unless an Authorization header is set, the CA file, and the connect
    // timeout.
    QNetworkRequest request(const QUrl& url) const;

    // Parses "Name: value" lines (as the settings keep them); returns false and names the first
    // malformed line in *error.
    static bool parseHeaders(const QStringList& lines,
                             QList<std::pair<QByteArray, QByteArray>>* headers, QString* error);
};
