// The entry-to-Notification rules of RedisStreamReader, which need no connection or state.
#include "StreamEntry.h"

#include "notifications/NotificationParser.h"
#include "sources/redis/RespReply.h"

namespace {

QByteArray jsonString(const QByteArray& bytes)
{
    QByteArray out;
    out.reserve(bytes.size() + 2);
    out += '"';
    for (const char c : bytes) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (static_cast<unsigned char>(c) < 0x20) {
            out += "\\u00";
            out += QByteArray::number(static_cast<unsigned char>(c), 16).rightJustified(2, '0');
        } else {
            out += c; // UTF-8 passes through; the parser replaces what is invalid
        }
    }
    out += '"';
    return out;
}

// `XADD key * title Hi body there` reads like a JSON object with those members, in that order.
QByteArray jsonObjectOf(const QList<RespReply>& fields)
{
    QByteArray out = "{";
    for (qsizetype i = 0; i + 1 < fields.size(); i += 2) {
        if (i > 0)
            out += ',';
        out += jsonString(fields[i].string) + ':' + jsonString(fields[i + 1].string);
    }
    return out + '}';
}

} // namespace

QByteArray StreamEntry::payloadOf(const QList<RespReply>& fields)
{
    for (qsizetype i = 0; i + 1 < fields.size(); i += 2) {
        if (fields[i].string == "payload")
            return fields[i + 1].string;
    }
    if (fields.size() == 2)
        return fields[1].string;
    return jsonObjectOf(fields);
}

QDateTime StreamEntry::timeOfId(const QString& id)
{
    constexpr qint64 Since1973 = 100'000'000'000;
    constexpr qint64 Until9999 = 253'402'300'799'999;
    const qint64 ms = id.section(QLatin1Char('-'), 0, 0).toLongLong();
    if (ms < Since1973 || ms > Until9999)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

Notification StreamEntry::toNotification(const QString& source, const DurableChannel& channel,
                                         const RespReply& entry, Notification::Delivery delivery,
                                         const QDateTime& received)
{
    const QString id = entry.elements.value(0).text();
    NotificationParser::Context context;
    context.source = source;
    context.channel = channel.channel;
    context.received = received;
    // Entry ids repeat across streams: the channel makes them unique per source. The parser
    // makes the same id of a Pub/Sub copy's stream_id, so that copy is a duplicate.
    context.defaultId = channel.channel + QLatin1Char('/') + id;
    context.defaultTime = timeOfId(id);
    Notification n =
        NotificationParser::parse(payloadOf(entry.elements.value(1).elements), context);
    n.delivery = delivery;
    n.streamKey = channel.streamKey;
    n.streamId = id;
    return n;
}
