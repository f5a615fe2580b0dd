#include "RedisServer.h"
#include "TestCertificates.h"
#include "TestServices.h"
#include "sources/redis/RedisSource.h"

#include <QSignalSpy>
#include <QTest>
#include <memory>

using State = SourceStatus::State;
using Cause = SourceStatus::Cause;

// rediss:// against a real redis-server with TLS, using certificates made for the test.
class TestRedisTls : public QObject {
    Q_OBJECT

private:
    TestCertificates m_certs;

    RedisEndpoint tlsEndpoint(const RedisServer& server)
    {
        RedisEndpoint endpoint;
        QString error;
        RedisEndpoint::parse(server.tlsUrl(), &endpoint, &error);
        endpoint.caFile = m_certs.caCert();
        return endpoint;
    }

    static std::unique_ptr<RedisSource> startSource(const RedisEndpoint& endpoint)
    {
        auto source = std::make_unique<RedisSource>(endpoint);
        RedisSource::Timing timing;
        timing.backoff = {100, 1000, 0.2, 10'000};
        source->setTiming(timing);
        source->setChannels({"secure"});
        source->start();
        return source;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_certs.generate(&error), qPrintable(error));
    }

    void connectsWithTheRightAuthority()
    {
        RedisServer::Options serverOptions;
        serverOptions.tls = &m_certs;
        RedisServer server(serverOptions);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        auto source = startSource(tlsEndpoint(server));
        QSignalSpy received(source.get(), &Source::notificationsReceived);
        QTRY_COMPARE(source->status().state, State::Connected);
        QCOMPARE(server.publish("secure", "{\"title\":\"over TLS\"}"), 1);
        QTRY_COMPARE(received.size(), 1);
        QCOMPARE(received[0][0].value<QList<Notification>>().first().title, "over TLS");
    }

    void namesAWrongHostName()
    {
        RedisServer::Options serverOptions;
        serverOptions.tls = &m_certs;
        serverOptions.wrongNameCertificate = true;
        RedisServer server(serverOptions);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        auto source = startSource(tlsEndpoint(server));
        QTRY_COMPARE(source->status().state, State::Error);
        QCOMPARE(source->status().cause, Cause::Tls);
        const QString reason = source->status().reason;
        QVERIFY2(reason.contains("wrong.example") && reason.contains("localhost"),
                 qPrintable(reason));
    }

    void namesAnUntrustedAuthority()
    {
        RedisServer::Options serverOptions;
        serverOptions.tls = &m_certs;
        RedisServer server(serverOptions);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        RedisEndpoint endpoint = tlsEndpoint(server);
        endpoint.caFile = m_certs.otherCaCert();
        auto source = startSource(endpoint);
        QTRY_COMPARE(source->status().state, State::Error);
        QCOMPARE(source->status().cause, Cause::Tls);
        QVERIFY2(source->status().reason.contains("trusted certificate authority"),
                 qPrintable(source->status().reason));

        endpoint.caFile.clear(); // the system's authorities do not know our test CA either
        auto systemTrust = startSource(endpoint);
        QTRY_COMPARE(systemTrust->status().state, State::Error);
        QCOMPARE(systemTrust->status().cause, Cause::Tls);
    }

    void mutualTlsNeedsTheClientCertificate()
    {
        RedisServer::Options serverOptions;
        serverOptions.tls = &m_certs;
        serverOptions.requireClientCertificates = true;
        RedisServer server(serverOptions);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));

        auto anonymous = startSource(tlsEndpoint(server));
        QTRY_VERIFY(anonymous->status().state == State::Error ||
                    anonymous->status().state == State::Reconnecting);
        QVERIFY2(anonymous->status().cause == Cause::Tls ||
                     anonymous->status().reason.contains("closed"),
                 qPrintable(anonymous->status().reason));

        RedisEndpoint endpoint = tlsEndpoint(server);
        endpoint.certFile = m_certs.clientCert();
        endpoint.keyFile = m_certs.clientKey();
        auto identified = startSource(endpoint);
        QTRY_COMPARE(identified->status().state, State::Connected);
    }

    void aPlainServerOnTheTlsPortIsAClearError()
    {
        RedisServer server;
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        RedisEndpoint endpoint = tlsEndpoint(server);
        endpoint.tls = true;
        endpoint.host = "localhost";
        endpoint.port = server.port(); // speaks plain RESP, not TLS
        endpoint.connectTimeoutMs = 1500;
        auto source = startSource(endpoint);
        QTRY_VERIFY(source->status().state == State::Error ||
                    source->status().state == State::Reconnecting);
        QVERIFY2(source->status().reason.contains("TLS"), qPrintable(source->status().reason));
    }
};

HERALD_TEST_MAIN(TestRedisTls, "redis-server", "redis-cli", "openssl")
#include "tst_redistls.moc"
