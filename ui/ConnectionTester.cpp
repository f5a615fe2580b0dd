#include "ConnectionTester.h"

#include "sources/Source.h"
#include "sources/SourceFactory.h"
#include "sources/redis/RedisCommandClient.h"

ConnectionTester::ConnectionTester(QObject* parent)
    : QObject(parent)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        finish(false, tr("%1 did not answer within %2 s.").arg(m_name).arg(TimeoutMs / 1000));
    });
}

ConnectionTester::~ConnectionTester()
{
    release();
}

void ConnectionTester::test(const ConnectionProfile& profile, const QString& secret)
{
    release();
    QString error;
    ConnectionProfile::Subscriptions unused;
    if (!profile.subscriptions(secret, &unused, &error)) {
        emit finished(false, error);
        return;
    }
    m_name = profile.isGateway() ? profile.toGatewayEndpoint(secret).displayName()
                                 : profile.toEndpoint(secret).displayName();
    m_timeout.start(TimeoutMs);
    if (profile.isGateway())
        testGateway(profile, secret);
    else
        testRedis(profile, secret);
}

void ConnectionTester::testRedis(const ConnectionProfile& profile, const QString& secret)
{
    m_redis = new RedisCommandClient(profile.toEndpoint(secret), this);
    connect(m_redis, &RedisCommandClient::ready, this,
            [this] { finish(true, tr("Connected and authenticated to %1.").arg(m_name)); });
    connect(m_redis, &RedisCommandClient::failed, this,
            [this](const SourceStatus& status) { finish(false, status.reason); });
    m_redis->open(TimeoutMs);
}

void ConnectionTester::testGateway(const ConnectionProfile& profile, const QString& secret)
{
    QString error;
    m_source = SourceFactory::create(profile, secret, this, &error);
    if (!m_source) {
        finish(false, error);
        return;
    }
    // One attempt is the answer: a failure is reported rather than retried.
    connect(m_source, &Source::statusChanged, this, [this](const SourceStatus& status) {
        if (status.state == SourceStatus::State::Connected)
            finish(true, tr("Connected to %1.").arg(m_name));
        else if (status.state == SourceStatus::State::Reconnecting ||
                 status.state == SourceStatus::State::Error)
            finish(false, status.reason);
    });
    m_source->start();
}

void ConnectionTester::finish(bool ok, const QString& message)
{
    release();
    emit finished(ok, message);
}

void ConnectionTester::release()
{
    m_timeout.stop();
    if (m_redis) {
        m_redis->disconnect(this);
        m_redis->close();
        m_redis->deleteLater();
        m_redis = nullptr;
    }
    if (m_source) {
        m_source->disconnect(this);
        m_source->stop();
        m_source->deleteLater();
        m_source = nullptr;
    }
}
