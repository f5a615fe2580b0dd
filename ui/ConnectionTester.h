#pragma once

#include "storage/ConnectionProfile.h"

#include <QObject>
#include <QTimer>

class RedisCommandClient;
class Source;

// "Test connection" for every kind of connection: connects once with what the form holds and
// answers in one sentence. Redis is asked for AUTH and PING; a gateway is connected as a source
// would be (WebSocket handshake, TLS, and for Socket.IO the namespace CONNECT with the token) and
// let go as soon as it is up or has failed.
class ConnectionTester : public QObject {
    Q_OBJECT

public:
    static constexpr int TimeoutMs = 8000;

    explicit ConnectionTester(QObject* parent = nullptr);
    ~ConnectionTester() override;

    // Starts a test; a test still running is abandoned.
    void test(const ConnectionProfile& profile, const QString& secret);
    bool isRunning() const { return m_redis || m_source; }

signals:
    void finished(bool ok, const QString& message);

private:
    void testRedis(const ConnectionProfile& profile, const QString& secret);
    void testGateway(const ConnectionProfile& profile, const QString& secret);
    void finish(bool ok, const QString& message);
    void release();

    RedisCommandClient* m_redis = nullptr;
    Source* m_source = nullptr;
    QString m_name;
    QTimer m_timeout;
};
