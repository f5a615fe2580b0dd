#include "sources/Source.h"
#include "sources/SourceManager.h"
#include "storage/SessionSecretStore.h"

#include <QSignalSpy>
#include <QTest>

namespace {

// A Source that records what the manager asks of it.
class FakeSource : public Source {
    Q_OBJECT

public:
    FakeSource(const ConnectionProfile& profile, const QString& givenSecret, QObject* parent)
        : Source(parent)
        , secret(givenSecret)
    {
        if (profile.isGateway()) {
            const GatewayEndpoint endpoint = profile.toGatewayEndpoint(givenSecret);
            m_name = endpoint.displayName();
            m_channels = endpoint.channels;
        } else {
            const RedisEndpoint endpoint = profile.toEndpoint(givenSecret);
            m_name = endpoint.displayName();
            m_channels = endpoint.channels;
            m_patterns = endpoint.patterns;
        }
    }

    QString name() const override { return m_name; }
    void start() override { calls << QStringLiteral("start"); }
    void stop() override { calls << QStringLiteral("stop"); }
    void setChannels(const QStringList& channels) override { m_channels = channels; }
    void setPatterns(const QStringList& patterns) override { m_patterns = patterns; }
    QStringList channels() const override { return m_channels; }
    QStringList patterns() const override { return m_patterns; }
    void setDurableChannels(const QList<DurableChannel>& channels) override
    {
        m_durable = channels;
        calls << QStringLiteral("durable");
    }
    QList<DurableChannel> durableChannels() const override { return m_durable; }
    void setCursors(const QList<StreamCursor>& cursors) override
    {
        givenCursors << cursors;
        calls << QStringLiteral("cursors");
    }
    void retryNow() override { calls << QStringLiteral("retry"); }
    void reconnectNow() override { calls << QStringLiteral("reconnect"); }
    void setReconnectBackoff(const BackoffPolicy::Settings&) override {}

    void reach(const QList<StreamCursor>& cursors) { emit cursorsReached(cursors); }

    QStringList calls;
    QList<QList<StreamCursor>> givenCursors;
    QString secret;

private:
    QString m_name;
    QStringList m_channels;
    QStringList m_patterns;
    QList<DurableChannel> m_durable;
};

ConnectionProfile profile(const QList<ChannelEntry>& channels)
{
    ConnectionProfile p;
    p.id = QStringLiteral("p1");
    p.name = QStringLiteral("Local");
    p.url = QStringLiteral("redis://127.0.0.1:6379");
    p.channels = channels;
    return p;
}

} // namespace

// SourceManager with a fake source: cursors before start, durable channels applied live,
// cursorsReached forwarded.
class TestSourceManager : public QObject {
    Q_OBJECT

private:
    SessionSecretStore m_secrets;
    QList<FakeSource*> m_made;
    QStringList m_asked; // sourceName the cursor provider was asked for
    bool m_historyReadable = true;

    std::unique_ptr<SourceManager> manager()
    {
        m_made.clear();
        m_asked.clear();
        m_historyReadable = true;
        auto sources = std::make_unique<SourceManager>(
            &m_secrets,
            [this](const ConnectionProfile& profile, const QString& secret,
                   QObject* parent) -> Source* {
                auto* source = new FakeSource(profile, secret, parent);
                m_made << source;
                return source;
            });
        sources->setCursorProvider(
            [this](const QString& sourceName) -> std::optional<QList<StreamCursor>> {
                m_asked << sourceName;
                if (!m_historyReadable)
                    return std::nullopt;
                return QList<StreamCursor>{{sourceName, QStringLiteral("herald:stream:a"), "5-0"}};
            });
        return sources;
    }

    // Profiles with a password given, so the source starts without waiting for the keychain.
    static void apply(SourceManager& sources, const ConnectionProfile& p)
    {
        sources.setProfiles({p}, {{p.id, QString()}});
    }

private slots:
    void connectionsOfEveryKindRunSideBySide()
    {
        auto sources = manager();
        ConnectionProfile redis = profile({{"a", false, true, false, 1, false, {}}});
        ConnectionProfile socketIo;
        socketIo.id = QStringLiteral("p2");
        socketIo.url = QStringLiteral("socketio+ws://127.0.0.1:3000/chat?room=ops");
        socketIo.channels = {{"alert", false, true, false, 1, false, {}},
                             {"off", false, false, false, 1, false, {}}};
        ConnectionProfile nchan;
        nchan.id = QStringLiteral("p3");
        nchan.url = QStringLiteral("nchan+wss://gateway.example/sub/?channel=deploys");
        ConnectionProfile json;
        json.id = QStringLiteral("p4");
        json.url = QStringLiteral("ws://127.0.0.1:8080/feed");
        json.channels = {{"ignored", false, true, false, 1, false, {}}};
        sources->setProfiles({redis, socketIo, nchan, json},
                             {{"p1", QString()}, {"p2", "token-2"}, {"p3", ""}, {"p4", "t4"}});

        QCOMPARE(m_made.size(), 4);
        QCOMPARE(sources->nameOf("p2"), QStringLiteral("socketio+ws://127.0.0.1:3000/chat"));
        QCOMPARE(sources->source("p2")->channels(), QStringList{"alert"}); // enabled events
        QCOMPARE(static_cast<FakeSource*>(sources->source("p2"))->secret, "token-2");
        QCOMPARE(sources->source("p3")->channels(), QStringList{"deploys"});
        QCOMPARE(sources->nameOf("p3"), QStringLiteral("nchan+wss://gateway.example/sub/"));
        QVERIFY(sources->source("p4")->channels().isEmpty()); // a JSON feed has no channels
        for (FakeSource* source : std::as_const(m_made))
            QVERIFY(source->calls.contains("start"));

        // Events change live, without a new source.
        socketIo.channels.append({"deploy", false, true, false, 1, false, {}});
        sources->setProfiles({redis, socketIo, nchan, json},
                             {{"p1", QString()}, {"p2", "token-2"}, {"p3", ""}, {"p4", "t4"}});
        QCOMPARE(m_made.size(), 4);
        QCOMPARE(sources->source("p2")->channels(), (QStringList{"alert", "deploy"}));

        // A header or a proxy is part of the connection: a new source.
        json.headers = {QStringLiteral("X-Feed: 1")};
        sources->setProfiles({redis, socketIo, nchan, json},
                             {{"p1", QString()}, {"p2", "token-2"}, {"p3", ""}, {"p4", "t4"}});
        QCOMPARE(m_made.size(), 5);
    }

    void anUnusableGatewayProfileIsReportedNotStarted()
    {
        auto sources = manager();
        QSignalSpy errors(sources.get(), &SourceManager::configurationError);
        ConnectionProfile json;
        json.id = QStringLiteral("p4");
        json.url = QStringLiteral("ws://127.0.0.1:8080/feed");
        json.headers = {QStringLiteral("Authorization Bearer secret-value")};
        sources->setProfiles({json}, {{"p4", QString()}});
        QVERIFY(m_made.isEmpty());
        QCOMPARE(errors.size(), 1);
        const QString reason = errors.first().at(1).toString();
        QVERIFY2(reason.contains("Header line 1"), qPrintable(reason));
        QVERIFY(!reason.contains("secret-value"));
    }

    void everySourceGetsItsCursorsBeforeItStarts()
    {
        auto sources = manager();
        apply(*sources, profile({{"a", false, true, false, 1, true, {}}}));
        QCOMPARE(m_made.size(), 1);
        FakeSource* source = m_made.first();
        QCOMPARE(m_asked, QStringList{source->name()});
        QCOMPARE(source->calls, (QStringList{"durable", "cursors", "start"}));
        QCOMPARE(source->durableChannels(), QList{DurableChannel::make("a")});
        QCOMPARE(source->givenCursors.first().first().lastId, QStringLiteral("5-0"));

        // Paused and resumed: the history's cursors again, before start.
        sources->setPaused(true);
        sources->setPaused(false);
        QCOMPARE(source->calls.mid(3), (QStringList{"stop", "cursors", "start"}));
    }

    void durableChannelsChangeLive()
    {
        auto sources = manager();
        apply(*sources, profile({{"a", false, true, false, 1, false, {}}}));
        FakeSource* source = m_made.first();
        QCOMPARE(source->channels(), QStringList{"a"});
        QVERIFY(source->durableChannels().isEmpty());

        apply(*sources, profile({{"a", false, true, false, 1, true, "custom"}}));
        QCOMPARE(m_made.size(), 1); // the same source: nothing reconnected
        QVERIFY(source->channels().isEmpty());
        QCOMPARE(source->durableChannels(), QList{DurableChannel::make("a", "custom")});
        QVERIFY(!source->calls.mid(3).contains("start"));
        QVERIFY(sources->subscriptionSummary().contains("a (durable)"));

        const qsizetype before = source->calls.size();
        apply(*sources, profile({{"a", false, true, false, 1, true, "custom"}}));
        QCOMPARE(source->calls.size(), before); // unchanged: not applied again
    }

    void cursorsReachedIsForwardedWithTheConnectionName()
    {
        auto sources = manager();
        QSignalSpy reached(sources.get(), &SourceManager::cursorsReached);
        apply(*sources, profile({{"a", false, true, false, 1, true, {}}}));
        const QList<StreamCursor> cursors{{m_made.first()->name(), "herald:stream:a", "9-1"}};
        m_made.first()->reach(cursors);
        QCOMPARE(reached.size(), 1);
        QCOMPARE(reached.at(0).at(0).toString(), QStringLiteral("Local"));
        QCOMPARE(reached.at(0).at(1).value<QList<StreamCursor>>(), cursors);
    }

    void rereadingGivesTheSavedCursorsAgain()
    {
        auto sources = manager();
        apply(*sources, profile({{"a", false, true, false, 1, true, {}}}));
        FakeSource* source = m_made.first();
        sources->rereadFromSavedCursors(QStringLiteral("redis://elsewhere:6379"));
        QCOMPARE(source->givenCursors.size(), 1);
        sources->rereadFromSavedCursors(source->name());
        QCOMPARE(source->givenCursors.size(), 2);
        QCOMPARE(sources->sourceForConnection(QStringLiteral("Local")), source);
        QCOMPARE(sources->sourceForConnection(QStringLiteral("Other")), nullptr);
    }

    void aSourceWaitsUntilItsCursorsCanBeRead()
    {
        auto sources = manager();
        sources->setCursorRetryIntervalMs(50);
        QSignalSpy statuses(sources.get(), &SourceManager::statusChanged);
        m_historyReadable = false;
        apply(*sources, profile({{"a", false, true, false, 1, true, {}}}));
        FakeSource* source = m_made.first();
        // Not started without cursors: every stream would be read from its end.
        QCOMPARE(source->calls, QStringList{"durable"});
        QVERIFY(sources->isWaitingForHistory(QStringLiteral("p1")));
        QVERIFY(!statuses.isEmpty());
        const SourceStatus status = statuses.last().at(1).value<SourceStatus>();
        QCOMPARE(status.state, SourceStatus::State::Error);
        QVERIFY2(status.reason.contains("history could not be read"), qPrintable(status.reason));

        // Tried again, still unreadable: still not started.
        QTRY_VERIFY(m_asked.size() >= 3);
        QVERIFY(!source->calls.contains("start"));
        sources->retryAll(); // nothing to retry on a source that is not started
        QVERIFY(!source->calls.contains("retry"));

        // Readable again: the saved cursors, then start.
        m_historyReadable = true;
        QTRY_VERIFY(source->calls.contains("start"));
        QCOMPARE(source->calls.mid(1), (QStringList{"cursors", "start"}));
        QVERIFY(!sources->isWaitingForHistory(QStringLiteral("p1")));
    }

    void aRereadThatCannotReadTheHistoryStopsTheSource()
    {
        auto sources = manager();
        sources->setCursorRetryIntervalMs(50);
        apply(*sources, profile({{"a", false, true, false, 1, true, {}}}));
        FakeSource* source = m_made.first();
        QCOMPARE(source->calls, (QStringList{"durable", "cursors", "start"}));

        m_historyReadable = false;
        sources->rereadFromSavedCursors(source->name());
        // Its cursors in memory are past what failed to store: it must not go on from them.
        QCOMPARE(source->calls.mid(3), QStringList{"stop"});
        QCOMPARE(source->givenCursors.size(), 1);

        // Paused and resumed meanwhile: still not started without cursors.
        sources->setPaused(true);
        sources->setPaused(false);
        QVERIFY(!source->calls.mid(3).contains("start"));

        m_historyReadable = true;
        QTRY_VERIFY(source->calls.mid(3).contains("start"));
        QCOMPARE(source->givenCursors.size(), 2);
    }

    void aPubSubOnlySourceStartsWithoutTheHistory()
    {
        auto sources = manager();
        m_historyReadable = false;
        apply(*sources, profile({{"a", false, true, false, 1, false, {}}}));
        FakeSource* source = m_made.first();
        QCOMPARE(source->calls, (QStringList{"durable", "start"}));

        // Made durable later: started again, once its cursors can be read.
        sources->setCursorRetryIntervalMs(50);
        apply(*sources, profile({{"a", false, true, false, 1, true, {}}}));
        QCOMPARE(source->calls.mid(2), (QStringList{"durable", "stop"}));
        m_historyReadable = true;
        QTRY_VERIFY(source->calls.mid(2).contains("start"));
        QCOMPARE(source->calls.mid(2), (QStringList{"durable", "stop", "cursors", "start"}));
    }

    void reconnectAllReachesEveryStartedSource()
    {
        auto sources = manager();
        apply(*sources, profile({{"a", false, true, false, 1, true, {}}}));
        FakeSource* source = m_made.first();
        sources->reconnectAll();
        QCOMPARE(source->calls.mid(3), QStringList{"reconnect"});
    }
};

QTEST_GUILESS_MAIN(TestSourceManager)
#include "tst_sourcemanager.moc"
