#pragma once

#include <QByteArray>
#include <QObject>
#include <QStringList>

#include <memory>

class RedisCommandClient;
struct SourceStatus;

// herald-cli publish: the seed article's publishNotification(channel, message), from a shell.
class PublishCommand : public QObject {
    Q_OBJECT

public:
    explicit PublishCommand(QObject* parent = nullptr);
    ~PublishCommand() override;

    int start(const QStringList& arguments);

private:
    void onReady();
    void onFailed(const SourceStatus& status);

    std::unique_ptr<RedisCommandClient> m_client;
    QByteArray m_channel;
    QByteArray m_payload;
};
