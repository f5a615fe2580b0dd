#pragma once

#include "cli/StdinPublisher.h"

#include <QByteArray>
#include <QCommandLineParser>
#include <QObject>
#include <QStringList>
#include <memory>

class RedisPublisher;

// herald-cli publish: the seed article's publishNotification(channel, message), from a shell;
// with --durable also appended to the channel's stream, with --stdin one payload per input line.
class PublishCommand : public QObject {
    Q_OBJECT

public:
    explicit PublishCommand(QObject* parent = nullptr);
    ~PublishCommand() override;

    int start(const QStringList& arguments);

private:
    struct Options;

    int readTarget(const QCommandLineParser& parser, const Options& options);
    int readPayload(const QCommandLineParser& parser, const Options& options);
    void publishOne(const RedisEndpoint& endpoint, int timeoutMs);

    std::unique_ptr<RedisPublisher> m_publisher;
    std::unique_ptr<StdinPublisher> m_stdinPublisher;
    StdinPublisher::Target m_target;
    QByteArray m_payload;
};
