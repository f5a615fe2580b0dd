#include "notifications/GapMarker.h"
#include "sources/StreamCursor.h"

#include <QTest>

namespace {

const QString kSource = QStringLiteral("redis://localhost:6379");

// A local time on `date`, as the user's clock shows it.
QDateTime local(const QDate& date, int hour, int minute, int second = 0)
{
    return QDateTime(date, QTime(hour, minute, second));
}

// A stream entry id for a local time.
QString idAt(const QDateTime& time, int seq = 0)
{
    return QStringLiteral("%1-%2").arg(time.toMSecsSinceEpoch()).arg(seq);
}

} // namespace

class TestGapMarker : public QObject {
    Q_OBJECT

private slots:
    void aDisconnectionIsAReadGapMarker()
    {
        const QDate today = QDate::currentDate();
        const QDateTime from = local(today, 14, 2);
        const QDateTime to = local(today, 14, 5);
        const Notification n = GapMarker::disconnection(
            kSource, from, to, {QStringLiteral("alerts"), QStringLiteral("builds.*")},
            local(today, 14, 6));
        QVERIFY(n.isGap());
        QCOMPARE(n.title, QStringLiteral("Disconnected 14:02 to 14:05"));
        QCOMPARE(n.body, QStringLiteral("Messages published on alerts, builds.* meanwhile were not"
                                        " received."));
        QCOMPARE(n.source, kSource);
        QVERIFY(!n.channel.isNull());
        QVERIFY(n.channel.isEmpty());
        QCOMPARE(n.received, to);
        QCOMPARE(n.time, to);
        QCOMPARE(n.received.timeSpec(), Qt::UTC);
        QVERIFY(n.read);
        QCOMPARE(n.priority, int(Notification::Normal));
        QVERIFY(n.id.startsWith(QLatin1String("gap-")));
        QVERIFY(n.streamKey.isEmpty() && n.streamId.isEmpty());
    }

    void eachMarkerHasItsOwnId()
    {
        const QDateTime now = QDateTime::currentDateTime();
        const Notification a = GapMarker::disconnection(kSource, now, now, {}, now);
        const Notification b = GapMarker::disconnection(kSource, now, now, {}, now);
        QVERIFY(a.id != b.id);
        QCOMPARE(a.body, QStringLiteral("Messages published meanwhile were not received."));
    }

    void theDateAppearsWhenTheSpanIsNotToday()
    {
        const QDate day(2024, 3, 1);
        const QDateTime now = local(QDate(2024, 3, 5), 9, 0);
        QCOMPARE(
            GapMarker::disconnection(kSource, local(day, 14, 2), local(day, 14, 5), {}, now).title,
            QStringLiteral("Disconnected 2024-03-01 14:02 to 14:05"));
        QCOMPARE(GapMarker::disconnection(kSource, local(day, 23, 50), local(day.addDays(1), 0, 10),
                                          {}, now)
                     .title,
                 QStringLiteral("Disconnected 2024-03-01 23:50 to 2024-03-02 00:10"));
        // Across midnight into today: both dates, or "00:10" would read as the same evening.
        QCOMPARE(GapMarker::disconnection(kSource, local(day, 23, 50), local(day.addDays(1), 0, 10),
                                          {}, local(day.addDays(1), 0, 11))
                     .title,
                 QStringLiteral("Disconnected 2024-03-01 23:50 to 2024-03-02 00:10"));
    }

    void utcTimesAreShownInLocalTime()
    {
        const QDateTime from = QDateTime(QDate(2024, 3, 1), QTime(12, 0), Qt::UTC);
        const QDateTime to = from.addSecs(180);
        const QString expected = QStringLiteral("Disconnected %1 to %2")
                                     .arg(from.toLocalTime().toString(QStringLiteral("HH:mm")),
                                          to.toLocalTime().toString(QStringLiteral("HH:mm")));
        QCOMPARE(GapMarker::disconnection(kSource, from, to, {}, to.toLocalTime()).title, expected);
    }

    void trimmedEntriesNameTheStreamAndTheSpan()
    {
        const QDate day(2024, 3, 1);
        const QDateTime now = local(day, 15, 0);
        const QString after = idAt(local(day, 14, 2, 7), 3);
        const QString firstKept = idAt(local(day, 14, 5, 30));
        const Notification n =
            GapMarker::trimmed(kSource, QStringLiteral("alerts"),
                               QStringLiteral("herald:stream:alerts"), after, firstKept, 42, now);
        QVERIFY(n.isGap());
        QVERIFY(n.read);
        QCOMPARE(n.title, QStringLiteral("Missed notifications on alerts"));
        QCOMPARE(n.body, QStringLiteral("Entries published between 14:02:07 and 14:05:30 were"
                                        " trimmed from stream herald:stream:alerts (MAXLEN) before"
                                        " Herald read them and are lost. Number lost: 42."));
        QCOMPARE(n.channel, QStringLiteral("alerts"));
        QCOMPARE(n.source, kSource);
        QCOMPARE(n.streamKey, QStringLiteral("herald:stream:alerts"));
        QVERIFY(n.id.startsWith(QLatin1String("gap-")));
        QCOMPARE(n.time, local(day, 14, 5, 30));
        QCOMPARE(n.priority, int(Notification::Normal));
        // A marker must not move the stream's cursor.
        QVERIFY(StreamCursor::collect({n}).isEmpty());
    }

    void anUnknownCountIsLeftOutAndTheLossIsUncertain()
    {
        const QDate day(2024, 3, 1);
        const Notification n = GapMarker::trimmed(
            kSource, QStringLiteral("alerts"), QStringLiteral("k"), idAt(local(day, 14, 2)),
            idAt(local(day, 14, 5)), -1, local(QDate(2024, 3, 9), 8, 0));
        QCOMPARE(n.body, QStringLiteral("Entries published between 2024-03-01 14:02:00 and"
                                        " 14:05:00 were trimmed from stream k (MAXLEN) before"
                                        " Herald read them and may have been lost."));
    }

    void aDeletedOrRecreatedStreamIsAMarkerThatKeepsTheCursor()
    {
        const QDate day(2024, 3, 1);
        const QDateTime now = local(day, 15, 0);
        const QString after = idAt(local(day, 14, 2, 7));
        const Notification n = GapMarker::streamReset(
            kSource, QStringLiteral("alerts"), QStringLiteral("herald:stream:alerts"), after, now);
        QVERIFY(n.isGap());
        QVERIFY(n.read);
        QCOMPARE(n.channel, QStringLiteral("alerts"));
        QCOMPARE(n.title, QStringLiteral("Missed notifications on alerts"));
        QCOMPARE(n.body, QStringLiteral("The stream herald:stream:alerts was deleted or recreated"
                                        " after 14:02:07; notifications published on alerts"
                                        " before it was recreated may be lost."));
        QCOMPARE(n.time, now);
        QCOMPARE(n.streamKey, QStringLiteral("herald:stream:alerts"));
        QVERIFY(StreamCursor::collect({n}).isEmpty());
        // An explicit id holds no time: the entry is named.
        QVERIFY(GapMarker::streamReset(kSource, QStringLiteral("alerts"), QStringLiteral("k"),
                                       QStringLiteral("5-0"), now)
                    .body.contains(QLatin1String("after entry 5-0;")));
    }

    void nothingReadYetMeansBeforeTheFirstKept()
    {
        const QDate day = QDate::currentDate();
        const Notification n = GapMarker::trimmed(kSource, QStringLiteral("alerts"),
                                                  QStringLiteral("k"), QStringLiteral("0-0"),
                                                  idAt(local(day, 9, 30)), 1, local(day, 10, 0));
        QCOMPARE(n.body, QStringLiteral("Entries published before 09:30:00 were trimmed from"
                                        " stream k (MAXLEN) before Herald read them and are lost."
                                        " Number lost: 1."));
    }

    void anOversizedEntryIsNamedAndPassedByTheCursor()
    {
        const QDate day(2024, 3, 1);
        const QString entryId = idAt(local(day, 14, 2, 7), 1);
        const Notification n = GapMarker::oversized(kSource, QStringLiteral("alerts"),
                                                    QStringLiteral("herald:stream:alerts"), entryId,
                                                    16 * 1024 * 1024, local(day, 15, 0));
        QVERIFY(n.isGap());
        QVERIFY(n.read);
        QCOMPARE(n.priority, int(Notification::Normal));
        QCOMPARE(n.source, kSource);
        QCOMPARE(n.channel, QStringLiteral("alerts"));
        QCOMPARE(n.title, QStringLiteral("Notification too large on alerts"));
        QCOMPARE(n.body, QStringLiteral("An entry on alerts (%1) was larger than the 16 MiB limit"
                                        " and was not loaded; it is still in stream"
                                        " herald:stream:alerts.")
                             .arg(entryId));
        QCOMPARE(n.time, local(day, 14, 2, 7)); // where the entry itself would sort
        QCOMPARE(n.received, n.time);
        // Unlike the other markers it moves the cursor: the entry is passed, not lost.
        QCOMPARE(n.streamKey, QStringLiteral("herald:stream:alerts"));
        QCOMPARE(n.streamId, entryId);
        QCOMPARE(StreamCursor::collect({n}),
                 (QList<StreamCursor>{{kSource, QStringLiteral("herald:stream:alerts"), entryId}}));
        // Met again after a reconnect, it is the same marker.
        QCOMPARE(n.id, QStringLiteral("gap-oversized:herald:stream:alerts:") + entryId);
        QCOMPARE(GapMarker::oversized(kSource, QStringLiteral("alerts"),
                                      QStringLiteral("herald:stream:alerts"), entryId,
                                      16 * 1024 * 1024)
                     .id,
                 n.id);
    }

    void anOversizedEntryWithAnExplicitIdIsPlacedNow()
    {
        const QDateTime now = local(QDate(2024, 3, 1), 15, 0);
        const Notification n =
            GapMarker::oversized(kSource, QStringLiteral("alerts"), QStringLiteral("k"),
                                 QStringLiteral("5-1"), 64 * 1024 + 512, now);
        QCOMPARE(n.time, now); // "5-1" holds no time: not 1970
        QCOMPARE(n.streamId, QStringLiteral("5-1"));
        QCOMPARE(n.body, QStringLiteral("An entry on alerts (5-1) was larger than the 64.5 KiB"
                                        " limit and was not loaded; it is still in stream k."));
    }
};

QTEST_GUILESS_MAIN(TestGapMarker)
#include "tst_gapmarker.moc"
