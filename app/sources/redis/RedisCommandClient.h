#pragma once

#include "sources/BackoffPolicy.h"
#include "sources/SourceStatus.h"
#include "sources/redis/RedisEndpoint.h"
#include "sources/redis/RespConnection.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

// A connection for one-shot commands (PUBLISH, PUBSUB, a connection test): it keeps trying to
// connect while the failure is transient, until a deadline, then reports why it could not.
// Permanent failures (wrong password, TLS rejected, ...) are reported at once.
//
// Signals: ready() once the connection is up; retrying(status) before each new attempt;
// failed(status) once, when it gives up or when an established connection is lost.
class RedisCommandClient : public QObject {
    Q_OBJECT

public:
    explicit RedisCommandClient(const RedisEndpoint& endpoint, QObject* parent = nullptr);

    // deadlineMs < 0: keep trying transient failures forever.
    void open(int deadlineMs);
    void close();
    void setBackoff(const BackoffPolicy::Settings& settings) { m_backoff.setSettings(settings); }

    void send(const QList<QByteArray>& args, RespConnection::ReplyHandler handler);
    const RedisEndpoint& endpoint() const { return m_endpoint; }

signals:
    void ready();
    void retrying(const SourceStatus& status);
    void failed(const SourceStatus& status);

private:
    void attempt();
    void onFailed(SourceStatus::Cause cause, const QString& reason);

    RedisEndpoint m_endpoint;
    RespConnection m_connection;
    BackoffPolicy m_backoff;
    QTimer m_retryTimer;
    QElapsedTimer m_started;
    int m_deadlineMs = -1;
    bool m_everReady = false;
};
