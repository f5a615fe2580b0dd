#include "JsonFeedServer.h"
#include "NchanServer.h"
#include "NotificationSpy.h"
#include "RedisServer.h"
#include "TestServices.h"
#include "sources/gateway/GatewayEndpoint.h"
#include "sources/gateway/NchanFrame.h"
#include "sources/gateway/NchanSource.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using State = SourceStatus::State;
using Delivery = Notification::Delivery;

// NchanSource against a real Nchan (nginx with libnginx-mod-nchan) whose messages live in a real
// redis-server, both started by each test on free ports.
class TestNchanSource : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<RedisServer> m_redis;
    std::unique_ptr<NchanServer> m_nchan;

    // Short timings so outages resolve in milliseconds; no assertion relies on them.
    static WebSocketConnection::Timing fastTiming()
    {
        WebSocketConnection::Timing timing;
        timing.backoff = {50, 400, 0.2, 10'000};
        timing.pingIntervalMs = 2000;
        timing.deadPeerTimeoutMs = 2000;
        return timing;
    }

    std::unique_ptr<NchanSource> makeSource(const QString& query,
                                            const QList<StreamCursor>& cursors = {},
                                            qint64 maxMessageBytes = 0)
    {
        GatewayEndpoint endpoint;
        QString error;
        if (!GatewayEndpoint::parse(m_nchan->sourceUrl() + query, &endpoint, &error))
            qFatal("bad test URL: %s", qPrintable(error));
        if (maxMessageBytes > 0)
            endpoint.maxMessageBytes = maxMessageBytes;
        auto source = std::make_unique<NchanSource>(endpoint);
        source->setTiming(fastTiming());
        source->setCursors(cursors);
        return source;
    }

    QString publish(const QString& channel, const QByteArray& body,
                    const QByteArray& contentType = "application/json")
    {
        QString error;
        const QString id = m_nchan->publish(channel, body, &error, contentType);
        if (id.isEmpty())
            qWarning().noquote() << error;
        return id;
    }

    QStringList publishMany(const QString& channel, const QString& prefix, int count)
    {
        QStringList ids;
        for (int i = 0; i < count; ++i)
            ids << publish(channel,
                           QStringLiteral("{\"title\":\"%1%2\"}").arg(prefix).arg(i).toUtf8());
        return ids;
    }

    static QStringList titles(const QList<Notification>& notifications)
    {
        QStringList result;
        for (const Notification& n : notifications)
            result << n.title;
        return result;
    }

    static QList<StreamCursor> cursorsIn(const QSignalSpy& spy)
    {
        QList<StreamCursor> all;
        for (const QList<QVariant>& call : spy)
            all += call.at(0).value<QList<StreamCursor>>();
        return all;
    }

    // Nchan's ids carry whole seconds: a message counts as buffered (CatchUp, Backfill) when it
    // was published in an earlier second than the WebSocket opened.
    static bool secondHasPassed(const QString& nchanId)
    {
        return QDateTime::currentSecsSinceEpoch() > NchanFrame::timeOf(nchanId).toSecsSinceEpoch();
    }

    int subscribers(const QString& channel) const
    {
        const NchanServer::Response info = m_nchan->request("GET", "/pub/" + channel.toUtf8());
        return QJsonDocument::fromJson(info.body).object().value("subscribers").toInt(-1);
    }

    bool startGateway(NchanServer::Options options = {})
    {
        QString error;
        m_redis = std::make_unique<RedisServer>();
        if (!m_redis->start(&error)) {
            qWarning().noquote() << error;
            return false;
        }
        m_nchan = std::make_unique<NchanServer>(m_redis->port(), options);
        if (!m_nchan->start(&error)) {
            qWarning().noquote() << error;
            return false;
        }
        return true;
    }

private slots:
    void cleanup()
    {
        m_nchan.reset();
        m_redis.reset();
    }

    void publishedMessageArrives()
    {
        QVERIFY(startGateway());
        auto source = makeSource(QStringLiteral("?channel=alerts"));
        QSignalSpy received(source.get(), &Source::notificationsReceived);
        QSignalSpy reached(source.get(), &Source::cursorsReached);
        source->start();
        QTRY_COMPARE(source->status().state, State::Connected);
        QVERIFY(source->status().reason.contains(source->name()));
        // First contact with an empty channel: the cursor that reads all of it after a restart.
        QCOMPARE(cursorsIn(reached),
                 (QList<StreamCursor>{{source->name(), "nchan:alerts", "0-0"}}));
        QCOMPARE(source->durableChannels(), (QList<DurableChannel>{{"alerts", "nchan:alerts"}}));

        const QString id = publish("alerts", R"({"title":"Disk full","priority":5})");
        QTRY_COMPARE(countIn(received), 1);
        const Notification n = collect(received).first();
        QCOMPARE(n.title, QStringLiteral("Disk full"));
        QCOMPARE(n.priority, 5);
        QCOMPARE(n.channel, QStringLiteral("alerts"));
        QCOMPARE(n.source, source->name());
        QCOMPARE(n.source, QStringLiteral("nchan+ws://127.0.0.1:%1/sub/").arg(m_nchan->port()));
        QCOMPARE(n.streamKey, QStringLiteral("nchan:alerts"));
        QCOMPARE(n.streamId, NchanFrame::toStreamId(id));
        QCOMPARE(n.id, QStringLiteral("alerts/") + n.streamId);
        QCOMPARE(n.delivery, Delivery::Live);
        QCOMPARE(source->cursors(),
                 (QList<StreamCursor>{{source->name(), "nchan:alerts", n.streamId}}));
    }

    void locationWithoutChannelsIsItsOwnChannel()
    {
        QVERIFY(startGateway());
        GatewayEndpoint endpoint;
        QString error;
        QVERIFY(GatewayEndpoint::parse(m_nchan->sourceUrl() + "deploys", &endpoint, &error));
        NchanSource source(endpoint);
        source.setTiming(fastTiming());
        QCOMPARE(source.durableChannels(), (QList<DurableChannel>{{"deploys", "nchan:deploys"}}));
        QSignalSpy received(&source, &Source::notificationsReceived);
        source.start();
        QTRY_COMPARE(source.status().state, State::Connected);
        publish("deploys", R"({"title":"v2 is out"})");
        QTRY_COMPARE(countIn(received), 1);
        QCOMPARE(collect(received).first().channel, QStringLiteral("deploys"));
    }

    void firstContactLoadsTheBufferAsBackfill()
    {
        QVERIFY(startGateway());
        const QStringList ids = publishMany("news", "old", 3);
        QTRY_VERIFY(secondHasPassed(ids.last()));
        auto source = makeSource(QStringLiteral("?channel=news"));
        QSignalSpy received(source.get(), &Source::notificationsReceived);
        source->start();
        QTRY_COMPARE(countIn(received), 3);
        for (const Notification& n : collect(received))
            QCOMPARE(n.delivery, Delivery::Backfill);
        publish("news", R"({"title":"fresh"})");
        QTRY_COMPARE(countIn(received), 4);
        QCOMPARE(collect(received).last().delivery, Delivery::Live);
    }

    // The issue's acceptance test: stop Herald, publish 50, start it: all 50 arrive exactly
    // once, from the cursors the first run reached.
    void fiftyPublishedWhileStoppedArriveExactlyOnce()
    {
        QVERIFY(startGateway());
        auto first = makeSource(QStringLiteral("?channel=builds"));
        QSignalSpy firstReceived(first.get(), &Source::notificationsReceived);
        QSignalSpy firstReached(first.get(), &Source::cursorsReached);
        first->start();
        QTRY_COMPARE(first->status().state, State::Connected);
        publish("builds", R"({"title":"before"})");
        QTRY_COMPARE(countIn(firstReceived), 1);
        first->stop();
        // What the history would hold: the first-contact cursor, then the newest id received.
        QList<StreamCursor> saved = cursorsIn(firstReached);
        saved += StreamCursor::collect(collect(firstReceived));
        QCOMPARE(saved.last().lastId, collect(firstReceived).first().streamId);
        first.reset();

        const QStringList ids = publishMany("builds", "n", 50);
        QVERIFY(!ids.contains(QString()));
        QTRY_VERIFY(secondHasPassed(ids.last()));

        auto second = makeSource(QStringLiteral("?channel=builds"), saved);
        QSignalSpy received(second.get(), &Source::notificationsReceived);
        QSignalSpy reached(second.get(), &Source::cursorsReached);
        second->start();
        QTRY_COMPARE(countIn(received), 50);
        publish("builds", R"({"title":"after"})");
        QTRY_COMPARE(countIn(received), 51);

        const QList<Notification> all = collect(received);
        QStringList expected;
        for (int i = 0; i < 50; ++i)
            expected << QStringLiteral("n%1").arg(i);
        QCOMPARE(titles(all), expected << QStringLiteral("after"));
        for (qsizetype i = 0; i < 50; ++i) {
            QCOMPARE(all[i].delivery, Delivery::CatchUp);
            QCOMPARE(all[i].streamId, NchanFrame::toStreamId(ids[i]));
        }
        QCOMPARE(all.last().delivery, Delivery::Live);
        QVERIFY(reached.isEmpty()); // not a first contact
    }

    void restartBeforeAnyMessageReadsTheWholeBuffer()
    {
        QVERIFY(startGateway());
        auto first = makeSource(QStringLiteral("?channel=quiet"));
        QSignalSpy firstReached(first.get(), &Source::cursorsReached);
        first->start();
        QTRY_COMPARE(firstReached.size(), 1);
        first->stop();
        const QList<StreamCursor> saved = cursorsIn(firstReached);
        QCOMPARE(saved.first().lastId, QStringLiteral("0-0"));

        const QStringList ids = publishMany("quiet", "q", 5);
        QTRY_VERIFY(secondHasPassed(ids.last()));
        auto second = makeSource(QStringLiteral("?channel=quiet"), saved);
        QSignalSpy received(second.get(), &Source::notificationsReceived);
        second->start();
        QTRY_COMPARE(countIn(received), 5);
        QCOMPARE(titles(collect(received)), (QStringList{"q0", "q1", "q2", "q3", "q4"}));
        for (const Notification& n : collect(received))
            QCOMPARE(n.delivery, Delivery::CatchUp);
    }

    void twoChannelsAtOnce()
    {
        QVERIFY(startGateway());
        auto source = makeSource(QStringLiteral("?channel=a&channel=b"));
        QSignalSpy received(source.get(), &Source::notificationsReceived);
        QSignalSpy subscribed(source.get(), &Source::subscribed);
        source->start();
        QTRY_COMPARE(source->status().state, State::Connected);
        QTRY_COMPARE(subscribed.size(), 2);
        QCOMPARE(source->durableChannels(),
                 (QList<DurableChannel>{{"a", "nchan:a"}, {"b", "nchan:b"}}));
        publish("a", R"({"title":"to a"})");
        publish("b", R"({"title":"to b"})");
        QTRY_COMPARE(countIn(received), 2);
        for (const Notification& n : collect(received)) {
            QCOMPARE(n.title, QStringLiteral("to ") + n.channel);
            QCOMPARE(n.streamKey, QStringLiteral("nchan:") + n.channel);
        }
        QCOMPARE(source->cursors().size(), 2);
    }

    void aChannelThatDoesNotExistYet()
    {
        QVERIFY(startGateway());
        QCOMPARE(m_nchan->request("GET", "/pub/later").status, 404);
        auto source = makeSource(QStringLiteral("?channel=later"));
        QSignalSpy received(source.get(), &Source::notificationsReceived);
        source->start();
        QTRY_COMPARE(source->status().state, State::Connected);
        QTRY_COMPARE(subscribers("later"), 1);
        publish("later", R"({"title":"now it exists"})");
        QTRY_COMPARE(countIn(received), 1);
        QCOMPARE(collect(received).first().title, QStringLiteral("now it exists"));
    }

    void channelsChangeLive()
    {
        QVERIFY(startGateway());
        auto source = makeSource(QStringLiteral("?channel=a"));
        QSignalSpy received(source.get(), &Source::notificationsReceived);
        source->start();
        QTRY_COMPARE(subscribers("a"), 1);
        source->setChannels({"a", "b"});
        QTRY_COMPARE(subscribers("b"), 1);
        QCOMPARE(subscribers("a"), 1);
        QTRY_COMPARE(source->status().state, State::Connected);
        // Nchan counts a closed subscriber out only seconds later; what matters is that nothing
        // of "a" is delivered once it is no longer wanted.
        source->setChannels({"b"});
        QCOMPARE(source->durableChannels(), (QList<DurableChannel>{{"b", "nchan:b"}}));
        publish("a", R"({"title":"not wanted"})");
        publish("b", R"({"title":"wanted"})");
        QTRY_COMPARE(countIn(received), 1);
        QCOMPARE(collect(received).first().title, QStringLiteral("wanted"));
    }

    // nginx killed and started again: the WebSocket comes back with last_event_id and Nchan
    // sends from Redis what was published before Herald reconnected.
    void gatewayRestartLosesNothing()
    {
        QVERIFY(startGateway());
        auto source = makeSource(QStringLiteral("?channel=ops"));
        QSignalSpy received(source.get(), &Source::notificationsReceived);
        source->start();
        QTRY_COMPARE(source->status().state, State::Connected);
        publish("ops", R"({"title":"before"})");
        QTRY_COMPARE(countIn(received), 1);

        m_nchan->kill();
        QTRY_COMPARE(source->status().state, State::Reconnecting);
        // Blocking from here on: the source cannot reconnect before these are published.
        QString error;
        QVERIFY2(m_nchan->restart(&error), qPrintable(error));
        const QStringList ids = publishMany("ops", "while away ", 10);
        QVERIFY(!ids.contains(QString()));

        QTRY_COMPARE(countIn(received), 11);
        QTRY_COMPARE(source->status().state, State::Connected);
        publish("ops", R"({"title":"after"})");
        QTRY_COMPARE(countIn(received), 12);
        QStringList expected{"before"};
        for (int i = 0; i < 10; ++i)
            expected << QStringLiteral("while away %1").arg(i);
        QCOMPARE(titles(collect(received)), expected << "after");
    }

    void subscribingBeforeRedisIsReadyRetries()
    {
        QVERIFY(startGateway());
        // Nchan without its Redis: every subscriber gets 503 until the upstream is back.
        m_redis->stop();
        m_nchan->stop();
        QString error;
        QVERIFY2(m_nchan->startWithoutWaiting(&error), qPrintable(error));
        auto source = makeSource(QStringLiteral("?channel=early"));
        QSignalSpy received(source.get(), &Source::notificationsReceived);
        source->start();
        QTRY_VERIFY(source->status().reason.contains("503"));
        // Waiting for the next attempt or already in it (the backoff is short): retrying either
        // way, with the 503 named.
        const State state = source->status().state;
        QVERIFY2(state == State::Reconnecting || state == State::Connecting,
                 qPrintable(source->status().describe()));
        QVERIFY2(source->status().reason.contains("Redis"), qPrintable(source->status().reason));

        QVERIFY2(m_redis->restart(&error), qPrintable(error));
        QVERIFY2(m_nchan->waitUntilReady(&error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(source->status().state, State::Connected, 15'000);
        publish("early", R"({"title":"made it"})");
        QTRY_COMPARE(countIn(received), 1);
    }

    void storeFailureReadsAgainFromTheGivenCursor()
    {
        QVERIFY(startGateway());
        auto source = makeSource(QStringLiteral("?channel=again"));
        QSignalSpy received(source.get(), &Source::notificationsReceived);
        source->start();
        QTRY_COMPARE(source->status().state, State::Connected);
        const QStringList ids = publishMany("again", "m", 3);
        QTRY_COMPARE(countIn(received), 3);
        source->setCursors({{source->name(), "nchan:again", NchanFrame::toStreamId(ids[0])}});
        QTRY_COMPARE(countIn(received), 5);
        QCOMPARE(titles(collect(received)), (QStringList{"m0", "m1", "m2", "m1", "m2"}));
    }

    void messagesPushedOutOfTheBufferLeaveAMarker()
    {
        NchanServer::Options options;
        options.bufferLength = 3;
        QVERIFY(startGateway(options));
        auto first = makeSource(QStringLiteral("?channel=small"));
        QSignalSpy firstReceived(first.get(), &Source::notificationsReceived);
        first->start();
        QTRY_COMPARE(first->status().state, State::Connected);
        const QString kept = publish("small", R"({"title":"read"})");
        QTRY_COMPARE(countIn(firstReceived), 1);
        first->stop();
        const QList<StreamCursor> saved = StreamCursor::collect(collect(firstReceived));
        first.reset();

        // Six in one later second: Nchan numbers them 0..5 and keeps 3..5, so the first one
        // Herald gets proves at least three were lost.
        QTRY_VERIFY(secondHasPassed(kept) && QDateTime::currentMSecsSinceEpoch() % 1000 < 300);
        const QStringList ids = publishMany("small", "s", 6);
        QCOMPARE(NchanFrame::timeOf(ids.first()), NchanFrame::timeOf(ids.last()));

        auto second = makeSource(QStringLiteral("?channel=small"), saved);
        QSignalSpy received(second.get(), &Source::notificationsReceived);
        second->start();
        QTRY_COMPARE(countIn(received), 4);
        const QList<Notification> all = collect(received);
        QVERIFY(all[0].isGap());
        QVERIFY2(all[0].body.contains("At least 3"), qPrintable(all[0].body));
        QCOMPARE(all[0].channel, QStringLiteral("small"));
        QVERIFY(all[0].streamId.isEmpty()); // a marker never moves the cursor
        QCOMPARE(titles(all.mid(1)), (QStringList{"s3", "s4", "s5"}));
    }

    void oversizedMessageIsSteppedOverWithAMarker()
    {
        QVERIFY(startGateway());
        auto source = makeSource(QStringLiteral("?channel=big"), {}, 64 * 1024);
        QSignalSpy received(source.get(), &Source::notificationsReceived);
        QSignalSpy statuses(source.get(), &Source::statusChanged);
        source->start();
        QTRY_COMPARE(source->status().state, State::Connected);
        publish("big", R"({"title":"small one"})");
        QTRY_COMPARE(countIn(received), 1);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("larger than the limit of 64 KiB"));
        const QString huge = publish("big", "{\"body\":\"" + QByteArray(200 * 1024, 'x') + "\"}");
        publish("big", R"({"title":"after the big one"})");
        QTRY_COMPARE_WITH_TIMEOUT(countIn(received), 3, 20'000);

        const QList<Notification> all = collect(received);
        QVERIFY(all[1].isGap());
        QCOMPARE(all[1].streamId, NchanFrame::toStreamId(huge)); // the cursor moves past it
        QVERIFY2(all[1].body.contains("larger than"), qPrintable(all[1].body));
        QCOMPARE(all[2].title, QStringLiteral("after the big one"));
        bool sawTooLarge = false;
        for (const QList<QVariant>& call : statuses)
            sawTooLarge |= call.at(0).value<SourceStatus>().cause == SourceStatus::Cause::TooLarge;
        QVERIFY(sawTooLarge);
        QTRY_COMPARE(source->status().state, State::Connected);
    }

    // Nchan sends a text/plain message in a text frame whatever its bytes; QWebSocket drops a
    // text frame that is not UTF-8, so the source fetches that one message over HTTP.
    void textThatIsNotUtf8IsFetchedOverHttp()
    {
        QVERIFY(startGateway());
        auto source = makeSource(QStringLiteral("?channel=bytes"));
        QSignalSpy received(source.get(), &Source::notificationsReceived);
        source->start();
        QTRY_COMPARE(source->status().state, State::Connected);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("fetched over HTTP"));
        publish("bytes", "caf\xe9 latin-1", "text/plain");
        publish("bytes", R"({"title":"next"})");
        QTRY_COMPARE_WITH_TIMEOUT(countIn(received), 2, 20'000);
        const QList<Notification> all = collect(received);
        QVERIFY2(all[0].body.startsWith(QStringLiteral("caf")), qPrintable(all[0].body));
        QVERIFY(all[0].body.endsWith(QStringLiteral(" latin-1")));
        QCOMPARE(all[0].raw, QByteArray("caf\xe9 latin-1"));
        QCOMPARE(all[1].title, QStringLiteral("next"));
    }

    void aServerThatIsNotNchanIsNamed()
    {
        // A plain WebSocket server: it does not take the ws+meta.nchan subprotocol.
        JsonFeedServer plain;
        QString error;
        QVERIFY2(plain.listen(&error), qPrintable(error));
        GatewayEndpoint endpoint;
        QVERIFY(GatewayEndpoint::parse(QStringLiteral("nchan+") + plain.url("sub/x"), &endpoint,
                                       &error));
        NchanSource source(endpoint);
        source.setTiming(fastTiming());
        source.start();
        QTRY_COMPARE(source.status().state, State::Error);
        QCOMPARE(source.status().cause, SourceStatus::Cause::Protocol);
        QVERIFY2(source.status().reason.contains("ws+meta.nchan"),
                 qPrintable(source.status().reason));
    }

    void binaryMessageIsDelivered()
    {
        QVERIFY(startGateway());
        auto source = makeSource(QStringLiteral("?channel=octets"));
        QSignalSpy received(source.get(), &Source::notificationsReceived);
        source->start();
        QTRY_COMPARE(source->status().state, State::Connected);
        publish("octets", R"({"title":"sent as octets"})", "application/octet-stream");
        QTRY_COMPARE(countIn(received), 1);
        QCOMPARE(collect(received).first().title, QStringLiteral("sent as octets"));
    }
};

HERALD_TEST_MAIN(TestNchanSource, "redis-server", "redis-cli", "nginx")
#include "tst_nchansource.moc"
