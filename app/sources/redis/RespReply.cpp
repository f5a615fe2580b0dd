#include "RespReply.h"

#include <hiredis/hiredis.h>

RespReply RespReply::fromHiredis(const void* opaque)
{
    const auto* reply = static_cast<const redisReply*>(opaque);
    RespReply result;
    switch (reply->type) {
    case REDIS_REPLY_STRING:
        result.type = Type::String;
        break;
    case REDIS_REPLY_STATUS:
        result.type = Type::Status;
        break;
    case REDIS_REPLY_ERROR:
        result.type = Type::Error;
        break;
    case REDIS_REPLY_INTEGER:
        result.type = Type::Integer;
        result.integer = reply->integer;
        return result;
    case REDIS_REPLY_ARRAY:
        result.type = Type::Array;
        result.elements.reserve(static_cast<qsizetype>(reply->elements));
        for (size_t i = 0; i < reply->elements; ++i)
            result.elements.append(fromHiredis(reply->element[i]));
        return result;
    default:
        result.type = Type::Nil;
        return result;
    }
    result.string = QByteArray(reply->str, static_cast<qsizetype>(reply->len));
    return result;
}

RespReply RespReply::error(const QByteArray& message)
{
    RespReply reply;
    reply.type = Type::Error;
    reply.string = message;
    return reply;
}

QByteArray RespReply::errorCode() const
{
    if (!isError())
        return {};
    const qsizetype space = string.indexOf(' ');
    return space < 0 ? string : string.left(space);
}
