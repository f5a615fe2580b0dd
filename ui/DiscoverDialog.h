#pragma once

#include "sources/redis/ChannelDiscovery.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

// Lists the channels a server carries (PUBSUB, plus a few seconds of listening through a
// pattern) and lets the user tick the ones to add.
class DiscoverDialog : public QDialog {
    Q_OBJECT

public:
    static constexpr int SampleMs = 5000;

    explicit DiscoverDialog(const RedisEndpoint& endpoint, QWidget* parent = nullptr);

signals:
    void channelsChosen(const QStringList& names);

private:
    void run();
    void showChannels(const QList<ChannelDiscovery::Channel>& channels);
    void accept() override;

    RedisEndpoint m_endpoint;
    ChannelDiscovery m_discovery;
    QLineEdit* m_pattern;
    QPushButton* m_search;
    QListWidget* m_list;
    QLabel* m_status;
};
