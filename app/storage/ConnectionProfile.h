#pragma once

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

// A saved connection: what the settings file keeps about one Redis server. A plain value type.
//
// The password is never part of it: `url` is stored without one (Settings strips any it finds)
// and the secret store keeps it under `id`. toEndpoint() brings the two together at connect
// time.
struct ConnectionProfile {
    QString id;       // stable (a QUuid without braces): the key for the password in the keychain
    QString name;     // what the user calls it; may be empty
    QString url;      // redis:// or rediss://, never with a password
    QString username; // ACL user; overrides a user named in the URL when set
    QString caFile;   // PEM files for TLS, see RedisEndpoint
    QString certFile;
    QString keyFile;
    bool enabled = true;
    QList<ChannelEntry> channels;

    // A new random id in the form profiles use.
    static QString newId();

    // The endpoint to connect to, with `password` (from the secret store) for AUTH. Channels are
    // the enabled non-pattern entries, patterns the enabled pattern entries; any channel= or
    // pattern= in the URL that no entry names is subscribed as well. When the URL is unusable,
    // *error (if given) says why and the endpoint's host is empty, so no connection is tried.
    RedisEndpoint toEndpoint(const QString& password, QString* error = nullptr) const;

    // Redis accepts any byte string, but an empty or blank name is always a mistake and control
    // characters cannot be typed, shown or told apart; both are refused with a message.
    static bool isValidChannelName(const QString& name, QString* error);

    // `url` without its password (user, host, port, path and query stay as they are).
    static QString stripPassword(const QString& url);
    // The password in `url`, if it has one: for moving it into the secret store.
    static QString passwordInUrl(const QString& url);

    // The name, or "redis://alice@host:6379" when it has none; never with a password.
    QString displayName() const;

    friend bool operator==(const ConnectionProfile&, const ConnectionProfile&) = default;
};

Q_DECLARE_METATYPE(ConnectionProfile)
