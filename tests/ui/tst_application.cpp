#include "Application.h"
#include "ChannelPicker.h"
#include "ComposeDialog.h"
#include "ConnectionSettingsPage.h"
#include "JsonFeedServer.h"
#include "NotificationWindow.h"
#include "RedisServer.h"
#include "SettingsDialog.h"
#include "TestServices.h"
#include "desktop/Autostart.h"
#include "desktop/DesktopNotifier.h"
#include "desktop/SleepMonitor.h"
#include "notifications/GapMarker.h"
#include "notifications/NotificationModel.h"
#include "sources/ConnectionLog.h"
#include "sources/Source.h"
#include "sources/SourceManager.h"
#include "sources/redis/RedisPublisher.h"
#include "sources/redis/RespConnection.h"
#include "storage/HistoryStore.h"
#include "storage/Settings.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

// Records what would pop up instead of showing it: the test's view of the popup boundary.
class RecordingNotifier : public DesktopNotifier {
    Q_OBJECT

public:
    struct Summary {
        QString key;
        QString title;
        int priority = 0;
    };

    using DesktopNotifier::DesktopNotifier;
    QString backendName() const override { return QStringLiteral("recording"); }
    void show(const Notification& n) override { popups << n; }
    void showSummary(const QString& key, const QString& title, const QString&,
                     int priority) override
    {
        summaries << Summary{key, title, priority};
    }
    void closeAll() override {}

    QSet<QString> summaryKeys() const
    {
        QSet<QString> keys;
        for (const Summary& s : summaries)
            keys.insert(s.key);
        return keys;
    }

    QList<Notification> popups;
    QList<Summary> summaries;
};

// The whole tray app, offscreen, against a real redis-server: settings drive the running
// connection, history and read state survive a restart.
class TestApplication : public QObject {
    Q_OBJECT

private:
    RedisServer m_server;
    QTemporaryDir m_dir;
    QList<QUrl> m_opened;

    QPointer<RecordingNotifier> m_notifier; // the running app's

    QString configFile() const { return m_dir.filePath("herald.ini"); }

    Application::Options options()
    {
        Application::Options o;
        o.configFile = configFile();
        o.notifierBackend = QStringLiteral("popup");
        o.urlOpener = [this](const QUrl& url) {
            m_opened << url;
            return true;
        };
        return o;
    }

    // Options whose popups land in m_notifier.
    Application::Options recorded()
    {
        Application::Options o = options();
        o.makeNotifier = [this](QObject* parent) {
            auto notifier = std::make_unique<RecordingNotifier>(parent);
            m_notifier = notifier.get();
            return notifier;
        };
        return o;
    }

    // `count` durable publishes on `channel` in one pipe, as herald-cli publish --durable does.
    void publishDurable(const QByteArray& channel, int count, const QByteArray& streamKey = {})
    {
        QByteArray commands;
        for (int i = 0; i < count; ++i) {
            const QByteArray payload = "{\"title\":\"order " + QByteArray::number(i) +
                                       "\",\"priority\":" + (i == count / 2 ? "4" : "3") + "}";
            const auto call =
                i == 0 ? RedisPublisher::ScriptCall::Eval : RedisPublisher::ScriptCall::EvalSha;
            commands += RespConnection::encode(
                RedisPublisher::durableCommand(channel, payload, streamKey, 0, call));
        }
        QString error;
        QVERIFY2(m_server.pipe(commands, &error), qPrintable(error));
    }

    static QList<Notification> gapRows(const QAbstractItemModel* model)
    {
        QList<Notification> gaps;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (index.data(NotificationModel::IsGapRole).toBool())
                gaps << index.data(NotificationModel::NotificationRole).value<Notification>();
        }
        return gaps;
    }

    // Runs `sql` on the history file through a connection of the test's own, as another process
    // could: here to make storing fail the way a full disk does, and to undo that.
    static bool execOnHistory(const QString& path, const QString& sql)
    {
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "saboteur");
            db.setDatabaseName(path);
            ok = db.open() && QSqlQuery(db).exec(sql);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("saboteur"));
        return ok;
    }

    // The saved cursor of `streamKey` ("" while there is none). Tests share one history.
    static QString cursorOf(const Application& app, const QString& streamKey)
    {
        for (const StreamCursor& cursor : app.store()->cursors())
            if (cursor.streamKey == streamKey)
                return cursor.lastId;
        return {};
    }

    static const QAbstractItemModel* listModel(const Application& app)
    {
        return app.window()->findChild<QListView*>("notificationListView")->model();
    }

    QByteArray numsub(const QString& channel) const
    {
        return m_server.cli({"PUBSUB", "NUMSUB", channel}).split('\n').value(1);
    }

    void saveProfile(const QList<ChannelEntry>& channels)
    {
        Settings settings(configFile());
        ConnectionProfile profile;
        profile.id = QStringLiteral("local");
        profile.name = QStringLiteral("Local Redis");
        profile.url = m_server.url();
        profile.channels = channels;
        settings.setConnections({profile});
        settings.sync();
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QVERIFY(m_dir.isValid());
    }

    void settingsDriveTheRunningConnectionAndPersist()
    {
        saveProfile({{"alerts", false, true, false, 1, false, {}}});
        Application app(options());
        QString error;
        QVERIFY2(app.start(&error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(numsub("alerts"), QByteArray("1"), 10'000);

        m_server.publish("alerts",
                         "{\"title\":\"Disk full\",\"url\":\"https://grafana.example/d\"}");
        QTRY_COMPARE(app.store()->count({}), 1);

        SettingsDialog* dialog = app.openSettings();
        ChannelPicker* picker = dialog->connectionsPage()->channelPicker();
        auto* name = picker->findChild<QLineEdit*>("newChannelLineEdit");
        name->setText("builds");
        picker->findChild<QPushButton*>("addChannelPushButton")->click();
        QTRY_COMPARE(numsub("builds"), QByteArray("1"));

        name->setText("   ");
        picker->findChild<QPushButton*>("addChannelPushButton")->click();
        QVERIFY(!picker->findChild<QLabel*>("channelMessageLabel")->text().isEmpty());
        QCOMPARE(picker->channels().size(), 2);

        auto* patternBox = picker->findChild<QCheckBox*>("newChannelIsPatternCheckBox");
        name->setText("deploy:*");
        patternBox->setChecked(true);
        picker->findChild<QPushButton*>("addChannelPushButton")->click();
        QTRY_COMPARE(m_server.cli({"PUBSUB", "NUMPAT"}), QByteArray("1"));

        // Untick "alerts": unsubscribed live, the others stay.
        auto* table = picker->findChild<QTableWidget*>("channelsTableWidget");
        table->cellWidget(0, 0)->findChild<QCheckBox*>()->setChecked(false);
        QTRY_COMPARE(numsub("alerts"), QByteArray("0"));
        QCOMPARE(numsub("builds"), QByteArray("1"));

        // Remove "builds".
        table->selectRow(1);
        picker->findChild<QPushButton*>("removeChannelPushButton")->click();
        QTRY_COMPARE(numsub("builds"), QByteArray("0"));

        const QList<ConnectionProfile> saved = Settings(configFile()).connections();
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved[0].channels.size(), 2);
        QCOMPARE(saved[0].channels[0].name, "alerts");
        QVERIFY(!saved[0].channels[0].enabled);
        QCOMPARE(saved[0].channels[1].name, "deploy:*");
        QVERIFY(saved[0].channels[1].isPattern);
    }

    void connectionsOfDifferentKindsRunSideBySide()
    {
        auto feed = std::make_unique<JsonFeedServer>();
        QString error;
        QVERIFY2(feed->listen(&error), qPrintable(error));
        {
            Settings settings(configFile());
            ConnectionProfile redis;
            redis.id = QStringLiteral("local");
            redis.name = QStringLiteral("Local Redis");
            redis.url = m_server.url();
            redis.channels = {{"alerts", false, true, false, 1, false, {}}};
            ConnectionProfile json;
            json.id = QStringLiteral("feed");
            json.name = QStringLiteral("Team feed");
            json.url = feed->url(QStringLiteral("team"));
            json.headers = {QStringLiteral("X-Team: ops")};
            settings.setConnections({redis, json});
            settings.sync();
        }
        Application app(options());
        QVERIFY2(app.start(&error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(numsub("alerts"), QByteArray("1"), 10'000);
        QTRY_COMPARE(feed->clientCount(), 1);
        QTRY_COMPARE(app.sources()->source("feed")->status().state, SourceStatus::State::Connected);
        QCOMPARE(feed->handshakes().first().header("X-Team"), QByteArray("ops"));

        m_server.publish("alerts", R"({"title":"From Redis"})");
        feed->sendText(R"({"title":"From the feed","priority":4})");
        // Each stored under its own connection (the history may hold earlier tests' rows).
        const auto titleFrom = [&app](const QString& profileId) {
            const QString source = app.sources()->source(profileId)->name();
            for (const Notification& n : app.store()->newest(20))
                if (n.source == source)
                    return n.title;
            return QString();
        };
        QTRY_COMPARE(titleFrom("local"), QStringLiteral("From Redis"));
        QTRY_COMPARE(titleFrom("feed"), QStringLiteral("From the feed"));

        // The feed goes away: its own state says so, Redis stays connected.
        feed.reset();
        QTRY_VERIFY(app.sources()->source("feed")->status().state !=
                    SourceStatus::State::Connected);
        QCOMPARE(app.sources()->source("local")->status().state, SourceStatus::State::Connected);
        // The window's status bar shows each connection's own state.
        auto* states = app.window()->findChild<QLabel*>("connectionStatesLabel");
        QTRY_VERIFY2(states->text().contains("Team feed: reconnecting") ||
                         states->text().contains("Team feed: error"),
                     qPrintable(states->text()));
        QVERIFY2(states->text().contains("Local Redis: connected"), qPrintable(states->text()));

        // The settings page shows the fields of each kind, and tests a JSON feed too.
        feed = std::make_unique<JsonFeedServer>();
        QVERIFY2(feed->listen(&error), qPrintable(error));
        SettingsDialog* dialog = app.openSettings();
        ConnectionSettingsPage* page = dialog->connectionsPage();
        auto* kind = page->findChild<QComboBox*>("connectionKindComboBox");
        auto* url = page->findChild<QLineEdit*>("redisUrlLineEdit");
        page->selectConnection(0);
        QCOMPARE(kind->currentData().toInt(), int(ConnectionProfile::Kind::Redis));
        QVERIFY(page->findChild<QLineEdit*>("usernameLineEdit")->isVisibleTo(page));
        QVERIFY(!page->findChild<QLineEdit*>("proxyLineEdit")->isVisibleTo(page));
        page->selectConnection(1);
        QCOMPARE(kind->currentData().toInt(), int(ConnectionProfile::Kind::JsonWebSocket));
        QVERIFY(!page->findChild<QLineEdit*>("usernameLineEdit")->isVisibleTo(page));
        QVERIFY(page->findChild<QLineEdit*>("proxyLineEdit")->isVisibleTo(page));
        QVERIFY(!page->channelPicker()->isVisibleTo(page));
        url->setText(feed->url(QStringLiteral("team")));
        page->findChild<QPushButton*>("testConnectionPushButton")->click();
        auto* result = page->findChild<QLabel*>("testConnectionResultLabel");
        QTRY_VERIFY2(result->text().startsWith("Connected to ws://127.0.0.1"),
                     qPrintable(result->text()));

        // Choosing another kind rewrites the address and shows that kind's fields.
        kind->setCurrentIndex(kind->findData(int(ConnectionProfile::Kind::SocketIo)));
        emit kind->activated(kind->currentIndex());
        QVERIFY(url->text().startsWith("socketio+ws://127.0.0.1:"));
        QVERIFY(page->findChild<QLineEdit*>("roomsLineEdit")->isVisibleTo(page));
        QVERIFY(page->channelPicker()->isVisibleTo(page));
        QCOMPARE(Settings(configFile()).connections()[1].kind(), ConnectionProfile::Kind::SocketIo);
    }

    void historyAndReadStateSurviveARestart()
    {
        saveProfile({{"news", false, true, false, 1, false, {}}});
        qint64 readRow = 0;
        {
            Application app(options());
            QString error;
            QVERIFY2(app.start(&error), qPrintable(error));
            QTRY_COMPARE_WITH_TIMEOUT(numsub("news"), QByteArray("1"), 10'000);
            const int before = app.store()->count({});
            m_server.publish("news", "{\"title\":\"first\",\"url\":\"https://example.org/1\"}");
            m_server.publish("news", "{\"title\":\"second\"}");
            QTRY_COMPARE(app.store()->count({}), before + 2);
            readRow = app.store()->newest(2).last().rowId;
            app.window()->activate(readRow);
            QCOMPARE(m_opened.last(), QUrl("https://example.org/1"));
        }
        QTRY_COMPARE(numsub("news"), QByteArray("0"));
        Application again(options());
        QString error;
        QVERIFY2(again.start(&error), qPrintable(error));
        const QList<Notification> newest = again.store()->newest(2);
        QCOMPARE(newest[0].title, "second");
        QVERIFY(!newest[0].read);
        QCOMPARE(newest[1].rowId, readRow);
        QVERIFY(newest[1].read);
        QVERIFY(again.window()->isVisible()); // offscreen: no tray, so the window opens
    }

    void aBacklogOnADurableChannelIsOneSummaryPopup()
    {
        m_server.cli({"DEL", "herald:stream:orders"});
        saveProfile({{"orders", false, true, false, 1, true, {}}});
        publishDurable("orders", 1); // there before Herald: loaded on first contact, silently
        HistoryFilter orders;
        orders.channel = QStringLiteral("orders");
        {
            Application app(recorded());
            QString error;
            QVERIFY2(app.start(&error), qPrintable(error));
            QTRY_COMPARE_WITH_TIMEOUT(app.store()->count(orders), 1, 10'000);
            QTRY_VERIFY(!cursorOf(app, "herald:stream:orders").isEmpty());
            QVERIFY(m_notifier->popups.isEmpty());
            QVERIFY(m_notifier->summaries.isEmpty());
        }

        // Herald is not running: 500 are published.
        publishDurable("orders", 500);
        Application app(recorded());
        QString error;
        QVERIFY2(app.start(&error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(app.store()->count(orders), 501, 20'000);
        // One summary, updated in place until it counts them all; no popup of their own.
        // (Popups follow the writer's report, a moment after the rows are in the history.)
        QTRY_VERIFY(!m_notifier->summaries.isEmpty());
        QTRY_COMPARE(m_notifier->summaries.last().title,
                     QStringLiteral("500 notifications while you were away"));
        QCOMPARE(m_notifier->summaryKeys().size(), 1);
        QVERIFY(m_notifier->summaries.last().key.startsWith("catch-up:"));
        QCOMPARE(m_notifier->summaries.last().priority, int(Notification::High));
        QVERIFY(m_notifier->popups.isEmpty());
        const QByteArray lastId =
            m_server.cli({"XREVRANGE", "herald:stream:orders", "+", "-", "COUNT", "1"})
                .split('\n')
                .value(0);
        QCOMPARE(cursorOf(app, "herald:stream:orders").toUtf8(), lastId);
    }

    void aPubSubOutageLeavesAGapMarker()
    {
        saveProfile({{"news", false, true, false, 1, false, {}}});
        Application app(recorded());
        QString error;
        QVERIFY2(app.start(&error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(numsub("news"), QByteArray("1"), 10'000);
        QSignalSpy outages(app.sources(), &SourceManager::disconnected);
        const QDateTime killed = QDateTime::currentDateTimeUtc();
        m_server.kill();
        QVERIFY2(m_server.restart(&error), qPrintable(error));
        QVERIFY(outages.wait(30'000));
        const QDateTime from = outages.at(0).at(1).toDateTime();
        const QDateTime to = outages.at(0).at(2).toDateTime();
        QVERIFY(from <= to);
        QVERIFY(qAbs(from.msecsTo(killed)) < 5000);

        QTRY_COMPARE(gapRows(listModel(app)).size(), 1);
        const Notification gap = gapRows(listModel(app)).first();
        const Source* source = app.sources()->source(QStringLiteral("local"));
        const Notification expected =
            GapMarker::disconnection(source->name(), from, to, {QStringLiteral("news")});
        QCOMPARE(gap.source, source->name());
        QCOMPARE(gap.title, expected.title);
        QCOMPARE(gap.body, expected.body);
        QCOMPARE(gap.time.toMSecsSinceEpoch(), expected.time.toMSecsSinceEpoch());
        QVERIFY(gap.read);
        QVERIFY(m_notifier->popups.isEmpty()); // a marker never pops up
    }

    // Redis disconnects a subscriber whose output buffer passes its limit (32 MiB by default;
    // 2 MiB here, so a small burst shows it). Herald takes a burst into its socket's buffer and
    // stores it at its own pace on the writer's thread: nothing lost, no outage, and only the
    // newest rows in the list's memory.
    void aBurstBeyondRedisOutputLimitArrivesWhole()
    {
        QCOMPARE(m_server.cli({"CONFIG", "SET", "client-output-buffer-limit", "pubsub 2mb 1mb 60"})
                     .trimmed(),
                 QByteArray("OK"));
        const auto restore = qScopeGuard([this] {
            m_server.cli({"CONFIG", "SET", "client-output-buffer-limit", "pubsub 32mb 8mb 60"});
        });
        saveProfile({{"burst", false, true, false, 1, false, {}}});
        Application app(recorded());
        QString error;
        QVERIFY2(app.start(&error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(numsub("burst"), QByteArray("1"), 10'000);
        QSignalSpy outages(app.sources(), &SourceManager::disconnected);
        const int before = app.store()->count({});

        constexpr int Count = 30'000; // about 7 MiB on the wire
        const QByteArray padding(120, 'x');
        QByteArray commands;
        for (int i = 0; i < Count; ++i)
            commands += RespConnection::encode(
                {"PUBLISH", "burst",
                 "{\"id\":\"burst-" + QByteArray::number(i) + "\",\"title\":\"burst " +
                     QByteArray::number(i) + "\",\"body\":\"" + padding + "\"}"});
        // Published from another process while this one's event loop runs, as a real burst is.
        QProcess publisher;
        publisher.start(TestServices::findProgram(QStringLiteral("redis-cli")),
                        {"-p", QString::number(m_server.port()), "--pipe"});
        QVERIFY(publisher.waitForStarted());
        publisher.write(commands);
        publisher.closeWriteChannel();
        QTRY_COMPARE_WITH_TIMEOUT(publisher.state(), QProcess::NotRunning, 60'000);
        QCOMPARE(publisher.exitCode(), 0);

        QTRY_COMPARE_WITH_TIMEOUT(app.store()->count({}), before + Count, 120'000);
        QCOMPARE(outages.size(), 0);
        QCOMPARE(numsub("burst"), QByteArray("1"));
        QVERIFY(gapRows(listModel(app)).isEmpty());
        // The list shows the newest, and keeps a bounded number of rows loaded.
        const QAbstractItemModel* model = listModel(app);
        // (The writer's report reaches the list a moment after the rows are in the file.)
        QTRY_COMPARE(model->index(0, 0).data(NotificationModel::TitleRole).toString(),
                     QStringLiteral("burst %1").arg(Count - 1));
        QVERIFY(model->rowCount() <= NotificationModel::MinKeptRows);
        // Popups: the first few, then one summary updated in place.
        QTRY_COMPARE(m_notifier->summaryKeys().size(), 1);
        QVERIFY(m_notifier->popups.size() <= 3);
    }

    void aDurableOnlyConnectionLeavesNoGapMarker()
    {
        saveProfile({{"orders", false, true, false, 1, true, {}}});
        Application app(recorded());
        QString error;
        QVERIFY2(app.start(&error), qPrintable(error));
        // The source starts once its password has been read (asynchronously).
        QTRY_VERIFY_WITH_TIMEOUT(app.sources()->source(QStringLiteral("local")), 10'000);
        Source* source = app.sources()->source(QStringLiteral("local"));
        QTRY_COMPARE_WITH_TIMEOUT(source->status().state, SourceStatus::State::Connected, 10'000);
        const int gapsBefore = int(gapRows(listModel(app)).size());
        QSignalSpy outages(app.sources(), &SourceManager::disconnected);
        m_server.kill();
        QVERIFY2(m_server.restart(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(source->status().state != SourceStatus::State::Connected, 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(source->status().state, SourceStatus::State::Connected, 30'000);
        // Whatever was reported, the stream kept it all: no marker.
        QCOMPARE(int(gapRows(listModel(app)).size()), gapsBefore);
    }

    void aDamagedHistoryIsMovedAsideAndTheUserIsTold()
    {
        Application::Options o = options();
        o.configFile = m_dir.filePath("damaged.ini");
        o.minimized = true;
        const QString history = Application::historyPath(o, o.configFile);
        QDir().mkpath(QFileInfo(history).absolutePath());
        const QByteArray junk = QByteArray("this is not a database\n").repeated(4096);
        {
            QFile file(history);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(junk);
        }
        Application app(o);
        QString error;
        QVERIFY2(app.start(&error), qPrintable(error));
        QCOMPARE(app.store()->count({}), 0);

        // The old file is kept aside, whole.
        const QStringList aside = QFileInfo(history).dir().entryList(
            {QFileInfo(history).fileName() + QStringLiteral(".corrupt-*")}, QDir::Files);
        QCOMPARE(aside.size(), 1);
        QFile kept(QFileInfo(history).dir().filePath(aside.first()));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), junk);

        // Told where it is seen: the window opens (even minimized) with a banner; the log too.
        QVERIFY(app.window()->isVisible());
        QCOMPARE(app.window()->notices().size(), 1);
        QVERIFY2(app.window()->notices().first().contains(aside.first()),
                 qPrintable(app.window()->notices().first()));
        QVERIFY(app.window()->findChild<QLabel*>("noticeBannerLabel")->isVisible());
        QVERIFY(!app.log()->entries(Application::tr("History")).isEmpty());

        // And the new history works.
        Notification n;
        n.id = QStringLiteral("after");
        n.source = QStringLiteral("test");
        n.title = QStringLiteral("works");
        QCOMPARE(app.store()->insert({n}).size(), 1);
    }

    void theDurableToggleAppliesLive()
    {
        saveProfile({{"live", false, true, false, 1, false, {}}});
        Application app(recorded());
        QString error;
        QVERIFY2(app.start(&error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(numsub("live"), QByteArray("1"), 10'000);
        Source* source = app.sources()->source(QStringLiteral("local"));
        QVERIFY(source->durableChannels().isEmpty());

        ChannelPicker* picker = app.openSettings()->connectionsPage()->channelPicker();
        auto* durable = picker->findChild<QCheckBox*>("channelDurableCheckBox");
        auto* key = picker->findChild<QLineEdit*>("channelStreamKeyLineEdit");
        QVERIFY(durable && key);
        QVERIFY(!durable->toolTip().isEmpty());
        QCOMPARE(key->placeholderText(), QStringLiteral("herald:stream:live"));
        QVERIFY(!key->isEnabled());

        // Durable: off Pub/Sub, onto the stream, without restarting anything.
        durable->setChecked(true);
        QTRY_COMPARE(numsub("live"), QByteArray("0"));
        QCOMPARE(source->durableChannels(), QList{DurableChannel::make("live")});
        QCOMPARE(app.sources()->source(QStringLiteral("local")), source);
        QVERIFY(Settings(configFile()).connections()[0].channels[0].durable);

        // Another stream key, applied when editing ends; what is published there arrives.
        QVERIFY(key->isEnabled());
        key->setText(QStringLiteral("custom:live"));
        emit key->editingFinished();
        QCOMPARE(source->durableChannels(), QList{DurableChannel::make("live", "custom:live")});
        QCOMPARE(Settings(configFile()).connections()[0].channels[0].streamKey, "custom:live");
        QTRY_VERIFY_WITH_TIMEOUT(!app.store()->cursors(source->name()).isEmpty(), 10'000);
        const int before = app.store()->count({});
        publishDurable("live", 1, "custom:live");
        QTRY_COMPARE_WITH_TIMEOUT(app.store()->count({}), before + 1, 10'000);

        // And back: subscribed on Pub/Sub again.
        durable->setChecked(false);
        QTRY_COMPARE(numsub("live"), QByteArray("1"));
        QVERIFY(source->durableChannels().isEmpty());
    }

    void whatFailedToStoreIsReadAgainFromTheSavedCursor()
    {
        m_server.cli({"DEL", "herald:stream:stock"});
        saveProfile({{"stock", false, true, false, 1, true, {}}});
        Application app(recorded());
        QString error;
        QVERIFY2(app.start(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!cursorOf(app, "herald:stream:stock").isEmpty(), 10'000);
        HistoryFilter stock;
        stock.channel = QStringLiteral("stock");

        // Every insert fails now, as on a full disk: Herald says so and keeps running.
        const QString history = app.store()->path();
        QVERIFY(execOnHistory(history, "CREATE TRIGGER full BEFORE INSERT ON notifications "
                                       "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); "
                                       "END"));
        publishDurable("stock", 3);
        QTRY_VERIFY_WITH_TIMEOUT(!app.window()->notices().isEmpty(), 10'000);
        QVERIFY(app.window()->findChild<QLabel*>("noticeBannerLabel")->isVisible());
        QVERIFY(!app.log()->entries(Application::tr("History")).isEmpty());
        QCOMPARE(app.store()->count(stock), 0);

        // Space again: the stream is read again from the saved cursor, and nothing is missing.
        QVERIFY(execOnHistory(history, "DROP TRIGGER full"));
        QTRY_COMPARE_WITH_TIMEOUT(app.store()->count(stock), 3, 15'000);
        const QByteArray lastId =
            m_server.cli({"XREVRANGE", "herald:stream:stock", "+", "-", "COUNT", "1"})
                .split('\n')
                .value(0);
        QTRY_COMPARE(cursorOf(app, "herald:stream:stock").toUtf8(), lastId);
    }

    void anUnreadableHistoryHoldsTheDurableChannelsBack()
    {
        m_server.cli({"DEL", "herald:stream:held"});
        saveProfile({{"held", false, true, false, 1, true, {}}});
        const QString history = Application::historyPath(recorded(), configFile());
        {
            Application first(recorded());
            QString error;
            QVERIFY2(first.start(&error), qPrintable(error));
            QTRY_VERIFY_WITH_TIMEOUT(!cursorOf(first, "herald:stream:held").isEmpty(), 10'000);
        }
        publishDurable("held", 3); // while Herald is not running

        // The cursors cannot be read: starting the stream anyway would skip those three.
        QVERIFY(execOnHistory(history, "ALTER TABLE stream_cursors RENAME TO hidden"));
        Application app(recorded());
        QString error;
        QVERIFY2(app.start(&error), qPrintable(error));
        app.sources()->setCursorRetryIntervalMs(200);
        const auto told = [&app] {
            for (const auto& entry : app.log()->entries(QStringLiteral("Local Redis")))
                if (entry.text.contains(QLatin1String("history could not be read")))
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(told(), 10'000);
        QVERIFY(app.sources()->isWaitingForHistory(QStringLiteral("local")));
        HistoryFilter held;
        held.channel = QStringLiteral("held");
        QCOMPARE(app.store()->count(held), 0);

        QVERIFY(execOnHistory(history, "ALTER TABLE hidden RENAME TO stream_cursors"));
        QTRY_COMPARE_WITH_TIMEOUT(app.store()->count(held), 3, 15'000);
        QVERIFY(!app.sources()->isWaitingForHistory(QStringLiteral("local")));
    }

    void composeToADurableChannelPublishesDurably()
    {
        saveProfile({{"orders", false, true, false, 1, true, {}}});
        Application app(recorded());
        QString error;
        QVERIFY2(app.start(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(app.sources()->source(QStringLiteral("local")), 10'000);
        const qint64 before = m_server.cli({"XLEN", "herald:stream:orders"}).toLongLong();

        emit app.window()->composeRequested();
        auto* dialog = app.window()->findChild<ComposeDialog*>("composeDialog");
        QVERIFY(dialog);
        auto* channel = dialog->findChild<QComboBox*>("composeChannelComboBox");
        QVERIFY(channel->findText("orders") >= 0); // offered though not on Pub/Sub
        channel->setCurrentText("orders");
        dialog->findChild<QLineEdit*>("composeTitleLineEdit")->setText("kept for later");
        dialog->findChild<QPushButton*>("composeSendPushButton")->click();
        auto* status = dialog->findChild<QLabel*>("composeStatusLabel");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains("stream entry"), 10'000);
        QCOMPARE(m_server.cli({"XLEN", "herald:stream:orders"}).toLongLong(), before + 1);
        dialog->close();
    }

    void wakingUpRetriesAtOnceAndErrorsStayCalm()
    {
        saveProfile({{"news", false, true, false, 1, false, {}}});
        Application app(recorded());
        QString error;
        QVERIFY2(app.start(&error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(numsub("news"), QByteArray("1"), 10'000);
        QSignalSpy statuses(app.sources(), &SourceManager::statusChanged);

        emit app.sleepMonitor()->aboutToSleep();
        m_server.kill();
        // Asleep long enough for the backoff to grow past what the test waits below.
        const auto longBackoff = [&statuses] {
            for (const QList<QVariant>& args : std::as_const(statuses))
                if (args.at(1).value<SourceStatus>().retryInMs >= 6000)
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(longBackoff(), 30'000);
        const QString banner = app.window()->findChild<QLabel*>("connectionBannerLabel")->text();
        QVERIFY2(banner.contains(Application::tr("Reconnecting after sleep")), qPrintable(banner));
        QVERIFY(m_notifier->popups.isEmpty() && m_notifier->summaries.isEmpty());

        // Awake, and the server is back: reconnected at once, not after the backoff.
        QVERIFY2(m_server.restart(&error), qPrintable(error));
        emit app.sleepMonitor()->resumed();
        QTRY_COMPARE_WITH_TIMEOUT(numsub("news"), QByteArray("1"), 3000);
        QVERIFY(m_notifier->popups.isEmpty());
    }

    // Settings > General: the checkbox shows whether the autostart entry exists and toggling it
    // creates or removes the entry (XDG_CONFIG_HOME points at a temporary directory); a failure
    // is shown beside it and the box shows the real state.
    void theLogInCheckboxWritesTheAutostartEntry()
    {
        QTemporaryDir config;
        QVERIFY(config.isValid());
        const bool hadConfigHome = qEnvironmentVariableIsSet("XDG_CONFIG_HOME");
        const QByteArray savedConfigHome = qgetenv("XDG_CONFIG_HOME");
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
        const auto restore = qScopeGuard([&] {
            if (hadConfigHome)
                qputenv("XDG_CONFIG_HOME", savedConfigHome);
            else
                qunsetenv("XDG_CONFIG_HOME");
        });
        const QString entry =
            config.filePath(QStringLiteral("autostart/") + Autostart::appId() + ".desktop");

        Application app(options());
        QString error;
        QVERIFY2(app.start(&error), qPrintable(error));
        QVERIFY(app.autostart());
        SettingsDialog* dialog = app.openSettings();
        auto* box = dialog->findChild<QCheckBox*>("autostartCheckBox");
        auto* message = dialog->findChild<QLabel*>("autostartErrorLabel");
        QVERIFY(box && message);
        QVERIFY(!box->isChecked());

        box->setChecked(true);
        QVERIFY(QFile::exists(entry));
        QVERIFY(app.autostart()->isEnabled());
        QVERIFY(message->isHidden());

        box->setChecked(false);
        QVERIFY(!QFile::exists(entry));
        QVERIFY(!box->isChecked());

        // Where the autostart folder cannot be made, the error shows and the box stays off.
        const QString notADir = config.filePath(QStringLiteral("file"));
        {
            QFile file(notADir);
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(notADir));
        box->setChecked(true);
        QVERIFY(!box->isChecked());
        QVERIFY(!message->isHidden());
        QVERIFY(!message->text().isEmpty());

        // Back to a writable folder: the next change works and the error goes.
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
        box->setChecked(true);
        QVERIFY(box->isChecked());
        QVERIFY(QFile::exists(entry));
        QVERIFY(message->isHidden());
        box->setChecked(false);
        QVERIFY(!QFile::exists(entry));
    }

    void aSecondInstanceWithTheSameSettingsStepsAside()
    {
        Application first(options());
        QString error;
        QVERIFY(first.start(&error));
        Application second(options());
        QVERIFY(!second.start(&error));
        QVERIFY2(error.isEmpty(), "a second instance is not an error");
    }
};

HERALD_TEST_MAIN_WIDGETS(TestApplication, "redis-server", "redis-cli")
#include "tst_application.moc"
