#include "RedisCommandClient.h"

RedisCommandClient::RedisCommandClient(const RedisEndpoint& endpoint, QObject* parent)
    : QObject(parent)
    , m_endpoint(endpoint)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &RedisCommandClient::attempt);
    connect(&m_connection, &RespConnection::ready, this, [this] {
        m_everReady = true;
        emit ready();
    });
    connect(&m_connection, &RespConnection::failed, this, &RedisCommandClient::onFailed);
}

void RedisCommandClient::open(int deadlineMs)
{
    m_deadlineMs = deadlineMs;
    m_everReady = false;
    m_backoff.reset();
    m_started.start();
    attempt();
}

void RedisCommandClient::close()
{
    m_retryTimer.stop();
    m_connection.close();
}

void RedisCommandClient::attempt()
{
    RedisEndpoint endpoint = m_endpoint;
    if (m_deadlineMs >= 0) {
        // Never let one attempt outlive the caller's deadline.
        const qint64 left = std::max<qint64>(1, m_deadlineMs - m_started.elapsed());
        endpoint.connectTimeoutMs =
            static_cast<int>(std::min<qint64>(endpoint.connectTimeoutMs, left));
    }
    m_connection.open(endpoint);
}

void RedisCommandClient::send(const QList<QByteArray>& args, RespConnection::ReplyHandler handler)
{
    m_connection.send(args, std::move(handler));
}

void RedisCommandClient::onFailed(SourceStatus::Cause cause, const QString& reason)
{
    SourceStatus status{SourceStatus::State::Error, cause, reason, -1};
    if (m_everReady || status.isPermanent()) {
        emit failed(status);
        return;
    }
    const int delay = m_backoff.nextDelayMs();
    if (m_deadlineMs >= 0 && m_started.elapsed() + delay >= m_deadlineMs) {
        emit failed(status);
        return;
    }
    status.state = SourceStatus::State::Reconnecting;
    status.retryInMs = delay;
    emit retrying(status);
    m_retryTimer.start(delay);
}
