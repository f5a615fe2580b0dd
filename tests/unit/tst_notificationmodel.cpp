#include "SampleNotifications.h"
#include "notifications/NotificationModel.h"
#include "storage/HistoryStore.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
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

QList<qint64> idsOf(const QAbstractItemModel& model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(NotificationModel::RowIdRole).toLongLong();
    return ids;
}

bool strictlyNewestFirst(const QList<qint64>& ids)
{
    return std::adjacent_find(ids.cbegin(), ids.cend(), std::less_equal<>()) == ids.cend();
}

} // namespace

class TestNotificationModel : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HistoryStore> m_store;

    // A model with QAbstractItemModelTester watching every change it makes.
    struct Watched {
        std::unique_ptr<NotificationModel> model;
        std::unique_ptr<QAbstractItemModelTester> tester;
    };

    Watched watched(const HistoryFilter& filter = {})
    {
        Watched w;
        w.model = std::make_unique<NotificationModel>(m_store.get());
        w.model->setFilter(filter);
        w.tester = std::make_unique<QAbstractItemModelTester>(
            w.model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        return w;
    }

    static void fetchAll(NotificationModel& model)
    {
        while (model.canFetchMore({}))
            model.fetchMore({});
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_store = std::make_unique<HistoryStore>();
        QString error;
        QVERIFY2(m_store->open(m_dir->filePath(QStringLiteral("history.db")), &error),
                 qPrintable(error));
    }

    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void anEmptyHistory()
    {
        Watched w = watched();
        QCOMPARE(w.model->rowCount(), 0);
        QVERIFY(!w.model->canFetchMore({}));
        QCOMPARE(w.model->totalCount(), 0);
        QCOMPARE(w.model->rowOfId(1), -1);
        QCOMPARE(w.model->at(0).rowId, 0);
    }

    void everyRoleHasItsValue()
    {
        Notification n = note(1, QStringLiteral("orders.eu"));
        n.pattern = QStringLiteral("orders.*");
        n.body = QStringLiteral("short…");
        n.fullBody = QStringLiteral("the whole body");
        n.priority = Notification::High;
        n.url = QUrl(QStringLiteral("https://shop.example.com/o/1"));
        n.iconUrl = QUrl(QStringLiteral("https://example.com/i.png"));
        n.tags = {QStringLiteral("money")};
        n.actions = {{QStringLiteral("Open"), QUrl(QStringLiteral("https://a.example.org/x"))},
                     {QStringLiteral("Mail"), QUrl(QStringLiteral("mailto:ops@example.com"))}};
        const qint64 rowId = m_store->insert({n}).first().rowId;

        Watched w = watched();
        QCOMPARE(w.model->rowCount(), 1);
        const QModelIndex index = w.model->index(0, 0);
        QCOMPARE(index.data(Qt::DisplayRole).toString(), n.title);
        QCOMPARE(index.data(NotificationModel::TitleRole).toString(), n.title);
        QCOMPARE(index.data(NotificationModel::RowIdRole).toLongLong(), rowId);
        QCOMPARE(index.data(NotificationModel::BodyRole).toString(), n.body);
        QCOMPARE(index.data(NotificationModel::FullBodyRole).toString(), n.fullBody);
        QCOMPARE(index.data(NotificationModel::ChannelRole).toString(), n.channel);
        QCOMPARE(index.data(NotificationModel::PatternRole).toString(), n.pattern);
        QCOMPARE(index.data(NotificationModel::SourceRole).toString(), n.source);
        QCOMPARE(index.data(NotificationModel::PriorityRole).toInt(),
                 static_cast<int>(Notification::High));
        QCOMPARE(index.data(NotificationModel::UrlRole).toUrl(), n.url.toUrl());
        QCOMPARE(index.data(NotificationModel::UrlHostRole).toString(),
                 QStringLiteral("shop.example.com"));
        QCOMPARE(index.data(NotificationModel::TimeRole).toDateTime(), n.time);
        QCOMPARE(index.data(NotificationModel::ReceivedRole).toDateTime(), n.received);
        QCOMPARE(index.data(NotificationModel::ReadRole).toBool(), false);
        QCOMPARE(index.data(NotificationModel::TagsRole).toStringList(), n.tags);
        QCOMPARE(index.data(NotificationModel::IconUrlRole).toUrl(), n.iconUrl);
        QCOMPARE(index.data(NotificationModel::NotificationRole).value<Notification>().rowId,
                 rowId);

        const QVariantList actions = index.data(NotificationModel::ActionsRole).toList();
        QCOMPARE(actions.size(), 2);
        const QVariantMap open = actions.at(0).toMap();
        QCOMPARE(open.value(QStringLiteral("label")).toString(), QStringLiteral("Open"));
        QCOMPARE(open.value(QStringLiteral("url")).toUrl(), n.actions.at(0).url.toUrl());
        QCOMPARE(open.value(QStringLiteral("host")).toString(), QStringLiteral("a.example.org"));
        QCOMPARE(actions.at(1).toMap().value(QStringLiteral("host")).toString(),
                 QStringLiteral("ops@example.com"));

        const QString tip = index.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QLatin1String("2024")), qPrintable(tip));
        QVERIFY(w.model->roleNames().value(NotificationModel::UrlHostRole) == "urlHost");

        QCOMPARE(w.model->at(0).title, n.title);
        QCOMPARE(w.model->rowOfId(rowId), 0);
    }

    void gapMarkersHaveTheirKindAndStayOutOfTheUnreadFilter()
    {
        Notification gap = note(2);
        gap.kind = Notification::Kind::Gap;
        gap.title = QStringLiteral("Possibly missed messages");
        m_store->insert({note(1), gap});

        Watched all = watched();
        QCOMPARE(all.model->rowCount(), 2);
        const QModelIndex top = all.model->index(0, 0);
        QCOMPARE(top.data(NotificationModel::KindRole).toInt(),
                 static_cast<int>(Notification::Kind::Gap));
        QVERIFY(top.data(NotificationModel::IsGapRole).toBool());
        QVERIFY(top.data(NotificationModel::ReadRole).toBool()); // stored read
        const QModelIndex message = all.model->index(1, 0);
        QCOMPARE(message.data(NotificationModel::KindRole).toInt(),
                 static_cast<int>(Notification::Kind::Message));
        QVERIFY(!message.data(NotificationModel::IsGapRole).toBool());
        QCOMPARE(all.model->roleNames().value(NotificationModel::KindRole), QByteArray("kind"));

        HistoryFilter unread;
        unread.unreadOnly = true;
        Watched unreadOnly = watched(unread);
        QCOMPARE(unreadOnly.model->rowCount(), 1);
        QVERIFY(!unreadOnly.model->index(0, 0).data(NotificationModel::IsGapRole).toBool());
    }

    void aMailtoUrlShowsItsAddress()
    {
        Notification n = note(1);
        n.url = QUrl(QStringLiteral("mailto:someone@example.net?subject=hi"));
        m_store->insert({n});
        Watched w = watched();
        QCOMPARE(w.model->index(0, 0).data(NotificationModel::UrlHostRole).toString(),
                 QStringLiteral("someone@example.net"));
    }

    void loadsLazilyOverAHundredThousandRows()
    {
        for (int batch = 0; batch < 10; ++batch)
            QCOMPARE(m_store->insert(notes(batch * 10'000, 10'000)).size(), 10'000);

        QElapsedTimer timer;
        timer.start();
        NotificationModel model(m_store.get());
        const qint64 constructionMs = timer.elapsed();
        qInfo("model over 100,000 stored rows: constructed with its first page in %lld ms",
              constructionMs);
        QCOMPARE(model.rowCount(), NotificationModel::PageSize);
        QVERIFY(model.canFetchMore({}));
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Title 99999"));
        {
            // The tester fetches a page itself and checks every loaded row on every change, so
            // it watches the first pages only: over all 100,000 rows it would be quadratic.
            QAbstractItemModelTester tester(&model,
                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
            const int loaded = model.rowCount();
            model.fetchMore({});
            QCOMPARE(model.rowCount(), loaded + NotificationModel::PageSize);
        }

        timer.restart();
        QCOMPARE(model.totalCount(), 100'000);
        qInfo("totalCount() over 100,000 rows: %lld ms", timer.elapsed());

        timer.restart();
        fetchAll(model);
        qInfo("fetching all 100,000 rows page by page: %lld ms", timer.elapsed());
        QCOMPARE(model.rowCount(), 100'000);
        QVERIFY(!model.canFetchMore({}));
        const QList<qint64> ids = idsOf(model);
        QVERIFY(strictlyNewestFirst(ids));
        QCOMPARE(model.index(99'999, 0).data().toString(), QStringLiteral("Title 0"));
        QCOMPARE(model.rowOfId(ids.at(54'321)), 54'321);

        // A change re-reads the row ids and read state of all 100,000 loaded rows, not the rows.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        timer.restart();
        m_store->setRead({ids.at(77'777)}, true);
        qInfo("marking one row read with 100,000 rows loaded: %lld ms", timer.elapsed());
        QCOMPARE(changed.size(), 1);
        QVERIFY(model.index(77'777, 0).data(NotificationModel::ReadRole).toBool());
        QCOMPARE(model.rowCount(), 100'000);
    }

    void aFilterReloadsAndIsReadInSql()
    {
        m_store->insert(notes(0, 300, QStringLiteral("a")) + notes(300, 300, QStringLiteral("b")));
        Watched w = watched();
        QSignalSpy reset(w.model.get(), &QAbstractItemModel::modelReset);

        HistoryFilter filter;
        filter.channel = QStringLiteral("a");
        w.model->setFilter(filter);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(w.model->filter(), filter);
        QCOMPARE(w.model->totalCount(), 300);
        fetchAll(*w.model);
        QCOMPARE(w.model->rowCount(), 300);
        for (int row = 0; row < w.model->rowCount(); ++row)
            QCOMPARE(w.model->at(row).channel, QStringLiteral("a"));

        w.model->setFilter(filter); // the same filter: nothing to do
        QCOMPARE(reset.size(), 1);

        filter.search = QStringLiteral("title 29");
        w.model->setFilter(filter);
        QCOMPARE(reset.size(), 2);
        QCOMPARE(w.model->totalCount(), 11); // 29, 290..299
        QCOMPARE(w.model->rowCount(), 11);
        QVERIFY(!w.model->canFetchMore({}));
    }

    void newNotificationsAppearAtTheTop()
    {
        m_store->insert(notes(0, 1000));
        Watched w = watched();
        QCOMPARE(w.model->totalCount(), 1000);
        QSignalSpy inserted(w.model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(w.model.get(), &QAbstractItemModel::modelReset);

        const int loaded = w.model->rowCount();
        QVERIFY(loaded < 1000);
        m_store->insert(notes(1000, 3));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(inserted.first().at(2).toInt(), 2);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(w.model->rowCount(), loaded + 3);
        QCOMPARE(w.model->at(0).title, QStringLiteral("Title 1002"));
        QCOMPARE(w.model->totalCount(), 1003);
        QVERIFY(strictlyNewestFirst(idsOf(*w.model)));

        // Paging on afterwards continues below the pages read: no repeats, no gaps.
        fetchAll(*w.model);
        QCOMPARE(w.model->rowCount(), 1003);
        QVERIFY(strictlyNewestFirst(idsOf(*w.model)));
    }

    // A burst into a long-running window must not keep every row it ever showed: the model
    // lets the oldest loaded rows go and reads them again when someone scrolls down.
    void aBurstKeepsMemoryBoundedAndScrollingReadsEverythingBack()
    {
        m_store->insert(notes(0, 300));
        Watched w = watched();
        for (int from = 300; from < 300 + 3000; from += 500)
            m_store->insert(notes(from, 500));
        QCOMPARE(w.model->rowCount(), NotificationModel::MinKeptRows);
        QCOMPARE(w.model->at(0).title, QStringLiteral("Title 3299"));
        QCOMPARE(w.model->totalCount(), 3300);
        QVERIFY(w.model->canFetchMore({}));

        fetchAll(*w.model);
        const QList<qint64> ids = idsOf(*w.model);
        QCOMPARE(ids.size(), 3300);
        QVERIFY(strictlyNewestFirst(ids));

        // What the user scrolled to stays: the next burst keeps as many rows as they loaded.
        m_store->insert(notes(3300, 2000));
        QCOMPARE(w.model->rowCount(), 3300);
        QCOMPARE(w.model->at(0).title, QStringLiteral("Title 5299"));
        QVERIFY(strictlyNewestFirst(idsOf(*w.model)));
        fetchAll(*w.model);
        QCOMPARE(w.model->rowCount(), 5300);
    }

    // One batch larger than what is kept: only its newest rows are inserted at all.
    void aHugeBatchInsertsOnlyWhatIsKept()
    {
        Watched w = watched();
        QSignalSpy inserted(w.model.get(), &QAbstractItemModel::rowsInserted);
        m_store->insert(notes(0, 2500));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(2).toInt(), NotificationModel::MinKeptRows - 1);
        QCOMPARE(w.model->at(0).title, QStringLiteral("Title 2499"));
        fetchAll(*w.model);
        QCOMPARE(w.model->rowCount(), 2500);
        QVERIFY(strictlyNewestFirst(idsOf(*w.model)));
    }

    void newNotificationsThatDoNotMatchStayOut()
    {
        m_store->insert(notes(0, 10));
        HistoryFilter filter;
        filter.channel = QStringLiteral("alerts");
        filter.search = QStringLiteral("deploy");
        Watched w = watched(filter);
        QCOMPARE(w.model->rowCount(), 0);
        QSignalSpy inserted(w.model.get(), &QAbstractItemModel::rowsInserted);

        QList<Notification> batch = notes(100, 4);
        batch[0].title = QStringLiteral("Deploy started");                  // matches
        batch[1].title = QStringLiteral("Deploy finished");                 // matches
        batch[1].channel = QStringLiteral("other");                         // but wrong channel
        batch[2].title = QStringLiteral("Backup done");                     // no match
        batch[3].body = QStringLiteral("the deployment of web is running"); // matches by prefix
        m_store->insert(batch);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(w.model->rowCount(), 2);
        QCOMPARE(w.model->at(0).id, QStringLiteral("id-103"));
        QCOMPARE(w.model->at(1).title, QStringLiteral("Deploy started"));
        QCOMPARE(w.model->totalCount(), 2);

        m_store->insert({note(200, QStringLiteral("other"))});
        QCOMPARE(inserted.size(), 1);
    }

    void readStateIsRefreshedInPlace()
    {
        const QList<Notification> stored = m_store->insert(notes(0, 2000));
        Watched w = watched();
        const int loaded = w.model->rowCount();
        QVERIFY(loaded < 2000);
        QSignalSpy changed(w.model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy reset(w.model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy removed(w.model.get(), &QAbstractItemModel::rowsRemoved);

        const qint64 id = stored.at(1800).rowId;
        const int row = w.model->rowOfId(id);
        QCOMPARE(row, 199);
        m_store->setRead({id}, true);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), row);
        QVERIFY(w.model->index(row, 0).data(NotificationModel::ReadRole).toBool());
        QCOMPARE(reset.size(), 0);
        QCOMPARE(removed.size(), 0);
        QCOMPARE(w.model->rowCount(), loaded);

        m_store->markAllRead({});
        QCOMPARE(w.model->rowCount(), loaded);
        for (int r = 0; r < w.model->rowCount(); ++r)
            QVERIFY(w.model->at(r).read);
    }

    void unreadOnlyDropsRowsMarkedReadAndTakesBackRowsMarkedUnread()
    {
        const QList<Notification> stored = m_store->insert(notes(0, 2000));
        HistoryFilter filter;
        filter.unreadOnly = true;
        Watched w = watched(filter);
        const int loaded = w.model->rowCount();
        QVERIFY(loaded < 2000);

        const qint64 id = stored.at(1950).rowId;
        m_store->setRead({id}, true);
        QCOMPARE(w.model->rowCount(), loaded - 1);
        QCOMPARE(w.model->rowOfId(id), -1);
        QCOMPARE(w.model->totalCount(), 1999);

        m_store->setRead({id}, false); // back, in its place, not at the top
        QCOMPARE(w.model->rowCount(), loaded);
        QCOMPARE(w.model->rowOfId(id), 49);
        QVERIFY(strictlyNewestFirst(idsOf(*w.model)));

        fetchAll(*w.model);
        QCOMPARE(w.model->rowCount(), 2000);
        QVERIFY(strictlyNewestFirst(idsOf(*w.model)));
    }

    void removedRowsLeaveTheModel()
    {
        const QList<Notification> stored = m_store->insert(notes(0, 2000));
        Watched w = watched();
        const int loaded = w.model->rowCount();
        QVERIFY(loaded < 1990);
        QSignalSpy removed(w.model.get(), &QAbstractItemModel::rowsRemoved);

        // The last one is not loaded yet.
        m_store->remove({stored.at(1999).rowId, stored.at(1998).rowId, stored.at(1950).rowId,
                         stored.at(10).rowId});
        QCOMPARE(removed.size(), 2); // rows 0..1, then row 49
        QCOMPARE(w.model->rowCount(), loaded - 3);
        QCOMPARE(w.model->at(0).title, QStringLiteral("Title 1997"));
        fetchAll(*w.model);
        QCOMPARE(w.model->rowCount(), 1996);

        QCOMPARE(m_store->applyRetention(100, 0, kBase), 1896);
        QCOMPARE(w.model->rowCount(), 100);
        QCOMPARE(w.model->at(99).title, QStringLiteral("Title 1897")); // 1950 is gone

        m_store->clear();
        QCOMPARE(w.model->rowCount(), 0);
        QCOMPARE(w.model->totalCount(), 0);
        m_store->insert(notes(1000, 2));
        QCOMPARE(w.model->rowCount(), 2);
    }

    void reloadAfterReopen()
    {
        m_store->insert(notes(0, 5));
        Watched w = watched();
        const QString path = m_store->path();
        m_store->close();
        QVERIFY(m_store->open(path, nullptr));
        m_store->insert(notes(5, 5));
        w.model->reload();
        QCOMPARE(w.model->rowCount(), 10);
    }

    void relativeTime_data()
    {
        QTest::addColumn<QDateTime>("time");
        QTest::addColumn<QString>("text");
        const QDateTime now(QDate(2024, 5, 15), QTime(12, 0));
        QTest::newRow("seconds") << now.addSecs(-20) << QStringLiteral("just now");
        QTest::newRow("slightly ahead") << now.addSecs(30) << QStringLiteral("just now");
        QTest::newRow("1 min") << now.addSecs(-61) << QStringLiteral("1 min ago");
        QTest::newRow("59 min") << now.addSecs(-59 * 60) << QStringLiteral("59 min ago");
        QTest::newRow("3 h") << now.addSecs(-3 * 3600 - 5) << QStringLiteral("3 h ago");
        QTest::newRow("yesterday")
            << QDateTime(QDate(2024, 5, 14), QTime(23, 0)) << QStringLiteral("yesterday");
        QTest::newRow("older") << QDateTime(QDate(2024, 5, 1), QTime(9, 0))
                               << QLocale().toString(QDate(2024, 5, 1), QLocale::ShortFormat);
        QTest::newRow("far ahead") << QDateTime(QDate(2024, 6, 1), QTime(9, 0))
                                   << QLocale().toString(QDate(2024, 6, 1), QLocale::ShortFormat);
        QTest::newRow("invalid") << QDateTime() << QString();
    }

    void relativeTime()
    {
        QFETCH(QDateTime, time);
        QFETCH(QString, text);
        const QDateTime now(QDate(2024, 5, 15), QTime(12, 0));
        QCOMPARE(NotificationModel::relativeTime(time, now), text);
        if (time.isValid()) // the same moment in UTC reads the same
            QCOMPARE(NotificationModel::relativeTime(time.toUTC(), now), text);
    }
};

QTEST_GUILESS_MAIN(TestNotificationModel)
#include "tst_notificationmodel.moc"
