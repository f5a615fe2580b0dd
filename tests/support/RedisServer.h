#pragma once

#include "sources/redis/RedisEndpoint.h"

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

class TestCertificates;

// A real redis-server for one test, on a free loopback port, started as a direct child and
// stopped by its PID (SIGTERM, then SIGKILL after a grace period).
class RedisServer {
public:
    struct Options {
        QString password; // requirepass for the default user
        QStringList
            extraArguments; // e.g. {"--user", "bob", "on", ">pw", "~*", "&allowed", "+@all"}
        const TestCertificates* tls = nullptr; // also listen with TLS on tlsPort()
        bool requireClientCertificates = false;
        bool wrongNameCertificate = false; // serve a certificate for another host name
    };

    RedisServer();
    explicit RedisServer(Options options);
    ~RedisServer();

    bool start(QString* error);
    void stop();
    void kill();                  // SIGKILL: the server vanishes without closing anything
    bool restart(QString* error); // same ports, after kill() or stop()

    int port() const { return m_port; }
    int tlsPort() const { return m_tlsPort; }
    QString url() const;    // redis://127.0.0.1:port (with the password when one is set)
    QString tlsUrl() const; // rediss://localhost:tlsPort

    // Runs one command through redis-cli and returns its output (trimmed).
    QByteArray cli(const QStringList& arguments) const;
    // Sends pre-encoded RESP commands through `redis-cli --pipe` (for bursts).
    bool pipe(const QByteArray& commands, QString* error) const;
    qint64 publish(const QString& channel, const QByteArray& payload) const;
    // PUBSUB NUMSUB for one channel: "1" once a subscriber is in place.
    QByteArray numsub(const QString& channel) const;
    // url() parsed, for the classes that take a RedisEndpoint.
    RedisEndpoint endpoint() const;

private:
    bool waitUntilReady(QString* error);
    QStringList arguments() const;
    QStringList cliAuth() const;

    Options m_options;
    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = -1;
    int m_tlsPort = -1;
};
