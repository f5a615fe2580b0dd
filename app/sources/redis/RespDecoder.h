#pragma once

#include "sources/redis/RespFrameGuard.h"
#include "sources/redis/RespReplyArena.h"

#include <QString>
#include <functional>

struct redisReader;
struct redisReply;

// Decodes a RESP2 byte stream into hiredis replies, with a size limit hiredis lacks.
//
// Bytes pass through RespFrameGuard first (so an oversized or hostile reply is refused before
// hiredis allocates for it) and reach hiredis's reader in pieces of at most 4 KiB, each drained
// before the next: hiredis 0.14 memmoves its whole unconsumed buffer every time it has consumed
// 1 KiB, so one multi-megabyte feed would make decoding quadratic.
class RespDecoder {
public:
    // Small pieces keep hiredis's buffer compaction (sdsrange every 1 KiB consumed) cheap.
    static constexpr qint64 FeedChunk = 4 * 1024;

    // Called for each complete reply, in order. The reply is released when the call returns. Return
    // false to stop decoding at once (the caller closed the connection); the decoder then touches
    // nothing of itself, so the callback may have reset it, but must not have deleted it.
    using ReplyCallback = std::function<bool(const redisReply*)>;

    explicit RespDecoder(qint64 maxReplyBytes);
    ~RespDecoder();
    RespDecoder(const RespDecoder&) = delete;
    RespDecoder& operator=(const RespDecoder&) = delete;

    // Returns false on a protocol error (see error()) or when the callback asked to stop.
    bool decode(const char* data, qint64 length, const ReplyCallback& onReply);
    bool hasError() const { return !m_error.isEmpty(); }
    const QString& error() const { return m_error; }
    // The error is a reply over the size limit, not a broken stream.
    bool exceededLimit() const { return m_guard.exceededLimit(); }

private:
    bool feedPiece(const char* data, qint64 length, const ReplyCallback& onReply);
    bool feedReader(const char* data, qint64 length, const ReplyCallback& onReply);

    RespFrameGuard m_guard;
    RespReplyArena m_arena; // declared before the reader, which points at it
    redisReader* m_reader;
    QString m_error;
};
