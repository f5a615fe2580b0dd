#include "RespDecoder.h"

#include <QCoreApplication>
#include <algorithm>
#include <hiredis/hiredis.h>

RespDecoder::RespDecoder(qint64 maxReplyBytes)
    : m_guard(maxReplyBytes)
    , m_reader(RespReplyArena::createReader(&m_arena))
{
    // maxbuf only decides when hiredis frees its idle buffer; it is not a size limit (the guard
    // is). 0 keeps one buffer for the decoder's lifetime instead of reallocating it per burst.
    m_reader->maxbuf = 0;
}

RespDecoder::~RespDecoder()
{
    redisReaderFree(m_reader);
}

bool RespDecoder::decode(const char* data, qint64 length, const ReplyCallback& onReply)
{
    if (hasError())
        return false;
    for (qint64 offset = 0; offset < length; offset += FeedChunk) {
        if (!feedPiece(data + offset, std::min(FeedChunk, length - offset), onReply))
            return false;
    }
    return true;
}

bool RespDecoder::feedPiece(const char* data, qint64 length, const ReplyCallback& onReply)
{
    const qint64 acceptable = m_guard.scan(data, length);
    // Replies complete before a refused one are still delivered: what arrived whole is not lost.
    if (acceptable > 0 && !feedReader(data, acceptable, onReply))
        return false;
    if (acceptable < length) {
        m_error = m_guard.error();
        return false;
    }
    return true;
}

bool RespDecoder::feedReader(const char* data, qint64 length, const ReplyCallback& onReply)
{
    if (redisReaderFeed(m_reader, data, static_cast<size_t>(length)) != REDIS_OK) {
        m_error = QCoreApplication::translate("RespDecoder", "Protocol error: %1")
                      .arg(QString::fromUtf8(m_reader->errstr));
        return false;
    }
    for (;;) {
        void* reply = nullptr;
        if (redisReaderGetReply(m_reader, &reply) != REDIS_OK) {
            // Reader errors are sticky in hiredis: this decoder is done; reconnect for a new one.
            m_error = QCoreApplication::translate("RespDecoder",
                                                  "Protocol error: %1 (is this a Redis server?)")
                          .arg(QString::fromUtf8(m_reader->errstr));
            return false;
        }
        if (!reply)
            return true;
        const bool goOn = onReply(static_cast<const redisReply*>(reply));
        m_arena.reset();
        if (!goOn)
            return false;
    }
}
