#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// One RESP2 reply as an owning value, copied out of hiredis's reply tree so that hiredis's
// memory is freed at once and callers never see its types.
struct RespReply {
    enum class Type { String, Status, Error, Integer, Nil, Array };

    Type type = Type::Nil;
    QByteArray string; // String, Status and Error
    qint64 integer = 0;
    QList<RespReply> elements;

    // Converts a hiredis redisReply* (passed as void* to keep hiredis out of this header).
    static RespReply fromHiredis(const void* redisReply);
    static RespReply error(const QByteArray& message);

    bool isError() const { return type == Type::Error; }
    bool isNil() const { return type == Type::Nil; }
    // The error code: "WRONGPASS", "NOPERM", "ERR", ... (the first word of an error reply).
    QByteArray errorCode() const;
    QString text() const { return QString::fromUtf8(string); }
};
