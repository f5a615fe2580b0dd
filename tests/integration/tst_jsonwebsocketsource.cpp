#include "JsonFeedServer.h"
#include "NotificationSpy.h"
#include "TestCertificates.h"
#include "TestServices.h"
#include "WebsocketdServer.h"
#include "sources/gateway/GatewayEndpoint.h"
#include "sources/gateway/JsonWebSocketSource.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <memory>

using State = SourceStatus::State;
using Cause = SourceStatus::Cause;

// An HTTP proxy that understands CONNECT only: it records each request line and tunnels the
// bytes both ways. Enough to prove a source goes through the proxy it was told to use.
class ConnectProxy : public QObject {
public:
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }
    QList<QByteArray> requests;

    ConnectProxy()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* client = m_server.nextPendingConnection())
                serve(client);
        });
    }

private:
    void serve(QTcpSocket* client)
    {
        client->setParent(this);
        connect(client, &QTcpSocket::readyRead, this, [this, client] {
            if (client->property("tunnel").value<QTcpSocket*>())
                return; // the tunnel forwards
            if (!client->canReadLine())
                return;
            const QByteArray line = client->readLine().trimmed();
            while (client->canReadLine() && client->readLine() != "\r\n") {
            }
            requests << line;
            const QList<QByteArray> target = line.split(' ').value(1).split(':');
            auto* upstream = new QTcpSocket(this);
            client->setProperty("tunnel", QVariant::fromValue(upstream));
            connect(upstream, &QTcpSocket::connected, client,
                    [client] { client->write("HTTP/1.1 200 Connection established\r\n\r\n"); });
            connect(upstream, &QTcpSocket::readyRead, client,
                    [client, upstream] { client->write(upstream->readAll()); });
            connect(client, &QTcpSocket::readyRead, upstream,
                    [client, upstream] { upstream->write(client->readAll()); });
            connect(client, &QTcpSocket::disconnected, upstream, &QTcpSocket::abort);
            connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::abort);
            upstream->connectToHost(QString::fromLatin1(target.value(0)),
                                    quint16(target.value(1).toUInt()));
        });
    }

    QTcpServer m_server;
};

// JsonWebSocketSource against websocketd wrapping a script, and against an in-process WebSocket
// server that plays ntfy, Gotify, a broken server and a dead peer.
class TestJsonWebSocketSource : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<WebsocketdServer> m_websocketd;
    std::unique_ptr<JsonFeedServer> m_feed;

    static WebSocketConnection::Timing fastTiming()
    {
        WebSocketConnection::Timing timing;
        timing.backoff = {50, 400, 0.2, 10'000};
        timing.pingIntervalMs = 2000;
        timing.deadPeerTimeoutMs = 2000;
        return timing;
    }

    static GatewayEndpoint endpointFor(const QString& url)
    {
        GatewayEndpoint endpoint;
        QString error;
        if (!GatewayEndpoint::parse(url, &endpoint, &error))
            qFatal("bad test URL: %s", qPrintable(error));
        return endpoint;
    }

    static std::unique_ptr<JsonWebSocketSource> makeSource(const GatewayEndpoint& endpoint)
    {
        auto source = std::make_unique<JsonWebSocketSource>(endpoint);
        source->setTiming(fastTiming());
        return source;
    }

    // A feed server with one connected source.
    std::unique_ptr<JsonWebSocketSource> connectToFeed(GatewayEndpoint endpoint = {})
    {
        if (endpoint.url.isEmpty())
            endpoint = endpointFor(m_feed->url());
        auto source = makeSource(endpoint);
        source->start();
        if (!QTest::qWaitFor([&] { return source->status().state == State::Connected; }, 10'000))
            qWarning().noquote() << "not connected:" << source->status().describe();
        return source;
    }

    static bool sawCause(const QSignalSpy& statuses, Cause cause)
    {
        for (const QList<QVariant>& call : statuses) {
            if (call.at(0).value<SourceStatus>().cause == cause)
                return true;
        }
        return false;
    }

private slots:
    void init()
    {
        m_feed = std::make_unique<JsonFeedServer>();
        QString error;
        QVERIFY2(m_feed->listen(&error), qPrintable(error));
    }

    void cleanup()
    {
        m_feed.reset();
        m_websocketd.reset();
    }

    void anExplicitProxyIsUsedAndNoneGoesDirect()
    {
        ConnectProxy proxy;
        QVERIFY(proxy.listen());
        GatewayEndpoint endpoint = endpointFor(m_feed->url());
        endpoint.proxy = proxy.url();
        auto proxied = connectToFeed(endpoint);
        QCOMPARE(proxied->status().state, State::Connected);
        QCOMPARE(proxy.requests.size(), 1);
        QVERIFY2(proxy.requests.first().startsWith("CONNECT 127.0.0.1:"),
                 proxy.requests.first().constData());
        QSignalSpy received(proxied.get(), &Source::notificationsReceived);
        m_feed->sendText(QStringLiteral("{\"title\":\"through the proxy\"}"));
        QTRY_COMPARE(countIn(received), 1);

        endpoint.proxy = QStringLiteral("none");
        auto direct = connectToFeed(endpoint);
        QCOMPARE(direct->status().state, State::Connected);
        QCOMPARE(proxy.requests.size(), 1); // not through the proxy
    }

    void websocketdLinesArrive()
    {
        m_websocketd = std::make_unique<WebsocketdServer>();
        QString error;
        QVERIFY2(m_websocketd->start({R"({"title":"Build finished","priority":4})",
                                      "plain words, not JSON", R"({"message":"second"})"},
                                     &error),
                 qPrintable(error));
        auto source = makeSource(endpointFor(m_websocketd->url("builds")));
        QSignalSpy received(source.get(), &Source::notificationsReceived);
        source->start();
        QTRY_COMPARE(countIn(received), 3);
        QCOMPARE(source->status().state, State::Connected);
        const QList<Notification> all = collect(received);
        QCOMPARE(all[0].title, QStringLiteral("Build finished"));
        QCOMPARE(all[0].priority, 4);
        QCOMPARE(all[1].body, QStringLiteral("plain words, not JSON"));
        QCOMPARE(all[2].body, QStringLiteral("second"));
        for (const Notification& n : all) {
            QCOMPARE(n.channel, QStringLiteral("builds"));
            QCOMPARE(n.source, source->name());
            QCOMPARE(n.source,
                     QStringLiteral("ws://127.0.0.1:%1/builds").arg(m_websocketd->port()));
            QVERIFY(n.streamKey.isEmpty());
        }
        source->stop(); // before websocketd: it reaps the script it runs for this client
    }

    void ntfyControlEventsAreSkippedAndItsMessageParsed()
    {
        auto source = connectToFeed(endpointFor(m_feed->url("alerts/ws")));
        QSignalSpy received(source.get(), &Source::notificationsReceived);
        m_feed->sendText(JsonFeedServer::ntfyEvent("open", "alerts"));
        m_feed->sendText(JsonFeedServer::ntfyEvent("keepalive", "alerts"));
        m_feed->sendText(JsonFeedServer::ntfyMessage("alerts", "Disk full", "sda1 is 98% full", 4,
                                                     {"warning", "skull"}));
        m_feed->sendText(JsonFeedServer::ntfyEvent("keepalive", "alerts"));
        QTRY_COMPARE(source->controlEventsSkipped(), 3);
        QCOMPARE(countIn(received), 1);
        const Notification n = collect(received).first();
        QCOMPARE(n.title, QStringLiteral("Disk full"));
        QCOMPARE(n.body, QStringLiteral("sda1 is 98% full"));
        QCOMPARE(n.priority, 4);
        QCOMPARE(n.tags, (QStringList{"warning", "skull"}));
        QCOMPARE(n.channel, QStringLiteral("alerts")); // the topic, not the path's "ws"
        QCOMPARE(n.id, QStringLiteral("nt-Disk full"));
    }

    void anEventFieldOutsideNtfysEnvelopeIsContent()
    {
        auto source = connectToFeed();
        QSignalSpy received(source.get(), &Source::notificationsReceived);
        // ntfy's own shape for an event Herald does not know: skipped, not shown as JSON.
        m_feed->sendText(JsonFeedServer::ntfyEvent("message_clear", "alerts"));
        // A publisher's "event" field, without ntfy's topic and time: a notification.
        m_feed->sendText(QStringLiteral(R"({"event":"open","title":"Door open"})"));
        QTRY_COMPARE(countIn(received), 1);
        QCOMPARE(collect(received).first().title, QStringLiteral("Door open"));
        QCOMPARE(source->controlEventsSkipped(), 1);
    }

    void gotifyMessageIsParsed()
    {
        auto source = connectToFeed(endpointFor(m_feed->url("stream")));
        QSignalSpy received(source.get(), &Source::notificationsReceived);
        m_feed->sendText(JsonFeedServer::gotifyMessage(25, "Backup", "Backup done", 8));
        QTRY_COMPARE(countIn(received), 1);
        const Notification n = collect(received).first();
        QCOMPARE(n.title, QStringLiteral("Backup"));
        QCOMPARE(n.body, QStringLiteral("Backup done"));
        QCOMPARE(n.priority, int(Notification::High)); // Gotify's 8 of 10
        QCOMPARE(n.channel, QStringLiteral("stream"));
    }

    void textThatIsNotJsonIsAPlainBody()
    {
        auto source = connectToFeed();
        QSignalSpy received(source.get(), &Source::notificationsReceived);
        m_feed->sendText(QStringLiteral("<b>not</b> {JSON"));
        QTRY_COMPARE(countIn(received), 1);
        const Notification n = collect(received).first();
        QCOMPARE(n.body, QStringLiteral("<b>not</b> {JSON")); // kept as text, never markup
        QCOMPARE(n.title, QStringLiteral("feed"));
    }

    void hugeFrameIsRefusedAndTheFeedGoesOn()
    {
        GatewayEndpoint endpoint = endpointFor(m_feed->url());
        endpoint.maxMessageBytes = 64 * 1024;
        auto source = connectToFeed(endpoint);
        QSignalSpy received(source.get(), &Source::notificationsReceived);
        QSignalSpy statuses(source.get(), &Source::statusChanged);
        m_feed->sendText(QString(256 * 1024, QLatin1Char('x')));
        QTRY_VERIFY(sawCause(statuses, Cause::TooLarge));
        QTRY_COMPARE(m_feed->connectionsAccepted(), 2);
        QTRY_COMPARE(source->status().state, State::Connected);
        m_feed->sendText(QStringLiteral(R"({"title":"after the big one"})"));
        QTRY_COMPARE(countIn(received), 1);
        QCOMPARE(collect(received).first().title, QStringLiteral("after the big one"));
        for (const QList<QVariant>& call : statuses) {
            const SourceStatus status = call.at(0).value<SourceStatus>();
            if (status.cause == Cause::TooLarge)
                QVERIFY2(status.reason.contains("64 KiB"), qPrintable(status.reason));
        }
    }

    void binaryFramesAreRefusedWithOneWarning()
    {
        auto source = connectToFeed();
        QSignalSpy received(source.get(), &Source::notificationsReceived);
        const QRegularExpression warning(QStringLiteral("binary frame"));
        QTest::ignoreMessage(QtWarningMsg, warning);
        QTest::failOnWarning(warning);
        m_feed->sendBinary(QByteArray("\x00\x01\x02", 3));
        m_feed->sendBinary(QByteArray("\x03\x04", 2));
        m_feed->sendText(QStringLiteral(R"({"title":"text again"})"));
        QTRY_COMPARE(countIn(received), 1);
        QCOMPARE(source->binaryFramesRefused(), 2);
        QCOMPARE(collect(received).first().title, QStringLiteral("text again"));
        QCOMPARE(source->status().state, State::Connected);
        QVERIFY2(source->status().reason.contains("binary"), qPrintable(source->status().reason));
    }

    void deadPeerIsDetected()
    {
        m_feed->setDeaf(true);
        auto source = makeSource(endpointFor(m_feed->url()));
        WebSocketConnection::Timing timing = fastTiming();
        timing.pingIntervalMs = 300;
        timing.deadPeerTimeoutMs = 700;
        timing.backoff.initialMs = 5000; // the failure stays visible
        source->setTiming(timing);
        source->start();
        QTRY_COMPARE(source->status().state, State::Connected);
        QElapsedTimer sinceConnected;
        sinceConnected.start();
        QTRY_COMPARE_WITH_TIMEOUT(source->status().state, State::Reconnecting, 10'000);
        // Detected within the ping interval plus the timeout, and a tick of the keepalive timer
        // (a quarter of the shortest interval), with room for a loaded machine.
        QVERIFY2(sinceConnected.elapsed() < 300 + 700 + 1500,
                 qPrintable(QString::number(sinceConnected.elapsed())));
        QVERIFY(sinceConnected.elapsed() >= 900);
        QCOMPARE(source->status().cause, Cause::Unreachable);
        QVERIFY2(source->status().reason.contains("dead"), qPrintable(source->status().reason));
    }

    void abruptCloseReconnectsAndReportsTheSpan()
    {
        auto source = connectToFeed();
        QSignalSpy disconnected(source.get(), &Source::disconnected);
        QSignalSpy received(source.get(), &Source::notificationsReceived);
        m_feed->abortClients();
        QTRY_COMPARE(m_feed->connectionsAccepted(), 2);
        QTRY_COMPARE(disconnected.size(), 1);
        QVERIFY(disconnected.first().at(0).toDateTime() <= disconnected.first().at(1).toDateTime());
        QTRY_COMPARE(source->status().state, State::Connected);
        m_feed->sendText(QStringLiteral(R"({"title":"back"})"));
        QTRY_COMPARE(countIn(received), 1);
    }

    void tokenAndHeadersAreSent()
    {
        GatewayEndpoint endpoint = endpointFor(m_feed->url());
        endpoint.token = QStringLiteral("s3cret");
        endpoint.headers = {{"X-Herald-Test", "yes"}};
        auto source = connectToFeed(endpoint);
        QCOMPARE(m_feed->handshakes().size(), 1);
        const JsonFeedServer::Handshake handshake = m_feed->handshakes().first();
        QCOMPARE(handshake.header("Authorization"), QByteArray("Bearer s3cret"));
        QCOMPARE(handshake.header("X-Herald-Test"), QByteArray("yes"));
        QCOMPARE(handshake.path, QByteArray("/feed"));
        QVERIFY(!source->status().reason.contains("s3cret"));
    }

    void anAuthorizationHeaderWinsOverTheToken()
    {
        GatewayEndpoint endpoint = endpointFor(m_feed->url("stream"));
        endpoint.token = QStringLiteral("unused");
        endpoint.headers = {{"Authorization", "Basic dXNlcjpwdw=="}};
        auto source = connectToFeed(endpoint);
        QCOMPARE(m_feed->handshakes().first().header("Authorization"),
                 QByteArray("Basic dXNlcjpwdw=="));
    }

    void tlsWithTheTestCa()
    {
        TestCertificates certificates;
        QString error;
        QVERIFY2(certificates.generate(&error), qPrintable(error));
        m_feed = std::make_unique<JsonFeedServer>();
        QVERIFY2(m_feed->listenTls(certificates, &error), qPrintable(error));
        QVERIFY(m_feed->url().startsWith("wss://localhost:"));

        GatewayEndpoint trusted = endpointFor(m_feed->url());
        trusted.caFile = certificates.caCert();
        auto source = connectToFeed(trusted);
        QCOMPARE(source->status().state, State::Connected);
        QSignalSpy received(source.get(), &Source::notificationsReceived);
        m_feed->sendText(QStringLiteral(R"({"title":"over TLS"})"));
        QTRY_COMPARE(countIn(received), 1);
        source->stop();

        auto refused = makeSource(endpointFor(m_feed->url()));
        refused->start();
        QTRY_COMPARE(refused->status().state, State::Error);
        QCOMPARE(refused->status().cause, Cause::Tls);
        QVERIFY2(refused->status().reason.contains("certificate"),
                 qPrintable(refused->status().reason));
    }
};

HERALD_TEST_MAIN(TestJsonWebSocketSource, "websocketd", "openssl")
#include "tst_jsonwebsocketsource.moc"
