#include "DesktopSession.h"
#include "TestServices.h"
#include "desktop/FreedesktopNotifier.h"
#include "notifications/NotificationParser.h"

#include <QDBusContext>
#include <QDBusMessage>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <optional>
#include <utility>

using Entry = DesktopSession::DunstEntry;

// A stand-in notification server at the D-Bus boundary, for what dunst cannot show: a server
// without actions or markup, one that answers slowly, and the exact D-Bus types Herald sends.
class FakeNotificationServer : public QObject, protected QDBusContext {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Call {
        QString appName;
        uint replacesId = 0;
        QString appIcon;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
        int timeout = 0;
    };

    QStringList capabilities{QStringLiteral("body")};
    bool holdReplies = false; // answer Notify only on releaseReplies()
    QList<Call> calls;
    QList<uint> closeRequests;

    explicit FakeNotificationServer(const QString& address)
        : m_connection(QDBusConnection::connectToBus(address, connectionName()))
    {
    }
    ~FakeNotificationServer() override { QDBusConnection::disconnectFromBus(connectionName()); }

    bool registerOnBus()
    {
        return m_connection.registerObject(QStringLiteral("/org/freedesktop/Notifications"), this,
                                           QDBusConnection::ExportAllSlots) &&
               m_connection.registerService(QStringLiteral("org.freedesktop.Notifications"));
    }

    qsizetype heldCount() const { return m_held.size(); }

    void releaseReplies()
    {
        const QList<std::pair<QDBusMessage, uint>> held = std::exchange(m_held, {});
        for (const auto& [message, id] : held)
            m_connection.send(message.createReply(QVariant::fromValue(id)));
    }

    // Broadcast, as the specification describes (dunst sends its signals to the client only).
    void emitSignal(const QString& name, uint id, const QVariant& detail)
    {
        QDBusMessage signal =
            QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/Notifications"),
                                       QStringLiteral("org.freedesktop.Notifications"), name);
        signal << id << detail;
        m_connection.send(signal);
    }

public slots:
    QStringList GetCapabilities() { return capabilities; }

    uint Notify(const QString& appName, uint replacesId, const QString& appIcon,
                const QString& summary, const QString& body, const QStringList& actions,
                const QVariantMap& hints, int timeout)
    {
        calls.append({appName, replacesId, appIcon, summary, body, actions, hints, timeout});
        const uint id = replacesId != 0 ? replacesId : ++m_lastId;
        if (holdReplies) {
            setDelayedReply(true);
            m_held.append({message(), id});
        }
        return id;
    }

    void CloseNotification(uint id)
    {
        closeRequests.append(id);
        emitSignal(QStringLiteral("NotificationClosed"), id, QVariant::fromValue(3u));
    }

private:
    static QString connectionName() { return QStringLiteral("herald-fake-notification-server"); }

    QDBusConnection m_connection;
    QList<std::pair<QDBusMessage, uint>> m_held;
    uint m_lastId = 100;
};

// FreedesktopNotifier in this process, on a private session bus, against a real dunst that logs
// every notification it shows (and the urgency it applied) through a rule script.
class TestFreedesktopNotifier : public QObject {
    Q_OBJECT

private:
    DesktopSession m_session;
    DesktopSession m_fakeSession; // a bus without dunst, for FakeNotificationServer
    int m_serial = 0;

    // Every text unique: dunst would otherwise be free to merge identical notifications.
    QString unique(const QString& text)
    {
        return QStringLiteral("%1 %2-%3").arg(text, QTest::currentTestFunction()).arg(++m_serial);
    }

    static Notification makeNotification(qint64 rowId, const QString& title, const QString& body,
                                         int priority = Notification::Normal)
    {
        Notification n;
        n.rowId = rowId;
        n.title = title;
        n.body = body;
        n.priority = priority;
        return n;
    }

    static std::optional<Entry> shown(const DesktopSession& session, const QString& summary)
    {
        std::optional<Entry> found;
        for (const Entry& entry : session.dunstEntries()) {
            if (entry.summary == summary)
                found = entry;
        }
        return found;
    }

    std::optional<Entry> shown(const QString& summary) const { return shown(m_session, summary); }

    std::unique_ptr<FreedesktopNotifier> makeNotifier() const
    {
        auto notifier = std::make_unique<FreedesktopNotifier>(m_session.bus());
        notifier->setTimeoutMs(60'000); // nothing expires while a test looks at it
        return notifier;
    }

    static QString dunstHistoryMessages(const DesktopSession& session)
    {
        QString history;
        session.dunstctl({QStringLiteral("history")}, &history);
        return history;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_session.startDunst(&error), qPrintable(error));
        QVERIFY(FreedesktopNotifier::isServiceAvailable(m_session.bus()));
        QVERIFY2(m_fakeSession.startBus(&error), qPrintable(error));
    }

    void init()
    {
        QVERIFY(m_session.closeAll());
        QTRY_COMPARE(m_session.displayedCount(), 0);
    }

    void textAndUrgencyArriveAsSent_data()
    {
        QTest::addColumn<int>("priority");
        QTest::addColumn<QString>("urgency");
        QTest::newRow("1 min") << 1 << "LOW";
        QTest::newRow("2 low") << 2 << "LOW";
        QTest::newRow("3 normal") << 3 << "NORMAL";
        QTest::newRow("4 high") << 4 << "NORMAL";
        QTest::newRow("5 urgent") << 5 << "CRITICAL";
    }

    void textAndUrgencyArriveAsSent()
    {
        QFETCH(int, priority);
        QFETCH(QString, urgency);
        auto notifier = makeNotifier();
        const QString title = unique(QStringLiteral("Disk full"));
        const QString body = QStringLiteral("/var at 99%\nsecond line");
        notifier->show(makeNotification(11, title, body, priority));

        QTRY_VERIFY(shown(title));
        const Entry entry = *shown(title);
        QCOMPARE(entry.urgency, urgency);
        QCOMPARE(entry.body, body);
        QCOMPARE(entry.appName, QStringLiteral("Herald"));
        QCOMPARE(entry.desktopEntry, QStringLiteral("io.github.herald_notify.Herald"));
        QCOMPARE(m_session.displayedCount(), 1);
    }

    void bodyNamesTheLinkHost()
    {
        auto notifier = makeNotifier();
        Notification n = makeNotification(12, unique(QStringLiteral("Deploy")), "web-42 is live");
        n.url = QUrl(QStringLiteral("https://ci.example.org/jobs/42?token=secret"));
        notifier->show(n);

        QTRY_VERIFY(shown(n.title));
        const QString body = shown(n.title)->body;
        QVERIFY2(body.startsWith(QStringLiteral("web-42 is live\n")), qPrintable(body));
        QVERIFY2(body.contains(QStringLiteral("ci.example.org")), qPrintable(body));
        QVERIFY2(!body.contains(QStringLiteral("secret")), qPrintable(body));
    }

    void markupIsEscapedWhenTheServerReadsIt()
    {
        auto notifier = makeNotifier();
        QTRY_VERIFY(notifier->capabilitiesKnown());
        QVERIFY(notifier->capabilities().contains(QStringLiteral("body-markup")));

        const QString title = unique(QStringLiteral("<b>Title</b> & co"));
        const QString body = QStringLiteral("<b>x</b> & <a href=\"https://evil.example\">y</a>");
        notifier->show(makeNotification(13, title, body));

        QTRY_VERIFY(shown(title));
        const Entry entry = *shown(title);
        // Received escaped, so dunst's Pango renders the literal characters.
        QCOMPARE(entry.body, QStringLiteral("&lt;b&gt;x&lt;/b&gt; &amp; &lt;a "
                                            "href=\"https://evil.example\"&gt;y&lt;/a&gt;"));
        // The summary is plain text by the specification: sent as is, dunst escapes it itself.
        QCOMPARE(entry.summary, title);
        QVERIFY(m_session.closeAll());
        QTRY_VERIFY(
            dunstHistoryMessages(m_session).contains(QStringLiteral("&lt;b&gt;x&lt;/b&gt;")));
        QVERIFY(!dunstHistoryMessages(m_session).contains(QStringLiteral("<b>x</b>")));
    }

    void hostilePayloadArrivesInert()
    {
        auto notifier = makeNotifier();
        const QString marker = unique(QStringLiteral("hostile"));
        // Through the real parser: markup, a script tag, a right-to-left override and 10 MB.
        const QByteArray payload = "{\"title\":\"" + marker.toUtf8() +
                                   " \\u202Eevil\",\"message\":\"<script>alert(1)</script>" +
                                   QByteArray(10 * 1024 * 1024, 'A') + "\",\"priority\":5}";
        Notification n = NotificationParser::parse(
            payload, {"redis://test", "alerts", {}, QDateTime::currentDateTimeUtc()});
        n.rowId = 14;
        notifier->show(n);

        QTRY_VERIFY_WITH_TIMEOUT(!m_session.dunstEntries().isEmpty() &&
                                     m_session.dunstEntries().constLast().body.startsWith(
                                         QStringLiteral("&lt;script&gt;")),
                                 10'000);
        const Entry entry = m_session.dunstEntries().constLast();
        QVERIFY(!entry.body.contains(u'<'));
        QVERIFY(!entry.summary.contains(QChar(0x202E)));
        QVERIFY(entry.summary.startsWith(marker));
        QVERIFY2(entry.body.size() <= NotificationParser::MaxBodyChars + 64,
                 qPrintable(QString::number(entry.body.size())));
        QCOMPARE(entry.urgency, QStringLiteral("CRITICAL"));
    }

    void summaryUpdatesInPlace()
    {
        auto notifier = makeNotifier();
        const QString first = unique(QStringLiteral("3 new"));
        const QString second = unique(QStringLiteral("7 new"));
        const QString third = unique(QStringLiteral("12 new"));
        // Back to back: the second and third arrive while the first Notify is still in flight.
        notifier->showSummary(QStringLiteral("flood"), first, QStringLiteral("on alerts"), 3);
        notifier->showSummary(QStringLiteral("flood"), second, QStringLiteral("on alerts"), 3);
        notifier->showSummary(QStringLiteral("flood"), third, QStringLiteral("on alerts"), 3);
        QTRY_VERIFY(shown(third));
        QCOMPARE(m_session.displayedCount(), 1);

        const QString fourth = unique(QStringLiteral("20 new"));
        notifier->showSummary(QStringLiteral("flood"), fourth, QStringLiteral("on alerts"), 5);
        QTRY_VERIFY(shown(fourth));
        QCOMPARE(m_session.displayedCount(), 1);
        QCOMPARE(shown(fourth)->id, shown(third)->id);
        QCOMPARE(shown(fourth)->urgency, QStringLiteral("CRITICAL"));
        QVERIFY(!shown(second) || shown(second)->id == shown(third)->id);

        // Another key is another popup.
        const QString other = unique(QStringLiteral("catch-up"));
        notifier->showSummary(QStringLiteral("catch-up"), other, QStringLiteral("5 missed"), 3);
        QTRY_VERIFY(shown(other));
        QCOMPARE(m_session.displayedCount(), 2);
        QVERIFY(shown(other)->id != shown(fourth)->id);
    }

    void summaryAfterItClosedOpensANewOne()
    {
        auto notifier = makeNotifier();
        const QString first = unique(QStringLiteral("summary"));
        notifier->showSummary(QStringLiteral("gap"), first, QStringLiteral("body"), 3);
        QTRY_VERIFY(shown(first));
        QVERIFY(m_session.closeAll());
        QTRY_COMPARE(m_session.displayedCount(), 0);

        const QString second = unique(QStringLiteral("summary"));
        notifier->showSummary(QStringLiteral("gap"), second, QStringLiteral("body"), 3);
        QTRY_VERIFY(shown(second));
        QTRY_COMPARE(m_session.displayedCount(), 1);
    }

    void defaultActionEmitsActivated()
    {
        auto notifier = makeNotifier();
        QSignalSpy activated(notifier.get(), &DesktopNotifier::activated);
        QSignalSpy closed(notifier.get(), &DesktopNotifier::closed);
        QSignalSpy markRead(notifier.get(), &DesktopNotifier::markReadRequested);
        const QString title = unique(QStringLiteral("click me"));
        notifier->show(makeNotification(4242, title, QStringLiteral("body")));
        QTRY_VERIFY(shown(title));

        QVERIFY(m_session.invokeDefaultAction());
        QTRY_COMPARE(activated.size(), 1);
        QCOMPARE(activated.at(0).at(0).toLongLong(), 4242);
        // A handled popup is closed, and the close is reported.
        QTRY_COMPARE(closed.size(), 1);
        QCOMPARE(closed.at(0).at(0).toLongLong(), 4242);
        QTRY_COMPARE(m_session.displayedCount(), 0);
        QCOMPARE(markRead.size(), 0);
    }

    void summaryDefaultActionEmitsSummaryActivated()
    {
        auto notifier = makeNotifier();
        QSignalSpy summary(notifier.get(), &DesktopNotifier::summaryActivated);
        QSignalSpy activated(notifier.get(), &DesktopNotifier::activated);
        const QString title = unique(QStringLiteral("flood"));
        notifier->showSummary(QStringLiteral("flood-key"), title, QStringLiteral("50 new"), 3);
        QTRY_VERIFY(shown(title));

        QVERIFY(m_session.invokeDefaultAction());
        QTRY_COMPARE(summary.size(), 1);
        QCOMPARE(summary.at(0).at(0).toString(), QStringLiteral("flood-key"));
        QCOMPARE(activated.size(), 0);
    }

    void dismissingEmitsClosed()
    {
        auto notifier = makeNotifier();
        QSignalSpy closed(notifier.get(), &DesktopNotifier::closed);
        QSignalSpy activated(notifier.get(), &DesktopNotifier::activated);
        const QString title = unique(QStringLiteral("dismiss me"));
        notifier->show(makeNotification(77, title, QStringLiteral("body")));
        QTRY_VERIFY(shown(title));

        QVERIFY(m_session.closeLast());
        QTRY_COMPARE(closed.size(), 1);
        QCOMPARE(closed.at(0).at(0).toLongLong(), 77);
        QCOMPARE(activated.size(), 0);
    }

    void expiringEmitsClosed()
    {
        auto notifier = makeNotifier();
        notifier->setTimeoutMs(300);
        QSignalSpy closed(notifier.get(), &DesktopNotifier::closed);
        const QString title = unique(QStringLiteral("short-lived"));
        notifier->show(makeNotification(78, title, QStringLiteral("body")));
        QTRY_VERIFY(shown(title));
        QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, 10'000);
        QCOMPARE(closed.at(0).at(0).toLongLong(), 78);
    }

    void closeAllClosesOwnPopupsOnly()
    {
        auto mine = makeNotifier();
        auto other = makeNotifier();
        QSignalSpy closed(mine.get(), &DesktopNotifier::closed);
        const QString a = unique(QStringLiteral("mine a"));
        const QString b = unique(QStringLiteral("mine b"));
        const QString c = unique(QStringLiteral("other c"));
        mine->show(makeNotification(1, a, QStringLiteral("body")));
        mine->show(makeNotification(2, b, QStringLiteral("body")));
        other->show(makeNotification(3, c, QStringLiteral("body")));
        QTRY_COMPARE(m_session.displayedCount(), 3);

        mine->closeAll();
        QTRY_COMPARE(closed.size(), 2);
        QTRY_COMPARE(m_session.displayedCount(), 1);
        QList<qint64> rows{closed.at(0).at(0).toLongLong(), closed.at(1).at(0).toLongLong()};
        std::sort(rows.begin(), rows.end());
        QCOMPARE(rows, (QList<qint64>{1, 2}));
    }

    void closeAllReachesPopupsInFlight()
    {
        auto notifier = makeNotifier();
        QTRY_VERIFY(notifier->capabilitiesKnown());
        QSignalSpy closed(notifier.get(), &DesktopNotifier::closed);
        notifier->show(makeNotification(31, unique(QStringLiteral("in flight")), "body"));
        notifier->closeAll(); // before the server has answered with an id
        QTRY_COMPARE(closed.size(), 1);
        QCOMPARE(closed.at(0).at(0).toLongLong(), 31);
        QTRY_COMPARE(m_session.displayedCount(), 0);
    }

    void signalsOnlyForOwnIds()
    {
        // Two notifiers on one connection both hear every ActionInvoked; each must act only on
        // the ids it created.
        auto mine = makeNotifier();
        auto other = makeNotifier();
        QSignalSpy mineActivated(mine.get(), &DesktopNotifier::activated);
        QSignalSpy otherActivated(other.get(), &DesktopNotifier::activated);
        QSignalSpy otherClosed(other.get(), &DesktopNotifier::closed);
        const QString title = unique(QStringLiteral("only mine"));
        mine->show(makeNotification(99, title, QStringLiteral("body")));
        QTRY_VERIFY(shown(title));

        QVERIFY(m_session.invokeDefaultAction());
        QTRY_COMPARE(mineActivated.size(), 1);
        QTRY_COMPARE(m_session.displayedCount(), 0);
        QCOMPARE(otherActivated.size(), 0);
        QCOMPARE(otherClosed.size(), 0);
    }

    void sendsTheTypesTheSpecificationAsksFor()
    {
        QVERIFY(!FreedesktopNotifier::isServiceAvailable(m_fakeSession.bus()));
        FakeNotificationServer server(m_fakeSession.busAddress());
        QVERIFY(server.registerOnBus());
        QVERIFY(FreedesktopNotifier::isServiceAvailable(m_fakeSession.bus()));
        FreedesktopNotifier notifier(m_fakeSession.bus());
        notifier.setTimeoutMs(4000);
        Notification n = makeNotification(7, QStringLiteral("<b>t</b>"), "<b>x</b> & y", 5);
        notifier.show(n);
        notifier.setTimeoutMs(-1);
        notifier.show(makeNotification(8, QStringLiteral("low"), "body", 1));

        QTRY_COMPARE(server.calls.size(), 2);
        const FakeNotificationServer::Call call = server.calls.at(0);
        QCOMPARE(call.appName, QStringLiteral("Herald"));
        QCOMPARE(call.appIcon, QStringLiteral("io.github.herald_notify.Herald"));
        QCOMPARE(call.replacesId, 0u);
        QCOMPARE(call.summary, n.title);
        QCOMPARE(call.body, n.body);     // no body-markup: plain text as is
        QVERIFY(call.actions.isEmpty()); // no "actions" capability
        QCOMPARE(call.hints.value(QStringLiteral("urgency")).metaType(),
                 QMetaType::fromType<uchar>());
        QCOMPARE(call.hints.value(QStringLiteral("urgency")).value<uchar>(), uchar(2));
        QCOMPARE(call.hints.value(QStringLiteral("desktop-entry")).toString(),
                 QStringLiteral("io.github.herald_notify.Herald"));
        QCOMPARE(call.timeout, 4000);
        QCOMPARE(server.calls.at(1).hints.value(QStringLiteral("urgency")).value<uchar>(),
                 uchar(0));
        QCOMPARE(server.calls.at(1).timeout, -1); // the server's default
    }

    void offersActionsWhenTheServerHasThem()
    {
        FakeNotificationServer server(m_fakeSession.busAddress());
        server.capabilities = {QStringLiteral("actions"), QStringLiteral("body")};
        QVERIFY(server.registerOnBus());
        FreedesktopNotifier notifier(m_fakeSession.bus());
        notifier.show(makeNotification(7, QStringLiteral("n"), "body"));
        notifier.showSummary(QStringLiteral("k"), QStringLiteral("s"), QStringLiteral("b"), 3);

        QTRY_COMPARE(server.calls.size(), 2);
        QCOMPARE(server.calls.at(0).actions,
                 (QStringList{"default", "Open", "mark-read", "Mark as read"}));
        QCOMPARE(server.calls.at(1).actions, (QStringList{"default", "Open"}));
    }

    void slowServerNeverBlocksAndSummariesCoalesce()
    {
        FakeNotificationServer server(m_fakeSession.busAddress());
        server.holdReplies = true;
        QVERIFY(server.registerOnBus());
        FreedesktopNotifier notifier(m_fakeSession.bus());
        QTRY_VERIFY(notifier.capabilitiesKnown());

        // The server runs in this thread: one blocking call would hang until the D-Bus timeout.
        QElapsedTimer elapsed;
        elapsed.start();
        for (const char* title : {"1 new", "2 new", "3 new"})
            notifier.showSummary(QStringLiteral("flood"), QString::fromLatin1(title), {}, 3);
        notifier.show(makeNotification(9, QStringLiteral("barrier"), "body"));
        QVERIFY(elapsed.elapsed() < 1000);

        // One bus connection keeps its order: once the barrier is in, nothing else was sent.
        QTRY_COMPARE(server.calls.size(), 2);
        QCOMPARE(server.calls.at(0).summary, QStringLiteral("1 new"));
        QCOMPARE(server.calls.at(1).summary, QStringLiteral("barrier"));

        server.releaseReplies(); // ids 101 (summary) and 102 (barrier)
        QTRY_COMPARE(server.calls.size(), 3);
        QCOMPARE(server.calls.at(2).summary, QStringLiteral("3 new")); // the newest only
        QCOMPARE(server.calls.at(2).replacesId, 101u);
    }

    void signalsForOtherIdsAreIgnored()
    {
        FakeNotificationServer server(m_fakeSession.busAddress());
        server.capabilities = {QStringLiteral("actions"), QStringLiteral("body")};
        QVERIFY(server.registerOnBus());
        FreedesktopNotifier notifier(m_fakeSession.bus());
        QSignalSpy activated(&notifier, &DesktopNotifier::activated);
        QSignalSpy markRead(&notifier, &DesktopNotifier::markReadRequested);
        QSignalSpy closed(&notifier, &DesktopNotifier::closed);
        notifier.show(makeNotification(55, QStringLiteral("mine"), "body"));
        QTRY_COMPARE(server.calls.size(), 1);
        const QList<uint> before = server.closeRequests;

        // Another application's notifications (ids Herald never got back) come first ...
        server.emitSignal(QStringLiteral("ActionInvoked"), 999, QStringLiteral("default"));
        server.emitSignal(QStringLiteral("NotificationClosed"), 998, QVariant::fromValue(1u));
        // ... then one for Herald's own popup, id 101. Signals keep their order.
        QTRY_VERIFY(notifier.capabilitiesKnown());
        server.emitSignal(QStringLiteral("ActionInvoked"), 101, QStringLiteral("mark-read"));

        QTRY_COMPARE(markRead.size(), 1);
        QCOMPARE(markRead.at(0).at(0).toLongLong(), 55);
        QCOMPARE(activated.size(), 0);
        // Handled, so closed: CloseNotification(101), then NotificationClosed -> closed(55).
        QTRY_COMPARE(closed.size(), 1);
        QCOMPARE(closed.at(0).at(0).toLongLong(), 55);
        QCOMPARE(server.closeRequests, before + QList<uint>{101});
    }

    void plainTextServerGetsTextAsIs()
    {
        DesktopSession plain(DesktopSession::Options{QStringLiteral("no")});
        QString error;
        QVERIFY2(plain.startBus(&error), qPrintable(error));
        QVERIFY(!FreedesktopNotifier::isServiceAvailable(plain.bus()));
        QVERIFY2(plain.startDunst(&error), qPrintable(error));
        QVERIFY(FreedesktopNotifier::isServiceAvailable(plain.bus()));

        FreedesktopNotifier notifier(plain.bus());
        QTRY_VERIFY(notifier.capabilitiesKnown());
        QVERIFY(!notifier.capabilities().contains(QStringLiteral("body-markup")));
        const QString title = unique(QStringLiteral("plain"));
        notifier.show(makeNotification(5, title, QStringLiteral("<b>x</b> & y")));
        QTRY_VERIFY(shown(plain, title));
        QCOMPARE(shown(plain, title)->body, QStringLiteral("<b>x</b> & y"));
    }
};

HERALD_TEST_MAIN(TestFreedesktopNotifier, DesktopSession::dunstPrograms())

#include "tst_freedesktopnotifier.moc"
