// The error handling of RedisStreamReader that needs no connection or state.
#include "StreamErrorText.h"

#include "sources/redis/RespReply.h"

#include <QLocale>

bool StreamErrorText::isSynthetic(const RespReply& reply)
{
    return reply.isError() &&
           (reply.string.startsWith("ERR connection") || reply.string.startsWith("ERR not conn"));
}

bool StreamErrorText::isTransient(const RespReply& error)
{
    const QByteArray code = error.errorCode();
    return code == "LOADING" || code == "BUSY" || code == "TRYAGAIN" || code == "MASTERDOWN";
}

QString StreamErrorText::serverText(const RespReply& error)
{
    return QString::fromUtf8(error.string).trimmed();
}

QString StreamErrorText::byteSize(qint64 bytes)
{
    QString text = QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
    return text.replace(QLatin1String(".0 "), QLatin1String(" "));
}

QString StreamErrorText::streamError(const RedisEndpoint& endpoint, const DurableChannel& channel,
                                     const RespReply& error)
{
    const QByteArray code = error.errorCode();
    if (code == "WRONGTYPE")
        return tr("The key \"%1\" of the durable channel \"%2\" holds something other than a "
                  "stream; it is not read")
            .arg(channel.streamKey, channel.channel);
    if (code == "NOPERM") {
        const QString user =
            endpoint.username.isEmpty() ? QStringLiteral("default") : endpoint.username;
        return tr("No permission to read the stream \"%1\" of the durable channel \"%2\": ACL "
                  "user \"%3\" needs read access to that key and XINFO, XREVRANGE and XREAD (%4)")
            .arg(channel.streamKey, channel.channel, user, serverText(error));
    }
    return tr("Reading the stream \"%1\" of the durable channel \"%2\" failed: %3")
        .arg(channel.streamKey, channel.channel, serverText(error));
}

QString StreamErrorText::tooLarge(const RedisEndpoint& endpoint, const DurableChannel& channel,
                                  const QString& entry, const RespReply& error)
{
    const QString user =
        endpoint.username.isEmpty() ? QStringLiteral("default") : endpoint.username;
    return tr("In the stream \"%1\" of the durable channel \"%2\", %3 is larger than the %4 "
              "reply limit. Herald passes such an entry by asking for its id with a small script "
              "(EVAL), which failed: %5. The stream is not read: let ACL user \"%6\" run EVAL, "
              "raise the limit, or delete that entry")
        .arg(channel.streamKey, channel.channel, entry, byteSize(endpoint.maxReplyBytes),
             serverText(error), user);
}
