#include "sources/StreamCursor.h"
#include "sources/gateway/NchanFrame.h"

#include <QTest>

// Nchan's "ws+meta.nchan" frames and message ids, as nginx 1.22 with libnginx-mod-nchan 1.3.6
// (Redis backend) sends them.
class TestNchanFrame : public QObject {
    Q_OBJECT

private slots:
    void parsesIdTypeAndPayload()
    {
        const auto frame = NchanFrame::parse(
            "id: 1795865915:3\ncontent-type: application/json\n\n{\"title\":\"b4\"}");
        QVERIFY(frame);
        QCOMPARE(frame->id, QStringLiteral("1795865915:3"));
        QCOMPARE(frame->contentType, QStringLiteral("application/json"));
        QCOMPARE(frame->payload, QByteArray("{\"title\":\"b4\"}"));
    }

    void contentTypeMayBeMissing()
    {
        // What Nchan sends for a message published without a Content-Type.
        const auto frame = NchanFrame::parse("id: 1795866040:1\n\nnotype");
        QVERIFY(frame);
        QCOMPARE(frame->id, QStringLiteral("1795866040:1"));
        QVERIFY(frame->contentType.isEmpty());
        QCOMPARE(frame->payload, QByteArray("notype"));
    }

    void payloadKeepsBlankLinesAndBytes()
    {
        static constexpr char bytes[] =
            "id: 1:0\ncontent-type: text/plain\n\nline1\r\n\r\n\xff\xfe\0x";
        static constexpr char payload[] = "line1\r\n\r\n\xff\xfe\0x";
        const auto frame = NchanFrame::parse(QByteArrayView(bytes, sizeof bytes - 1));
        QVERIFY(frame);
        QCOMPARE(frame->payload, QByteArray(payload, sizeof payload - 1));
    }

    void emptyPayload()
    {
        const auto frame = NchanFrame::parse("id: 5:0\n\n");
        QVERIFY(frame);
        QVERIFY(frame->payload.isEmpty());
    }

    void crLfHeadersAndAnyCase()
    {
        const auto frame = NchanFrame::parse("ID: 7:1\r\nContent-Type: text/plain\r\n\r\nhi");
        QVERIFY(frame);
        QCOMPARE(frame->id, QStringLiteral("7:1"));
        QCOMPARE(frame->contentType, QStringLiteral("text/plain"));
        QCOMPARE(frame->payload, QByteArray("hi"));
    }

    void unknownHeaderLinesAreSkipped()
    {
        const auto frame = NchanFrame::parse("id: 7:1\nx-extra: 1\n\nhi");
        QVERIFY(frame);
        QCOMPARE(frame->payload, QByteArray("hi"));
    }

    void notAMetaFrame_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::newRow("plain payload") << QByteArray("{\"title\":\"x\"}");
        QTest::newRow("no blank line") << QByteArray("id: 1:0\ncontent-type: text/plain");
        QTest::newRow("no id") << QByteArray("content-type: text/plain\n\nhi");
        QTest::newRow("empty id") << QByteArray("id:\n\nhi");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("idle prefix") << QByteArray("identity: 1:0\n\nhi");
    }

    void notAMetaFrame()
    {
        QFETCH(QByteArray, frame);
        QVERIFY(!NchanFrame::parse(frame));
    }

    void idsBecomeStreamIdsAndBack()
    {
        QCOMPARE(NchanFrame::toStreamId(u"1795865915:3"), QStringLiteral("1795865915-3"));
        QCOMPARE(NchanFrame::toNchanId(u"1795865915-3"), QStringLiteral("1795865915:3"));
        QCOMPARE(NchanFrame::toNchanId(u"0-0"), QStringLiteral("0:0"));
    }

    void multiplexedAndMalformedIdsHaveNoStreamId_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("multiplexed") << QStringLiteral("1795865915:[2],0");
        QTest::newRow("multiplexed other") << QStringLiteral("1795865999:-,[0]");
        QTest::newRow("stream form") << QStringLiteral("1795865915-3");
        QTest::newRow("no tag") << QStringLiteral("1795865915:");
        QTest::newRow("letters") << QStringLiteral("abc:1");
        QTest::newRow("negative") << QStringLiteral("-1:0");
        QTest::newRow("huge") << QStringLiteral("99999999999999999999:0");
    }

    void multiplexedAndMalformedIdsHaveNoStreamId()
    {
        QFETCH(QString, id);
        QVERIFY(NchanFrame::toStreamId(id).isEmpty());
    }

    void streamIdsOrderAsNchanPublishedThem()
    {
        // Within a second the tag counts up; a later second starts again at 0. Text order would
        // put "…:10" before "…:9".
        const QStringList published{"1795865915:0", "1795865915:9", "1795865915:10",
                                    "1795865916:0"};
        for (qsizetype i = 1; i < published.size(); ++i) {
            QVERIFY(StreamCursor::compareIds(NchanFrame::toStreamId(published[i]),
                                             NchanFrame::toStreamId(published[i - 1])) > 0);
        }
    }

    void timeOfAnId()
    {
        const QDateTime expected = QDateTime::fromSecsSinceEpoch(1795865915, Qt::UTC);
        QCOMPARE(NchanFrame::timeOf(u"1795865915:3"), expected);
        QCOMPARE(NchanFrame::timeOf(u"1795865915-3"), expected);
        QCOMPARE(NchanFrame::timeOf(u"1795865915:[2],0"), expected);
        QVERIFY(!NchanFrame::timeOf(u"0:0").isValid());
        QVERIFY(!NchanFrame::timeOf(u"x").isValid());
    }
};

QTEST_GUILESS_MAIN(TestNchanFrame)
#include "tst_nchanframe.moc"
