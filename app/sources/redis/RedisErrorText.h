#pragma once

#include "sources/SourceStatus.h"
#include "sources/redis/RedisEndpoint.h"

#include <QAbstractSocket>
#include <QByteArray>
#include <QList>
#include <QSslError>
#include <QString>

// Turns socket, TLS and Redis errors into sentences that name the cause and what to do about it.
// A password never appears in them: only RedisEndpoint::displayName() and hostAndPort() are used.
class RedisErrorText {
public:
    struct Explained {
        SourceStatus::Cause cause;
        QString reason;
    };

    static Explained socketError(QAbstractSocket::SocketError error, const QString& qtText,
                                 const RedisEndpoint& endpoint, bool tlsHandshakeDone);
    static QString sslErrors(const QList<QSslError>& errors, const RedisEndpoint& endpoint);
    // An error reply to AUTH, PING, SELECT, ... during the handshake.
    static Explained handshakeError(const QByteArray& command, const QByteArray& errorReply,
                                    const RedisEndpoint& endpoint);
    // An error reply to SUBSCRIBE/PSUBSCRIBE of one channel or pattern.
    static QString subscribeError(const QString& channelOrPattern, bool isPattern,
                                  const QByteArray& errorReply, const RedisEndpoint& endpoint);
};
