#pragma once

#include "sources/DurableChannel.h"

#include <QList>
#include <QString>
#include <QStringList>

// Where and how to reach one Redis server: the redis:// and rediss:// URL forms that redis-cli
// and ioredis accept, plus the TLS files and limits that do not fit in a URL.
struct RedisEndpoint {
    static constexpr int DefaultPort = 6379;
    static constexpr qint64 DefaultMaxReplyBytes = 16 * 1024 * 1024;

    QString host = QStringLiteral("127.0.0.1");
    int port = DefaultPort;
    bool tls = false;
    QString username; // ACL user; empty means the default user
    QString password; // empty means no AUTH
    int database = 0; // SELECT index from the URL path; Pub/Sub ignores it, streams use it
    QString caFile;   // PEM; when set, only these authorities are trusted
    QString certFile; // PEM client certificate for mutual TLS
    QString keyFile;  // PEM private key for certFile
    QString clientName = QStringLiteral("herald");
    qint64 maxReplyBytes = DefaultMaxReplyBytes;
    int connectTimeoutMs = 10'000;
    QStringList channels;                  // from ?channel=a&channel=b
    QStringList patterns;                  // from ?pattern=x:*
    QList<DurableChannel> durableChannels; // from ?durable=alerts (default stream key)

    // Parses redis://[[user]:password@]host[:port][/db][?channel=..&pattern=..] and rediss://.
    // Returns false and sets *error (never containing the password) when the URL is unusable.
    static bool parse(const QString& url, RedisEndpoint* endpoint, QString* error);

    // "redis://alice@localhost:6379", with "/2" for a database other than 0: for display and
    // logs, never with the password. It names the source: it labels notifications and cursors.
    QString displayName() const;
    QString hostAndPort() const;
};
