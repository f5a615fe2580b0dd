#pragma once

#include "sources/SourceStatus.h"
#include "sources/redis/RedisEndpoint.h"

#include <QByteArray>
#include <QObject>
#include <QUrl>
#include <memory>

class RedisCommandClient;
struct RespReply;

// The seed article's publishNotification(channel, message): builds the JSON a subscriber's
// parser reads and PUBLISHes it. herald-cli publish and the app's compose dialog both use it.
//
// publish() connects (retrying transient failures until the deadline), sends one PUBLISH and
// closes; exactly one of published() or failed() follows. publishDurable() does the same for a
// durable channel: one script appends the payload to the channel's stream and publishes it, with
// the entry's id as "stream_id", so readers of either see one notification; exactly one of
// publishedDurable() or failed() follows.
class RedisPublisher : public QObject {
    Q_OBJECT

public:
    static constexpr qint64 DefaultStreamMaxLength = 10'000;

    // EVAL sends the script and leaves it in the server's script cache; EVALSHA names it by its
    // SHA-1 and fails with NOSCRIPT when the cache does not have it.
    enum class ScriptCall { Eval, EvalSha };
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

    // The Lua script of a durable publish: KEYS[1] the stream key; ARGV[1] the channel, ARGV[2]
    // the payload, ARGV[3] the approximate MAXLEN. Returns {stream id, receivers}. The one copy
    // of it: docs show what this returns.
    static QByteArray durableScript();
    static QByteArray durableScriptSha1(); // hex, as EVALSHA takes it
    // One durable publish as a command, for callers that pipeline many over one connection.
    // `streamKey` empty: DurableChannel's default key; `maxLength` <= 0: DefaultStreamMaxLength.
    // Pipelined, send EVAL first and EVALSHA after it: the server runs them in order, so the
    // later ones find the script cached and the entries keep the order they were sent in.
    static QList<QByteArray> durableCommand(const QByteArray& channel, const QByteArray& payload,
                                            const QByteArray& streamKey = {}, qint64 maxLength = 0,
                                            ScriptCall call = ScriptCall::Eval);
    // Like publish(), through durableScript(): EVALSHA, then EVAL when the script is not cached.
    void publishDurable(const RedisEndpoint& endpoint, const QByteArray& channel,
                        const QByteArray& payload, const QByteArray& streamKey = {},
                        qint64 maxLength = 0, int deadlineMs = 10'000);

signals:
    void published(qint64 receivers);
    void publishedDurable(const QString& streamId, qint64 receivers);
    void failed(SourceStatus::Cause cause, const QString& reason);
    void retrying(const SourceStatus& status);

private:
    void open(const RedisEndpoint& endpoint, int deadlineMs, void (RedisPublisher::*onReady)());
    void send();
    void sendDurableSha();
    void sendDurable(ScriptCall call);
    void reportDurableError(const RespReply& reply);

    std::unique_ptr<RedisCommandClient> m_client;
    QByteArray m_channel;
    QByteArray m_payload;
    QByteArray m_streamKey;
    qint64 m_maxLength = DefaultStreamMaxLength;
};
