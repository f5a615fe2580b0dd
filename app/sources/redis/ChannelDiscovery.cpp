#include "ChannelDiscovery.h"

#include "sources/redis/RedisCommandClient.h"
#include "sources/redis/RedisSource.h"

ChannelDiscovery::ChannelDiscovery(QObject* parent)
    : QObject(parent)
{
    m_sampleTimer.setSingleShot(true);
    connect(&m_sampleTimer, &QTimer::timeout, this, &ChannelDiscovery::finish);
}

ChannelDiscovery::~ChannelDiscovery() = default;

void ChannelDiscovery::start(const RedisEndpoint& endpoint, const QString& pattern, int sampleMs,
                             int deadlineMs)
{
    cancel();
    m_endpoint = endpoint;
    m_pattern = pattern;
    m_sampleMs = sampleMs;
    m_channels.clear();
    m_client = std::make_unique<RedisCommandClient>(endpoint);
    connect(m_client.get(), &RedisCommandClient::ready, this, &ChannelDiscovery::listChannels);
    connect(m_client.get(), &RedisCommandClient::failed, this,
            [this](const SourceStatus& status) { emit failed(status.cause, status.reason); });
    m_client->open(deadlineMs);
}

void ChannelDiscovery::cancel()
{
    m_sampleTimer.stop();
    if (m_sampler)
        m_sampler->stop();
    m_sampler.reset();
    if (m_client)
        m_client->close();
}

void ChannelDiscovery::listChannels()
{
    QList<QByteArray> command{"PUBSUB", "CHANNELS"};
    if (!m_pattern.isEmpty())
        command << m_pattern.toUtf8();
    m_client->send(command, [this](const RespReply& reply) {
        if (reply.isError()) {
            emit failed(reply.errorCode() == "NOPERM" ? SourceStatus::Cause::Permission
                                                      : SourceStatus::Cause::Protocol,
                        tr("PUBSUB failed: %1").arg(reply.text()));
            return;
        }
        QList<QByteArray> names;
        for (const RespReply& name : reply.elements)
            names << name.string;
        countSubscribers(names);
    });
}

void ChannelDiscovery::countSubscribers(const QList<QByteArray>& names)
{
    QList<QByteArray> command{"PUBSUB", "NUMSUB"};
    command += names;
    m_client->send(command, [this](const RespReply& reply) {
        if (reply.isError()) {
            emit failed(SourceStatus::Cause::Protocol, tr("PUBSUB failed: %1").arg(reply.text()));
            return;
        }
        for (qsizetype i = 0; i + 1 < reply.elements.size(); i += 2) {
            const QString name = reply.elements[i].text();
            m_channels[name] = Channel{name, reply.elements[i + 1].integer, 0};
        }
        m_client->close();
        if (m_sampleMs > 0)
            startSampling();
        else
            finish();
    });
}

void ChannelDiscovery::startSampling()
{
    RedisEndpoint endpoint = m_endpoint;
    endpoint.channels.clear();
    endpoint.patterns = {m_pattern.isEmpty() ? QStringLiteral("*") : m_pattern};
    endpoint.clientName = QStringLiteral("herald-discovery");
    m_sampler = std::make_unique<RedisSource>(endpoint);
    connect(m_sampler.get(), &Source::notificationsReceived, this, &ChannelDiscovery::onSampled);
    connect(m_sampler.get(), &Source::statusChanged, this, [this](const SourceStatus& status) {
        if (status.state == SourceStatus::State::Connected)
            m_sampleTimer.start(m_sampleMs);
        else if (status.isPermanent())
            finish(); // what PUBSUB found is still worth showing
    });
    m_sampler->start();
}

void ChannelDiscovery::onSampled(const QList<Notification>& notifications)
{
    for (const Notification& n : notifications) {
        Channel& channel = m_channels[n.channel];
        channel.name = n.channel;
        ++channel.sampled;
    }
}

void ChannelDiscovery::finish()
{
    m_sampleTimer.stop();
    if (m_sampler) {
        m_sampler->disconnect(this);
        m_sampler->stop();
        m_sampler.release()->deleteLater(); // may be inside its own signal
    }
    emit finished(m_channels.values()); // QMap keeps them sorted by name
}
