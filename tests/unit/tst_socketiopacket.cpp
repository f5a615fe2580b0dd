#include "sources/gateway/SocketIoPacket.h"

#include <QRandomGenerator>
#include <QTest>

using Type = SocketIoPacket::Type;

Q_DECLARE_METATYPE(SocketIoPacket::Type)

// The Engine.IO v4 / Socket.IO v5 text codec, against the frames a socket.io 4.8 server sends
// (recorded from one) and against whatever a broken or hostile server could send instead.
class TestSocketIoPacket : public QObject {
    Q_OBJECT

private slots:
    void decodesEngineIoPackets_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<Type>("type");
        QTest::addColumn<QByteArray>("data");

        const QByteArray open =
            "{\"sid\":\"30_CBeZCbTrP1hbiAAAA\",\"upgrades\":[],\"pingInterval\":"
            "25000,\"pingTimeout\":20000,\"maxPayload\":1000000}";
        QTest::newRow("open") << "0" + open << Type::Open << open;
        QTest::newRow("close") << QByteArray("1") << Type::Close << QByteArray();
        QTest::newRow("ping") << QByteArray("2") << Type::Ping << QByteArray();
        QTest::newRow("ping probe") << QByteArray("2probe") << Type::Ping << QByteArray("probe");
        QTest::newRow("pong") << QByteArray("3") << Type::Pong << QByteArray();
        QTest::newRow("upgrade") << QByteArray("5") << Type::Upgrade << QByteArray();
        QTest::newRow("noop") << QByteArray("6") << Type::Noop << QByteArray();
    }

    void decodesEngineIoPackets()
    {
        QFETCH(QByteArray, frame);
        QFETCH(Type, type);
        QFETCH(QByteArray, data);
        const SocketIoPacket packet = SocketIoPacket::decode(frame);
        QVERIFY2(packet.isValid(), qPrintable(packet.error));
        QCOMPARE(packet.type, type);
        QCOMPARE(packet.data, data);
        QVERIFY(!packet.isSocketIo());
    }

    void decodesSocketIoPackets_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<Type>("type");
        QTest::addColumn<QString>("nsp");
        QTest::addColumn<qint64>("ackId");
        QTest::addColumn<int>("attachments");
        QTest::addColumn<QByteArray>("data");

        QTest::newRow("connect") << QByteArray("40") << Type::Connect << "/" << qint64(-1) << 0
                                 << QByteArray();
        QTest::newRow("connect reply")
            << QByteArray("40{\"sid\":\"s\",\"pid\":\"p\"}") << Type::Connect << "/" << qint64(-1)
            << 0 << QByteArray("{\"sid\":\"s\",\"pid\":\"p\"}");
        QTest::newRow("connect namespace")
            << QByteArray("40/admin,{\"sid\":\"s\"}") << Type::Connect << "/admin" << qint64(-1)
            << 0 << QByteArray("{\"sid\":\"s\"}");
        QTest::newRow("namespace without comma") << QByteArray("40/admin") << Type::Connect
                                                 << "/admin" << qint64(-1) << 0 << QByteArray();
        QTest::newRow("disconnect")
            << QByteArray("41") << Type::Disconnect << "/" << qint64(-1) << 0 << QByteArray();
        QTest::newRow("disconnect namespace") << QByteArray("41/admin,") << Type::Disconnect
                                              << "/admin" << qint64(-1) << 0 << QByteArray();
        QTest::newRow("event") << QByteArray("42[\"notification\",{\"title\":\"hi\"}]")
                               << Type::Event << "/" << qint64(-1) << 0
                               << QByteArray("[\"notification\",{\"title\":\"hi\"}]");
        QTest::newRow("event with ack") << QByteArray("4212[\"n\",1]") << Type::Event << "/"
                                        << qint64(12) << 0 << QByteArray("[\"n\",1]");
        QTest::newRow("event namespace and ack")
            << QByteArray("42/admin,7[\"n\"]") << Type::Event << "/admin" << qint64(7) << 0
            << QByteArray("[\"n\"]");
        QTest::newRow("ack") << QByteArray("43/admin,5[]") << Type::Ack << "/admin" << qint64(5)
                             << 0 << QByteArray("[]");
        QTest::newRow("connect error")
            << QByteArray("44{\"message\":\"invalid token\"}") << Type::ConnectError << "/"
            << qint64(-1) << 0 << QByteArray("{\"message\":\"invalid token\"}");
        QTest::newRow("connect error v2 string")
            << QByteArray("44\"Not authorized\"") << Type::ConnectError << "/" << qint64(-1) << 0
            << QByteArray("\"Not authorized\"");
        QTest::newRow("binary event")
            << QByteArray("451-[\"notification\",{\"_placeholder\":true,\"num\":0}]")
            << Type::BinaryEvent << "/" << qint64(-1) << 1
            << QByteArray("[\"notification\",{\"_placeholder\":true,\"num\":0}]");
        QTest::newRow("binary ack")
            << QByteArray("462-/admin,3[{\"_placeholder\":true}]") << Type::BinaryAck << "/admin"
            << qint64(3) << 2 << QByteArray("[{\"_placeholder\":true}]");
    }

    void decodesSocketIoPackets()
    {
        QFETCH(QByteArray, frame);
        QFETCH(Type, type);
        QFETCH(QString, nsp);
        QFETCH(qint64, ackId);
        QFETCH(int, attachments);
        QFETCH(QByteArray, data);
        const SocketIoPacket packet = SocketIoPacket::decode(frame);
        QVERIFY2(packet.isValid(), qPrintable(packet.error));
        QVERIFY(packet.isSocketIo());
        QCOMPARE(packet.type, type);
        QCOMPARE(packet.nsp, nsp);
        QCOMPARE(packet.ackId, ackId);
        QCOMPARE(packet.attachments, attachments);
        QCOMPARE(packet.data, data);
    }

    void refusesMalformedFrames_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("unknown engine type") << QByteArray("9");
        QTest::newRow("binary-style prefix") << QByteArray("b4AAAA");
        QTest::newRow("open without json") << QByteArray("0");
        QTest::newRow("open not an object") << QByteArray("0[1]");
        QTest::newRow("empty message") << QByteArray("4");
        QTest::newRow("unknown socket.io type") << QByteArray("47");
        QTest::newRow("letter type") << QByteArray("4x");
        QTest::newRow("event without data") << QByteArray("42");
        QTest::newRow("event with an object") << QByteArray("42{\"a\":1}");
        QTest::newRow("connect with an array") << QByteArray("40[1]");
        QTest::newRow("ack without id") << QByteArray("43[]");
        QTest::newRow("ack id too long") << QByteArray("421234567890123456[\"n\"]");
        QTest::newRow("binary without dash") << QByteArray("451[\"n\"]");
        QTest::newRow("binary without count") << QByteArray("45-[\"n\"]");
        QTest::newRow("binary count too long") << QByteArray("451234567-[\"n\"]");
    }

    void refusesMalformedFrames()
    {
        QFETCH(QByteArray, frame);
        const SocketIoPacket packet = SocketIoPacket::decode(frame);
        QCOMPARE(packet.type, Type::Invalid);
        QVERIFY(!packet.isValid());
        QVERIFY(!packet.error.isEmpty());
    }

    void parsesTheOpenPacket()
    {
        SocketIoPacket::Handshake handshake;
        QString error;
        QVERIFY2(SocketIoPacket::parseHandshake(
                     "{\"sid\":\"abc\",\"upgrades\":[\"websocket\"],\"pingInterval\":300,"
                     "\"pingTimeout\":200,\"maxPayload\":1000000}",
                     &handshake, &error),
                 qPrintable(error));
        QCOMPARE(handshake.sid, "abc");
        QCOMPARE(handshake.upgrades, QStringList{"websocket"});
        QCOMPARE(handshake.pingIntervalMs, 300);
        QCOMPARE(handshake.pingTimeoutMs, 200);
        QCOMPARE(handshake.maxPayload, qint64(1000000));
    }

    void refusesAnOpenPacketWithoutItsTimings_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("{sid");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("no sid") << QByteArray("{\"pingInterval\":1,\"pingTimeout\":1}");
        QTest::newRow("no interval") << QByteArray("{\"sid\":\"a\",\"pingTimeout\":1}");
        QTest::newRow("zero timeout")
            << QByteArray("{\"sid\":\"a\",\"pingInterval\":1,\"pingTimeout\":0}");
        QTest::newRow("string interval")
            << QByteArray("{\"sid\":\"a\",\"pingInterval\":\"5\",\"pingTimeout\":1}");
    }

    void refusesAnOpenPacketWithoutItsTimings()
    {
        QFETCH(QByteArray, json);
        SocketIoPacket::Handshake handshake;
        QString error;
        QVERIFY(!SocketIoPacket::parseHandshake(json, &handshake, &error));
        QVERIFY(!error.isEmpty());
    }

    void capsHugeIntervals()
    {
        // Their sum is the silence limit: it must not overflow.
        SocketIoPacket::Handshake handshake;
        QString error;
        QVERIFY(SocketIoPacket::parseHandshake(
            "{\"sid\":\"a\",\"pingInterval\":1e300,\"pingTimeout\":9007199254740993}", &handshake,
            &error));
        QVERIFY(handshake.pingIntervalMs > 0);
        QVERIFY(qint64(handshake.pingIntervalMs) + handshake.pingTimeoutMs <
                std::numeric_limits<int>::max());
    }

    void parsesTheConnectReply()
    {
        SocketIoPacket::ConnectReply reply;
        QString error;
        QVERIFY(
            SocketIoPacket::parseConnectReply("{\"sid\":\"s1\",\"pid\":\"p1\"}", &reply, &error));
        QCOMPARE(reply.sid, "s1");
        QCOMPARE(reply.pid, "p1");
        QVERIFY(SocketIoPacket::parseConnectReply("{\"sid\":\"s2\"}", &reply, &error));
        QCOMPARE(reply.pid, QString());
        QVERIFY(SocketIoPacket::parseConnectReply({}, &reply, &error)); // socket.io 2
        QVERIFY(!SocketIoPacket::parseConnectReply("{", &reply, &error));
    }

    void splitsAnArrayIntoRawElements()
    {
        QList<QByteArrayView> elements;
        QString error;
        const QByteArray array =
            " [ \"a,]\\\"}\" , {\"x\":[1,{\"y\":\"]\"}]} ,1.50e3,null, [ ] ,\"\\\\\"] ";
        QVERIFY2(SocketIoPacket::splitArray(array, &elements, &error), qPrintable(error));
        QCOMPARE(elements.size(), 6);
        QCOMPARE(elements[0].toByteArray(), QByteArray("\"a,]\\\"}\""));
        QCOMPARE(elements[1].toByteArray(), QByteArray("{\"x\":[1,{\"y\":\"]\"}]}"));
        QCOMPARE(elements[2].toByteArray(), QByteArray("1.50e3")); // exactly as written
        QCOMPARE(elements[3].toByteArray(), QByteArray("null"));
        QCOMPARE(elements[4].toByteArray(), QByteArray("[ ]"));
        QCOMPARE(elements[5].toByteArray(), QByteArray("\"\\\\\""));

        QVERIFY(SocketIoPacket::splitArray("[]", &elements, &error));
        QVERIFY(elements.isEmpty());
        QVERIFY(SocketIoPacket::splitArray(" [ ] ", &elements, &error));
        QVERIFY(elements.isEmpty());
    }

    void refusesBrokenArrays_data()
    {
        QTest::addColumn<QByteArray>("array");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("object") << QByteArray("{}");
        QTest::newRow("open") << QByteArray("[");
        QTest::newRow("open after comma") << QByteArray("[1,");
        QTest::newRow("empty element") << QByteArray("[,]");
        QTest::newRow("trailing comma") << QByteArray("[1,]");
        QTest::newRow("wrong closer") << QByteArray("[1}");
        QTest::newRow("crossed") << QByteArray("[{]}");
        QTest::newRow("unclosed inner") << QByteArray("[[1]");
        QTest::newRow("trailing data") << QByteArray("[1] x");
        QTest::newRow("second array") << QByteArray("[1][2]");
        QTest::newRow("unterminated string") << QByteArray("[\"abc]");
        QTest::newRow("escape at the end") << QByteArray("[\"abc\\");
    }

    void refusesBrokenArrays()
    {
        QFETCH(QByteArray, array);
        QList<QByteArrayView> elements;
        QString error;
        QVERIFY(!SocketIoPacket::splitArray(array, &elements, &error));
        QVERIFY(!error.isEmpty());
    }

    void splitsDeepNestingWithoutRecursion()
    {
        // 200,000 levels: a recursive reader would overflow the stack here.
        constexpr int Depth = 200'000;
        const QByteArray deep = QByteArray(Depth, '[') + QByteArray(Depth, ']');
        const QByteArray array = "[\"notification\"," + deep + "]";
        SocketIoPacket::Event event;
        QString error;
        QVERIFY2(SocketIoPacket::parseEvent(array, &event, &error), qPrintable(error));
        QCOMPARE(event.name, "notification");
        QCOMPARE(event.arguments.size(), 1);
        QCOMPARE(event.arguments[0].size(), 2 * Depth);
        QCOMPARE(SocketIoPacket::payloadOf(event.arguments[0]), deep);
    }

    void parsesEvents()
    {
        SocketIoPacket::Event event;
        QString error;
        const QByteArray array = "[\"notific\\u0061tion\",{\"title\":\"<b>hi</b>\"},\"Q8XzI9N\"]";
        QVERIFY2(SocketIoPacket::parseEvent(array, &event, &error), qPrintable(error));
        QCOMPARE(event.name, "notification");
        QCOMPARE(event.arguments.size(), 2);
        QCOMPARE(event.arguments[0].toByteArray(), QByteArray("{\"title\":\"<b>hi</b>\"}"));
        QCOMPARE(SocketIoPacket::stringOf(event.arguments[1]), "Q8XzI9N");

        QVERIFY(SocketIoPacket::parseEvent("[42,\"x\"]", &event, &error));
        QCOMPARE(event.name, "42");
        QVERIFY(SocketIoPacket::parseEvent("[\"only\"]", &event, &error));
        QVERIFY(event.arguments.isEmpty());

        QVERIFY(!SocketIoPacket::parseEvent("[]", &event, &error));
        QVERIFY(!SocketIoPacket::parseEvent("[{\"a\":1},\"x\"]", &event, &error));
        QVERIFY(!SocketIoPacket::parseEvent("[null]", &event, &error));
        QVERIFY(!SocketIoPacket::parseEvent("[\"unterminated", &event, &error));
    }

    void extractsWhatTheParserReads_data()
    {
        QTest::addColumn<QByteArray>("argument");
        QTest::addColumn<QByteArray>("payload");
        QTest::newRow("object stays json")
            << QByteArray("{\"title\":\"a\\\"b\"}") << QByteArray("{\"title\":\"a\\\"b\"}");
        QTest::newRow("string is its text")
            << QByteArray("\"{\\\"title\\\":\\\"T\\\"} \\u00e9\\n\"")
            << QByteArray("{\"title\":\"T\"} \xc3\xa9\n");
        QTest::newRow("number stays json") << QByteArray("12.5") << QByteArray("12.5");
        QTest::newRow("array stays json") << QByteArray("[1,2]") << QByteArray("[1,2]");
        QTest::newRow("broken string stays raw") << QByteArray("\"abc") << QByteArray("\"abc");
        QTest::newRow("lone surrogate")
            << QByteArray("\"\\ud800x\"") << QByteArray("\xef\xbf\xbdx");
    }

    void extractsWhatTheParserReads()
    {
        QFETCH(QByteArray, argument);
        QFETCH(QByteArray, payload);
        QCOMPARE(SocketIoPacket::payloadOf(argument), payload);
    }

    void readsConnectErrorMessages()
    {
        QCOMPARE(SocketIoPacket::connectErrorMessage("{\"message\":\"invalid token\"}"),
                 "invalid token");
        QCOMPARE(SocketIoPacket::connectErrorMessage(
                     "{\"message\":\"Invalid namespace\",\"data\":{\"x\":1}}"),
                 "Invalid namespace");
        QCOMPARE(SocketIoPacket::connectErrorMessage("\"Not authorized\""), "Not authorized");
        QCOMPARE(SocketIoPacket::connectErrorMessage("{\"code\":7}"), "{\"code\":7}");
        QCOMPARE(SocketIoPacket::connectErrorMessage("garbage"), "garbage");
        QCOMPARE(SocketIoPacket::connectErrorMessage({}), QString());
    }

    void encodesWhatTheClientSends()
    {
        QCOMPARE(SocketIoPacket::encodePong(), "3");
        QCOMPARE(SocketIoPacket::encodePong("probe"), "3probe");
        QCOMPARE(SocketIoPacket::encodeConnect("/", {}), "40");
        QCOMPARE(SocketIoPacket::encodeConnect("/", "{\"token\":\"t\"}"), "40{\"token\":\"t\"}");
        QCOMPARE(SocketIoPacket::encodeConnect("/admin", {}), "40/admin,");
        QCOMPARE(SocketIoPacket::encodeConnect("/admin", "{\"token\":\"t\"}"),
                 "40/admin,{\"token\":\"t\"}");
        QCOMPARE(SocketIoPacket::encodeAck("/", 12), "4312[]");
        QCOMPARE(SocketIoPacket::encodeAck("/admin", 0), "43/admin,0[]");
        QCOMPARE(SocketIoPacket::encodeDisconnect("/"), "41");
        QCOMPARE(SocketIoPacket::encodeDisconnect("/admin"), "41/admin,");
        QCOMPARE(SocketIoPacket::encodeEvent("/", {"subscribe", "room \"1\" é"}),
                 "42[\"subscribe\",\"room \\\"1\\\" \xc3\xa9\"]");
        QCOMPARE(SocketIoPacket::encodeEvent("/admin", {"subscribe", "r"}),
                 "42/admin,[\"subscribe\",\"r\"]");
    }

    void roundTripsAnEvent()
    {
        const QByteArray frame = SocketIoPacket::encodeEvent("/ns", {"subscribe", "a,]\"b"});
        const SocketIoPacket packet = SocketIoPacket::decode(frame);
        QCOMPARE(packet.type, Type::Event);
        QCOMPARE(packet.nsp, "/ns");
        SocketIoPacket::Event event;
        QString error;
        QVERIFY(SocketIoPacket::parseEvent(packet.data, &event, &error));
        QCOMPARE(event.name, "subscribe");
        QCOMPARE(SocketIoPacket::stringOf(event.arguments.value(0)), "a,]\"b");
    }

    void survivesGarbage()
    {
        // Mutations of real frames and plain noise: every result is a packet or an error.
        const QByteArray seeds[] = {
            "0{\"sid\":\"a\",\"upgrades\":[],\"pingInterval\":300,\"pingTimeout\":200}",
            "42[\"notification\",{\"title\":\"t\",\"body\":\"b\"},\"off\"]",
            "42/admin,17[\"n\",{\"a\":[1,2,{\"b\":\"\\\"]\"}]}]",
            "451-[\"n\",{\"_placeholder\":true,\"num\":0}]",
            "44/admin,{\"message\":\"invalid token\"}",
            "40{\"sid\":\"s\",\"pid\":\"p\"}",
        };
        QRandomGenerator random(20240301);
        const char alphabet[] = "[]{}\",\\/-0123456789abc :\x01\xff";
        for (int round = 0; round < 30'000; ++round) {
            QByteArray frame = seeds[random.bounded(int(std::size(seeds)))];
            const int edits = random.bounded(1, 6);
            for (int i = 0; i < edits && !frame.isEmpty(); ++i) {
                const qsizetype at = random.bounded(frame.size());
                const char c = alphabet[random.bounded(int(sizeof(alphabet) - 1))];
                switch (random.bounded(3)) {
                case 0:
                    frame[at] = c;
                    break;
                case 1:
                    frame.insert(at, c);
                    break;
                default:
                    frame.remove(at, 1);
                }
            }
            exercise(frame);
        }
    }

private:
    static void exercise(const QByteArray& frame)
    {
        const SocketIoPacket packet = SocketIoPacket::decode(frame);
        if (!packet.isValid()) {
            QVERIFY(!packet.error.isEmpty());
            return;
        }
        QString error;
        SocketIoPacket::Event event;
        if (SocketIoPacket::parseEvent(packet.data, &event, &error)) {
            for (const QByteArrayView argument : std::as_const(event.arguments))
                SocketIoPacket::payloadOf(argument);
        }
        SocketIoPacket::Handshake handshake;
        SocketIoPacket::parseHandshake(packet.data, &handshake, &error);
        SocketIoPacket::ConnectReply reply;
        SocketIoPacket::parseConnectReply(packet.data, &reply, &error);
        SocketIoPacket::connectErrorMessage(packet.data);
    }
};

QTEST_GUILESS_MAIN(TestSocketIoPacket)
#include "tst_socketiopacket.moc"
