#pragma once

#include "notifications/Notification.h"
#include "sources/DurableChannel.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

struct RespReply;

// One stream entry of an XREAD, XRANGE or XREVRANGE reply (its id and its field/value list) as a
// Notification. Kept apart from RedisStreamReader: it depends on nothing but the entry, so the
// reader keeps only its connection and its rounds.
class StreamEntry {
public:
    // `source` labels the notification (Notification::source).
    static Notification toNotification(const QString& source, const DurableChannel& channel,
                                       const RespReply& entry, Notification::Delivery delivery,
                                       const QDateTime& received);

    // The field publishers are told to use, else the only field there is (other tools' `message`
    // or `data`), else all fields as one object: a `message` next to a `title` is one field among
    // others.
    static QByteArray payloadOf(const QList<RespReply>& fields);
    // An id made by XADD * holds the time of the XADD: a better time for a backlog than the time
    // Herald read it. Explicit ids ("1-1") hold no time; they are left alone (null).
    static QDateTime timeOfId(const QString& id);
};
