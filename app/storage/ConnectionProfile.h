#pragma once

#include "sources/gateway/GatewayEndpoint.h"
#include "sources/redis/RedisEndpoint.h"

#include <QList>
#include <QMetaType>
#include <QString>

// One channel or pattern a connection subscribes to, and how its popups behave.
struct ChannelEntry {
    QString name;
    bool isPattern = false;   // PSUBSCRIBE glob (e.g. "deploy:*") rather than a channel name
    bool enabled = true;      // subscribed; a disabled entry is kept but not subscribed
    bool muted = false;       // no popups (the notifications still land in the list)
    int minPopupPriority = 1; // 1..5: lower priorities land in the list without a popup
    bool durable = false;     // read from a Redis Stream from a stored cursor (channels only)
    QString streamKey;        // empty: DurableChannel::defaultStreamKey(name)

    friend bool operator==(const ChannelEntry&, const ChannelEntry&) = default;
};

// A saved connection: what the settings file keeps about one Redis server or WebSocket gateway.
// A plain value type. The URL's scheme is the kind of connection (see kind()).
//
// The secret is never part of it: `url` is stored without a password (Settings strips any it
// finds) and the secret store keeps the Redis password or the gateway's token under `id`.
// toEndpoint() and toGatewayEndpoint() bring the two together at connect time.
//
// What `channels` hold depends on the kind: Redis channels and patterns, Nchan channel ids,
// Socket.IO event names; a JSON WebSocket has none.
struct ConnectionProfile {
    enum class Kind { Redis, SocketIo, Nchan, JsonWebSocket };
    static constexpr int DefaultMaxMessageKiB = 1024;

    QString id;       // stable (a QUuid without braces): the key for the secret in the keychain
    QString name;     // what the user calls it; may be empty
    QString url;      // see RedisEndpoint and GatewayEndpoint; never with a password
    QString username; // Redis ACL user; overrides a user named in the URL when set
    QString caFile;   // PEM; for Redis also a client certificate and key (mutual TLS)
    QString certFile;
    QString keyFile;
    bool enabled = true;
    QList<ChannelEntry> channels;
    // Gateways only.
    QStringList headers; // "Name: value", sent with the WebSocket handshake
    QString proxy;       // empty: the system's; "none"; or http:// or socks5://host:port
    int maxMessageKiB = DefaultMaxMessageKiB;
    QStringList rooms; // Socket.IO rooms to join after connecting

    // What a profile subscribes to once its entries and its URL are merged.
    struct Subscriptions {
        QStringList channels;
        QStringList patterns;
        QList<DurableChannel> durable; // Redis only

        friend bool operator==(const Subscriptions&, const Subscriptions&) = default;
    };

    Kind kind() const;
    bool isGateway() const { return kind() != Kind::Redis; }

    // A new random id in the form profiles use.
    static QString newId();

    // The endpoint to connect to, with `password` (from the secret store) for AUTH. Channels are
    // the enabled non-pattern entries, patterns the enabled pattern entries; any channel= or
    // pattern= in the URL that no entry names is subscribed as well. When the URL is unusable,
    // *error (if given) says why and the endpoint's host is empty, so no connection is tried.
    RedisEndpoint toEndpoint(const QString& password, QString* error = nullptr) const;
    // The same for a gateway: `secret` is the token. Channels are the enabled entries (patterns
    // do not apply), plus the URL's; a Socket.IO connection naming no event listens to
    // "notification".
    GatewayEndpoint toGatewayEndpoint(const QString& secret, QString* error = nullptr) const;
    // Either of the above, reduced to what is subscribed. Returns false and sets *error when the
    // profile is unusable.
    bool subscriptions(const QString& secret, Subscriptions* subscriptions, QString* error) const;

    // Redis accepts any byte string, but an empty or blank name is always a mistake and control
    // characters cannot be typed, shown or told apart; both are refused with a message.
    static bool isValidChannelName(const QString& name, QString* error);

    // `url` without its password (user, host, port, path and query stay as they are).
    static QString stripPassword(const QString& url);
    // The password in `url`, if it has one: for moving it into the secret store.
    static QString passwordInUrl(const QString& url);

    // The name, or "redis://alice@host:6379" (the gateway's display name) when it has none;
    // never with a password.
    QString displayName() const;

    friend bool operator==(const ConnectionProfile&, const ConnectionProfile&) = default;
};

Q_DECLARE_METATYPE(ConnectionProfile)
