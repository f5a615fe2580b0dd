#include "RedisPublisher.h"

#include "sources/redis/RedisCommandClient.h"

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
    m_client = std::make_unique<RedisCommandClient>(endpoint);
    connect(m_client.get(), &RedisCommandClient::ready, this, &RedisPublisher::send);
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
