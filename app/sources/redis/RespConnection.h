#pragma once

#include "sources/SourceStatus.h"
#include "sources/redis/RedisEndpoint.h"
#include "sources/redis/RespDecoder.h"
#include "sources/redis/RespReply.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <deque>
#include <functional>
#include <memory>

class QTcpSocket;
struct redisReply;

// One connection to a Redis server speaking RESP2, without blocking and without a second event
// loop: hiredis only encodes (redisFormatCommandArgv) and decodes (redisReader); the bytes move
// through QSslSocket, so TLS comes from Qt's own backend on every platform.
//
// Contract:
// - open() connects, does TLS when asked, then pipelines AUTH (when a password is set),
//   CLIENT SETNAME and PING. ready() is emitted when the PING reply arrives: only then is the
//   connection up (with TLS 1.3 a server that refuses our client certificate does so after the
//   handshake has "succeeded").
// - send() may be called at any time after open(); commands are pipelined and each reply is
//   handed to its handler in order. Every (P)SUBSCRIBE or (P)UNSUBSCRIBE must name exactly one
//   channel so that it is answered by exactly one reply (its confirmation, or an error such as
//   NOPERM that names which channel was refused).
// - In push mode, "message" and "pmessage" arrays are Pub/Sub deliveries: they go to the push
//   handler, never to a command's handler, and pushBatchEnd() follows each batch of them.
// - failed() is emitted once when the connection ends for any reason other than close(): the
//   cause and a sentence for the user. Handlers still pending then receive an error reply.
class RespConnection : public QObject {
    Q_OBJECT

public:
    using ReplyHandler = std::function<void(const RespReply&)>;
    // channel, payload, pattern (empty for a plain SUBSCRIBE delivery). Channel and pattern are
    // views into the reply, valid only during the call: a burst repeats the same names, so the
    // handler copies them only when they change.
    using PushHandler = std::function<void(QByteArrayView, const QByteArray&, QByteArrayView)>;

    explicit RespConnection(QObject* parent = nullptr);
    ~RespConnection() override;

    void open(const RedisEndpoint& endpoint);
    void close();
    bool isReady() const { return m_ready; }
    bool isOpen() const;
    const RedisEndpoint& endpoint() const { return m_endpoint; }

    void send(const QList<QByteArray>& args, ReplyHandler handler = {});
    int pendingReplies() const { return static_cast<int>(m_handlers.size()); }

    // Before open(): a push (Pub/Sub) connection also takes bursts into a larger read buffer.
    void setPushMode(bool enabled) { m_pushMode = enabled; }
    // While held, nothing is decoded: bytes wait in the socket's buffer (see Source).
    void setReadingHeld(bool held);
    void setPushHandler(PushHandler handler) { m_pushHandler = std::move(handler); }

    // Encodes one command the way it goes over the wire (used by tests and the bench publisher).
    static QByteArray encode(const QList<QByteArray>& args);

signals:
    void ready();
    void failed(SourceStatus::Cause cause, const QString& reason);
    void pushBatchEnd();
    // Any bytes arrived: the peer is alive (keepalive timers listen to this).
    void activity();

private:
    bool isEncrypted() const;
    void startHandshake();
    void onConnectTimeout();
    enum class Hold { Respect, Ignore };
    void onReadyRead();
    void readAvailable(Hold hold);
    void drainOnClose();
    void scheduleRead();
    bool processChunk(const char* data, qint64 length);
    bool dispatch(const redisReply* reply);
    bool dispatchPush(const redisReply* reply);
    void onSocketError();
    void onSslErrors();
    void onDisconnected();
    void fail(SourceStatus::Cause cause, const QString& reason);
    void dropSocket();
    void failPendingHandlers(const QByteArray& message);
    bool configureTls(QString* error);

    RedisEndpoint m_endpoint;
    QTcpSocket* m_socket = nullptr; // a QSslSocket when the endpoint asks for TLS
    QByteArray m_readBuffer;
    std::unique_ptr<RespDecoder> m_decoder;
    std::deque<ReplyHandler> m_handlers;
    PushHandler m_pushHandler;
    QByteArray m_unsent; // commands given before the socket connected
    QTimer m_connectTimer;
    QString m_tlsReason;
    bool m_pushMode = false;
    bool m_ready = false;
    bool m_readScheduled = false;
    bool m_readingHeld = false;
    bool m_failed = false;
};
