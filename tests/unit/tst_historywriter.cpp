#include "SampleNotifications.h"
#include "storage/HistoryStore.h"
#include "storage/HistoryWriter.h"

#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <algorithm>
#include <memory>

namespace {

QList<Notification> notes(int from, int count)
{
    return SampleNotifications::range(from, count);
}

// Entries of the stream "herald:stream:orders" as connection `source` reads them: their ids
// are "<i>-0".
QList<Notification> streamNotes(int from, int count, const QString& source)
{
    QList<Notification> list = SampleNotifications::range(from, count);
    for (Notification& n : list) {
        n.source = source;
        n.streamKey = QStringLiteral("herald:stream:orders");
        n.streamId = QStringLiteral("%1-0").arg(n.id.mid(3));
    }
    return list;
}

StreamCursor cursor(const QString& source, const QString& id)
{
    return {source, QStringLiteral("herald:stream:orders"), id};
}

QList<Notification> storedOf(const QSignalSpy& spy, int i)
{
    return spy.at(i).at(0).value<QList<Notification>>();
}

} // namespace

// HistoryWriter against real history files: batches stored on the writer's thread reach the
// caller's store (and so the list and the unread count), in order, none lost on shutdown; a
// failure holds back the stream that failed and nothing else.
class TestHistoryWriter : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HistoryStore> m_store;

    QString path() const { return m_dir->filePath(QStringLiteral("history.sqlite")); }

    // Polls the file through a connection of the test's own, without processing events (so the
    // writer's report waits), until it holds `rows` notifications or 10 s have passed.
    bool waitForRowsOnDisk(int rows) const
    {
        QDeadlineTimer deadline(10'000);
        for (;;) {
            int count = -1;
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "probe");
                db.setDatabaseName(path());
                QSqlQuery query(db);
                if (db.open() && query.exec("SELECT count(*) FROM notifications") && query.next())
                    count = query.value(0).toInt();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("probe"));
            if (count == rows)
                return true;
            if (deadline.hasExpired())
                return false;
            QThread::msleep(2);
        }
    }

    // Runs `sql` through a connection of the test's own, as another process could.
    bool execOnHistory(const QString& sql) const
    {
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "other");
            db.setDatabaseName(path());
            ok = db.open() && QSqlQuery(db).exec(sql);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        return ok;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_store = std::make_unique<HistoryStore>();
        QString error;
        QVERIFY2(m_store->open(path(), &error), qPrintable(error));
    }

    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void storesOnAThreadOfItsOwnAndAnnouncesThroughTheStore()
    {
        HistoryWriter writer(m_store.get());
        writer.start();
        QVERIFY(writer.isThreaded());
        QSignalSpy written(&writer, &HistoryWriter::written);
        QSignalSpy inserted(m_store.get(), &HistoryStore::inserted);
        QSignalSpy unread(m_store.get(), &HistoryStore::unreadCountChanged);

        writer.write(notes(0, 300), {});
        writer.write(notes(300, 200), {});
        QCOMPARE(writer.pending(), 500);
        QTRY_COMPARE(writer.pending(), 0);
        QCOMPARE(m_store->count({}), 500);
        QCOMPARE(m_store->unreadCount(), 500);
        QVERIFY(!unread.isEmpty());

        // Announced before written(), with row ids in the order written.
        QCOMPARE(inserted.size(), written.size());
        QList<Notification> all;
        for (int i = 0; i < written.size(); ++i)
            all += storedOf(written, i);
        QCOMPARE(all.size(), 500);
        for (int i = 0; i < all.size(); ++i) {
            QCOMPARE(all.at(i).title, QStringLiteral("Title %1").arg(i));
            QVERIFY(i == 0 || all.at(i).rowId > all.at(i - 1).rowId);
        }
        QCOMPARE(m_store->newest(1).value(0).title, QStringLiteral("Title 499"));
    }

    // Past the high water mark the caller is told to hold reading, and to go on below the low.
    void aBacklogPastHighWaterAsksToHoldReading()
    {
        HistoryWriter writer(m_store.get());
        writer.start();
        QSignalSpy behind(&writer, &HistoryWriter::behindChanged);
        writer.write(notes(0, HistoryWriter::HighWater), {});
        QCOMPARE(behind.size(), 0);
        writer.write(notes(HistoryWriter::HighWater, 1), {});
        QCOMPARE(behind.size(), 1);
        QCOMPARE(behind.at(0).at(0).toBool(), true);
        QTRY_COMPARE(behind.size(), 2);
        QCOMPARE(behind.at(1).at(0).toBool(), false);
        QVERIFY(writer.pending() < HistoryWriter::LowWater);
    }

    void duplicatesAreWrittenAsNothingStored()
    {
        HistoryWriter writer(m_store.get());
        writer.start();
        QSignalSpy written(&writer, &HistoryWriter::written);
        QSignalSpy failed(&writer, &HistoryWriter::failed);
        writer.write(notes(0, 10), {});
        QTRY_COMPARE(writer.pending(), 0);
        writer.write(notes(0, 10), {cursor("a", "5-0")});
        QTRY_COMPARE(writer.pending(), 0);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(storedOf(written, written.size() - 1).size(), 0);
        QCOMPARE(m_store->count({}), 10);
        // The cursor still moved: a batch of entries already stored is still read past.
        QCOMPARE(m_store->cursors().value(0).lastId, QStringLiteral("5-0"));
    }

    void aHistoryInMemoryIsWrittenInline()
    {
        HistoryStore memory;
        QString error;
        QVERIFY(memory.open(QStringLiteral(":memory:"), &error));
        HistoryWriter writer(&memory);
        writer.start();
        QVERIFY(!writer.isThreaded());
        QSignalSpy written(&writer, &HistoryWriter::written);
        writer.write(notes(0, 5), {});
        QCOMPARE(written.size(), 1); // at once
        QCOMPARE(storedOf(written, 0).size(), 5);
        QCOMPARE(memory.count({}), 5);
        QCOMPARE(writer.pending(), 0);
    }

    void nothingQueuedIsLostWhenTheWriterGoes()
    {
        {
            HistoryWriter writer(m_store.get());
            writer.start();
            for (int i = 0; i < 20; ++i)
                writer.write(notes(i * 500, 500), {});
        } // the destructor stores the rest
        QCOMPARE(m_store->count({}), 10'000);
    }

    void aFailureHoldsBackItsStreamUntilCleared()
    {
        HistoryWriter writer(m_store.get());
        writer.start();
        QSignalSpy written(&writer, &HistoryWriter::written);
        QSignalSpy failed(&writer, &HistoryWriter::failed);
        QSignalSpy errors(m_store.get(), &HistoryStore::error);

        // Every insert fails now, as on a full disk.
        QVERIFY(execOnHistory("CREATE TRIGGER full BEFORE INSERT ON notifications BEGIN "
                              "SELECT RAISE(ABORT, 'database or disk is full'); END"));
        writer.write(streamNotes(0, 3, "a"), {cursor("a", "3-0")});
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).value<QList<Notification>>().size(), 3);
        QVERIFY(!errors.isEmpty()); // the user is told why, through the store
        QVERIFY(errors.at(0).at(0).toString().contains(QStringLiteral("disk is full")));

        // Space again. Source "a" stays held back (its next batch would move the cursor past
        // the entries that failed); source "b" and Pub/Sub go on.
        QVERIFY(execOnHistory("DROP TRIGGER full"));
        writer.write(streamNotes(3, 2, "a"), {cursor("a", "5-0")});
        writer.write(streamNotes(5, 2, "b"), {cursor("b", "7-0")});
        writer.write(notes(7, 1), {});
        QTRY_COMPARE(writer.pending(), 0);
        QCOMPARE(failed.size(), 2);
        QCOMPARE(m_store->count({}), 3);
        QVERIFY(m_store->cursors(QStringLiteral("a")).isEmpty());

        writer.clearFailed(QStringLiteral("a"));
        writer.write(streamNotes(0, 5, "a"), {cursor("a", "5-0")}); // read again from the cursor
        QTRY_COMPARE(writer.pending(), 0);
        QCOMPARE(m_store->count({}), 8);
        QCOMPARE(m_store->cursors(QStringLiteral("a")).value(0).lastId, QStringLiteral("5-0"));
        QCOMPARE(failed.size(), 2);
    }

    // One read of a connection can carry both: its Pub/Sub messages are stored while its
    // stream waits to be read again.
    void pubSubMessagesGoOnWhileTheirSourcesStreamIsHeldBack()
    {
        HistoryWriter writer(m_store.get());
        writer.start();
        QSignalSpy failed(&writer, &HistoryWriter::failed);
        QVERIFY(execOnHistory("CREATE TRIGGER full BEFORE INSERT ON notifications BEGIN "
                              "SELECT RAISE(ABORT, 'database or disk is full'); END"));
        writer.write(streamNotes(0, 2, "a"), {cursor("a", "1-0")});
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(execOnHistory("DROP TRIGGER full"));

        QList<Notification> mixed = streamNotes(2, 2, "a");
        Notification pubSub = SampleNotifications::one(4);
        pubSub.source = QStringLiteral("a");
        mixed << pubSub;
        writer.write(mixed, {cursor("a", "3-0")});
        QTRY_COMPARE(writer.pending(), 0);
        QCOMPARE(failed.size(), 2);
        QCOMPARE(failed.at(1).at(0).value<QList<Notification>>().size(), 2);
        QCOMPARE(failed.at(1).at(1).value<QList<StreamCursor>>().size(), 1);
        QCOMPARE(m_store->count({}), 1);
        QCOMPARE(m_store->newest(1).value(0).title, QStringLiteral("Title 4"));
        QVERIFY(m_store->cursors(QStringLiteral("a")).isEmpty());
    }

    // The writer has committed, the main thread has not heard yet, and the user clears the
    // history (or marks everything read) in between: the late report must not bring the rows
    // back into the list or the unread count.
    void changesBetweenCommitAndReportWin()
    {
        HistoryWriter writer(m_store.get());
        writer.start();
        QSignalSpy inserted(m_store.get(), &HistoryStore::inserted);

        writer.write(notes(0, 300), {});
        QVERIFY(waitForRowsOnDisk(300)); // without letting the writer's report in
        m_store->clear();
        QTRY_COMPARE(writer.pending(), 0);
        QCOMPARE(m_store->unreadCount(), 0);
        QCOMPARE(m_store->count({}), 0);
        for (const QList<QVariant>& args : inserted)
            QVERIFY(args.at(0).value<QList<Notification>>().isEmpty());

        writer.write(notes(300, 200), {});
        QVERIFY(waitForRowsOnDisk(200));
        QCOMPARE(m_store->markAllRead({}), 200);
        QCOMPARE(m_store->unreadCount(), 0); // never below zero meanwhile
        QTRY_COMPARE(writer.pending(), 0);
        QCOMPARE(m_store->unreadCount(), 0);
        const QList<Notification> announced = inserted.last().at(0).value<QList<Notification>>();
        QCOMPARE(announced.size(), 200);
        QVERIFY(std::all_of(announced.cbegin(), announced.cend(),
                            [](const Notification& n) { return n.read; }));

        // One of them opened (marked read) before the report: counted once, as read.
        writer.write(notes(500, 100), {});
        QVERIFY(waitForRowsOnDisk(300));
        m_store->setRead({m_store->newest(1).value(0).rowId}, true);
        QTRY_COMPARE(writer.pending(), 0);
        QCOMPARE(m_store->unreadCount(), 99);
    }

    // The caller's own writes (read state, retention) wait for the writer's transaction rather
    // than failing while it holds the file.
    void theCallersWritesWaitForTheWriter()
    {
        HistoryWriter writer(m_store.get());
        writer.start();
        QSignalSpy errors(m_store.get(), &HistoryStore::error);
        for (int i = 0; i < 20; ++i) {
            writer.write(notes(i * 1000, 1000), {});
            m_store->markAllRead({});
            m_store->applyRetention(15'000, 0, SampleNotifications::base());
        }
        QTRY_COMPARE(writer.pending(), 0);
        m_store->applyRetention(15'000, 0, SampleNotifications::base());
        QCOMPARE(errors.size(), 0);
        QCOMPARE(m_store->count({}), 15'000);
    }
};

QTEST_GUILESS_MAIN(TestHistoryWriter)
#include "tst_historywriter.moc"
