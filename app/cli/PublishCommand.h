#pragma once

#include <QByteArray>
#include <QObject>
#include <QStringList>
#include <memory>

class RedisPublisher;

// herald-cli publish: the seed article's publishNotification(channel, message), from a shell.
class PublishCommand : public QObject {
    Q_OBJECT

public:
    explicit PublishCommand(QObject* parent = nullptr);
    ~PublishCommand() override;

    int start(const QStringList& arguments);

private:
    std::unique_ptr<RedisPublisher> m_publisher;
    QByteArray m_channel;
    QByteArray m_payload;
};
