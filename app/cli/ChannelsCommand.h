#pragma once

#include "sources/redis/ChannelDiscovery.h"

#include <QObject>
#include <QStringList>

// herald-cli channels: the server's active channels with their subscriber counts (PUBSUB
// CHANNELS, then PUBSUB NUMSUB), optionally also those that carried traffic while sampling:
// the same discovery the settings' channel picker uses.
class ChannelsCommand : public QObject {
    Q_OBJECT

public:
    explicit ChannelsCommand(QObject* parent = nullptr);

    int start(const QStringList& arguments);

private:
    void print(const QList<ChannelDiscovery::Channel>& channels);

    ChannelDiscovery m_discovery;
    bool m_json = false;
    bool m_sampling = false;
};
