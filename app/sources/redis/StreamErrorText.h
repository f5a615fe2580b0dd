#pragma once

#include "sources/DurableChannel.h"
#include "sources/redis/RedisEndpoint.h"

#include <QCoreApplication>
#include <QString>

struct RespReply;

// How RedisStreamReader reads error replies, and the sentences naming a stream it cannot read.
// Stateless, so kept out of the reader; its texts keep the reader's translation context.
class StreamErrorText {
    Q_DECLARE_TR_FUNCTIONS(RedisStreamReader)

public:
    // RespConnection's own words for a lost connection; its failed() signal reports that.
    static bool isSynthetic(const RespReply& reply);
    // Errors a server gives while restarting or briefly busy; they pass by themselves.
    static bool isTransient(const RespReply& error);
    static QString serverText(const RespReply& error);
    static QString byteSize(qint64 bytes);

    // An error reply about one stream: WRONGTYPE, NOPERM (naming the ACL user), or another.
    static QString streamError(const RedisEndpoint& endpoint, const DurableChannel& channel,
                               const RespReply& error);
    // `entry` of the stream is larger than the reply limit and EVAL, to pass it, failed.
    static QString tooLarge(const RedisEndpoint& endpoint, const DurableChannel& channel,
                            const QString& entry, const RespReply& error);
};
