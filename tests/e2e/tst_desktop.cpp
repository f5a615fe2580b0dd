#include "DesktopSession.h"
#include "RedisServer.h"
#include "TestServices.h"
#include "storage/HistoryStore.h"

#include <QCoreApplication>
#include <QDBusInterface>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// The installed experience, end to end: the real `herald` binary under Xvfb with a private
// session bus, a StatusNotifierItem tray host and dunst, against a real redis-server.
class TestDesktop : public QObject {
    Q_OBJECT

private:
    DesktopSession m_desktop{DesktopSession::Options{}};
    RedisServer m_redis;
    QTemporaryDir m_dir;
    QProcess m_herald;

    QString openedLog() const { return m_dir.filePath("opened.log"); }
    QString historyFile() const { return m_dir.filePath("herald-history.sqlite"); }

    QByteArray opened() const
    {
        QFile file(openedLog());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QByteArray numsub(const QString& channel) const
    {
        return m_redis.cli({"PUBSUB", "NUMSUB", channel}).split('\n').value(1);
    }

    // What the running app stored, read through a second connection (SQLite WAL allows it).
    std::optional<Notification> stored(const QString& title) const
    {
        HistoryStore store;
        QString error;
        if (!store.open(historyFile(), &error))
            return std::nullopt;
        HistoryFilter filter;
        filter.search = title;
        const QList<Notification> rows = store.page(filter, 0, 1);
        return rows.isEmpty() ? std::nullopt : std::optional<Notification>(rows.first());
    }

    int storedCount(const QString& channel) const
    {
        HistoryStore store;
        QString error;
        if (!store.open(historyFile(), &error))
            return -1;
        HistoryFilter filter;
        filter.channel = channel;
        return store.count(filter);
    }

    int dunstEntriesContaining(const QString& text) const
    {
        int n = 0;
        for (const QString& line : m_desktop.dunstLog())
            n += line.contains(text) ? 1 : 0;
        return n;
    }

    // The desktop's "open this link" ends in xdg-open: a stand-in records what it was asked.
    void installFakeBrowser(QProcessEnvironment* env)
    {
        const QString bin = m_dir.filePath("bin");
        QDir().mkpath(bin);
        QFile script(bin + "/xdg-open");
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\nprintf '%s\\n' \"$*\" >> '" + openedLog().toUtf8() + "'\n");
        script.close();
        script.setPermissions(script.permissions() | QFile::ExeOwner);
        env->insert("PATH", bin + ':' + env->value("PATH"));
        env->insert("BROWSER", bin + "/xdg-open");
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_redis.start(&error), qPrintable(error));
        QVERIFY2(m_desktop.startDunst(&error), qPrintable(error));
        // Qt asks for a tray host once per process: it must be there before herald starts.
        QVERIFY2(m_desktop.startTrayHost(&error), qPrintable(error));

        QProcessEnvironment env = m_desktop.environment();
        env.insert("HOME", m_dir.filePath("home"));
        env.insert("XDG_CONFIG_HOME", m_dir.filePath("config"));
        env.insert("XDG_DATA_HOME", m_dir.filePath("data"));
        installFakeBrowser(&env);
        m_herald.setProcessEnvironment(env);
        m_herald.setProcessChannelMode(QProcess::ForwardedChannels);
        m_herald.start(QStringLiteral(HERALD_APP_PATH),
                       {"--config", m_dir.filePath("herald.ini"), "--source", m_redis.url(),
                        "--channel", "alerts", "--channel", "flood", "--pattern", "hostile:*"});
        QVERIFY(m_herald.waitForStarted(10'000));
        QTRY_COMPARE_WITH_TIMEOUT(numsub("alerts"), QByteArray("1"), 20'000);
    }

    void cleanupTestCase()
    {
        TestServices::stopProcess(m_herald);
        m_desktop.stop();
    }

    void theTrayIconIsRegistered()
    {
        // Qt registers a StatusNotifierItem with the watcher when a tray host exists.
        auto registeredItems = [this] {
            QDBusInterface watcher("org.kde.StatusNotifierWatcher", "/StatusNotifierWatcher",
                                   "org.kde.StatusNotifierWatcher", m_desktop.bus());
            return watcher.property("RegisteredStatusNotifierItems").toStringList();
        };
        QTRY_VERIFY_WITH_TIMEOUT(!registeredItems().isEmpty(), 10'000);
    }

    void aNotificationReachesDunstWithItsUrgency()
    {
        m_redis.publish("alerts", "{\"title\":\"E2E disk full\",\"body\":\"/var at 99%\","
                                  "\"priority\":5,\"url\":\"https://grafana.example/d/disk\"}");
        m_redis.publish("alerts", "{\"title\":\"E2E low news\",\"body\":\"fyi\",\"priority\":1}");
        QTRY_COMPARE_WITH_TIMEOUT(dunstEntriesContaining("E2E disk full"), 1, 10'000);
        QTRY_COMPARE(dunstEntriesContaining("E2E low news"), 1);
        bool critical = false, low = false;
        for (const QString& line : m_desktop.dunstLog()) {
            critical |= line.startsWith("CRITICAL\tE2E disk full");
            low |= line.startsWith("LOW\tE2E low news");
        }
        QVERIFY2(critical && low, qPrintable(m_desktop.dunstLog().join('\n')));
        // The link's host is in the popup, so the user sees where a click leads.
        QVERIFY(dunstEntriesContaining("grafana.example") >= 1);
    }

    void theDefaultActionOpensTheLinkAndMarksItRead()
    {
        QTRY_VERIFY(stored("E2E disk full").has_value());
        QVERIFY(!stored("E2E disk full")->read);
        m_desktop.closeAll();
        m_redis.publish("alerts", "{\"title\":\"E2E click me\",\"priority\":4,"
                                  "\"url\":\"https://ci.example.com/builds/42\"}");
        QTRY_COMPARE_WITH_TIMEOUT(m_desktop.displayedCount(), 1, 10'000);
        QVERIFY(m_desktop.invokeDefaultAction());
        QTRY_VERIFY_WITH_TIMEOUT(opened().contains("https://ci.example.com/builds/42"), 10'000);
        QTRY_VERIFY(stored("E2E click me")->read);
    }

    void aFloodBecomesOneSummaryAndEverythingIsListed()
    {
        m_desktop.closeAll();
        for (int i = 1; i <= 12; ++i)
            m_redis.publish("flood",
                            QByteArray("{\"title\":\"flood item ") + QByteArray::number(i) + "\"}");
        QTRY_COMPARE_WITH_TIMEOUT(storedCount("flood"), 12, 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(dunstEntriesContaining("new notifications on flood") >= 1, 10'000);
        int individual = 0; // popups whose own title is a flood item: the first three only
        for (const QString& line : m_desktop.dunstLog())
            individual += line.section('\t', 1, 1).startsWith("flood item") ? 1 : 0;
        QCOMPARE(individual, 3);
        // The summary is updated in place: dunst shows it once, not once per update.
        QTRY_VERIFY(m_desktop.displayedCount() <= 4);
    }

    void hostilePayloadsStayInertAndNothingCrashes()
    {
        m_desktop.closeAll();
        m_redis.publish("hostile:markup", "{\"title\":\"<b>E2E bold</b>\",\"body\":\"<i>x</i> "
                                          "<a href='https://evil.example'>click</a>\"}");
        m_redis.publish("hostile:bidi", QByteArray("{\"title\":\"E2E bidi \xe2\x80\xae"
                                                   "cod.exe\"}"));
        m_redis.publish("hostile:utf8", QByteArray("E2E invalid \xff\xfe utf8"));
        QString error;
        QVERIFY(m_redis.pipe(hugePublishCommand(), &error));
        QTRY_VERIFY_WITH_TIMEOUT(stored("E2E bold").has_value(), 10'000);
        QTRY_VERIFY(stored("E2E bidi").has_value());
        QTRY_VERIFY(stored("E2E invalid").has_value());
        QTRY_VERIFY_WITH_TIMEOUT(stored("E2E huge").has_value(), 20'000);

        QCOMPARE(stored("E2E bold")->title, "<b>E2E bold</b>"); // kept as text, never markup
        QVERIFY(!stored("E2E bidi")->title.contains(QChar(0x202E)));
        QVERIFY(stored("E2E invalid")->body.contains(QChar(QChar::ReplacementCharacter)));
        QVERIFY(stored("E2E huge")->isTruncated());

        QTRY_VERIFY(dunstEntriesContaining("E2E bold") >= 1);
        for (const QString& line : m_desktop.dunstLog()) {
            if (line.contains("E2E bold")) // dunst announces markup: Herald must have escaped it
                QVERIFY2(line.contains("&lt;i&gt;") && !line.contains("<i>"), qPrintable(line));
        }
        QCOMPARE(m_herald.state(), QProcess::Running);
    }

    void screenshotOfTheRunningApp()
    {
        // For the README (scripts/screenshots.sh): the window with real content and a popup.
        const QString dir = qEnvironmentVariable("HERALD_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        m_desktop.closeAll();
        const QList<QByteArray> samples{
            "{\"title\":\"Nightly build green\",\"body\":\"All 1,284 tests passed on main.\","
            "\"priority\":2,\"tags\":[\"ci\"]}",
            "{\"title\":\"New comment on PR #212\",\"body\":\"Ana: looks good, one nit about "
            "the retry delay.\",\"url\":\"https://git.example.com/herald/pull/212\"}",
            "{\"title\":\"Deploy finished\",\"body\":\"web-42 deployed build 9f3c2 to "
            "production in "
            "3m12s.\",\"priority\":4,\"url\":\"https://ci.example.com/builds/9f3c2\"}",
            "{\"title\":\"Disk almost full\",\"body\":\"/var is at 93% on web-2. Old logs can "
            "be rotated with logrotate -f.\",\"priority\":5,"
            "\"url\":\"https://grafana.example.com/d/disk\"}"};
        for (const QByteArray& sample : samples)
            m_redis.publish("alerts", sample);
        QTRY_VERIFY_WITH_TIMEOUT(stored("Disk almost full").has_value(), 10'000);
        QProcess::execute("xdotool",
                          {"search", "--name", "^Herald$", "windowactivate", "--sync", "key",
                           "--clearmodifiers", "ctrl+f", "Tab", "Tab", "Tab", "Down"});
        QTRY_COMPARE_WITH_TIMEOUT(m_desktop.displayedCount() > 0, true, 10'000);
        QVERIFY(m_desktop.screenshot(dir + "/desktop.png"));
    }

private:
    static QByteArray hugePublishCommand()
    {
        const QByteArray body(10 * 1024 * 1024, 'A');
        const QByteArray payload = "{\"title\":\"E2E huge\",\"body\":\"" + body + "\"}";
        return "*3\r\n$7\r\nPUBLISH\r\n$12\r\nhostile:huge\r\n$" +
               QByteArray::number(payload.size()) + "\r\n" + payload + "\r\n";
    }
};

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    TestServices::require(DesktopSession::dunstPrograms() + DesktopSession::trayHostPrograms() +
                          QStringList{"redis-server", "redis-cli"});
    TestDesktop test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_desktop.moc"
