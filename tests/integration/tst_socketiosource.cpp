#include "CliRunner.h"
#include "NotificationSpy.h"
#include "RedisServer.h"
#include "SocketIoServer.h"
#include "TestServices.h"
#include "sources/gateway/SocketIoSource.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using State = SourceStatus::State;
using Cause = SourceStatus::Cause;

// SocketIoSource against the seed article's own stack: redis-server, and the Node gateway that
// subscribes to it with ioredis and emits each message through socket.io 4.8 (tests/peers).
class TestSocketIoSource : public QObject {
    Q_OBJECT

private:
    static constexpr int ConnectMs = 15'000; // generous: node shares two cores with other builds

    RedisServer m_redis;

    SocketIoServer::Options serverOptions() const
    {
        SocketIoServer::Options options;
        options.peersDir = QStringLiteral(HERALD_PEERS_DIR);
        options.redisUrl = m_redis.url();
        return options;
    }

    // Short backoff so reconnects happen in a fraction of a second.
    static std::unique_ptr<SocketIoSource>
    makeSource(const QString& url, const QString& token = QString(), qint64 maxMessageBytes = 0)
    {
        GatewayEndpoint endpoint;
        QString error;
        if (!GatewayEndpoint::parse(url, &endpoint, &error))
            qFatal("unusable test URL %s: %s", qPrintable(url), qPrintable(error));
        endpoint.token = token;
        if (maxMessageBytes > 0)
            endpoint.maxMessageBytes = maxMessageBytes;
        auto source = std::make_unique<SocketIoSource>(endpoint);
        source->setReconnectBackoff({100, 500, 0.2, 10'000});
        return source;
    }

    static QStringList titles(const QSignalSpy& spy)
    {
        QStringList result;
        for (const Notification& n : collect(spy))
            result << n.title;
        return result;
    }

#define START(server)                                                                              \
    do {                                                                                           \
        QString startError;                                                                        \
        QVERIFY2((server).start(&startError), qPrintable(startError));                             \
    } while (false)

#define COMMAND(server, line)                                                                      \
    do {                                                                                           \
        QString commandError;                                                                      \
        QVERIFY2((server).command(line, &commandError), qPrintable(commandError));                 \
    } while (false)

#define WAIT_CONNECTED(source)                                                                     \
    QTRY_COMPARE_WITH_TIMEOUT((source)->status().state, State::Connected, ConnectMs)

private slots:
    void initTestCase()
    {
        const QString modules = QDir(QStringLiteral(HERALD_PEERS_DIR)).filePath("node_modules");
        if (!QFileInfo::exists(modules + QStringLiteral("/socket.io"))) {
            const QByteArray why = "the Node peers are not installed: npm ci --prefix tests/peers";
            if (qEnvironmentVariableIntValue("HERALD_REQUIRE_SERVICES") == 1)
                QFAIL(why.constData());
            QSKIP(why.constData());
        }
        START(m_redis);
    }

    void receivesWhatIsPublishedToRedis()
    {
        SocketIoServer server(serverOptions());
        START(server);
        auto source = makeSource(server.url());
        QSignalSpy received(source.get(), &Source::notificationsReceived);
        QSignalSpy subscribed(source.get(), &Source::subscribed);
        source->start();
        QCOMPARE(source->status().state, State::Connecting);
        WAIT_CONNECTED(source);
        QCOMPARE(subscribed.value(0).value(0).toString(), "notification");
        QVERIFY(source->status().reason.contains(server.url()));

        QCOMPARE(m_redis.publish("notifications", "{\"title\":\"Deploy finished\","
                                                  "\"body\":\"build 42 is live\",\"priority\":4}"),
                 1);
        QCOMPARE(m_redis.publish("notifications", "Disk almost full on db-1"), 1);
        QTRY_COMPARE(countIn(received), 2);
        const QList<Notification> all = collect(received);
        QCOMPARE(all[0].title, "Deploy finished");
        QCOMPARE(all[0].body, "build 42 is live");
        QCOMPARE(all[0].priority, 4);
        QCOMPARE(all[0].channel, "notification");
        QCOMPARE(all[0].source, source->name());
        QCOMPARE(source->name(), server.url());
        // The seed emits JSON.parse(message); text that is no JSON goes out as a string.
        QCOMPARE(all[1].body, "Disk almost full on db-1");
        QCOMPARE(all[1].channel, "notification");
        QCOMPARE(source->patterns(), QStringList());

        // Stopping a connected source loses nothing: no outage to report.
        QSignalSpy disconnected(source.get(), &Source::disconnected);
        source->stop();
        QCOMPARE(source->status().state, State::Idle);
        QCOMPARE(disconnected.size(), 0);
    }

    void filtersEventsAndChangesThemLive()
    {
        SocketIoServer server(serverOptions());
        START(server);
        auto source = makeSource(server.url());
        QSignalSpy received(source.get(), &Source::notificationsReceived);
        source->start();
        WAIT_CONNECTED(source);
        QSignalSpy statuses(source.get(), &Source::statusChanged);
        QSignalSpy subscribed(source.get(), &Source::subscribed);

        COMMAND(server, "emit alert {\"title\":\"not asked for\"}");
        COMMAND(server, "emit notification {\"title\":\"asked for\"}");
        QTRY_COMPARE(titles(received), QStringList{"asked for"});

        source->setChannels({"notification", "alert"});
        QCOMPARE(subscribed.value(0).value(0).toString(), "alert");
        COMMAND(server, "emit alert {\"title\":\"now wanted\"}");
        QTRY_COMPARE(titles(received), (QStringList{"asked for", "now wanted"}));
        QCOMPARE(collect(received).last().channel, "alert");
        QCOMPARE(statuses.size(), 0); // no reconnect
    }

    void sendsTheTokenAndShowsARefusal()
    {
        SocketIoServer::Options options = serverOptions();
        options.token = QStringLiteral("s3cret");
        SocketIoServer server(options);
        START(server);
        auto accepted = makeSource(server.url(), "s3cret");
        auto refused = makeSource(server.url(), "wrong-token-value");
        QSignalSpy acceptedReceived(accepted.get(), &Source::notificationsReceived);
        QSignalSpy refusedReceived(refused.get(), &Source::notificationsReceived);
        // Once, not at every retry.
        const QRegularExpression refusal("refused the connection: invalid token");
        QTest::ignoreMessage(QtWarningMsg, refusal);
        QTest::failOnWarning(refusal);
        accepted->start();
        refused->start();
        WAIT_CONNECTED(accepted);
        QTRY_COMPARE_WITH_TIMEOUT(refused->status().state, State::Error, ConnectMs);
        const SourceStatus status = refused->status();
        QCOMPARE(status.cause, Cause::Authentication);
        QVERIFY2(status.reason.contains("invalid token"), qPrintable(status.reason));
        QVERIFY(!status.reason.contains("wrong-token-value"));
        QVERIFY(status.retryInMs >= 0); // retried with backoff, like any other failure
        QTRY_VERIFY(server.countLines("connect {\"auth\":{},\"tokenGiven\":true") >= 1);

        QCOMPARE(m_redis.publish("notifications", "{\"title\":\"for members\"}"), 1);
        QTRY_COMPARE(titles(acceptedReceived), QStringList{"for members"});
        QCOMPARE(countIn(refusedReceived), 0);
        QVERIFY(refused->status().state != State::Connected);
    }

    void theCliListensToRedisAndTheGatewayAtOnce()
    {
        SocketIoServer::Options options = serverOptions();
        options.token = QStringLiteral("s3cret");
        SocketIoServer server(options);
        START(server);
        QTemporaryDir dir;
        QFile tokenFile(dir.filePath("token"));
        QVERIFY(tokenFile.open(QIODevice::WriteOnly));
        tokenFile.write("s3cret\n");
        tokenFile.close();

        // One Redis channel directly, and the same Redis through the seed's gateway.
        CliRunner cli;
        // --channel applies to the sources naming none: the gateway's URL names its event.
        cli.start({"listen", "--source", m_redis.url(), "--channel", "direct", "--source",
                   server.url("event=notification"), "--token-file", tokenFile.fileName(),
                   "--format", "json", "--count", "2", "--timeout", "60"});
        QTRY_COMPARE_WITH_TIMEOUT(m_redis.numsub("direct"), QByteArray("1"), ConnectMs);
        QTRY_VERIFY_WITH_TIMEOUT(cli.standardError().count("connected to") == 2, ConnectMs);
        QCOMPARE(m_redis.publish("direct", "{\"title\":\"straight from Redis\"}"), 1);
        QCOMPARE(m_redis.publish("notifications", "{\"title\":\"through socket.io\"}"), 1);
        QVERIFY2(cli.waitForFinished(ConnectMs),
                 (cli.standardOutput() + cli.standardError()).constData());
        QCOMPARE(cli.exitCode(), 0);
        QMap<QString, QString> titleBySource;
        for (const QByteArray& line : cli.outputLines()) {
            const QJsonObject object = QJsonDocument::fromJson(line).object();
            titleBySource.insert(object["source"].toString(), object["title"].toString());
        }
        QCOMPARE(titleBySource.value(m_redis.endpoint().displayName()), "straight from Redis");
        QCOMPARE(titleBySource.value(server.url()), "through socket.io");

        // A wrong token is a refusal with the server's words, and exit code 4 (authentication).
        CliRunner refused;
        refused.setEnvironmentVariable("HERALD_TOKEN", "wrong");
        QCOMPARE(refused.run({"listen", "--source", server.url(), "--timeout", "30"}, 40'000), 4);
        QVERIFY2(refused.standardError().contains("invalid token"),
                 refused.standardError().constData());
    }

    void reconnectsAfterTheServerRestarts()
    {
        SocketIoServer server(serverOptions());
        START(server);
        auto source = makeSource(server.url());
        QSignalSpy received(source.get(), &Source::notificationsReceived);
        QSignalSpy disconnected(source.get(), &Source::disconnected);
        source->start();
        WAIT_CONNECTED(source);

        server.kill();
        QTRY_COMPARE(source->status().state, State::Reconnecting);
        QString error;
        QVERIFY2(server.restart(&error), qPrintable(error)); // the same port
        WAIT_CONNECTED(source);
        QCOMPARE(disconnected.size(), 1);
        const QDateTime from = disconnected[0][0].toDateTime();
        const QDateTime to = disconnected[0][1].toDateTime();
        QVERIFY(from.isValid() && from <= to);

        QCOMPARE(m_redis.publish("notifications", "{\"title\":\"after restart\"}"), 1);
        QTRY_COMPARE(titles(received), QStringList{"after restart"});

        // Stopped while away: the span up to the stop is reported.
        server.kill();
        QTRY_COMPARE(source->status().state, State::Reconnecting);
        source->stop();
        QCOMPARE(disconnected.size(), 2);
    }

    void dropsAServerThatStopsPinging()
    {
        SocketIoServer::Options options = serverOptions();
        options.pingIntervalMs = 300;
        options.pingTimeoutMs = 200;
        SocketIoServer server(options);
        START(server);
        auto source = makeSource(server.url());
        QSignalSpy received(source.get(), &Source::notificationsReceived);
        QSignalSpy disconnected(source.get(), &Source::disconnected);
        source->start();
        WAIT_CONNECTED(source);
        // Pings answered: neither side gives up over several ping intervals.
        QSignalSpy statuses(source.get(), &Source::statusChanged);
        QVERIFY(!statuses.wait(1200));

        QElapsedTimer sinceStop;
        sinceStop.start();
        COMMAND(server, "stop-pings");
        QTRY_VERIFY_WITH_TIMEOUT(source->status().state != State::Connected, 5000);
        // pingInterval + pingTimeout after the last ping, plus a scheduling margin for a busy box.
        QVERIFY2(sinceStop.elapsed() < 2500, qPrintable(QString::number(sinceStop.elapsed())));
        QCOMPARE(source->status().cause, Cause::Unreachable);
        QVERIFY2(source->status().reason.contains("not even its pings"),
                 qPrintable(source->status().reason));

        // The new session is pinged as usual.
        WAIT_CONNECTED(source);
        QTRY_COMPARE(disconnected.size(), 1);
        QCOMPARE(m_redis.publish("notifications", "{\"title\":\"alive again\"}"), 1);
        QTRY_COMPARE(titles(received), QStringList{"alive again"});
    }

    void acknowledgesWhenAsked()
    {
        SocketIoServer server(serverOptions());
        START(server);
        auto source = makeSource(server.url());
        QSignalSpy received(source.get(), &Source::notificationsReceived);
        source->start();
        WAIT_CONNECTED(source);

        COMMAND(server, "emit-ack notification {\"title\":\"confirm me\"}");
        QTRY_COMPARE(titles(received), QStringList{"confirm me"});
        QVERIFY(server.waitForLine("ack "));
        QCOMPARE(server.lines().filter(QRegularExpression("^ack ")), QStringList{"ack []"});
    }

    void skipsBinaryEventsWithOneWarning()
    {
        SocketIoServer server(serverOptions());
        START(server);
        auto source = makeSource(server.url());
        QSignalSpy received(source.get(), &Source::notificationsReceived);
        source->start();
        WAIT_CONNECTED(source);

        const QRegularExpression warning("sent a binary event \"notification\"");
        QTest::ignoreMessage(QtWarningMsg, warning);
        QTest::failOnWarning(warning); // a second one would be per message, not per connection
        COMMAND(server, "emit-binary notification");
        COMMAND(server, "emit-binary notification");
        COMMAND(server, "emit notification {\"title\":\"after binary\"}");
        QTRY_COMPARE(titles(received), QStringList{"after binary"});
        QCOMPARE(source->binaryEventsRefused(), 2);
        QCOMPARE(source->malformedPackets(), 0); // the attachments were expected, not stray
        QCOMPARE(source->status().state, State::Connected);
    }

    void saysWhenTheServerAllowsOnlyLongPolling()
    {
        SocketIoServer::Options options = serverOptions();
        options.pollingOnly = true;
        SocketIoServer server(options);
        START(server);
        auto source = makeSource(server.url());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("allows only HTTP long-polling"));
        source->start();
        QTRY_VERIFY_WITH_TIMEOUT(source->status().reason.contains("only HTTP long-polling"),
                                 ConnectMs);
        QCOMPARE(source->status().state, State::Error);
        QCOMPARE(source->status().cause, Cause::Protocol);
        QVERIFY(source->status().reason.contains("needs the websocket transport"));
        QVERIFY(source->status().retryInMs >= 0);
        // Later attempts keep saying so, without asking the server again.
        QSignalSpy later(source.get(), &Source::statusChanged);
        QTRY_VERIFY_WITH_TIMEOUT(later.size() >= 2, ConnectMs);
        QVERIFY(source->status().reason.contains("only HTTP long-polling"));
    }

    void recoversTheSessionWithoutLosingAnything()
    {
        SocketIoServer::Options options = serverOptions();
        options.recovery = true;
        SocketIoServer server(options);
        START(server);
        auto source = makeSource(server.url());
        // Long enough that what is published next arrives while the client is away.
        source->setReconnectBackoff({1500, 3000, 0, 10'000});
        QSignalSpy received(source.get(), &Source::notificationsReceived);
        QSignalSpy disconnected(source.get(), &Source::disconnected);
        source->start();
        WAIT_CONNECTED(source);
        QCOMPARE(m_redis.publish("notifications", "{\"title\":\"A\"}"), 1);
        QTRY_COMPARE(titles(received), QStringList{"A"});

        // The WebSocket breaks; the server keeps the session for recovery.
        COMMAND(server, "close-transport");
        QVERIFY(server.waitForLine("disconnect forced close"));
        QTRY_COMPARE(source->status().state, State::Reconnecting);
        QCOMPARE(m_redis.publish("notifications", "{\"title\":\"B\"}"), 1);
        QCOMPARE(m_redis.publish("notifications", "{\"title\":\"C\"}"), 1);
        QCOMPARE(source->status().state, State::Reconnecting);

        WAIT_CONNECTED(source);
        QTRY_COMPARE(titles(received), (QStringList{"A", "B", "C"})); // each exactly once
        // The CONNECT offered the session id and the last offset, and the server took them.
        QTRY_COMPARE(server.lines().filter("\"recovered\":true").size(), 1);
        const QString recovered = server.lines().filter("\"recovered\":true").first();
        QVERIFY2(recovered.contains("\"pid\":\"") && recovered.contains("\"offset\":\""),
                 qPrintable(recovered));
        QVERIFY(source->status().reason.contains("recovered"));
        QCOMPARE(disconnected.size(), 0); // nothing was missed
    }

    void respectsADisconnectFromTheServer()
    {
        SocketIoServer server(serverOptions());
        START(server);
        auto source = makeSource(server.url());
        QSignalSpy received(source.get(), &Source::notificationsReceived);
        source->start();
        WAIT_CONNECTED(source);

        COMMAND(server, "disconnect");
        QTRY_COMPARE(source->status().state, State::Reconnecting);
        QVERIFY2(source->status().reason.contains("the server closed the session"),
                 qPrintable(source->status().reason));
        QVERIFY(source->status().retryInMs > 0); // after the backoff, not at once
        WAIT_CONNECTED(source);
        QTRY_COMPARE(server.countLines("connect "), 2);
        QCOMPARE(m_redis.publish("notifications", "{\"title\":\"welcome back\"}"), 1);
        QTRY_COMPARE(titles(received), QStringList{"welcome back"});
    }

    void joinsRoomsInANamespace()
    {
        SocketIoServer::Options options = serverOptions();
        options.nsp = QStringLiteral("/alerts");
        options.rooms = true;
        options.channels = {QStringLiteral("ops"), QStringLiteral("dev")};
        SocketIoServer server(options);
        START(server);
        auto source = makeSource(server.url("room=ops"));
        QSignalSpy received(source.get(), &Source::notificationsReceived);
        source->start();
        WAIT_CONNECTED(source);
        QVERIFY(server.waitForLine("joined ops"));

        QCOMPARE(m_redis.publish("dev", "{\"title\":\"not my room\"}"), 1);
        QCOMPARE(m_redis.publish("ops", "{\"title\":\"my room\"}"), 1);
        QTRY_COMPARE(titles(received), QStringList{"my room"});
        QCOMPARE(collect(received)[0].source, server.url());
    }

    void refusesAnEventOverTheSizeLimit()
    {
        SocketIoServer server(serverOptions());
        START(server);
        auto source = makeSource(server.url(), QString(), 64 * 1024);
        QSignalSpy received(source.get(), &Source::notificationsReceived);
        QSignalSpy statuses(source.get(), &Source::statusChanged);
        source->start();
        WAIT_CONNECTED(source);

        COMMAND(server, "emit-huge notification 300000");
        const auto refusedAsTooLarge = [&] {
            for (const QList<QVariant>& call : std::as_const(statuses))
                if (call[0].value<SourceStatus>().cause == Cause::TooLarge)
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(refusedAsTooLarge(), ConnectMs);
        WAIT_CONNECTED(source);
        QCOMPARE(countIn(received), 0);
        QCOMPARE(m_redis.publish("notifications", "{\"title\":\"small again\"}"), 1);
        QTRY_COMPARE(titles(received), QStringList{"small again"});
    }

    void keepsMarkupAsTextAndSurvivesMalformedPackets()
    {
        SocketIoServer server(serverOptions());
        START(server);
        auto source = makeSource(server.url());
        QSignalSpy received(source.get(), &Source::notificationsReceived);
        source->start();
        WAIT_CONNECTED(source);

        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("malformed Socket.IO packet"));
        const QStringList garbage{"raw 42[",
                                  "raw 4",
                                  "raw 9",
                                  "raw 42[\"notification\",",
                                  "raw 42{}",
                                  "raw 0{\"sid\":\"again\"}",
                                  "raw 4212345678901234567[]",
                                  "raw 42[{\"not\":\"a name\"}]"};
        for (const QString& line : garbage)
            COMMAND(server, line);
        COMMAND(server, "raw 44/elsewhere,{\"message\":\"not for us\"}");
        COMMAND(server, "emit notification \"plain <b>string</b>\"");
        QCOMPARE(m_redis.publish("notifications",
                                 "{\"title\":\"<b>bold</b> <script>alert(1)</script>\","
                                 "\"body\":\"<a href=\\\"https://evil.example\\\">click</a>\"}"),
                 1);
        QTRY_COMPARE(countIn(received), 2);
        const QList<Notification> all = collect(received);
        QCOMPARE(all[0].body, "plain <b>string</b>");
        QCOMPARE(all[1].title, "<b>bold</b> <script>alert(1)</script>");
        QCOMPARE(all[1].body, "<a href=\"https://evil.example\">click</a>");
        QCOMPARE(source->malformedPackets(), garbage.size());
        QCOMPARE(source->status().state, State::Connected);
    }
};

HERALD_TEST_MAIN(TestSocketIoSource, "redis-server", "redis-cli", "node")
#include "tst_socketiosource.moc"
