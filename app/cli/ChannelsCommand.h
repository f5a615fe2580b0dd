#pragma once

#include <QByteArray>
#include <QObject>
#include <QStringList>

#include <memory>

class RedisCommandClient;
struct SourceStatus;
struct RespReply;

// herald-cli channels: the server's active channels with their subscriber counts (PUBSUB
// CHANNELS, then PUBSUB NUMSUB), the discovery the settings' channel picker uses.
class ChannelsCommand : public QObject {
    Q_OBJECT

public:
    explicit ChannelsCommand(QObject* parent = nullptr);
    ~ChannelsCommand() override;

    int start(const QStringList& arguments);

private:
    void onReady();
    void onChannels(const RespReply& reply);
    void onCounts(const RespReply& reply);
    void onFailed(const SourceStatus& status);
    bool failOnError(const RespReply& reply);

    std::unique_ptr<RedisCommandClient> m_client;
    QByteArray m_pattern;
    bool m_json = false;
};
