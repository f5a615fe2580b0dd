#include "RedisPublisher.h"

#include "sources/redis/RedisCommandClient.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

RedisPublisher::RedisPublisher(QObject* parent)
    : QObject(parent)
{
}

RedisPublisher::~RedisPublisher() = default;

QByteArray RedisPublisher::payload(const Message& message)
{
    QJsonObject object;
    if (!message.title.isEmpty())
        object.insert(QStringLiteral("title"), message.title);
    if (!message.body.isEmpty())
        object.insert(QStringLiteral("body"), message.body);
    if (message.priority > 0)
        object.insert(QStringLiteral("priority"), message.priority);
    if (!message.url.isEmpty())
        object.insert(QStringLiteral("url"), message.url.toString());
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString RedisPublisher::validate(const Message& message)
{
    if (message.title.trimmed().isEmpty() && message.body.trimmed().isEmpty())
        return tr("Give a title or a body.");
    if (message.priority < 0 || message.priority > 5)
        return tr("The priority must be from 1 to 5.");
    if (!message.url.isEmpty()) {
        const QString scheme = message.url.scheme().toLower();
        if (!message.url.isValid() ||
            (scheme != QLatin1String("http") && scheme != QLatin1String("https") &&
             scheme != QLatin1String("mailto")))
            return tr("The link must be an http, https or mailto URL.");
    }
    return {};
}

void RedisPublisher::publish(const RedisEndpoint& endpoint, const QByteArray& channel,
                             const QByteArray& payload, int deadlineMs)
{
    m_channel = channel;
    m_payload = payload;
    open(endpoint, deadlineMs, &RedisPublisher::send);
}

void RedisPublisher::open(const RedisEndpoint& endpoint, int deadlineMs,
                          void (RedisPublisher::*onReady)())
{
    m_client = std::make_unique<RedisCommandClient>(endpoint);
    connect(m_client.get(), &RedisCommandClient::ready, this, onReady);
    connect(m_client.get(), &RedisCommandClient::retrying, this, &RedisPublisher::retrying);
    connect(m_client.get(), &RedisCommandClient::failed, this,
            [this](const SourceStatus& status) { emit failed(status.cause, status.reason); });
    m_client->open(deadlineMs);
}

void RedisPublisher::send()
{
    m_client->send({"PUBLISH", m_channel, m_payload}, [this](const RespReply& reply) {
        m_client->close();
        if (!reply.isError()) {
            emit published(reply.integer);
            return;
        }
        if (reply.errorCode() == "NOPERM")
            emit failed(SourceStatus::Cause::Permission,
                        tr("No permission to publish on \"%1\": %2")
                            .arg(QString::fromUtf8(m_channel), reply.text()));
        else
            emit failed(SourceStatus::Cause::Protocol, tr("PUBLISH failed: %1").arg(reply.text()));
    });
}

QByteArray RedisPublisher::durableScript()
{
    // The Pub/Sub copy gets the entry's id as "stream_id", inserted right after the opening
    // brace of a JSON object (Lua has no JSON encoder worth relying on); other payloads are
    // published unchanged.
    return QByteArrayLiteral(
        "local id = redis.call('XADD', KEYS[1], 'MAXLEN', '~', ARGV[3], '*', 'payload', ARGV[2])\n"
        "local payload = ARGV[2]\n"
        "local brace = string.find(payload, '%S')\n"
        "if brace and string.sub(payload, brace, brace) == '{' then\n"
        "  local rest = string.sub(payload, brace + 1)\n"
        "  local comma = string.find(rest, '^%s*}') and '' or ','\n"
        "  payload = string.sub(payload, 1, brace) .. '\"stream_id\":\"' .. id .. '\"' .. comma .. "
        "rest\n"
        "end\n"
        "return {id, redis.call('PUBLISH', ARGV[1], payload)}\n");
}

QByteArray RedisPublisher::durableScriptSha1()
{
    static const QByteArray sha1 =
        QCryptographicHash::hash(durableScript(), QCryptographicHash::Sha1).toHex();
    return sha1;
}

QList<QByteArray> RedisPublisher::durableCommand(const QByteArray& channel,
                                                 const QByteArray& payload,
                                                 const QByteArray& streamKey, qint64 maxLength,
                                                 ScriptCall call)
{
    const QByteArray key =
        streamKey.isEmpty() ? DurableChannel::defaultStreamKey(QString::fromUtf8(channel)).toUtf8()
                            : streamKey;
    const QByteArray maxLen =
        QByteArray::number(maxLength > 0 ? maxLength : DefaultStreamMaxLength);
    if (call == ScriptCall::EvalSha)
        return {"EVALSHA", durableScriptSha1(), "1", key, channel, payload, maxLen};
    return {"EVAL", durableScript(), "1", key, channel, payload, maxLen};
}

void RedisPublisher::publishDurable(const RedisEndpoint& endpoint, const QByteArray& channel,
                                    const QByteArray& payload, const QByteArray& streamKey,
                                    qint64 maxLength, int deadlineMs)
{
    m_channel = channel;
    m_payload = payload;
    m_streamKey = streamKey.isEmpty()
                      ? DurableChannel::defaultStreamKey(QString::fromUtf8(channel)).toUtf8()
                      : streamKey;
    m_maxLength = maxLength > 0 ? maxLength : DefaultStreamMaxLength;
    open(endpoint, deadlineMs, &RedisPublisher::sendDurableSha);
}

void RedisPublisher::sendDurableSha()
{
    sendDurable(ScriptCall::EvalSha);
}

void RedisPublisher::sendDurable(ScriptCall call)
{
    const auto command = durableCommand(m_channel, m_payload, m_streamKey, m_maxLength, call);
    m_client->send(command, [this, call](const RespReply& reply) {
        if (reply.isError() && reply.string.startsWith("ERR connection"))
            return; // the connection was lost: the client's failed() says why
        if (call == ScriptCall::EvalSha && reply.errorCode() == "NOSCRIPT") {
            sendDurable(ScriptCall::Eval); // not cached (yet, or any more): send it whole
            return;
        }
        m_client->close();
        const bool wellFormed = reply.type == RespReply::Type::Array &&
                                reply.elements.size() == 2 &&
                                reply.elements[1].type == RespReply::Type::Integer;
        if (wellFormed)
            emit publishedDurable(reply.elements[0].text(), reply.elements[1].integer);
        else
            reportDurableError(reply);
    });
}

void RedisPublisher::reportDurableError(const RespReply& reply)
{
    const QString channel = QString::fromUtf8(m_channel);
    const QString key = QString::fromUtf8(m_streamKey);
    const QByteArray code = reply.errorCode();
    if (code == "NOPERM")
        emit failed(SourceStatus::Cause::Permission,
                    tr("No permission to publish durably on \"%1\" (stream \"%2\"): %3")
                        .arg(channel, key, reply.text()));
    else if (reply.string.contains("WRONGTYPE"))
        emit failed(SourceStatus::Cause::Protocol,
                    tr("Cannot publish durably on \"%1\": the key \"%2\" holds something other "
                       "than a stream")
                        .arg(channel, key));
    else
        emit failed(
            SourceStatus::Cause::Protocol,
            tr("Durable publish on \"%1\" (stream \"%2\") failed: %3")
                .arg(channel, key, reply.isError() ? reply.text() : tr("unexpected reply")));
}
