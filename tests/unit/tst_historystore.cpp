#include "SampleNotifications.h"
#include "storage/HistoryStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <ctime>
#include <memory>

namespace {

const QDateTime kBase = SampleNotifications::base();

Notification note(int i, const QString& channel = QStringLiteral("alerts"))
{
    return SampleNotifications::one(i, channel);
}

QList<Notification> notes(int from, int count, const QString& channel = QStringLiteral("alerts"))
{
    return SampleNotifications::range(from, count, channel);
}

QList<qint64> idsOf(const QList<Notification>& list)
{
    QList<qint64> ids;
    for (const Notification& n : list)
        ids << n.rowId;
    return ids;
}

QStringList titlesOf(const QList<Notification>& list)
{
    QStringList titles;
    for (const Notification& n : list)
        titles << n.title;
    titles.sort();
    return titles;
}

// Search text that means something to FTS5, LIKE or SQL, and must mean nothing here.
QStringList hostileTexts()
{
    return {
        QStringLiteral("\""),
        QStringLiteral("\"\"\""),
        QStringLiteral("*"),
        QStringLiteral("%"),
        QStringLiteral("%_%"),
        QStringLiteral("NEAR("),
        QStringLiteral("NEAR(a b, 2)"),
        QStringLiteral("AND"),
        QStringLiteral("OR NOT"),
        QStringLiteral("("),
        QStringLiteral(")"),
        QStringLiteral("-x"),
        QStringLiteral("^start"),
        QStringLiteral("title:x"),
        QStringLiteral("{title}: x"),
        QStringLiteral("'"),
        QStringLiteral("';DROP TABLE notifications;--"),
        QStringLiteral("a*b"),
        QStringLiteral("\\"),
        QStringLiteral("[a-z]"),
        QStringLiteral("🔥"),
        QStringLiteral("x\"y"),
        QStringLiteral("+"),
    };
}

// Runs SQL on a database file through a connection of its own, as another program would, and
// returns the first value of the last statement's result.
QVariant sqlOnFile(const QString& path, const QStringList& statements)
{
    const QString name = QStringLiteral("test-raw-connection");
    QVariant result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            for (const QString& statement : statements) {
                QSqlQuery query(db);
                if (!query.exec(statement))
                    qWarning() << statement << query.lastError().text();
                result = query.next() ? query.value(0) : QVariant();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

// The store's own connection, found by the file it has open: tests use it to simulate a full disk.
QSqlDatabase connectionOf(const QString& path)
{
    for (const QString& name : QSqlDatabase::connectionNames()) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (name.startsWith(QLatin1String("herald-history-")) && db.databaseName() == path)
            return db;
    }
    return {};
}

} // namespace

class TestHistoryStore : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    QString file(const QString& name = QStringLiteral("history.db")) const
    {
        return m_dir->filePath(name);
    }

    // The notifications the search tests look through; each title is unique.
    static QList<Notification> searchCorpus()
    {
        QList<Notification> list;
        auto add = [&list](const QString& title, const QString& body, const QString& channel) {
            Notification n = note(static_cast<int>(list.size()), channel);
            n.title = title;
            n.body = body;
            list << n;
            return &list.last();
        };
        add(QStringLiteral("Disk almost FULL on db-1"), QStringLiteral("Free space: 2 GB"),
            QStringLiteral("ops.alerts"));
        add(QStringLiteral("Deploy finished"), QStringLiteral("Build 42 of web is live"),
            QStringLiteral("ci-builds"));
        Notification* cut = add(QStringLiteral("Backup done"), QStringLiteral("Copied 10 files…"),
                                QStringLiteral("backup"));
        cut->fullBody = QStringLiteral("Copied 10 files: a, b, c and the needle at the end");
        add(QStringLiteral("Café ouvert"), QStringLiteral("Bonjour"), QStringLiteral("news"));
        add(QStringLiteral("100% done"), QStringLiteral("all of it"), QStringLiteral("misc"));
        add(QStringLiteral("under_score"), QStringLiteral("snake"), QStringLiteral("misc"));
        add(QStringLiteral("Quote \"here\""), QStringLiteral("said"), QStringLiteral("misc"));
        add(QStringLiteral("Star * power"), QStringLiteral("bright"), QStringLiteral("misc"));
        add(QStringLiteral("NEAR(x) thing"), QStringLiteral("close by"), QStringLiteral("misc"));
        add(QStringLiteral("back\\slash"), QStringLiteral("path"), QStringLiteral("misc"));
        return list;
    }

    void openSearchStore(HistoryStore& store, bool fts)
    {
        store.setFullTextSearchEnabled(fts);
        QString error;
        QVERIFY2(store.open(file(), &error), qPrintable(error));
        QCOMPARE(store.usesFullTextSearch(), fts);
        QCOMPARE(store.insert(searchCorpus()).size(), searchCorpus().size());
    }

    // The titles a search finds, sorted; count() must agree with what page() returns.
    static QStringList search(const HistoryStore& store, const QString& text)
    {
        HistoryFilter filter;
        filter.search = text;
        const QList<Notification> found = store.page(filter, 0, 1000);
        return store.count(filter) == found.size() ? titlesOf(found)
                                                   : QStringList{QStringLiteral("count differs")};
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup() { m_dir.reset(); }

    void opensWithWalAndTheCurrentSchema()
    {
        HistoryStore store;
        QString error;
        QVERIFY2(store.open(file(), &error), qPrintable(error));
        QVERIFY(store.isOpen());
        QCOMPARE(store.path(), file());
        QCOMPARE(store.unreadCount(), 0);
        store.close();
        QVERIFY(!store.isOpen());
        QCOMPARE(sqlOnFile(file(), {QStringLiteral("PRAGMA user_version")}).toInt(),
                 HistoryStore::SchemaVersion);
        QCOMPARE(sqlOnFile(file(), {QStringLiteral("PRAGMA journal_mode")}).toString(),
                 QStringLiteral("wal"));
    }

    void storesEveryField()
    {
        HistoryStore store;
        QVERIFY(store.open(file(), nullptr));
        QSignalSpy inserted(&store, &HistoryStore::inserted);

        Notification n = note(1, QStringLiteral("orders.eu"));
        n.pattern = QStringLiteral("orders.*");
        n.body = QStringLiteral("short…");
        n.fullBody = QStringLiteral("the whole long body\nwith lines");
        n.priority = Notification::Urgent;
        n.url = QUrl(QStringLiteral("https://example.com/a b?q=ü#frag"));
        n.iconUrl = QUrl(QStringLiteral("https://example.com/icon.png"));
        n.tags = {QStringLiteral("warning"), QStringLiteral("tag \"quoted\"")};
        n.actions = {{QStringLiteral("Open"), QUrl(QStringLiteral("https://example.com/x"))},
                     {QStringLiteral("Mail"), QUrl(QStringLiteral("mailto:ops@example.com"))}};
        n.time = QDateTime(QDate(2024, 2, 29), QTime(23, 59, 58, 123), Qt::UTC);
        n.received = n.time.addMSecs(456);
        n.raw = QByteArray("{\"a\":1}\0\xff binary", 17);

        const QList<Notification> stored = store.insert({n});
        QCOMPARE(stored.size(), 1);
        QVERIFY(stored.first().rowId > 0);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(idsOf(inserted.first().first().value<QList<Notification>>()), idsOf(stored));

        store.close();
        QVERIFY(store.open(file(), nullptr));
        const std::optional<Notification> back = store.byRowId(stored.first().rowId);
        QVERIFY(back.has_value());
        QCOMPARE(back->id, n.id);
        QCOMPARE(back->source, n.source);
        QCOMPARE(back->channel, n.channel);
        QCOMPARE(back->pattern, n.pattern);
        QCOMPARE(back->title, n.title);
        QCOMPARE(back->body, n.body);
        QCOMPARE(back->fullBody, n.fullBody);
        QCOMPARE(back->priority, n.priority);
        QCOMPARE(back->url, n.url);
        QCOMPARE(back->iconUrl, n.iconUrl);
        QCOMPARE(back->tags, n.tags);
        QCOMPARE(back->actions, n.actions);
        QCOMPARE(back->time, n.time);
        QCOMPARE(back->received, n.received);
        QCOMPARE(back->time.timeSpec(), Qt::UTC);
        QCOMPARE(back->raw, n.raw);
        QCOMPARE(back->read, false);
        QCOMPARE(back->rowId, stored.first().rowId);
        QVERIFY(!store.byRowId(stored.first().rowId + 1).has_value());
    }

    void aBatchKeepsEachRowsOwnValues()
    {
        // insert() binds only what differs from the previous row; every row must still come
        // back exactly as it went in, including values that change back and forth.
        QList<Notification> batch;
        for (int i = 0; i < 6; ++i) {
            Notification n = note(i, i % 2 ? QStringLiteral("odd") : QStringLiteral("even"));
            n.title = i == 3 ? n.title : QStringLiteral("same title");
            n.tags = i >= 4 ? QStringList{QStringLiteral("late")} : QStringList{};
            n.url = i == 2 ? QUrl(QStringLiteral("https://example.com/2")) : QUrl();
            n.priority = i == 5 ? Notification::Min : Notification::Normal;
            n.read = i == 1;
            n.time = i == 4 ? QDateTime() : n.time;
            batch << n;
        }
        HistoryStore store;
        QVERIFY(store.open(file(), nullptr));
        const QList<Notification> stored = store.insert(batch);
        QCOMPARE(stored.size(), batch.size());
        for (qsizetype i = 0; i < batch.size(); ++i) {
            const std::optional<Notification> back = store.byRowId(stored.at(i).rowId);
            QVERIFY(back.has_value());
            const Notification& n = batch.at(i);
            QCOMPARE(back->id, n.id);
            QCOMPARE(back->channel, n.channel);
            QCOMPARE(back->title, n.title);
            QCOMPARE(back->tags, n.tags);
            QCOMPARE(back->url, n.url);
            QCOMPARE(back->priority, n.priority);
            QCOMPARE(back->read, n.read);
            QCOMPARE(back->time, n.time);
            QCOMPARE(back->received, n.received);
        }
        QCOMPARE(store.unreadCount(), 5);
    }

    void emptyAndInvalidFieldsRoundTrip()
    {
        HistoryStore store;
        QVERIFY(store.open(QStringLiteral(":memory:"), nullptr));
        Notification n; // null strings, no times, no raw bytes
        n.id = QStringLiteral("x");
        const QList<Notification> stored = store.insert({n});
        QCOMPARE(stored.size(), 1);
        const std::optional<Notification> back = store.byRowId(stored.first().rowId);
        QVERIFY(back.has_value());
        QVERIFY(back->title.isEmpty());
        QVERIFY(back->url.isEmpty());
        QVERIFY(!back->time.isValid());
        QVERIFY(!back->received.isValid());
        QVERIFY(back->tags.isEmpty());
        QVERIFY(back->actions.isEmpty());
    }

    void duplicatesAreDroppedAcrossReopen()
    {
        {
            HistoryStore store;
            QVERIFY(store.open(file(), nullptr));
            QCOMPARE(store.insert(notes(0, 2)).size(), 2);
        }
        HistoryStore store;
        QVERIFY(store.open(file(), nullptr));
        QSignalSpy inserted(&store, &HistoryStore::inserted);
        Notification otherSource = note(0);
        otherSource.source = QStringLiteral("redis://elsewhere:6379");
        // id-1 was stored before the restart; id-2 comes twice in the batch.
        const QList<Notification> stored =
            store.insert({note(1), note(2), note(2), otherSource, note(0)});
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored.at(0).id, QStringLiteral("id-2"));
        QCOMPARE(stored.at(1).source, QStringLiteral("redis://elsewhere:6379"));
        QCOMPARE(store.count({}), 4);
        QCOMPARE(store.unreadCount(), 4);
        QCOMPARE(inserted.size(), 1);

        inserted.clear();
        QVERIFY(store.insert(notes(0, 2)).isEmpty());
        QCOMPARE(inserted.size(), 0); // nothing new, nothing announced
    }

    void readStateSurvivesReopen()
    {
        qint64 first = 0;
        {
            HistoryStore store;
            QVERIFY(store.open(file(), nullptr));
            const QList<Notification> stored = store.insert(notes(0, 5));
            first = stored.first().rowId;
            store.setRead({first, stored.at(2).rowId}, true);
            QCOMPARE(store.unreadCount(), 3);
        }
        HistoryStore store;
        QSignalSpy unread(&store, &HistoryStore::unreadCountChanged);
        QVERIFY(store.open(file(), nullptr));
        QCOMPARE(store.unreadCount(), 3);
        QCOMPARE(unread.size(), 1);
        QCOMPARE(unread.first().first().toInt(), 3);
        QVERIFY(store.byRowId(first)->read);
        QVERIFY(!store.byRowId(first + 1)->read);
    }

    void unreadCountFollowsEveryChange()
    {
        HistoryStore store;
        QVERIFY(store.open(file(), nullptr));
        QSignalSpy unread(&store, &HistoryStore::unreadCountChanged);
        QSignalSpy changed(&store, &HistoryStore::changed);
        const QList<Notification> stored = store.insert(notes(0, 10));
        QCOMPARE(unread.takeLast().first().toInt(), 10);

        store.setRead({stored.at(0).rowId, stored.at(1).rowId}, true);
        QCOMPARE(unread.takeLast().first().toInt(), 8);
        QCOMPARE(changed.size(), 1);
        store.setRead({stored.at(0).rowId}, true); // already read: no change, no signal
        QCOMPARE(unread.size(), 0);
        QCOMPARE(changed.size(), 1);
        store.setRead({stored.at(0).rowId}, false);
        QCOMPARE(unread.takeLast().first().toInt(), 9);

        store.remove({stored.at(1).rowId, stored.at(2).rowId}); // one read, one unread
        QCOMPARE(unread.takeLast().first().toInt(), 8);
        QCOMPARE(store.count({}), 8);

        Notification alreadyRead = note(100);
        alreadyRead.read = true;
        QCOMPARE(store.insert({alreadyRead}).first().read, true);
        QCOMPARE(unread.size(), 0);

        QCOMPARE(store.markAllRead({}), 8);
        QCOMPARE(unread.takeLast().first().toInt(), 0);
        QCOMPARE(store.markAllRead({}), 0);
        QCOMPARE(unread.size(), 0);
    }

    void pagesAreNewestFirstWithoutGapsOrRepeats()
    {
        HistoryStore store;
        QVERIFY(store.open(file(), nullptr));
        QList<Notification> all = store.insert(notes(0, 500, QStringLiteral("a")));
        all += store.insert(notes(500, 500, QStringLiteral("b")));
        QCOMPARE(all.size(), 1000);

        for (const QString& channel : {QString(), QStringLiteral("a"), QStringLiteral("b")}) {
            HistoryFilter filter;
            filter.channel = channel;
            QList<qint64> expected;
            for (const Notification& n : all) {
                if (channel.isEmpty() || n.channel == channel)
                    expected << n.rowId;
            }
            std::sort(expected.begin(), expected.end(), std::greater<>());

            QList<qint64> seen;
            qint64 before = 0;
            for (;;) {
                const QList<Notification> page = store.page(filter, before, 73);
                if (page.isEmpty())
                    break;
                QVERIFY(page.size() <= 73);
                seen += idsOf(page);
                before = page.last().rowId;
            }
            QCOMPARE(seen, expected);
            QCOMPARE(store.count(filter), expected.size());
        }
        QCOMPARE(store.newest(3).first().title, QStringLiteral("Title 999"));
    }

    void searchMatchesPlainWords_data()
    {
        QTest::addColumn<bool>("fts");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("titles");

        const QList<std::pair<QString, QStringList>> cases = {
            {QStringLiteral("disk"), {QStringLiteral("Disk almost FULL on db-1")}},
            {QStringLiteral("DISK full"), {QStringLiteral("Disk almost FULL on db-1")}},
            {QStringLiteral("full   disk"), {QStringLiteral("Disk almost FULL on db-1")}},
            {QStringLiteral("deploy web"), {QStringLiteral("Deploy finished")}},
            {QStringLiteral("deplo"), {QStringLiteral("Deploy finished")}},
            {QStringLiteral("builds"), {QStringLiteral("Deploy finished")}}, // the channel
            {QStringLiteral("needle"), {QStringLiteral("Backup done")}},     // the full body
            {QStringLiteral("deploy disk"), {}},
            {QStringLiteral("xylophone"), {}},
            {QStringLiteral("%"), {QStringLiteral("100% done")}},
            {QStringLiteral("_"), {QStringLiteral("under_score")}},
            {QStringLiteral("\""), {QStringLiteral("Quote \"here\"")}},
            {QStringLiteral("*"), {QStringLiteral("Star * power")}},
            {QStringLiteral("\\"), {QStringLiteral("back\\slash")}},
            {QStringLiteral("NEAR("), {QStringLiteral("NEAR(x) thing")}},
        };
        for (const bool fts : {true, false}) {
            for (const auto& [text, titles] : cases) {
                QTest::addRow("%s %s", fts ? "fts" : "like", qPrintable(text))
                    << fts << text << titles;
            }
        }
        QTest::addRow("fts folds accents")
            << true << QStringLiteral("CAFE") << QStringList{QStringLiteral("Café ouvert")};
        QTest::addRow("fts folds non-ASCII case")
            << true << QStringLiteral("CAFÉ") << QStringList{QStringLiteral("Café ouvert")};
    }

    void searchMatchesPlainWords()
    {
        QFETCH(bool, fts);
        QFETCH(QString, text);
        QFETCH(QStringList, titles);
        HistoryStore store;
        openSearchStore(store, fts);
        QSignalSpy errors(&store, &HistoryStore::error);
        titles.sort();
        QCOMPARE(search(store, text), titles);
        QCOMPARE(errors.size(), 0);
    }

    void emptySearchMatchesEverything()
    {
        HistoryStore store;
        openSearchStore(store, true);
        HistoryFilter filter;
        filter.search = QStringLiteral("  \t ");
        QCOMPARE(store.count(filter), searchCorpus().size());
    }

    void hostileSearchTextNeverErrors_data()
    {
        QTest::addColumn<bool>("fts");
        for (const bool fts : {true, false}) {
            QTest::addRow("%s", fts ? "fts" : "like") << fts;
        }
    }

    void hostileSearchTextNeverErrors()
    {
        QFETCH(bool, fts);
        HistoryStore store;
        openSearchStore(store, fts);
        QSignalSpy errors(&store, &HistoryStore::error);
        for (const QString& text : hostileTexts()) {
            HistoryFilter filter;
            filter.search = text;
            const QList<Notification> found = store.page(filter, 0, 1000);
            QCOMPARE(store.count(filter), found.size());
            filter.unreadOnly = true;
            store.markAllRead(filter);
            QVERIFY2(errors.isEmpty(), qPrintable(text));
        }
        QCOMPARE(store.count({}), searchCorpus().size());
    }

    void searchIndexIsRebuiltAfterAnOpenWithoutIt()
    {
        {
            HistoryStore store;
            openSearchStore(store, false); // rows stored while the index is not kept
        }
        HistoryStore store;
        QVERIFY(store.open(file(), nullptr));
        QVERIFY(store.usesFullTextSearch());
        QCOMPARE(search(store, QStringLiteral("needle")),
                 QStringList{QStringLiteral("Backup done")});
        Notification later = note(1000);
        later.title = QStringLiteral("Needle again");
        store.insert({later});
        QCOMPARE(search(store, QStringLiteral("needle")).size(), 2);
    }

    void searchIndexFollowsDeletes()
    {
        HistoryStore store;
        openSearchStore(store, true);
        HistoryFilter filter;
        filter.search = QStringLiteral("needle");
        store.remove(idsOf(store.page(filter, 0, 10)));
        QCOMPARE(store.count(filter), 0);
        store.clear();
        QCOMPARE(store.count({}), 0);
        store.insert(searchCorpus());
        QCOMPARE(store.count(filter), 1); // the index was emptied with the table, not corrupted
    }

    void filtersCombineChannelSourceUnreadAndSearch()
    {
        HistoryStore store;
        QVERIFY(store.open(file(), nullptr));
        QList<Notification> list =
            notes(0, 10, QStringLiteral("a")) + notes(10, 10, QStringLiteral("b"));
        for (int i = 0; i < list.size(); i += 2)
            list[i].source = QStringLiteral("redis://other:6379");
        const QList<Notification> stored = store.insert(list);
        store.setRead({stored.at(0).rowId, stored.at(1).rowId, stored.at(12).rowId}, true);

        HistoryFilter filter;
        filter.channel = QStringLiteral("a");
        QCOMPARE(store.count(filter), 10);
        filter.unreadOnly = true;
        QCOMPARE(store.count(filter), 8);
        filter.source = QStringLiteral("redis://other:6379");
        QCOMPARE(store.count(filter), 4); // 0, 2, ..., 8 less read 0
        filter.search = QStringLiteral("title 4");
        QCOMPARE(titlesOf(store.page(filter, 0, 100)), QStringList{QStringLiteral("Title 4")});
        QCOMPARE(store.page(filter, 0, 100).first().channel, QStringLiteral("a"));

        HistoryFilter unread;
        unread.unreadOnly = true;
        QCOMPARE(store.count(unread), 17);
        QCOMPARE(store.page(unread, 0, 100).size(), 17);
        QCOMPARE(store.channels(), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    }

    void rowStatesCoverTheSpanAsked()
    {
        HistoryStore store;
        QVERIFY(store.open(file(), nullptr));
        const QList<Notification> stored =
            store.insert(notes(0, 10, QStringLiteral("a")) + notes(10, 10, QStringLiteral("b")));
        store.setRead({stored.at(15).rowId}, true);

        HistoryFilter filter;
        filter.channel = QStringLiteral("b");
        const QList<HistoryStore::RowState> states = store.rowStates(filter, stored.at(12).rowId);
        QCOMPARE(states.size(), 8); // 19 down to 12
        QCOMPARE(states.first().rowId, stored.at(19).rowId);
        QCOMPARE(states.last().rowId, stored.at(12).rowId);
        for (const HistoryStore::RowState& state : states)
            QCOMPARE(state.read, state.rowId == stored.at(15).rowId);

        filter.search = QStringLiteral("title 15");
        const QList<HistoryStore::RowState> found = store.rowStates(filter, 0);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().rowId, stored.at(15).rowId);
        QVERIFY(found.first().read);
    }

    void markAllReadHonoursTheFilter()
    {
        HistoryStore store;
        QVERIFY(store.open(file(), nullptr));
        store.insert(notes(0, 10, QStringLiteral("a")) + notes(10, 10, QStringLiteral("b")));
        QSignalSpy changed(&store, &HistoryStore::changed);

        HistoryFilter filter;
        filter.channel = QStringLiteral("b");
        filter.search = QStringLiteral("title");
        QCOMPARE(store.markAllRead(filter), 10);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(store.unreadCount(), 10);
        HistoryFilter unread;
        unread.unreadOnly = true;
        for (const Notification& n : store.page(unread, 0, 100))
            QCOMPARE(n.channel, QStringLiteral("a"));

        filter = {};
        filter.search = QStringLiteral("%"); // matches nothing: nothing changes
        QCOMPARE(store.markAllRead(filter), 0);
        QCOMPARE(changed.size(), 1);
    }

    void removeAndClear()
    {
        HistoryStore store;
        QVERIFY(store.open(file(), nullptr));
        const QList<Notification> stored = store.insert(notes(0, 1200));
        QSignalSpy changed(&store, &HistoryStore::changed);

        QList<qint64> gone;
        for (int i = 0; i < 1200; i += 2) // more ids than one statement binds
            gone << stored.at(i).rowId;
        store.remove(gone);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(store.count({}), 600);
        QCOMPARE(store.unreadCount(), 600);
        QVERIFY(!store.byRowId(gone.first()).has_value());
        store.remove({gone.first()}); // gone already: no change
        QCOMPARE(changed.size(), 1);

        store.clear();
        QCOMPARE(changed.size(), 2);
        QCOMPARE(store.count({}), 0);
        QCOMPARE(store.unreadCount(), 0);
        QVERIFY(store.channels().isEmpty());
        QCOMPARE(store.insert(notes(5000, 1)).size(), 1);
    }

    void retentionByCount()
    {
        HistoryStore store;
        QVERIFY(store.open(file(), nullptr));
        const QList<Notification> stored = store.insert(notes(0, 100));
        store.setRead({stored.at(99).rowId}, true);
        QSignalSpy changed(&store, &HistoryStore::changed);
        QCOMPARE(store.applyRetention(30, 0, kBase), 70);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(store.count({}), 30);
        QCOMPARE(store.unreadCount(), 29);
        QCOMPARE(store.page({}, 0, 100).last().title, QStringLiteral("Title 70"));
        QCOMPARE(store.applyRetention(30, 0, kBase), 0);
        QCOMPARE(store.applyRetention(0, 0, kBase), 0); // 0: no limit
        QCOMPARE(changed.size(), 1);
    }

    void retentionByAge()
    {
        HistoryStore store;
        QVERIFY(store.open(file(), nullptr));
        QList<Notification> list = notes(0, 10);
        for (int i = 0; i < list.size(); ++i)
            list[i].received = kBase.addDays(i); // day 0 .. day 9
        store.insert(list);
        // Now is day 10; 3 days keeps what arrived on day 7 or later.
        QCOMPARE(store.applyRetention(1000, 3, kBase.addDays(10)), 7);
        QCOMPARE(titlesOf(store.page({}, 0, 100)),
                 (QStringList{QStringLiteral("Title 7"), QStringLiteral("Title 8"),
                              QStringLiteral("Title 9")}));
        QCOMPARE(store.unreadCount(), 3);
        QCOMPARE(store.applyRetention(2, 3, kBase.addDays(10)), 1); // both limits at once
        QCOMPARE(store.count({}), 2);
    }

    void migratesFromVersionZero()
    {
        // A file as an older Herald (or anything else) left it: SQLite, user_version 0.
        sqlOnFile(file(), {QStringLiteral("CREATE TABLE unrelated (x INTEGER)"),
                           QStringLiteral("INSERT INTO unrelated VALUES (7)")});
        QCOMPARE(sqlOnFile(file(), {QStringLiteral("PRAGMA user_version")}).toInt(), 0);
        {
            HistoryStore store;
            QString error;
            QVERIFY2(store.open(file(), &error), qPrintable(error));
            QCOMPARE(store.insert(notes(0, 3)).size(), 3);
        }
        QCOMPARE(sqlOnFile(file(), {QStringLiteral("PRAGMA user_version")}).toInt(),
                 HistoryStore::SchemaVersion);
        QCOMPARE(sqlOnFile(file(), {QStringLiteral("SELECT x FROM unrelated")}).toInt(), 7);
        HistoryStore store;
        QVERIFY(store.open(file(), nullptr)); // and opening it again migrates nothing
        QCOMPARE(store.count({}), 3);
    }

    void refusesASchemaFromANewerVersion()
    {
        {
            HistoryStore store;
            QVERIFY(store.open(file(), nullptr));
        }
        sqlOnFile(file(), {QStringLiteral("PRAGMA user_version = 99")});
        HistoryStore store;
        QString error;
        QVERIFY(!store.open(file(), &error));
        QVERIFY(!store.isOpen());
        QVERIFY2(error.contains(file()) && error.contains(QLatin1String("newer")),
                 qPrintable(error));
    }

    void aCorruptFileFailsOpenWithAMessage_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QByteArray random(8192, Qt::Uninitialized);
        for (char& c : random)
            c = static_cast<char>(QRandomGenerator::global()->bounded(256));
        QTest::newRow("random bytes") << random;
        QTest::newRow("text") << QByteArray("this is not a database\n").repeated(200);
        QByteArray header("SQLite format 3");
        header.append('\0');
        QTest::newRow("sqlite header, garbage after") << header + random;
    }

    void aCorruptFileFailsOpenWithAMessage()
    {
        QFETCH(QByteArray, bytes);
        QFile garbage(file());
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(bytes);
        garbage.close();

        HistoryStore store;
        QString error;
        QVERIFY(!store.open(file(), &error));
        QVERIFY(!store.isOpen());
        QVERIFY2(error.contains(file()), qPrintable(error));
        // A closed store answers everything harmlessly.
        QVERIFY(store.insert(notes(0, 1)).isEmpty());
        QVERIFY(store.page({}, 0, 10).isEmpty());
        QCOMPARE(store.count({}), 0);
        store.setRead({1}, true);
        store.clear();
        QCOMPARE(store.applyRetention(1, 1, kBase), 0);
        // The same store opens a good file afterwards.
        QVERIFY(store.open(file(QStringLiteral("good.db")), &error));
    }

    void aDamagedFileNeverCrashes()
    {
        {
            HistoryStore store;
            QVERIFY(store.open(file(), nullptr));
            for (int batch = 0; batch < 4; ++batch)
                store.insert(notes(batch * 1000, 1000));
        }
        // Keep the first page (header and schema), overwrite the rest with garbage.
        QFile damaged(file());
        QVERIFY(damaged.open(QIODevice::ReadWrite));
        const qint64 size = damaged.size();
        QVERIFY(size > 64 * 1024);
        QVERIFY(damaged.seek(4096));
        QByteArray garbage(static_cast<qsizetype>(size - 4096), Qt::Uninitialized);
        for (char& c : garbage)
            c = static_cast<char>(QRandomGenerator::global()->bounded(256));
        damaged.write(garbage);
        damaged.close();

        HistoryStore store;
        QSignalSpy errors(&store, &HistoryStore::error);
        QString error;
        if (!store.open(file(), &error)) {
            QVERIFY2(error.contains(file()), qPrintable(error));
            return;
        }
        // Opened (the damage is where open() did not look): every use reports, none crashes.
        HistoryFilter filter;
        filter.search = QStringLiteral("title");
        store.page({}, 0, 100);
        store.page(filter, 0, 100);
        store.count(filter);
        store.insert(notes(10'000, 10));
        store.markAllRead({});
        store.applyRetention(10, 1, kBase);
        store.clear();
        QVERIFY(!errors.isEmpty());
        for (const QList<QVariant>& arguments : std::as_const(errors))
            QVERIFY2(arguments.first().toString().contains(file()),
                     qPrintable(arguments.first().toString()));
    }

    void anUnusablePathFailsOpenWithAMessage()
    {
        QFile blocker(file(QStringLiteral("not-a-folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString path = file(QStringLiteral("not-a-folder/history.db"));
        HistoryStore store;
        QString error;
        QVERIFY(!store.open(path, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
    }

    void aFullDiskIsReportedAndChangesNothing()
    {
        HistoryStore store;
        QVERIFY(store.open(file(), nullptr));
        store.insert(notes(0, 10));
        QSqlDatabase db = connectionOf(file());
        QVERIFY(db.isValid());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA page_count")) && query.next());
        const int pages = query.value(0).toInt();
        query.finish();
        QVERIFY(query.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
        query.finish();

        QSignalSpy errors(&store, &HistoryStore::error);
        QSignalSpy inserted(&store, &HistoryStore::inserted);
        QList<Notification> big = notes(100, 500);
        for (Notification& n : big)
            n.body = QString(2000, QLatin1Char('x'));
        QVERIFY(store.insert(big).isEmpty());
        QCOMPARE(errors.size(), 1);
        const QString message = errors.first().first().toString();
        QVERIFY2(message.contains(file()) && message.contains(QLatin1String("full")),
                 qPrintable(message));
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(store.count({}), 10);
        QCOMPARE(store.unreadCount(), 10);

        QVERIFY(query.exec(QStringLiteral("PRAGMA max_page_count = 1000000")));
        query.finish();
        QCOMPARE(store.insert(big).size(), 500); // room again: works as before
    }

    void severalStoresAtOnce()
    {
        HistoryStore a;
        HistoryStore b;
        HistoryStore c;
        QVERIFY(a.open(file(QStringLiteral("a.db")), nullptr));
        QVERIFY(b.open(file(QStringLiteral("b.db")), nullptr));
        QVERIFY(c.open(QStringLiteral(":memory:"), nullptr));
        a.insert(notes(0, 2));
        b.insert(notes(0, 3));
        c.insert(notes(0, 4));
        QCOMPARE(a.count({}), 2);
        QCOMPARE(b.count({}), 3);
        QCOMPARE(c.count({}), 4);
    }

    void largeHistoryTimings()
    {
        HistoryStore store;
        QVERIFY(store.open(file(), nullptr));
        QStringList words = {QStringLiteral("deploy"), QStringLiteral("backup"),
                             QStringLiteral("alert"), QStringLiteral("login"),
                             QStringLiteral("payment")};
        QList<qint64> batchMs;
        QList<qint64> batchCpuMs; // the machine may be shared: CPU time says more than wall time
        for (int batch = 0; batch < 10; ++batch) {
            QList<Notification> list = notes(batch * 10'000, 10'000);
            for (int i = 0; i < list.size(); ++i) {
                Notification& n = list[i];
                n.title = QStringLiteral("%1 finished on host-%2").arg(words.at(i % 5)).arg(i % 97);
                n.body = QStringLiteral("Job %1 took %2 ms; see the dashboard for details.")
                             .arg(batch * 10'000 + i)
                             .arg(i % 1000);
                n.tags = {QStringLiteral("ci")};
                n.raw = n.body.toUtf8();
            }
            QElapsedTimer timer;
            timer.start();
            const std::clock_t cpuStart = std::clock();
            QCOMPARE(store.insert(list).size(), 10'000);
            batchMs << timer.elapsed();
            batchCpuMs << static_cast<qint64>(std::clock() - cpuStart) * 1000 / CLOCKS_PER_SEC;
        }
        std::sort(batchMs.begin(), batchMs.end());
        std::sort(batchCpuMs.begin(), batchCpuMs.end());
        qInfo("10,000-row insert batches into 0..100,000 rows: wall fastest %lld ms, median %lld"
              " ms, slowest %lld ms; CPU median %lld ms",
              batchMs.first(), batchMs.at(5), batchMs.last(), batchCpuMs.at(5));

        HistoryFilter filter;
        filter.search = QStringLiteral("Deploy host-42");
        QElapsedTimer timer;
        timer.start();
        const QList<Notification> page = store.page(filter, 0, 200);
        const qint64 pageMs = timer.restart();
        const int matches = store.count(filter);
        const qint64 countMs = timer.restart();
        qInfo("search over 100,000 rows: first page %lld ms, count %lld ms (%d matches)", pageMs,
              countMs, matches);
        QVERIFY(!page.isEmpty());
        for (const Notification& n : page)
            QVERIFY(n.title.startsWith(QLatin1String("deploy finished on host-42")));

        filter.search = QStringLiteral("%");
        timer.restart();
        QVERIFY(store.page(filter, 0, 200).isEmpty()); // a LIKE word that matches nothing
        qInfo("LIKE search over 100,000 rows that matches nothing: %lld ms", timer.elapsed());

        timer.restart();
        QCOMPARE(store.applyRetention(50'000, 0, kBase), 50'000);
        qInfo("retention deleting 50,000 rows: %lld ms", timer.elapsed());
        timer.restart();
        store.clear();
        qInfo("clear of 50,000 rows: %lld ms", timer.elapsed());
    }
};

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
