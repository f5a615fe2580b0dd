#include "sources/redis/RedisEndpoint.h"

#include <QTest>

class TestRedisEndpoint : public QObject {
    Q_OBJECT

private slots:
    void parsesTheFormsRedisCliAndIoredisUse_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<bool>("tls");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<int>("db");

        QTest::newRow("plain") << "redis://localhost"
                               << "localhost" << 6379 << false << ""
                               << "" << 0;
        QTest::newRow("port") << "redis://10.1.2.3:7000"
                              << "10.1.2.3" << 7000 << false << ""
                              << "" << 0;
        QTest::newRow("password") << "redis://:s3cret@host:6380"
                                  << "host" << 6380 << false << ""
                                  << "s3cret" << 0;
        QTest::newRow("acl user") << "redis://alice:pw@host"
                                  << "host" << 6379 << false << "alice"
                                  << "pw" << 0;
        QTest::newRow("encoded") << "redis://:p%40ss%3Aword@host"
                                 << "host" << 6379 << false << ""
                                 << "p@ss:word" << 0;
        QTest::newRow("tls") << "rediss://cache.example.com:6390/2"
                             << "cache.example.com" << 6390 << true << ""
                             << "" << 2;
        QTest::newRow("ipv6") << "redis://[::1]:6379"
                              << "::1" << 6379 << false << ""
                              << "" << 0;
        QTest::newRow("upper scheme") << "REDIS://h"
                                      << "h" << 6379 << false << ""
                                      << "" << 0;
    }

    void parsesTheFormsRedisCliAndIoredisUse()
    {
        QFETCH(QString, url);
        RedisEndpoint endpoint;
        QString error;
        QVERIFY2(RedisEndpoint::parse(url, &endpoint, &error), qPrintable(error));
        QTEST(endpoint.host, "host");
        QTEST(endpoint.port, "port");
        QTEST(endpoint.tls, "tls");
        QTEST(endpoint.username, "user");
        QTEST(endpoint.password, "password");
        QTEST(endpoint.database, "db");
    }

    void channelsMayComeWithTheUrl()
    {
        RedisEndpoint endpoint;
        QString error;
        QVERIFY(RedisEndpoint::parse("redis://h?channel=alerts&channel=builds&pattern=deploy:*",
                                     &endpoint, &error));
        QCOMPARE(endpoint.channels, (QStringList{"alerts", "builds"}));
        QCOMPARE(endpoint.patterns, (QStringList{"deploy:*"}));
    }

    void refusesWhatIsNotRedis_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("http") << "http://:hunter2@host";
        QTest::newRow("garbage") << ":::";
        QTest::newRow("bad port") << "redis://:hunter2@host:99999";
        QTest::newRow("bad db") << "redis://:hunter2@host/abc";
    }

    void refusesWhatIsNotRedis()
    {
        QFETCH(QString, url);
        RedisEndpoint endpoint;
        QString error;
        QVERIFY(!RedisEndpoint::parse(url, &endpoint, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY2(!error.contains("hunter2"), "an error must never echo the password");
    }

    void displayNameNeverShowsThePassword()
    {
        RedisEndpoint endpoint;
        QString error;
        QVERIFY(RedisEndpoint::parse("rediss://bob:hunter2@example.org:6390", &endpoint, &error));
        QCOMPARE(endpoint.displayName(), "rediss://bob@example.org:6390");
    }

    // The name labels notifications and cursors: two databases of one server must not share it.
    void displayNameIncludesANonZeroDatabase()
    {
        RedisEndpoint endpoint;
        QString error;
        QVERIFY(RedisEndpoint::parse("redis://localhost:6379/2", &endpoint, &error));
        QCOMPARE(endpoint.displayName(), "redis://localhost:6379/2");
        QVERIFY(RedisEndpoint::parse("redis://localhost:6379/0", &endpoint, &error));
        QCOMPARE(endpoint.displayName(), "redis://localhost:6379");
    }
};

QTEST_APPLESS_MAIN(TestRedisEndpoint)
#include "tst_redisendpoint.moc"
