#include "sources/redis/RespConnection.h"
#include "sources/redis/RespDecoder.h"
#include "sources/redis/RespReply.h"

#include <QTest>

// RESP decoding, independent of how the bytes are split: byte by byte, in odd pieces, and in
// one multi-megabyte block; and the limits that stop a hostile server.
class TestRespDecoding : public QObject {
    Q_OBJECT

private:
    static QList<RespReply> decodeIn(const QByteArray& stream, qint64 piece,
                                     qint64 limit = 16 * 1024 * 1024, QString* error = nullptr)
    {
        RespDecoder decoder(limit);
        QList<RespReply> replies;
        for (qint64 offset = 0; offset < stream.size(); offset += piece) {
            const bool ok =
                decoder.decode(stream.constData() + offset, std::min(piece, stream.size() - offset),
                               [&](const redisReply* reply) {
                                   replies.append(RespReply::fromHiredis(reply));
                                   return true;
                               });
            if (!ok)
                break;
        }
        if (error)
            *error = decoder.error();
        return replies;
    }

    static QByteArray message(int i)
    {
        const QByteArray payload =
            "{\"title\":\"build " + QByteArray::number(i) + "\",\"body\":\"ok\"}";
        return "*3\r\n$7\r\nmessage\r\n$6\r\nbuilds\r\n$" + QByteArray::number(payload.size()) +
               "\r\n" + payload + "\r\n";
    }

private slots:
    void everyReplyType_data()
    {
        QTest::addColumn<qint64>("piece");
        QTest::newRow("byte by byte") << qint64(1);
        QTest::newRow("odd pieces") << qint64(7);
        QTest::newRow("one block") << qint64(1 << 30);
    }

    void everyReplyType()
    {
        QFETCH(qint64, piece);
        const QByteArray stream = "+OK\r\n-NOPERM no permission\r\n:42\r\n$-1\r\n$5\r\nhe\r\no\r\n"
                                  "*2\r\n*1\r\n:1\r\n$0\r\n\r\n*0\r\n";
        const QList<RespReply> replies = decodeIn(stream, piece);
        QCOMPARE(replies.size(), 7);
        QCOMPARE(replies[0].type, RespReply::Type::Status);
        QCOMPARE(replies[1].errorCode(), QByteArray("NOPERM"));
        QCOMPARE(replies[2].integer, 42);
        QVERIFY(replies[3].isNil());
        QCOMPARE(replies[4].string, QByteArray("he\r\no")); // binary-safe
        QCOMPARE(replies[5].elements.size(), 2);
        QCOMPARE(replies[5].elements[0].elements[0].integer, 1);
        QCOMPARE(replies[5].elements[1].string, QByteArray());
        QCOMPARE(replies[6].elements.size(), 0);
    }

    void aLongPipelineInOrder_data()
    {
        QTest::addColumn<qint64>("piece");
        QTest::newRow("byte by byte") << qint64(1);
        QTest::newRow("4 KiB") << qint64(4096);
        QTest::newRow("one 5 MiB block") << qint64(1 << 30);
    }

    void aLongPipelineInOrder()
    {
        QFETCH(qint64, piece);
        const int count = piece == 1 ? 2000 : 80'000;
        QByteArray stream;
        for (int i = 0; i < count; ++i)
            stream += message(i);
        const QList<RespReply> replies = decodeIn(stream, piece);
        QCOMPARE(replies.size(), count);
        for (int i = 0; i < count; i += 997)
            QVERIFY(replies[i].elements[2].string.contains("build " + QByteArray::number(i) + '"'));
    }

    void refusesAnOversizedBulkBeforeBuffering()
    {
        QString error;
        const QList<RespReply> replies =
            decodeIn("+OK\r\n$104857600\r\nxxxx", 1 << 20, 1024 * 1024, &error);
        QCOMPARE(replies.size(), 1);
        QVERIFY2(error.contains("limit"), qPrintable(error));
    }

    void refusesAnArrayThatCannotFitTheLimit()
    {
        QString error;
        decodeIn("*2000000000\r\n", 64, 16 * 1024 * 1024, &error);
        QVERIFY2(error.contains("limit"), qPrintable(error));
    }

    void refusesManySmallElementsAddingUpPastTheLimit()
    {
        QByteArray stream = "*1000\r\n";
        for (int i = 0; i < 1000; ++i)
            stream += "$100\r\n" + QByteArray(100, 'x') + "\r\n";
        QString error;
        decodeIn(stream, 512, 50'000, &error);
        QVERIFY2(error.contains("limit"), qPrintable(error));
    }

    void refusesDeepNesting()
    {
        QString error;
        decodeIn(QByteArray("*1\r\n").repeated(100'000), 4096, 16 * 1024 * 1024, &error);
        QVERIFY2(error.contains("nested"), qPrintable(error));
    }

    void refusesWhatIsNotRedis()
    {
        QString error;
        decodeIn("HTTP/1.1 400 Bad Request\r\n\r\n", 1024, 1024, &error);
        QVERIFY2(error.contains("Protocol error"), qPrintable(error));
    }

    void encodesCommandsAsRespArrays()
    {
        static const char expected[] = "*3\r\n$7\r\nPUBLISH\r\n$2\r\nch\r\n$3\r\na\0b\r\n";
        QCOMPARE(RespConnection::encode({"PUBLISH", "ch", QByteArray("a\0b", 3)}),
                 QByteArray(expected, sizeof expected - 1));
    }
};

QTEST_GUILESS_MAIN(TestRespDecoding)
#include "tst_respdecoding.moc"
