#include "SampleNotifications.h"
#include "notifications/GapMarker.h"
#include "storage/HistoryRecovery.h"
#include "storage/HistoryStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

// Durable channels in the history: schema 2, stream cursors saved with their notifications,
// gap markers, the oldest-first export, and recovering from a damaged file.
namespace {

const QString kSource = QStringLiteral("redis://localhost:6379");
const QString kKey = QStringLiteral("herald:stream:alerts");

QList<Notification> notes(int from, int count, const QString& channel = QStringLiteral("alerts"))
{
    return SampleNotifications::range(from, count, channel);
}

// Notifications read from a stream: entry i has id "<1000 + i>-0".
QList<Notification> streamNotes(int from, int count, const QString& key = kKey)
{
    QList<Notification> list = notes(from, count);
    for (int i = 0; i < list.size(); ++i) {
        list[i].streamKey = key;
        list[i].streamId = QStringLiteral("%1-0").arg(1000 + from + i);
    }
    return list;
}

// A connection of the test's own to a database file, as another program would have.
class RawConnection {
public:
    explicit RawConnection(const QString& path)
        : m_name(QStringLiteral("test-raw-%1").arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (!db.open())
            qWarning() << "cannot open" << path << db.lastError().text();
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    // Runs the statements and returns the first value of the last one's result.
    QVariant run(const QStringList& statements) const
    {
        QVariant result;
        for (const QString& statement : statements) {
            QSqlQuery query(QSqlDatabase::database(m_name, false));
            if (!query.exec(statement))
                qWarning() << statement << query.lastError().text();
            result = query.next() ? query.value(0) : QVariant();
        }
        return result;
    }

private:
    static inline int s_count = 0;
    QString m_name;
};

QVariant sqlOnFile(const QString& path, const QStringList& statements)
{
    return RawConnection(path).run(statements);
}

// The store's own connection, found by the file it has open: per-connection limits such as
// max_page_count must be set on it.
QSqlDatabase connectionOf(const QString& path)
{
    for (const QString& name : QSqlDatabase::connectionNames()) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (name.startsWith(QLatin1String("herald-history-")) && db.databaseName() == path)
            return db;
    }
    return {};
}

// The schema as Herald's first release created it (migrationTo1), at user_version 1.
QStringList version1Schema()
{
    return {
        QStringLiteral("CREATE TABLE notifications (id INTEGER PRIMARY KEY, source TEXT NOT NULL,"
                       " notification_id TEXT NOT NULL, channel TEXT NOT NULL, pattern TEXT NOT"
                       " NULL, title TEXT NOT NULL, body TEXT NOT NULL, full_body TEXT NOT NULL,"
                       " priority INTEGER NOT NULL, url TEXT NOT NULL, icon_url TEXT NOT NULL,"
                       " tags TEXT NOT NULL, actions TEXT NOT NULL, time_ms INTEGER, received_ms"
                       " INTEGER, raw BLOB NOT NULL, read INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE UNIQUE INDEX notifications_source_id"
                       " ON notifications(source, notification_id)"),
        QStringLiteral("CREATE INDEX notifications_channel ON notifications(channel)"),
        QStringLiteral("CREATE INDEX notifications_source ON notifications(source)"),
        QStringLiteral("CREATE INDEX notifications_unread ON notifications(read) WHERE read = 0"),
        QStringLiteral("CREATE INDEX notifications_received ON notifications(received_ms)"),
        QStringLiteral("PRAGMA user_version = 1"),
    };
}

// The search index and triggers a version-1 Herald with FTS5 left in the file.
QStringList version1SearchIndex()
{
    const QString body = QStringLiteral("CASE WHEN %1full_body = '' THEN %1body ELSE %1full_body"
                                        " END");
    return {
        QStringLiteral("CREATE VIRTUAL TABLE notifications_fts USING fts5(title, body, channel,"
                       " content='notifications', content_rowid='id', columnsize=0,"
                       " tokenize='unicode61 remove_diacritics 2')"),
        QStringLiteral("INSERT INTO notifications_fts(rowid, title, body, channel) SELECT id,"
                       " title, %1, channel FROM notifications")
            .arg(body.arg(QString())),
        QStringLiteral("CREATE TRIGGER notifications_fts_delete AFTER DELETE ON notifications"
                       " BEGIN INSERT INTO notifications_fts(notifications_fts, rowid, title,"
                       " body, channel) VALUES ('delete', old.id, old.title, %1, old.channel);"
                       " END")
            .arg(body.arg(QStringLiteral("old."))),
        QStringLiteral("CREATE TRIGGER notifications_fts_update AFTER UPDATE OF title, body,"
                       " full_body, channel ON notifications BEGIN INSERT INTO"
                       " notifications_fts(notifications_fts, rowid, title, body, channel) VALUES"
                       " ('delete', old.id, old.title, %1, old.channel); INSERT INTO"
                       " notifications_fts(rowid, title, body, channel) VALUES (new.id,"
                       " new.title, %2, new.channel); END")
            .arg(body.arg(QStringLiteral("old.")), body.arg(QStringLiteral("new."))),
    };
}

QString version1Row(int i, bool read)
{
    return QStringLiteral("INSERT INTO notifications (source, notification_id, channel, pattern,"
                          " title, body, full_body, priority, url, icon_url, tags, actions,"
                          " time_ms, received_ms, raw, read) VALUES ('%1', 'old-%2', 'alerts',"
                          " '', 'Old title %2', 'Old body %2', '', 3, '', '', '[]', '[]', %3, %3,"
                          " x'7b7d', %4)")
        .arg(kSource)
        .arg(i)
        .arg(SampleNotifications::base().toMSecsSinceEpoch() + i)
        .arg(read ? 1 : 0);
}

QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (char& c : bytes)
        c = static_cast<char>(QRandomGenerator::global()->bounded(256));
    return bytes;
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Whether this process can write the file: chmod does not stop root, so tests ask by trying.
bool canWrite(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadWrite);
}

// Whether this process can create files in `folder`, by trying.
bool canCreateIn(const QString& folder)
{
    QFile probe(QDir(folder).filePath(QStringLiteral("write-probe")));
    if (!probe.open(QIODevice::WriteOnly))
        return false;
    probe.remove();
    return true;
}

} // namespace

class TestHistoryDurability : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    QString file(const QString& name = QStringLiteral("history.db")) const
    {
        return m_dir->filePath(name);
    }

    // The files the recovery moved aside: "history.db.corrupt-*", without their -wal and -shm.
    QStringList movedAside() const
    {
        return QDir(m_dir->path())
            .entryList({QStringLiteral("history.db.corrupt-*")}, QDir::Files, QDir::Name)
            .filter(QRegularExpression(QStringLiteral("corrupt-\\d{8}-\\d{6}(-\\d+)?$")));
    }

    // A real history of `count` rows, closed again (its WAL checkpointed into the file).
    void createHistory(int count)
    {
        HistoryStore store;
        QVERIFY(store.open(file(), nullptr));
        for (int from = 0; from < count; from += 1000)
            QCOMPARE(store.insert(notes(from, std::min(1000, count - from))).size(),
                     std::min(1000, count - from));
    }

    // openOrRecover() moved the damaged file aside, said so, and opened an empty history.
    void verifyRecovered(HistoryStore& store, const QByteArray& damagedBytes)
    {
        QString notice;
        QString error;
        QVERIFY2(store.openOrRecover(file(), &notice, &error), qPrintable(error));
        QVERIFY(store.isOpen());
        QCOMPARE(store.count({}), 0);
        const QStringList aside = movedAside();
        QCOMPARE(aside.size(), 1);
        const QString movedTo = m_dir->filePath(aside.first());
        QCOMPARE(readFile(movedTo), damagedBytes);
        QVERIFY2(notice.contains(QDir::toNativeSeparators(file())) &&
                     notice.contains(QDir::toNativeSeparators(movedTo)) &&
                     notice.contains(QLatin1String("empty history")),
                 qPrintable(notice));
        QCOMPARE(store.insert(notes(0, 3)).size(), 3); // the fresh history works
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup()
    {
        QFile::setPermissions(m_dir->path(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        m_dir.reset();
    }

    // --- schema 2 ---

    void aCursorReadThatFailsSaysSo()
    {
        HistoryStore store;
        QVERIFY(store.open(file(), nullptr));
        QVERIFY(store.saveCursors({{kSource, kKey, QStringLiteral("7-0")}}));
        bool ok = false;
        QCOMPARE(store.cursors(kSource, &ok).size(), 1);
        QVERIFY(ok);
        ok = false;
        QVERIFY(store.cursors(QStringLiteral("nobody"), &ok).isEmpty());
        QVERIFY(ok); // nothing saved is not a failure

        // Another process takes the table away: "no cursors" would read as "start at the end".
        QSignalSpy errors(&store, &HistoryStore::error);
        sqlOnFile(file(), {QStringLiteral("ALTER TABLE stream_cursors RENAME TO elsewhere")});
        QVERIFY(store.cursors(kSource, &ok).isEmpty());
        QVERIFY(!ok);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().first().toString().contains(QLatin1String("stream positions")),
                 qPrintable(errors.first().first().toString()));

        sqlOnFile(file(), {QStringLiteral("ALTER TABLE elsewhere RENAME TO stream_cursors")});
        QCOMPARE(store.cursors(kSource, &ok).size(), 1);
        QVERIFY(ok);

        HistoryStore closed;
        ok = true;
        QVERIFY(closed.cursors({}, &ok).isEmpty());
        QVERIFY(!ok);
    }

    void migratesAVersion1DatabaseAndKeepsItsRows_data()
    {
        QTest::addColumn<bool>("searchIndex");
        QTest::newRow("without a search index") << false;
        QTest::newRow("with the search index") << true;
    }

    void migratesAVersion1DatabaseAndKeepsItsRows()
    {
        QFETCH(bool, searchIndex);
        QStringList statements = version1Schema();
        for (int i = 0; i < 5; ++i)
            statements << version1Row(i, i == 0);
        if (searchIndex)
            statements << version1SearchIndex();
        sqlOnFile(file(), statements);
        if (searchIndex &&
            sqlOnFile(file(), {QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name ="
                                              " 'notifications_fts'")})
                    .toInt() != 1)
            QSKIP("this SQLite has no FTS5");
        QCOMPARE(sqlOnFile(file(), {QStringLiteral("PRAGMA user_version")}).toInt(), 1);

        HistoryStore store;
        QString error;
        QVERIFY2(store.open(file(), &error), qPrintable(error));
        QCOMPARE(sqlOnFile(file(), {QStringLiteral("PRAGMA user_version")}).toInt(), 2);
        QCOMPARE(store.count({}), 5);
        QCOMPARE(store.unreadCount(), 4);
        const QList<Notification> old = store.oldestFirst({}, 0, 10);
        QCOMPARE(old.size(), 5);
        QCOMPARE(old.first().title, QStringLiteral("Old title 0"));
        QVERIFY(old.first().read);
        QCOMPARE(old.first().kind, Notification::Kind::Message);
        QVERIFY(old.first().streamKey.isEmpty() && old.first().streamId.isEmpty());
        QVERIFY(store.cursors().isEmpty());
        HistoryFilter filter;
        filter.search = QStringLiteral("title 3");
        QCOMPARE(store.count(filter), 1);
        QCOMPARE(
            store.insert(streamNotes(0, 2), {{kSource, kKey, QStringLiteral("1001-0")}}).size(), 2);
        QCOMPARE(store.count({}), 7);
    }

    // --- cursors ---

    void cursorsOnlyMoveForward()
    {
        HistoryStore store;
        QVERIFY(store.open(file(), nullptr));
        const auto cursorOf = [&store](const QString& key) {
            for (const StreamCursor& c : store.cursors(kSource))
                if (c.streamKey == key)
                    return c.lastId;
            return QString();
        };
        QVERIFY(store.saveCursors({{kSource, kKey, QStringLiteral("9-5")}}));
        QCOMPARE(cursorOf(kKey), QStringLiteral("9-5"));
        QVERIFY(store.saveCursors({{kSource, kKey, QStringLiteral("10-0")}})); // numeric, not text
        QCOMPARE(cursorOf(kKey), QStringLiteral("10-0"));
        QVERIFY(store.saveCursors({{kSource, kKey, QStringLiteral("9-9")}}));
        QVERIFY(store.saveCursors({{kSource, kKey, QStringLiteral("10-0")}}));
        QVERIFY(store.saveCursors({{kSource, kKey, QStringLiteral("garbage")}}));
        QVERIFY(store.saveCursors({{kSource, kKey, QString()}}));
        QCOMPARE(cursorOf(kKey), QStringLiteral("10-0"));
        QVERIFY(store.saveCursors({{kSource, kKey, QStringLiteral("10-1")},
                                   {kSource, kKey, QStringLiteral("10-0")}})); // in one batch
        QCOMPARE(cursorOf(kKey), QStringLiteral("10-1"));
        QVERIFY(store.saveCursors({{kSource, kKey, QStringLiteral("18446744073709551615-0")}}));
        QCOMPARE(cursorOf(kKey), QStringLiteral("18446744073709551615-0"));
    }

    void cursorsAreKeptPerSourceAndStream()
    {
        {
            HistoryStore store;
            QVERIFY(store.open(file(), nullptr));
            QVERIFY(store.saveCursors(
                {{QStringLiteral("b"), QStringLiteral("k2"), QStringLiteral("3-0")},
                 {QStringLiteral("a"), QStringLiteral("k1"), QStringLiteral("1-0")},
                 {QStringLiteral("b"), QStringLiteral("k1"), QStringLiteral("2-0")},
                 {QString(), QStringLiteral("k1"), QStringLiteral("5-0")},
                 {QStringLiteral("a"), QString(), QStringLiteral("5-0")}}));
        }
        HistoryStore store;
        QVERIFY(store.open(file(), nullptr)); // they survive a restart
        const QList<StreamCursor> expected = {
            {QStringLiteral("a"), QStringLiteral("k1"), QStringLiteral("1-0")},
            {QStringLiteral("b"), QStringLiteral("k1"), QStringLiteral("2-0")},
            {QStringLiteral("b"), QStringLiteral("k2"), QStringLiteral("3-0")}};
        QCOMPARE(store.cursors(), expected);
        QCOMPARE(store.cursors(QStringLiteral("b")), expected.mid(1));
        QVERIFY(store.cursors(QStringLiteral("c")).isEmpty());
    }

    void insertSavesRowsAndCursorsTogether()
    {
        const QList<Notification> batch = streamNotes(0, 10);
        {
            HistoryStore store;
            QVERIFY(store.open(file(), nullptr));
            QCOMPARE(store.insert(batch, StreamCursor::collect(batch)).size(), 10);
        }
        HistoryStore store;
        QVERIFY(store.open(file(), nullptr));
        QCOMPARE(store.cursors(), (QList<StreamCursor>{{kSource, kKey, QStringLiteral("1009-0")}}));
        const QList<Notification> stored = store.oldestFirst({}, 0, 100);
        QCOMPARE(stored.size(), 10);
        QCOMPARE(stored.last().streamKey, kKey);
        QCOMPARE(stored.last().streamId, QStringLiteral("1009-0"));

        // Entries already stored (they came on Pub/Sub too) still move the cursor.
        QSignalSpy inserted(&store, &HistoryStore::inserted);
        Notification again = batch.last();
        again.streamId = QStringLiteral("1010-0");
        QVERIFY(store.insert({again}, StreamCursor::collect({again})).isEmpty());
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(store.cursors().first().lastId, QStringLiteral("1010-0"));
        // So do cursors alone, and an older batch replayed after a reconnect does not rewind.
        QVERIFY(store.insert({}, {{kSource, kKey, QStringLiteral("1011-0")}}).isEmpty());
        QCOMPARE(
            store.insert(streamNotes(20, 1), {{kSource, kKey, QStringLiteral("1005-0")}}).size(),
            1);
        QCOMPARE(store.cursors().first().lastId, QStringLiteral("1011-0"));
    }

    void aFailedInsertMovesNoCursor()
    {
        HistoryStore store;
        QVERIFY(store.open(file(), nullptr));
        QCOMPARE(
            store.insert(streamNotes(0, 10), {{kSource, kKey, QStringLiteral("1009-0")}}).size(),
            10);
        QSqlQuery query(connectionOf(file()));
        QVERIFY(query.exec(QStringLiteral("PRAGMA page_count")) && query.next());
        const int pages = query.value(0).toInt();
        query.finish();
        QVERIFY(query.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
        query.finish();

        QSignalSpy errors(&store, &HistoryStore::error);
        QList<Notification> big = streamNotes(10, 500);
        for (Notification& n : big)
            n.body = QString(2000, QLatin1Char('x'));
        QVERIFY(store.insert(big, StreamCursor::collect(big)).isEmpty());
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().first().toString().contains(file()),
                 qPrintable(errors.first().first().toString()));
        QCOMPARE(store.count({}), 10);
        QCOMPARE(store.unreadCount(), 10);
        QCOMPARE(store.cursors().first().lastId, QStringLiteral("1009-0"));

        QVERIFY(query.exec(QStringLiteral("PRAGMA max_page_count = 1000000")));
        query.finish();
        QCOMPARE(store.insert(big, StreamCursor::collect(big)).size(), 500);
        QCOMPARE(store.cursors().first().lastId, QStringLiteral("1509-0"));
    }

    void aFailedCursorWriteStoresNoRows()
    {
        HistoryStore store;
        QVERIFY(store.open(file(), nullptr));
        QVERIFY(store.saveCursors({{kSource, kKey, QStringLiteral("1-0")}}));
        // Another program makes every cursor write fail, after the rows went in.
        sqlOnFile(file(), {QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON stream_cursors"
                                          " BEGIN SELECT RAISE(ABORT, 'refused by test'); END")});
        QSignalSpy errors(&store, &HistoryStore::error);
        QSignalSpy unread(&store, &HistoryStore::unreadCountChanged);
        const QList<Notification> batch = streamNotes(0, 5);
        QVERIFY(store.insert(batch, StreamCursor::collect(batch)).isEmpty());
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().first().toString().contains(QLatin1String("refused by test")),
                 qPrintable(errors.first().first().toString()));
        QCOMPARE(store.count({}), 0);
        QCOMPARE(unread.size(), 0);
        QVERIFY(!store.saveCursors({{kSource, kKey, QStringLiteral("2-0")}}));
        QCOMPARE(errors.size(), 2);
        QCOMPARE(store.cursors().first().lastId, QStringLiteral("1-0"));

        sqlOnFile(file(), {QStringLiteral("DROP TRIGGER refuse")});
        QCOMPARE(store.insert(batch, StreamCursor::collect(batch)).size(), 5);
        QCOMPARE(store.cursors().first().lastId, QStringLiteral("1004-0"));
    }

    void aTableDroppedUnderneathIsReported()
    {
        HistoryStore store;
        QVERIFY(store.open(file(), nullptr));
        QVERIFY(store.saveCursors({{kSource, kKey, QStringLiteral("1-0")}}));
        sqlOnFile(file(), {QStringLiteral("DROP TABLE notifications")});
        QSignalSpy errors(&store, &HistoryStore::error);
        QVERIFY(
            store.insert(streamNotes(0, 3), {{kSource, kKey, QStringLiteral("9-0")}}).isEmpty());
        QCOMPARE(errors.size(), 1);
        QCOMPARE(store.cursors().first().lastId, QStringLiteral("1-0"));
        QVERIFY(store.oldestFirst({}, 0, 10).isEmpty());
        QCOMPARE(errors.size(), 2);
    }

    // --- gap markers ---

    void gapMarkersAreStoredReadAndStayRead()
    {
        HistoryStore store;
        QVERIFY(store.open(file(), nullptr));
        QSignalSpy unread(&store, &HistoryStore::unreadCountChanged);
        Notification gap = GapMarker::disconnection(kSource, SampleNotifications::base(),
                                                    SampleNotifications::base().addSecs(180),
                                                    {QStringLiteral("alerts")});
        gap.read = false; // a caller's mistake: still stored read
        Notification trimmed = GapMarker::trimmed(kSource, QStringLiteral("alerts"), kKey,
                                                  QStringLiteral("5-0"), QStringLiteral("9-0"), 3);
        const QList<Notification> stored =
            store.insert(notes(0, 1) + QList<Notification>{gap, trimmed} + notes(1, 1));
        QCOMPARE(stored.size(), 4);
        QVERIFY(!stored.at(0).read);
        QVERIFY(stored.at(1).read && stored.at(2).read);
        QVERIFY(!stored.at(3).read); // the bound read state does not leak from the gap rows
        QCOMPARE(store.unreadCount(), 2);
        QCOMPARE(unread.takeLast().first().toInt(), 2);

        const std::optional<Notification> back = store.byRowId(stored.at(1).rowId);
        QVERIFY(back.has_value());
        QVERIFY(back->isGap());
        QVERIFY(back->read);
        QCOMPARE(back->title, gap.title);
        QCOMPARE(store.byRowId(stored.at(2).rowId)->streamKey, kKey);
        QVERIFY(!store.byRowId(stored.at(3).rowId)->isGap());

        store.setRead({stored.at(1).rowId, stored.at(2).rowId}, false);
        QVERIFY(store.byRowId(stored.at(1).rowId)->read);
        QCOMPARE(store.unreadCount(), 2);
        HistoryFilter unreadOnly;
        unreadOnly.unreadOnly = true;
        QCOMPARE(store.count(unreadOnly), 2);
        QCOMPARE(store.markAllRead({}), 2);
        QCOMPARE(store.unreadCount(), 0);
    }

    // --- export ---

    void oldestFirstPagesThroughEverything_data()
    {
        QTest::addColumn<bool>("fullTextSearch");
        QTest::newRow("FTS5") << true;
        QTest::newRow("LIKE") << false;
    }

    void oldestFirstPagesThroughEverything()
    {
        QFETCH(bool, fullTextSearch);
        HistoryStore store;
        store.setFullTextSearchEnabled(fullTextSearch);
        QVERIFY(store.open(file(), nullptr));
        if (fullTextSearch && !store.usesFullTextSearch())
            QSKIP("this SQLite has no FTS5");
        store.insert(notes(0, 600, QStringLiteral("a")));
        store.insert(notes(600, 450, QStringLiteral("b")));

        const auto exportAll = [&store](const HistoryFilter& filter) {
            QList<Notification> all;
            qint64 after = 0;
            for (QList<Notification> page;
                 !(page = store.oldestFirst(filter, after, 200)).isEmpty();
                 after = page.last().rowId)
                all += page;
            return all;
        };
        const QList<Notification> all = exportAll({});
        QCOMPARE(all.size(), 1050);
        for (qsizetype i = 1; i < all.size(); ++i)
            QVERIFY(all.at(i - 1).rowId < all.at(i).rowId);
        QCOMPARE(all.first().title, QStringLiteral("Title 0"));
        QCOMPARE(all.last().title, QStringLiteral("Title 1049"));

        HistoryFilter filter;
        filter.channel = QStringLiteral("b");
        filter.search = QStringLiteral("title");
        const QList<Notification> b = exportAll(filter);
        QCOMPARE(b.size(), 450);
        QCOMPARE(b.first().title, QStringLiteral("Title 600"));
        filter.search = QStringLiteral("1049");
        QCOMPARE(exportAll(filter).size(), 1);
        QVERIFY(store.oldestFirst({}, all.last().rowId, 10).isEmpty());
        QVERIFY(store.oldestFirst({}, 0, 0).isEmpty());
    }

    // --- damaged files ---

    void aHealthyFileOpensWithoutANotice()
    {
        createHistory(10);
        HistoryStore store;
        QString notice = QStringLiteral("stale");
        QString error;
        QVERIFY2(store.openOrRecover(file(), &notice, &error), qPrintable(error));
        QVERIFY(notice.isEmpty());
        QCOMPARE(store.count({}), 10);
        QVERIFY(movedAside().isEmpty());
        // And a file that does not exist yet is simply created.
        HistoryStore fresh;
        QVERIFY(fresh.openOrRecover(file(QStringLiteral("sub/new.db")), &notice, &error));
        QVERIFY(notice.isEmpty());
    }

    void aFileThatIsNotADatabaseIsMovedAside_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("random bytes") << randomBytes(8192);
        QTest::newRow("text") << QByteArray("this is not a database\n").repeated(200);
        QByteArray header("SQLite format 3");
        header.append('\0');
        QTest::newRow("sqlite header, garbage after") << header + randomBytes(8192);
    }

    void aFileThatIsNotADatabaseIsMovedAside()
    {
        QFETCH(QByteArray, bytes);
        QVERIFY(writeFile(file(), bytes));
        HistoryStore store;
        verifyRecovered(store, bytes);
    }

    void aTruncatedDatabaseIsMovedAside()
    {
        createHistory(4000);
        QFile truncated(file());
        QVERIFY(truncated.size() > 256 * 1024);
        QVERIFY(truncated.resize(truncated.size() / 2));
        const QByteArray bytes = readFile(file());
        HistoryStore store;
        verifyRecovered(store, bytes);
    }

    // SQLite itself resets a -wal it cannot use, so moveAside() is tested on its own here.
    void itsWalAndShmMoveWithIt()
    {
        const QDateTime now(QDate(2024, 3, 1), QTime(14, 2, 3));
        QVERIFY(writeFile(file(), QByteArray("db")));
        QVERIFY(writeFile(file() + QStringLiteral("-wal"), QByteArray("wal")));
        QVERIFY(writeFile(file() + QStringLiteral("-shm"), QByteArray("shm")));
        QString movedTo;
        QString error;
        QVERIFY2(HistoryRecovery::moveAside(file(), now, &movedTo, &error), qPrintable(error));
        QCOMPARE(movedTo, file() + QStringLiteral(".corrupt-20240301-140203"));
        QCOMPARE(readFile(movedTo), QByteArray("db"));
        QCOMPARE(readFile(movedTo + QStringLiteral("-wal")), QByteArray("wal"));
        QCOMPARE(readFile(movedTo + QStringLiteral("-shm")), QByteArray("shm"));
        QVERIFY(!QFileInfo::exists(file()));
        QVERIFY(!QFileInfo::exists(file() + QStringLiteral("-wal")));
    }

    void aMoveThatFailsHalfwayPutsEverythingBack()
    {
        const QDateTime now(QDate(2024, 3, 1), QTime(14, 2, 3));
        const QString aside = file() + QStringLiteral(".corrupt-20240301-140203");
        QVERIFY(writeFile(file(), QByteArray("db")));
        QVERIFY(writeFile(file() + QStringLiteral("-wal"), QByteArray("wal")));
        QVERIFY(writeFile(file() + QStringLiteral("-shm"), QByteArray("shm")));
        // A folder where the -shm should go: no file can be renamed onto it, not even by root.
        QVERIFY(QDir().mkpath(aside + QStringLiteral("-shm/occupied")));
        QString movedTo;
        QString error;
        QVERIFY(!HistoryRecovery::moveAside(file(), now, &movedTo, &error));
        QVERIFY2(error.contains(file() + QStringLiteral("-shm")) &&
                     error.contains(aside + QStringLiteral("-shm")),
                 qPrintable(error));
        QCOMPARE(readFile(file()), QByteArray("db"));
        QCOMPARE(readFile(file() + QStringLiteral("-wal")), QByteArray("wal"));
        QCOMPARE(readFile(file() + QStringLiteral("-shm")), QByteArray("shm"));
        QVERIFY(!QFileInfo::exists(aside));
        QVERIFY(!QFileInfo::exists(aside + QStringLiteral("-wal")));
    }

    void aSecondRecoveryInTheSameSecondKeepsTheFirst()
    {
        HistoryStore store;
        QString notice;
        QVERIFY(writeFile(file(), QByteArray("first").repeated(1000)));
        QVERIFY(store.openOrRecover(file(), &notice, nullptr));
        store.close();
        QVERIFY(writeFile(file(), QByteArray("second").repeated(1000)));
        QVERIFY(store.openOrRecover(file(), &notice, nullptr));
        QCOMPARE(movedAside().size(), 2); // unless the clock passed a second: names differ anyway
    }

    void aNewerSchemaIsNotMovedAside()
    {
        createHistory(3);
        sqlOnFile(file(), {QStringLiteral("PRAGMA user_version = 99")});
        HistoryStore store;
        QString notice;
        QString error;
        QVERIFY(!store.openOrRecover(file(), &notice, &error));
        QVERIFY2(error.contains(QLatin1String("newer")), qPrintable(error));
        QVERIFY(notice.isEmpty());
        QVERIFY(movedAside().isEmpty());
        QVERIFY(QFileInfo::exists(file()));
    }

    void aLockedFileIsNotMovedAside()
    {
        createHistory(3);
        RawConnection other(file());
        other.run({QStringLiteral("PRAGMA locking_mode = EXCLUSIVE"),
                   QStringLiteral("BEGIN EXCLUSIVE"),
                   QStringLiteral("INSERT INTO stream_cursors VALUES ('s', 'k', '1-0', 0)")});
        HistoryStore store;
        QString notice;
        QString error;
        QVERIFY(!store.openOrRecover(file(), &notice, &error)); // after SQLite's busy timeout
        QVERIFY2(error.contains(file()) && !error.contains(QLatin1String("damaged")),
                 qPrintable(error));
        QVERIFY(notice.isEmpty());
        QVERIFY(movedAside().isEmpty());
        other.run({QStringLiteral("ROLLBACK")});
    }

    void aReadOnlyFileOpensAndWritesReportErrors()
    {
        createHistory(5);
        {
            HistoryStore store;
            QVERIFY(store.open(file(), nullptr));
            QVERIFY(store.saveCursors({{kSource, kKey, QStringLiteral("1-0")}}));
        }
        QVERIFY(
            QFile::setPermissions(file(), QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        const bool readOnly = !canWrite(file());
        HistoryStore store;
        QSignalSpy errors(&store, &HistoryStore::error);
        QString notice;
        QString error;
        QVERIFY2(store.openOrRecover(file(), &notice, &error), qPrintable(error));
        QVERIFY(notice.isEmpty());
        QVERIFY(movedAside().isEmpty());
        QCOMPARE(store.count({}), 5);
        QCOMPARE(store.oldestFirst({}, 0, 10).size(), 5);

        const QList<Notification> stored =
            store.insert(streamNotes(100, 2), {{kSource, kKey, QStringLiteral("2000-0")}});
        store.setRead({1}, true);
        store.clear();
        const bool saved = store.saveCursors({{kSource, kKey, QStringLiteral("3000-0")}});
        if (readOnly) {
            QVERIFY(stored.isEmpty());
            QVERIFY(!saved);
            QCOMPARE(errors.size(), 4);
            for (const QList<QVariant>& arguments : std::as_const(errors))
                QVERIFY2(arguments.first().toString().contains(file()),
                         qPrintable(arguments.first().toString()));
            QCOMPARE(store.count({}), 5);
            QCOMPARE(store.cursors().first().lastId, QStringLiteral("1-0"));
        } else {
            qInfo("the file stays writable for this user (root?): only checked that nothing"
                  " crashed");
        }
    }

    void aDamagedFileThatCannotBeMovedFailsClearly()
    {
        const QByteArray bytes = randomBytes(4096);
        QVERIFY(writeFile(file(), bytes));
        QVERIFY(QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::ExeOwner));
        HistoryStore store;
        QString notice;
        QString error;
        const bool opened = store.openOrRecover(file(), &notice, &error);
        if (canCreateIn(m_dir->path())) {
            qInfo("the folder stays writable for this user (root?): only checked that nothing"
                  " crashed");
            return;
        }
        QVERIFY(!opened);
        QVERIFY(!store.isOpen());
        QVERIFY(notice.isEmpty());
        QVERIFY2(error.contains(QDir::toNativeSeparators(file())) &&
                     error.contains(QLatin1String("could not be moved")),
                 qPrintable(error));
        QCOMPARE(readFile(file()), bytes);
    }
};

QTEST_GUILESS_MAIN(TestHistoryDurability)
#include "tst_historydurability.moc"
