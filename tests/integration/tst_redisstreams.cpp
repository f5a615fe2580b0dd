#include "NotificationSpy.h"
#include "RedisServer.h"
#include "TestServices.h"
#include "sources/redis/RedisPublisher.h"
#include "sources/redis/RedisSource.h"
#include "sources/redis/RespConnection.h"

#include <QSignalSpy>
#include <QTest>
#include <memory>

using State = SourceStatus::State;
using Delivery = Notification::Delivery;

// Durable channels: RedisSource reading Redis Streams through RedisStreamReader, and the durable
// publish script, against a real redis-server started by each test on a free port.
class TestRedisStreams : public QObject {
    Q_OBJECT

private:
    // Short timings so outages resolve in milliseconds; no assertion relies on them.
    static std::unique_ptr<RedisSource> makeSource(const RedisServer& server,
                                                   const QStringList& durable,
                                                   const QStringList& channels = {})
    {
        return makeSource(server.endpoint(), durable, channels);
    }

    static std::unique_ptr<RedisSource> makeSource(const RedisEndpoint& endpoint,
                                                   const QStringList& durable,
                                                   const QStringList& channels = {})
    {
        auto source = std::make_unique<RedisSource>(endpoint);
        RedisSource::Timing timing;
        timing.backoff = {50, 200, 0.2, 10'000};
        timing.streamBlockMs = 1000;
        source->setTiming(timing);
        source->setChannels(channels);
        QList<DurableChannel> list;
        for (const QString& channel : durable)
            list.append(DurableChannel::make(channel));
        source->setDurableChannels(list);
        return source;
    }

    static QList<StreamCursor> cursorsIn(const QSignalSpy& spy)
    {
        QList<StreamCursor> all;
        for (const QList<QVariant>& call : spy)
            all += call.at(0).value<QList<StreamCursor>>();
        return all;
    }

    static QString xadd(const RedisServer& server, const QString& channel, const QString& payload)
    {
        return QString::fromUtf8(server.cli(
            {"XADD", DurableChannel::defaultStreamKey(channel), "*", "payload", payload}));
    }

    static QStringList xaddMany(const RedisServer& server, const QString& channel, int from,
                                int count)
    {
        QStringList ids;
        for (int i = from; i < from + count; ++i)
            ids << xadd(server, channel, QStringLiteral("{\"title\":\"n%1\"}").arg(i));
        return ids;
    }

    // One entry of about `bytes`, in fields that each fit on a command line (execve refuses a
    // single argument over 128 KiB).
    static QString xaddLarge(const RedisServer& server, const QString& channel, int bytes)
    {
        QStringList args{"XADD", DurableChannel::defaultStreamKey(channel), "*"};
        for (int i = 0; bytes > 0; ++i, bytes -= 64 * 1024)
            args << QStringLiteral("f%1").arg(i)
                 << QString(qMin(bytes, 64 * 1024), QLatin1Char('x'));
        return QString::fromUtf8(server.cli(args));
    }

    static RedisEndpoint limitedEndpoint(const RedisServer& server)
    {
        RedisEndpoint endpoint = server.endpoint();
        endpoint.maxReplyBytes = ReplyLimit;
        return endpoint;
    }

    static QList<Notification> gapsIn(const QList<Notification>& notifications)
    {
        QList<Notification> gaps;
        std::copy_if(notifications.begin(), notifications.end(), std::back_inserter(gaps),
                     [](const Notification& n) { return n.isGap(); });
        return gaps;
    }

    static QList<Notification> messagesIn(const QList<Notification>& notifications)
    {
        QList<Notification> messages;
        std::copy_if(notifications.begin(), notifications.end(), std::back_inserter(messages),
                     [](const Notification& n) { return !n.isGap(); });
        return messages;
    }

    // The marker standing in for the entry `entryId` of herald:stream:<channel>.
    static bool isOversizedMarker(const Notification& n, const QString& channel,
                                  const QString& entryId)
    {
        const QString key = DurableChannel::defaultStreamKey(channel);
        return n.isGap() && n.streamKey == key && n.streamId == entryId &&
               n.id == QStringLiteral("gap-oversized:%1:%2").arg(key, entryId) &&
               n.channel == channel && n.body.contains(entryId) && n.body.contains("64 KiB");
    }

    static constexpr qint64 ReplyLimit = 64 * 1024;
    static constexpr int LargeEntryBytes = 200 * 1024;

    static QStringList titles(const QList<Notification>& notifications)
    {
        QStringList list;
        for (const Notification& n : notifications)
            list << n.title;
        return list;
    }

    static QStringList numbered(int from, int count)
    {
        QStringList list;
        for (int i = from; i < from + count; ++i)
            list << QStringLiteral("n%1").arg(i);
        return list;
    }

    static bool all(const QList<Notification>& notifications, Delivery delivery)
    {
        return std::all_of(notifications.begin(), notifications.end(),
                           [delivery](const Notification& n) { return n.delivery == delivery; });
    }

    // The reader's drain is over once it waits in XREAD BLOCK: what is added from then on is Live.
    static bool readerBlocked(const RedisServer& server)
    {
        return server.cli({"CLIENT", "LIST"}).contains("flags=b");
    }

    static StreamCursor cursor(const RedisSource& source, const QString& channel, const QString& id)
    {
        return {source.name(), DurableChannel::defaultStreamKey(channel), id};
    }

#define START_SERVER(server)                                                                       \
    do {                                                                                           \
        QString startError;                                                                        \
        QVERIFY2((server).start(&startError), qPrintable(startError));                             \
    } while (false)

private slots:
    void initTestCase()
    {
        qRegisterMetaType<QList<StreamCursor>>();
        qRegisterMetaType<DurableChannel>();
    }

    void firstContactSavesTheLastIdAndBackfills()
    {
        RedisServer server;
        START_SERVER(server);
        const QStringList ids = xaddMany(server, "alerts", 0, 30);
        auto source = makeSource(server, {"alerts"});
        QSignalSpy received(source.get(), &Source::notificationsReceived);
        QSignalSpy reached(source.get(), &Source::cursorsReached);
        source->start();

        QTRY_COMPARE(reached.size(), 1);
        QCOMPARE(cursorsIn(reached), QList<StreamCursor>{cursor(*source, "alerts", ids.last())});
        QTRY_COMPARE(countIn(received), 20);
        const QList<Notification> backfill = collect(received);
        QCOMPARE(titles(backfill), numbered(10, 20)); // the newest 20, oldest first
        QVERIFY(all(backfill, Delivery::Backfill));
        QCOMPARE(backfill.last().streamId, ids.last());
        QCOMPARE(backfill.last().id, "alerts/" + ids.last());
        QCOMPARE(backfill.last().streamKey, "herald:stream:alerts");
        QCOMPARE(backfill.last().channel, "alerts");
        QCOMPARE(backfill.last().source, source->name());

        // A live entry proves the drain ended without reading the backfilled ones again.
        QTRY_VERIFY(readerBlocked(server));
        const QString live = xadd(server, "alerts", "{\"title\":\"live\"}");
        QTRY_COMPARE(countIn(received), 21);
        QCOMPARE(collect(received).last().streamId, live);
        QCOMPARE(collect(received).last().delivery, Delivery::Live);
        QCOMPARE(reached.size(), 1);
    }

    void firstContactWithAMissingStreamStartsAtTheBeginning()
    {
        RedisServer server;
        START_SERVER(server);
        auto source = makeSource(server, {"alerts"});
        QSignalSpy received(source.get(), &Source::notificationsReceived);
        QSignalSpy reached(source.get(), &Source::cursorsReached);
        source->start();
        QTRY_COMPARE(reached.size(), 1);
        QCOMPARE(cursorsIn(reached), QList<StreamCursor>{cursor(*source, "alerts", "0-0")});

        QTRY_VERIFY(readerBlocked(server));
        server.cli({"XADD", "herald:stream:alerts", "*", "title", "Hi", "body", "there"});
        QTRY_COMPARE(countIn(received), 1);
        const Notification n = collect(received).first();
        QCOMPARE(n.title, "Hi"); // fields without `payload` read as one JSON object
        QCOMPARE(n.body, "there");
        QCOMPARE(n.delivery, Delivery::Live);
        QCOMPARE(n.id, "alerts/" + n.streamId);
    }

    void entriesAddedWhileStoppedArriveOnceAsCatchUp()
    {
        RedisServer server;
        START_SERVER(server);
        const QString seen = xaddMany(server, "alerts", 0, 1).first();
        const QStringList missed = xaddMany(server, "alerts", 1, 5);

        auto source = makeSource(server, {"alerts"});
        source->setCursors({cursor(*source, "alerts", seen)});
        QSignalSpy received(source.get(), &Source::notificationsReceived);
        QSignalSpy reached(source.get(), &Source::cursorsReached);
        source->start();
        QTRY_COMPARE(countIn(received), 5);
        QCOMPARE(titles(collect(received)), numbered(1, 5));
        QVERIFY(all(collect(received), Delivery::CatchUp));

        QTRY_VERIFY(readerBlocked(server));
        xadd(server, "alerts", "{\"title\":\"after\"}");
        QTRY_COMPARE(countIn(received), 6);
        QCOMPARE(collect(received).last().title, "after");
        QCOMPARE(collect(received).last().delivery, Delivery::Live);
        QCOMPARE(reached.size(), 0); // the cursor was known: no first contact
    }

    void drainsALargeBacklogCompleteAndInOrder()
    {
        RedisServer server;
        START_SERVER(server);
        constexpr int Count = 20'000;
        QByteArray commands;
        for (int i = 0; i < Count; ++i)
            commands += RespConnection::encode({"XADD", "herald:stream:burst", "*", "payload",
                                                "{\"id\":\"" + QByteArray::number(i) + "\"}"});
        QString error;
        QVERIFY2(server.pipe(commands, &error), qPrintable(error));

        auto source = makeSource(server, {"burst"});
        source->setCursors({cursor(*source, "burst", "0-0")});
        QSignalSpy received(source.get(), &Source::notificationsReceived);
        source->start();
        QTRY_COMPARE_WITH_TIMEOUT(countIn(received), Count, 60'000);
        const QList<Notification> all = collect(received);
        for (int i = 0; i < Count; ++i) {
            if (all[i].id != QString::number(i) || all[i].delivery != Delivery::CatchUp)
                QFAIL(qPrintable(QStringLiteral("entry %1 arrived as %2").arg(i).arg(all[i].id)));
        }
        QVERIFY(received.size() >= Count / RedisStreamReader::ReadCount); // batched per reply
    }

    void durablePublishDeliversOnceOnEachPath()
    {
        RedisServer server;
        START_SERVER(server);
        auto subscriber = makeSource(server, {}, {"alerts"});
        auto reader = makeSource(server, {"alerts"});
        QSignalSpy pubsub(subscriber.get(), &Source::notificationsReceived);
        QSignalSpy stream(reader.get(), &Source::notificationsReceived);
        QSignalSpy reached(reader.get(), &Source::cursorsReached);
        subscriber->start();
        reader->start();
        QTRY_COMPARE(subscriber->status().state, State::Connected);
        QTRY_COMPARE(reached.size(), 1);

        RedisPublisher publisher;
        QSignalSpy published(&publisher, &RedisPublisher::publishedDurable);
        QSignalSpy failed(&publisher, &RedisPublisher::failed);
        // The first finds no cached script (NOSCRIPT, then EVAL); the second runs EVALSHA.
        for (const QByteArray& payload : {QByteArray("{\"title\":\"Deploy\"}"), QByteArray("{}")}) {
            const qsizetype before = published.size();
            publisher.publishDurable(server.endpoint(), "alerts", payload);
            QTRY_COMPARE(published.size() + failed.size(), before + 1);
        }
        QCOMPARE(failed.size(), 0);
        QCOMPARE(published[0][1].toLongLong(), 1); // the reader did not SUBSCRIBE as well
        const QStringList ids{published[0][0].toString(), published[1][0].toString()};

        QTRY_COMPARE(countIn(pubsub), 2);
        QTRY_COMPARE(countIn(stream), 2);
        for (int i = 0; i < 2; ++i) {
            const Notification viaPubSub = collect(pubsub)[i];
            const Notification viaStream = collect(stream)[i];
            QCOMPARE(viaPubSub.id, "alerts/" + ids[i]);
            QCOMPARE(viaStream.id, "alerts/" + ids[i]);
            QCOMPARE(viaStream.streamId, ids[i]);
            QVERIFY(viaPubSub.raw.contains("\"stream_id\":\"" + ids[i].toUtf8() + '"'));
        }
        QCOMPARE(collect(pubsub)[0].title, "Deploy");
        QCOMPARE(collect(stream)[0].title, "Deploy");
        QCOMPARE(collect(pubsub)[1].raw, "{\"stream_id\":\"" + ids[1].toUtf8() + "\"}");
        QCOMPARE(collect(stream)[1].raw, "{}");
    }

    void trimmedEntriesBecomeAGapFirst()
    {
        RedisServer server;
        START_SERVER(server);
        const QString seen = xaddMany(server, "alerts", 0, 1).first();
        for (int i = 1; i <= 30; ++i)
            server.cli({"XADD", "herald:stream:alerts", "MAXLEN", "10", "*", "payload",
                        QStringLiteral("{\"title\":\"n%1\"}").arg(i)});

        auto source = makeSource(server, {"alerts"});
        source->setCursors({cursor(*source, "alerts", seen)});
        QSignalSpy received(source.get(), &Source::notificationsReceived);
        source->start();
        QTRY_COMPARE(countIn(received), 11);
        const QList<Notification> first = received.first().at(0).value<QList<Notification>>();
        QVERIFY(first.first().isGap());
        QCOMPARE(first.first().streamKey, "herald:stream:alerts");
        QVERIFY(first.first().streamId.isEmpty()); // a marker never moves the cursor
        QCOMPARE(titles(collect(received).mid(1)), numbered(21, 10));
    }

    void aGapFoundAfterAReconnectCountsWhatWasLost()
    {
        RedisServer server;
        START_SERVER(server);
        xaddMany(server, "alerts", 0, 1);
        auto source = makeSource(server, {"alerts"});
        QSignalSpy received(source.get(), &Source::notificationsReceived);
        source->start(); // first contact: the reader knows how many entries it has passed
        QTRY_COMPARE(countIn(received), 1);
        QTRY_COMPARE(source->streamStatus().state, State::Connected);
        source->stop();

        for (int i = 1; i <= 50; ++i)
            server.cli({"XADD", "herald:stream:alerts", "MAXLEN", "10", "*", "payload",
                        QStringLiteral("{\"title\":\"n%1\"}").arg(i)});
        received.clear();
        source->start();
        QTRY_COMPARE(countIn(received), 11);
        const Notification gap = collect(received).first();
        QVERIFY(gap.isGap());
        // 51 added - 1 read - 10 kept (times in the body are "HH:mm:ss": never " 40")
        QVERIFY2(gap.body.contains(" 40"), qPrintable(gap.body));
        QCOMPARE(titles(collect(received).mid(1)), numbered(41, 10));
    }

    void aKeyOfAnotherTypeIsReportedWhileTheOthersWork()
    {
        RedisServer server;
        START_SERVER(server);
        server.cli({"SET", "herald:stream:bad", "not a stream"});
        auto source = makeSource(server, {"bad", "good"});
        QSignalSpy failures(source.get(), &Source::subscriptionFailed);
        QSignalSpy received(source.get(), &Source::notificationsReceived);
        QSignalSpy reached(source.get(), &Source::cursorsReached);
        source->start();
        QTRY_COMPARE(failures.size(), 1);
        QCOMPARE(failures[0][0].toString(), "bad");
        const QString reason = failures[0][1].toString();
        QVERIFY2(reason.contains("herald:stream:bad") && reason.contains("not read"),
                 qPrintable(reason));

        QTRY_COMPARE(reached.size(), 1);
        xadd(server, "good", "{\"title\":\"still read\"}");
        QTRY_COMPARE(countIn(received), 1);
        QCOMPARE(collect(received).first().channel, "good");
        QCOMPARE(source->streamStatus().state, State::Connected);
    }

    void resumesFromTheCursorInMemoryAfterAServerRestart()
    {
        RedisServer::Options options;
        // Kept on disk, so the entries read before the kill are still there after it.
        options.extraArguments = {"--appendonly", "yes", "--appendfsync", "always"};
        RedisServer server(options);
        START_SERVER(server);
        xaddMany(server, "alerts", 0, 3);
        auto source = makeSource(server, {"alerts"});
        QSignalSpy received(source.get(), &Source::notificationsReceived);
        source->start();
        QTRY_COMPARE(countIn(received), 3);
        xaddMany(server, "alerts", 3, 2);
        QTRY_COMPARE(countIn(received), 5);

        server.kill();
        QTRY_VERIFY(source->streamStatus().state == State::Reconnecting);
        QString error;
        QVERIFY2(server.restart(&error), qPrintable(error));
        xaddMany(server, "alerts", 5, 2);
        QTRY_COMPARE_WITH_TIMEOUT(countIn(received), 7, 10'000);
        QTRY_VERIFY(readerBlocked(server));
        xaddMany(server, "alerts", 7, 1);
        QTRY_COMPARE(countIn(received), 8);
        QCOMPARE(titles(collect(received)), numbered(0, 8)); // none read twice, none skipped
        QCOMPARE(collect(received)[7].delivery, Delivery::Live);
    }

    void setCursorsWhileRunningReadsAgain()
    {
        RedisServer server;
        START_SERVER(server);
        const QStringList ids = xaddMany(server, "alerts", 0, 3);
        auto source = makeSource(server, {"alerts"});
        QSignalSpy received(source.get(), &Source::notificationsReceived);
        source->start();
        QTRY_COMPARE(countIn(received), 3);
        xaddMany(server, "alerts", 3, 2);
        QTRY_COMPARE(countIn(received), 5);

        received.clear();
        source->setCursors({cursor(*source, "alerts", ids[0])}); // as if 1..4 were never saved
        QTRY_COMPARE(countIn(received), 4);
        QCOMPARE(titles(collect(received)), numbered(1, 4));
        QVERIFY(all(collect(received), Delivery::CatchUp));
    }

    // The entry larger than the reply limit is passed with a marker that moves the cursor past
    // it; everything around it arrives, in order, and the stream goes on.
    void anOversizedEntryIsPassedWithAMarker()
    {
        RedisServer server;
        START_SERVER(server);
        xaddMany(server, "alerts", 0, 2);
        const QString large = xaddLarge(server, "alerts", LargeEntryBytes);
        const QStringList after = xaddMany(server, "alerts", 2, 3);

        auto source = makeSource(limitedEndpoint(server), {"alerts"});
        source->setCursors({cursor(*source, "alerts", "0-0")});
        QSignalSpy received(source.get(), &Source::notificationsReceived);
        QSignalSpy failures(source.get(), &Source::subscriptionFailed);
        source->start();
        QTRY_COMPARE(countIn(received), 6);
        const QList<Notification> got = collect(received);
        QCOMPARE(titles(messagesIn(got)), numbered(0, 5));
        QCOMPARE(gapsIn(got).size(), 1);
        QVERIFY2(isOversizedMarker(got[2], "alerts", large), qPrintable(got[2].body)); // in place
        QVERIFY(all(got, Delivery::CatchUp));
        // What the history stores as the cursor: past the last entry, not stuck before the large
        // one.
        QCOMPARE(StreamCursor::collect(got),
                 QList<StreamCursor>{cursor(*source, "alerts", after.last())});

        QTRY_VERIFY(readerBlocked(server));
        const QString live = xadd(server, "alerts", "{\"title\":\"live\"}");
        QTRY_COMPARE(countIn(received), 7);
        QCOMPARE(collect(received).last().streamId, live);
        QCOMPARE(collect(received).last().delivery, Delivery::Live);
        QCOMPARE(gapsIn(collect(received)).size(), 1);
        QCOMPARE(failures.size(), 0);
        QCOMPARE(source->streamStatus().state, State::Connected);
    }

    void anOversizedEntryInTheBackfillIsListedAsAMarker()
    {
        RedisServer server;
        START_SERVER(server);
        xaddMany(server, "alerts", 0, 1);
        const QString large = xaddLarge(server, "alerts", LargeEntryBytes);
        const QStringList ids = xaddMany(server, "alerts", 1, 2);

        auto source = makeSource(limitedEndpoint(server), {"alerts"});
        QSignalSpy received(source.get(), &Source::notificationsReceived);
        QSignalSpy reached(source.get(), &Source::cursorsReached);
        source->start();
        QTRY_COMPARE(countIn(received), 4);
        QCOMPARE(received.size(), 1); // one backfill batch, oldest first
        const QList<Notification> backfill = collect(received);
        QCOMPARE(titles(messagesIn(backfill)), numbered(0, 3));
        QVERIFY2(isOversizedMarker(backfill[1], "alerts", large), qPrintable(backfill[1].body));
        QVERIFY(all(backfill, Delivery::Backfill));
        QCOMPARE(cursorsIn(reached), QList<StreamCursor>{cursor(*source, "alerts", ids.last())});

        QTRY_VERIFY(readerBlocked(server));
        xadd(server, "alerts", "{\"title\":\"live\"}");
        QTRY_COMPARE(countIn(received), 5);
        QCOMPARE(collect(received).last().title, "live");
        QCOMPARE(collect(received).last().delivery, Delivery::Live);
        QCOMPARE(reached.size(), 1);
    }

    void anOversizedLiveEntryDoesNotStopTheOnesAfterIt()
    {
        RedisServer server;
        START_SERVER(server);
        auto source = makeSource(limitedEndpoint(server), {"alerts"});
        QSignalSpy received(source.get(), &Source::notificationsReceived);
        QSignalSpy reached(source.get(), &Source::cursorsReached);
        source->start();
        QTRY_COMPARE(reached.size(), 1);
        QTRY_VERIFY(readerBlocked(server));

        const QString large = xaddLarge(server, "alerts", LargeEntryBytes);
        const QStringList ids = xaddMany(server, "alerts", 0, 2);
        QTRY_COMPARE(countIn(received), 3);
        const QList<Notification> got = collect(received);
        QVERIFY2(isOversizedMarker(got[0], "alerts", large), qPrintable(got[0].body));
        QCOMPARE(titles(messagesIn(got)), numbered(0, 2));
        QVERIFY(all(got, Delivery::Live)); // reading around it is no catch-up
        QCOMPARE(StreamCursor::collect(got),
                 QList<StreamCursor>{cursor(*source, "alerts", ids.last())});
        QTRY_VERIFY(readerBlocked(server));
        QCOMPARE(source->streamStatus().state, State::Connected);
    }

    // XINFO STREAM returns the last entry whole: the probe is asked again without it.
    void anOversizedNewestEntryDoesNotStopTheProbe()
    {
        RedisServer server;
        START_SERVER(server);
        const QStringList ids = xaddMany(server, "alerts", 0, 2);
        const QString large = xaddLarge(server, "alerts", LargeEntryBytes);

        auto source = makeSource(limitedEndpoint(server), {"alerts"});
        source->setCursors({cursor(*source, "alerts", ids.first())});
        QSignalSpy received(source.get(), &Source::notificationsReceived);
        source->start();
        QTRY_COMPARE(countIn(received), 2);
        QCOMPARE(collect(received)[0].title, "n1");
        const Notification marker = collect(received)[1];
        QVERIFY2(isOversizedMarker(marker, "alerts", large), qPrintable(marker.body));

        QTRY_VERIFY(readerBlocked(server));
        xadd(server, "alerts", "{\"title\":\"after\"}");
        QTRY_COMPARE(countIn(received), 3);
        QCOMPARE(collect(received).last().title, "after");

        // Had the marker not been stored, reading again meets it under the same id: the
        // history keeps one.
        received.clear();
        source->setCursors({cursor(*source, "alerts", ids.last())});
        QTRY_COMPARE(countIn(received), 2);
        QCOMPARE(collect(received)[0].id, marker.id);
        QCOMPARE(collect(received)[1].title, "after");
    }

    void aRefusedScriptIsReportedNamingTheEntry()
    {
        RedisServer::Options options;
        options.extraArguments = {"--user", "reader", "on", ">pw", "~*", "&*", "+@all", "-eval"};
        RedisServer server(options);
        START_SERVER(server);
        const QString seen = xaddMany(server, "alerts", 0, 1).first();
        xaddLarge(server, "alerts", LargeEntryBytes);
        xaddMany(server, "alerts", 1, 1);

        RedisEndpoint endpoint = limitedEndpoint(server);
        endpoint.username = "reader";
        endpoint.password = "pw";
        auto source = makeSource(endpoint, {"alerts", "ops"});
        source->setCursors({cursor(*source, "alerts", "0-0"), cursor(*source, "ops", "0-0")});
        QSignalSpy received(source.get(), &Source::notificationsReceived);
        QSignalSpy failures(source.get(), &Source::subscriptionFailed);
        source->start();
        QTRY_COMPARE(failures.size(), 1);
        QCOMPARE(failures[0][0].toString(), "alerts");
        const QString reason = failures[0][1].toString();
        QVERIFY2(reason.contains("herald:stream:alerts") && reason.contains("after " + seen) &&
                     reason.contains("EVAL") && reason.contains("NOPERM") &&
                     reason.contains("\"reader\""),
                 qPrintable(reason));
        QCOMPARE(titles(collect(received)), numbered(0, 1)); // what came before it

        // The other stream is still read, and the refused one is not retried in a loop.
        QTRY_VERIFY(readerBlocked(server));
        xadd(server, "ops", "{\"title\":\"ops\"}");
        QTRY_COMPARE(countIn(received), 2);
        QCOMPARE(collect(received).last().channel, "ops");
        QCOMPARE(failures.size(), 1);
        QCOMPARE(source->streamStatus().state, State::Connected);
    }

    // Entry ids are unique per stream only: the same id on two streams is two notifications.
    void theSameEntryIdOnTwoStreamsIsTwoNotifications()
    {
        RedisServer server;
        START_SERVER(server);
        auto source = makeSource(server, {"alerts", "ops"});
        QSignalSpy received(source.get(), &Source::notificationsReceived);
        QSignalSpy reached(source.get(), &Source::cursorsReached);
        source->start();
        QTRY_COMPARE(reached.size(), 1);
        QTRY_VERIFY(readerBlocked(server));
        server.cli({"XADD", "herald:stream:alerts", "1700000000000-0", "payload", "from alerts"});
        server.cli({"XADD", "herald:stream:ops", "1700000000000-0", "payload", "from ops"});
        QTRY_COMPARE(countIn(received), 2);
        QStringList ids;
        for (const Notification& n : collect(received))
            ids << n.id;
        ids.sort();
        QCOMPARE(ids, (QStringList{"alerts/1700000000000-0", "ops/1700000000000-0"}));
    }

    // A stream deleted and created again: its ids start over below the cursor. A marker says
    // so, and the new stream's entries all arrive.
    void aRecreatedStreamIsAGapAndReadFromItsBeginning()
    {
        RedisServer server;
        START_SERVER(server);
        server.cli({"XADD", "herald:stream:alerts", "100-0", "payload", "old"});
        server.cli({"DEL", "herald:stream:alerts"});
        server.cli({"XADD", "herald:stream:alerts", "5-0", "payload", "new 1"});
        server.cli({"XADD", "herald:stream:alerts", "6-0", "payload", "new 2"});
        auto source = makeSource(server, {"alerts"});
        source->setCursors({cursor(*source, "alerts", "100-0")});
        QSignalSpy received(source.get(), &Source::notificationsReceived);
        source->start();
        QTRY_COMPARE(countIn(received), 3);
        const QList<Notification> all = collect(received);
        QVERIFY(all[0].isGap());
        QVERIFY2(all[0].body.contains("deleted or recreated"), qPrintable(all[0].body));
        QVERIFY(all[0].streamId.isEmpty()); // never moves the cursor
        QCOMPARE(all[1].body, "new 1");
        QCOMPARE(all[2].body, "new 2");
        QCOMPARE(all[2].streamId, "6-0");
    }

    // A stream deleted while Herald was away: a marker, then everything added to it from then.
    void aDeletedStreamIsAGapAndNewEntriesArrive()
    {
        RedisServer server;
        START_SERVER(server);
        auto source = makeSource(server, {"alerts"});
        source->setCursors({cursor(*source, "alerts", "100-0")});
        QSignalSpy received(source.get(), &Source::notificationsReceived);
        source->start();
        QTRY_COMPARE(countIn(received), 1);
        QVERIFY(collect(received)[0].isGap());
        QTRY_VERIFY(readerBlocked(server));
        server.cli({"XADD", "herald:stream:alerts", "5-0", "payload", "new"});
        QTRY_COMPARE(countIn(received), 2);
        QCOMPARE(collect(received)[1].body, "new");
    }

    // A pattern matching a durable channel: the stream delivers, the Pub/Sub copy is dropped
    // (a plain-text payload carries no stream_id that would make it a duplicate by id).
    void aPatternMatchingADurableChannelDeliversOnce()
    {
        RedisServer server;
        START_SERVER(server);
        auto source = makeSource(server, {"alerts"});
        source->setPatterns({"al*"});
        QSignalSpy received(source.get(), &Source::notificationsReceived);
        QSignalSpy reached(source.get(), &Source::cursorsReached);
        source->start();
        QTRY_COMPARE(source->status().state, State::Connected);
        QTRY_COMPARE(reached.size(), 1);
        QTRY_VERIFY(readerBlocked(server));

        RedisPublisher publisher;
        QSignalSpy published(&publisher, &RedisPublisher::publishedDurable);
        publisher.publishDurable(server.endpoint(), "alerts", "plain text");
        QTRY_COMPARE(published.size(), 1);
        QCOMPARE(published[0][1].toLongLong(), 1); // the pattern received the copy
        // Pub/Sub keeps order on one connection: once "after" is here, the copy would be too.
        QCOMPARE(server.publish("also", "after"), 1);
        const auto arrived = [&received](bool fromStream) {
            const QList<Notification> all = collect(received);
            return std::any_of(all.begin(), all.end(), [fromStream](const Notification& n) {
                return fromStream ? !n.streamKey.isEmpty() : n.channel == "also";
            });
        };
        QTRY_VERIFY(arrived(true) && arrived(false));
        QCOMPARE(countIn(received), 2);
        for (const Notification& n : collect(received)) {
            if (n.channel == "alerts") {
                QCOMPARE(n.body, "plain text");
                QCOMPARE(n.streamKey, "herald:stream:alerts");
            }
        }
    }

    // Switched off and on again at run time, the reader resumes where the old one got to.
    void aRecreatedReaderResumesFromTheLatestCursors()
    {
        RedisServer server;
        START_SERVER(server);
        auto source = makeSource(server, {"alerts"});
        QSignalSpy received(source.get(), &Source::notificationsReceived);
        QSignalSpy reached(source.get(), &Source::cursorsReached);
        source->start();
        QTRY_COMPARE(reached.size(), 1);
        QTRY_VERIFY(readerBlocked(server));
        xaddMany(server, "alerts", 0, 3);
        QTRY_COMPARE(countIn(received), 3);

        source->setDurableChannels({});
        source->setDurableChannels({DurableChannel::make("alerts")});
        xaddMany(server, "alerts", 3, 1);
        QTRY_COMPARE(countIn(received), 4);
        QCOMPARE(titles(collect(received)), numbered(0, 4)); // none read again
        QCOMPARE(reached.size(), 1);
    }

    // After a wake-up both connections are replaced at once; nothing is lost or read twice.
    void reconnectNowReopensTheStreamConnection()
    {
        RedisServer server;
        START_SERVER(server);
        auto source = makeSource(server, {"alerts"}, {"plain"});
        QSignalSpy received(source.get(), &Source::notificationsReceived);
        QSignalSpy disconnected(source.get(), &Source::disconnected);
        source->start();
        QTRY_COMPARE(source->status().state, State::Connected);
        QTRY_VERIFY(readerBlocked(server));
        xaddMany(server, "alerts", 0, 1);
        QTRY_COMPARE(countIn(received), 1);
        const QByteArray before = server.cli({"CLIENT", "LIST"});

        source->reconnectNow();
        QTRY_COMPARE(disconnected.size(), 1);
        QTRY_COMPARE(source->status().state, State::Connected);
        QTRY_VERIFY(readerBlocked(server));
        const QByteArray after = server.cli({"CLIENT", "LIST"});
        QVERIFY(before != after); // new connections (new client ids)
        xaddMany(server, "alerts", 1, 1);
        QTRY_COMPARE(countIn(received), 2);
        QCOMPARE(titles(collect(received)), numbered(0, 2));
    }

    void durableChannelsChangeWhileRunning()
    {
        RedisServer server;
        START_SERVER(server);
        auto source = makeSource(server, {"alerts"});
        QSignalSpy received(source.get(), &Source::notificationsReceived);
        QSignalSpy reached(source.get(), &Source::cursorsReached);
        source->start();
        QTRY_COMPARE(reached.size(), 1);

        source->setDurableChannels({DurableChannel::make("alerts"), DurableChannel::make("ops")});
        QTRY_COMPARE(reached.size(), 2);
        QCOMPARE(cursorsIn(reached).last().streamKey, "herald:stream:ops");
        xadd(server, "ops", "{\"title\":\"ops\"}");
        xadd(server, "alerts", "{\"title\":\"alerts\"}");
        QTRY_COMPARE(countIn(received), 2);
        QStringList got = titles(collect(received));
        got.sort();
        QCOMPARE(got, (QStringList{"alerts", "ops"}));
    }
};

HERALD_TEST_MAIN(TestRedisStreams, "redis-server", "redis-cli")
#include "tst_redisstreams.moc"
