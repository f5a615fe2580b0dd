#include "NotificationSpy.h"
#include "RedisServer.h"
#include "TestServices.h"
#include "sources/redis/RedisSource.h"
#include "sources/redis/RespConnection.h"

#include <QSignalSpy>
#include <QTest>
#include <memory>

using State = SourceStatus::State;

// RedisSource against a real redis-server started by each test on a free port.
class TestRedisSource : public QObject {
    Q_OBJECT

private:
    // Short timings so outages resolve in milliseconds; no wall-clock assertions rely on them.
    static std::unique_ptr<RedisSource> makeSource(const RedisEndpoint& endpoint,
                                                   const QStringList& channels,
                                                   const QStringList& patterns = {})
    {
        auto source = std::make_unique<RedisSource>(endpoint);
        RedisSource::Timing timing;
        timing.backoff = {50, 200, 0.2, 10'000};
        source->setTiming(timing);
        source->setChannels(channels);
        source->setPatterns(patterns);
        return source;
    }

#define START_SERVER(server)                                                                       \
    do {                                                                                           \
        QString startError;                                                                        \
        QVERIFY2((server).start(&startError), qPrintable(startError));                             \
    } while (false)

private slots:
    void receivesChannelAndPatternMessages()
    {
        RedisServer server;
        START_SERVER(server);
        auto source = makeSource(server.endpoint(), {"alerts"}, {"deploy:*"});
        QSignalSpy received(source.get(), &Source::notificationsReceived);
        source->start();
        QTRY_COMPARE(source->status().state, State::Connected);

        QCOMPARE(server.publish(
                     "alerts", "{\"title\":\"Disk full\",\"body\":\"/var at 99%\",\"priority\":5}"),
                 1);
        QCOMPARE(server.publish("deploy:web", "web-42 is live"), 1);
        QCOMPARE(server.publish("unrelated", "nobody listens"), 0);
        QTRY_COMPARE(countIn(received), 2);

        const QList<Notification> all = collect(received);
        QCOMPARE(all[0].channel, "alerts");
        QCOMPARE(all[0].pattern, QString());
        QCOMPARE(all[0].title, "Disk full");
        QCOMPARE(all[0].priority, 5);
        QCOMPARE(all[0].source, source->name());
        QCOMPARE(all[1].channel, "deploy:web");
        QCOMPARE(all[1].pattern, "deploy:*");
        QCOMPARE(all[1].body, "web-42 is live");
        QCOMPARE(all[1].title, "deploy:web"); // plain text: the channel is the title
    }

    void addsAndRemovesSubscriptionsWithoutReconnecting()
    {
        RedisServer server;
        START_SERVER(server);
        auto source = makeSource(server.endpoint(), {"alerts"});
        QSignalSpy received(source.get(), &Source::notificationsReceived);
        QSignalSpy statuses(source.get(), &Source::statusChanged);
        source->start();
        QTRY_COMPARE(source->status().state, State::Connected);
        const qsizetype statusChanges = statuses.size();

        QSignalSpy subscribed(source.get(), &Source::subscribed);
        source->setChannels({"builds"});
        source->setPatterns({"ci:*"});
        QTRY_COMPARE(subscribed.size(), 2);
        QTRY_COMPARE(server.cli({"PUBSUB", "NUMSUB", "alerts"}), QByteArray("alerts\n0"));

        QCOMPARE(server.publish("alerts", "removed, must not arrive"), 0);
        QCOMPARE(server.publish("builds", "added"), 1);
        QCOMPARE(server.publish("ci:lint", "added pattern"), 1);
        QTRY_COMPARE(countIn(received), 2);
        const QList<Notification> all = collect(received);
        QCOMPARE(all[0].body, "added");
        QCOMPARE(all[1].body, "added pattern");
        QCOMPARE(statuses.size(), statusChanges); // no reconnect happened
        QCOMPARE(source->activeChannels(), QSet<QString>{"builds"});
        QCOMPARE(source->activePatterns(), QSet<QString>{"ci:*"});
    }

    void wrongPasswordIsNamed()
    {
        RedisServer::Options serverOptions;
        serverOptions.password = "right-password";
        RedisServer server(serverOptions);
        START_SERVER(server);
        RedisEndpoint endpoint = server.endpoint();
        endpoint.password = "wrong-password";
        auto source = makeSource(endpoint, {"alerts"});
        source->start();
        QTRY_COMPARE(source->status().state, State::Error);
        QCOMPARE(source->status().cause, SourceStatus::Cause::Authentication);
        QVERIFY2(source->status().reason.contains("Wrong password"),
                 qPrintable(source->status().reason));
        QVERIFY(!source->status().reason.contains("wrong-password"));

        endpoint.password.clear();
        auto anonymous = makeSource(endpoint, {"alerts"});
        anonymous->start();
        QTRY_COMPARE(anonymous->status().state, State::Error);
        QVERIFY2(anonymous->status().reason.contains("requires a password"),
                 qPrintable(anonymous->status().reason));
    }

    void aclRefusalOfOneChannelKeepsTheOthers()
    {
        RedisServer::Options serverOptions;
        serverOptions.extraArguments = {"--user", "bob", "on", ">bobpw", "~*", "&allowed", "+@all"};
        RedisServer server(serverOptions);
        START_SERVER(server);
        RedisEndpoint endpoint = server.endpoint();
        endpoint.username = "bob";
        endpoint.password = "bobpw";
        auto source = makeSource(endpoint, {"secret", "allowed"});
        QSignalSpy failures(source.get(), &Source::subscriptionFailed);
        QSignalSpy received(source.get(), &Source::notificationsReceived);
        source->start();
        QTRY_COMPARE(source->status().state, State::Connected);
        QCOMPARE(failures.size(), 1);
        QCOMPARE(failures[0][0].toString(), "secret");
        const QString reason = failures[0][1].toString();
        QVERIFY2(reason.contains("No permission") && reason.contains("\"secret\"") &&
                     reason.contains("bob"),
                 qPrintable(reason));

        QCOMPARE(server.publish("allowed", "still here"), 1);
        QTRY_COMPARE(countIn(received), 1);
        QCOMPARE(source->activeChannels(), QSet<QString>{"allowed"});
    }

    void reconnectsAndResubscribesAfterKill9()
    {
        RedisServer server;
        START_SERVER(server);
        auto source = makeSource(server.endpoint(), {"alerts"}, {"deploy:*"});
        QSignalSpy received(source.get(), &Source::notificationsReceived);
        QSignalSpy gaps(source.get(), &Source::disconnected);
        source->start();
        QTRY_COMPARE(source->status().state, State::Connected);

        server.kill();
        QTRY_VERIFY(source->status().state == State::Reconnecting);
        QVERIFY2(source->status().reason.contains("closed the connection") ||
                     source->status().reason.contains("refused"),
                 qPrintable(source->status().reason));
        QVERIFY(source->status().retryInMs <= 200);

        QString error;
        QVERIFY2(server.restart(&error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(source->status().state, State::Connected, 10'000);
        QTRY_COMPARE(gaps.size(), 1);
        const QDateTime from = gaps[0][0].toDateTime();
        const QDateTime to = gaps[0][1].toDateTime();
        QVERIFY(from.isValid() && to.isValid() && from <= to);

        QCOMPARE(server.publish("alerts", "after restart"), 1);
        QCOMPARE(server.publish("deploy:api", "pattern after restart"), 1);
        QTRY_COMPARE(countIn(received), 2);
    }

    void retriesAnUnreachableServerAndSaysWhy()
    {
        RedisEndpoint endpoint;
        endpoint.port = TestServices::freePort(); // nothing listens there
        auto source = makeSource(endpoint, {"alerts"});
        source->start();
        QTRY_COMPARE(source->status().state, State::Reconnecting);
        QVERIFY2(source->status().reason.contains("Connection refused"),
                 qPrintable(source->status().reason));
        QVERIFY(!source->status().isPermanent());
    }

    void retryNowCutsTheBackoffShort()
    {
        RedisServer server;
        START_SERVER(server);
        const int port = server.port();
        server.kill();
        RedisEndpoint endpoint = server.endpoint();
        endpoint.port = port;
        auto source = makeSource(endpoint, {"alerts"});
        RedisSource::Timing timing;
        timing.backoff = {600'000, 600'000, 0.0, 10'000}; // ten minutes: only retryNow() helps
        source->setTiming(timing);
        source->start();
        QTRY_COMPARE(source->status().state, State::Reconnecting);
        QCOMPARE(source->status().retryInMs, 600'000);

        QString error;
        QVERIFY2(server.restart(&error), qPrintable(error));
        source->retryNow(); // what NetworkMonitor::online() triggers
        QTRY_COMPARE(source->status().state, State::Connected);
    }

    void detectsADeadPeerWithKeepalive()
    {
        RedisServer server;
        START_SERVER(server);
        auto source = makeSource(server.endpoint(), {"alerts"});
        RedisSource::Timing timing;
        timing.backoff = {50, 200, 0.2, 10'000};
        timing.keepaliveIntervalMs = 200;
        timing.deadPeerTimeoutMs = 300;
        source->setTiming(timing);
        source->start();
        QTRY_COMPARE(source->status().state, State::Connected);

        // A paused server accepts bytes but answers nothing: exactly what a dead peer looks like.
        server.cli({"CLIENT", "PAUSE", "5000", "ALL"});
        QTRY_VERIFY_WITH_TIMEOUT(source->status().reason.contains("No answer"), 5000);
        server.cli({"CLIENT", "UNPAUSE"});
        QTRY_COMPARE_WITH_TIMEOUT(source->status().state, State::Connected, 10'000);
    }

    void receivesABurstCompleteAndInOrder()
    {
        RedisServer server;
        START_SERVER(server);
        auto source = makeSource(server.endpoint(), {"burst"});
        QSignalSpy received(source.get(), &Source::notificationsReceived);
        source->start();
        QTRY_COMPARE(source->status().state, State::Connected);

        constexpr int Count = 100'000;
        QByteArray commands;
        commands.reserve(Count * 120);
        for (int i = 0; i < Count; ++i)
            commands += RespConnection::encode({"PUBLISH", "burst",
                                                "{\"id\":\"" + QByteArray::number(i) +
                                                    "\",\"title\":\"Build " +
                                                    QByteArray::number(i) + "\",\"priority\":3}"});
        QString error;
        QVERIFY2(server.pipe(commands, &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(countIn(received), Count, 60'000);

        const QList<Notification> all = collect(received);
        for (int i = 0; i < Count; ++i) {
            if (all[i].id != QString::number(i))
                QFAIL(qPrintable(QStringLiteral("message %1 arrived as %2").arg(i).arg(all[i].id)));
        }
        QCOMPARE(source->status().state, State::Connected);
    }

    void refusesAnOversizedMessageCleanlyAndRecovers()
    {
        RedisServer server;
        START_SERVER(server);
        RedisEndpoint endpoint = server.endpoint();
        endpoint.maxReplyBytes = 64 * 1024;
        auto source = makeSource(endpoint, {"big"});
        QSignalSpy received(source.get(), &Source::notificationsReceived);
        QSignalSpy statuses(source.get(), &Source::statusChanged);
        source->start();
        QTRY_COMPARE(source->status().state, State::Connected);

        QString error;
        QVERIFY(server.pipe(RespConnection::encode({"PUBLISH", "big", QByteArray(1 << 20, 'x')}),
                            &error));
        QTRY_VERIFY(std::any_of(statuses.begin(), statuses.end(), [](const QList<QVariant>& c) {
            const auto status = c.at(0).value<SourceStatus>();
            return status.cause == SourceStatus::Cause::TooLarge && status.reason.contains("limit");
        }));
        QTRY_COMPARE_WITH_TIMEOUT(source->status().state, State::Connected, 10'000);
        QCOMPARE(server.publish("big", "small again"), 1);
        QTRY_COMPARE(countIn(received), 1);
        QCOMPARE(collect(received).first().body, "small again");
    }
};

HERALD_TEST_MAIN(TestRedisSource, "redis-server", "redis-cli")
#include "tst_redissource.moc"
