#pragma once

#include "sources/SourceStatus.h"
#include "sources/redis/RedisEndpoint.h"

#include <QByteArray>
#include <QObject>
#include <QUrl>
#include <memory>

class RedisCommandClient;

// The seed article's publishNotification(channel, message): builds the JSON a subscriber's
// parser reads and PUBLISHes it. herald-cli publish and the app's compose dialog both use it.
//
// publish() connects (retrying transient failures until the deadline), sends one PUBLISH and
// closes; exactly one of published() or failed() follows.
class RedisPublisher : public QObject {
    Q_OBJECT

public:
    struct Message {
        QString title;
        QString body;
        int priority = 0; // 0 = leave out; 1..5 otherwise
        QUrl url;         // http, https or mailto; empty = leave out
    };

    explicit RedisPublisher(QObject* parent = nullptr);
    ~RedisPublisher() override;

    // {"title": ..., "body": ..., "priority": ..., "url": ...} with only the fields given.
    static QByteArray payload(const Message& message);
    // Checks what a user typed; returns an empty string when it can be sent.
    static QString validate(const Message& message);

    void publish(const RedisEndpoint& endpoint, const QByteArray& channel,
                 const QByteArray& payload, int deadlineMs);

signals:
    void published(qint64 receivers);
    void failed(SourceStatus::Cause cause, const QString& reason);
    void retrying(const SourceStatus& status);

private:
    void send();

    std::unique_ptr<RedisCommandClient> m_client;
    QByteArray m_channel;
    QByteArray m_payload;
};
