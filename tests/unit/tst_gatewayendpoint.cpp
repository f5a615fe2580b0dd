// GatewayEndpoint's URL forms, a gateway profile's endpoint and subscriptions, and the
// command-line profiles of herald and herald-cli listen.
#include "sources/gateway/GatewayEndpoint.h"
#include "storage/CommandLineProfiles.h"
#include "storage/ConnectionProfile.h"

#include <QTest>

class TestGatewayEndpoint : public QObject {
    Q_OBJECT

private slots:
    void socketIoUrl()
    {
        GatewayEndpoint endpoint;
        QString error;
        QVERIFY(GatewayEndpoint::parse(
            "socketio+wss://user:tok@gw.example:8443/admin?event=alert&event=deploy&room=ops"
            "&path=rt&v=2",
            &endpoint, &error));
        QCOMPARE(endpoint.kind, GatewayEndpoint::Kind::SocketIo);
        QCOMPARE(endpoint.url.scheme(), QStringLiteral("wss"));
        QVERIFY(endpoint.isTls());
        QCOMPARE(endpoint.token, QStringLiteral("tok"));
        QCOMPARE(endpoint.channels, (QStringList{"alert", "deploy"}));
        QCOMPARE(endpoint.rooms, QStringList{"ops"});
        QCOMPARE(endpoint.subscribeEvent, QStringLiteral("subscribe"));
        QCOMPARE(endpoint.socketIoPath, QStringLiteral("/rt/"));
        QCOMPARE(endpoint.socketIoNamespace, QStringLiteral("/admin"));
        // Herald's own items are taken out; the server's stay; the token never shows.
        QCOMPARE(endpoint.url.query(), QStringLiteral("v=2"));
        QCOMPARE(endpoint.displayName(), QStringLiteral("socketio+wss://gw.example:8443/admin"));

        QVERIFY(GatewayEndpoint::parse("socketio+ws://127.0.0.1:3000", &endpoint, &error));
        QCOMPARE(endpoint.channels, QStringList{"notification"});
        QCOMPARE(endpoint.socketIoNamespace, QStringLiteral("/"));
        QCOMPARE(endpoint.socketIoPath, QStringLiteral("/socket.io/"));
        QVERIFY(endpoint.subscribeEvent.isEmpty());
        QCOMPARE(endpoint.displayName(), QStringLiteral("socketio+ws://127.0.0.1:3000"));
    }

    void nchanAndJsonUrls()
    {
        GatewayEndpoint endpoint;
        QString error;
        QVERIFY(GatewayEndpoint::parse("nchan+ws://gw/sub/?channel=a&channel=b&channel=a",
                                       &endpoint, &error));
        QCOMPARE(endpoint.kind, GatewayEndpoint::Kind::Nchan);
        QCOMPARE(endpoint.channels, (QStringList{"a", "b"}));
        QCOMPARE(endpoint.url.toString(), QStringLiteral("ws://gw/sub/"));
        QCOMPARE(endpoint.displayName(), QStringLiteral("nchan+ws://gw/sub/"));

        QVERIFY(
            GatewayEndpoint::parse("wss://ntfy.example/alerts/ws?since=all", &endpoint, &error));
        QCOMPARE(endpoint.kind, GatewayEndpoint::Kind::JsonWebSocket);
        QCOMPARE(endpoint.url.query(), QStringLiteral("since=all"));
        QCOMPARE(endpoint.displayName(), QStringLiteral("wss://ntfy.example/alerts/ws"));
    }

    void unusableUrlsAreRefusedWithoutTheirSecrets_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("redis") << "redis://127.0.0.1";
        QTest::newRow("http") << "http://host/";
        QTest::newRow("no host") << "ws:///path";
        QTest::newRow("port") << "ws://host:70000/";
        QTest::newRow("comma namespace") << "socketio+ws://host/a,b";
        QTest::newRow("garbage") << "socketio+ws://sec ret@";
    }

    void unusableUrlsAreRefusedWithoutTheirSecrets()
    {
        QFETCH(QString, url);
        GatewayEndpoint endpoint;
        QString error;
        QVERIFY(!GatewayEndpoint::parse(url, &endpoint, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!error.contains("ret"));
    }

    void headers()
    {
        QList<std::pair<QByteArray, QByteArray>> headers;
        QString error;
        QVERIFY(GatewayEndpoint::parseHeaders({"Authorization: Bearer abc", "", " X-A :  1 "},
                                              &headers, &error));
        QCOMPARE(headers.size(), 2);
        QCOMPARE(headers[1].first, QByteArray("X-A"));
        QCOMPARE(headers[1].second, QByteArray("1"));
        GatewayEndpoint endpoint;
        endpoint.headers = headers;
        QCOMPARE(endpoint.header("authorization"), QByteArray("Bearer abc"));
        QVERIFY(endpoint.header("Cookie").isNull());

        for (const QStringList& bad : {QStringList{"X-A: 1", "no colon secret"},
                                       QStringList{"Bad Name: v"}, QStringList{": v"}}) {
            QVERIFY(!GatewayEndpoint::parseHeaders(bad, &headers, &error));
            QVERIFY2(error.contains(QString::number(bad.size())), qPrintable(error));
            QVERIFY(!error.contains("secret"));
        }
    }

    void profileToEndpoint()
    {
        ConnectionProfile profile;
        profile.url = QStringLiteral("socketio+ws://127.0.0.1:3000/ops");
        profile.headers = {QStringLiteral("X-Team: ops")};
        profile.proxy = QStringLiteral(" none ");
        profile.maxMessageKiB = 64;
        profile.caFile = QStringLiteral("ca.pem");
        profile.rooms = {QStringLiteral(" deploys ")};
        QCOMPARE(profile.kind(), ConnectionProfile::Kind::SocketIo);
        QVERIFY(profile.isGateway());
        QString error;
        GatewayEndpoint endpoint = profile.toGatewayEndpoint(QStringLiteral("tok"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(endpoint.token, QStringLiteral("tok"));
        QCOMPARE(endpoint.channels, QStringList{"notification"}); // the default event
        QCOMPARE(endpoint.rooms, QStringList{"deploys"});
        QCOMPARE(endpoint.subscribeEvent, QStringLiteral("subscribe"));
        QCOMPARE(endpoint.proxy, QStringLiteral("none"));
        QCOMPARE(endpoint.maxMessageBytes, 64 * 1024);
        QCOMPARE(endpoint.header("X-Team"), QByteArray("ops"));

        // Listed events replace the default; disabled ones are not listened to.
        profile.channels = {{"alert", false, true, false, 1, false, {}},
                            {"quiet", false, false, false, 1, false, {}}};
        ConnectionProfile::Subscriptions wanted;
        QVERIFY(profile.subscriptions(QString(), &wanted, &error));
        QCOMPARE(wanted.channels, QStringList{"alert"});
        QVERIFY(wanted.patterns.isEmpty() && wanted.durable.isEmpty());

        profile.url = QStringLiteral("ws://feed.example/x");
        QVERIFY(profile.subscriptions(QString(), &wanted, &error));
        QVERIFY(wanted.channels.isEmpty()); // a JSON feed has no channels
        QCOMPARE(profile.kind(), ConnectionProfile::Kind::JsonWebSocket);
        QCOMPARE(profile.displayName(), QStringLiteral("ws://feed.example/x"));

        profile.headers = {QStringLiteral("broken")};
        QVERIFY(!profile.subscriptions(QString(), &wanted, &error));
        QVERIFY(error.contains("Header line 1"));
    }

    void commandLineProfiles()
    {
        CommandLineProfiles options;
        options.channels = {QStringLiteral("alerts")};
        options.patterns = {QStringLiteral("deploy:*")};
        options.durableChannels = {QStringLiteral("audit")};
        options.streamKeys = {{QStringLiteral("audit"), QStringLiteral("audit:log")}};
        options.password = QStringLiteral("pw");
        options.token = QStringLiteral("tok");
        QHash<QString, QString> secrets;
        const QList<ConnectionProfile> profiles =
            options.build({"redis://127.0.0.1:6379", "redis://:own@127.0.0.1:6380?channel=x",
                           "socketio+ws://127.0.0.1:3000", "nchan+ws://127.0.0.1/sub/?channel=n"},
                          &secrets);
        QCOMPARE(profiles.size(), 4);
        QCOMPARE(profiles[0].channels.size(), 3);
        QVERIFY(profiles[0].channels[2].durable);
        QCOMPARE(profiles[0].channels[2].streamKey, QStringLiteral("audit:log"));
        QCOMPARE(secrets.value(profiles[0].id), QStringLiteral("pw"));
        QVERIFY(profiles[1].channels.isEmpty()); // the URL names its own
        QCOMPARE(secrets.value(profiles[1].id), QStringLiteral("own"));
        QVERIFY(!profiles[1].url.contains("own"));
        // Gateways get the channels (as events) but neither patterns nor streams.
        QCOMPARE(profiles[2].channels.size(), 1);
        QCOMPARE(profiles[2].channels[0].name, QStringLiteral("alerts"));
        QCOMPARE(secrets.value(profiles[2].id), QStringLiteral("tok"));
        QVERIFY(profiles[3].channels.isEmpty());
        QCOMPARE(profiles[3].id, QStringLiteral("command-line-3"));
    }
};

QTEST_GUILESS_MAIN(TestGatewayEndpoint)
#include "tst_gatewayendpoint.moc"
