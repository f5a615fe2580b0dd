#include "TrayIcon.h"
#include "notifications/NotificationParser.h"
#include "storage/HistoryStore.h"

#include <QAction>
#include <QMenu>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>

// The tray icon's state, tooltip and menu, offscreen (no tray host needed to build them).
class TestTrayIcon : public QObject {
    Q_OBJECT

private:
    HistoryStore m_store;

    static QStringList actionTexts(const QMenu* menu)
    {
        QStringList texts;
        for (const QAction* action : menu->actions())
            if (!action->isSeparator())
                texts << action->text();
        return texts;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_store.open(":memory:", &error), qPrintable(error));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<Notification> batch;
        for (int i = 1; i <= 7; ++i)
            batch << NotificationParser::parse(
                "{\"title\":\"Deploy " + QByteArray::number(i) + " & done\",\"body\":\"web-" +
                    QByteArray::number(i) + " is live\"}",
                {"redis://localhost:6379", "deploys", {}, now.addSecs(i)});
        m_store.insert(batch);
    }

    void iconFollowsTheWorstState()
    {
        TrayIcon tray(&m_store);
        QCOMPARE(tray.iconState(), TrayIconPainter::State::Offline); // nothing set up
        tray.setConnectionStatus("a", {SourceStatus::State::Connected, {}, {}, -1});
        QCOMPARE(tray.iconState(), TrayIconPainter::State::Connected);
        tray.setConnectionStatus("b", {SourceStatus::State::Reconnecting, {}, "refused", 2000});
        QCOMPARE(tray.iconState(), TrayIconPainter::State::Connecting);
        tray.setConnectionStatus("b",
                                 {SourceStatus::State::Error, SourceStatus::Cause::Authentication,
                                  "Wrong password for redis://b", 30'000});
        QCOMPARE(tray.iconState(), TrayIconPainter::State::Error);
        tray.setDoNotDisturb(true, QDateTime::currentDateTime().addSecs(3600));
        QCOMPARE(tray.iconState(), TrayIconPainter::State::DoNotDisturb);
    }

    void tooltipNamesEveryConnectionAndTheUnreadCount()
    {
        TrayIcon tray(&m_store);
        tray.setConnectionStatus("redis://a:6379", {SourceStatus::State::Connected, {}, {}, -1});
        tray.setConnectionStatus("redis://b:6379",
                                 {SourceStatus::State::Error, SourceStatus::Cause::Authentication,
                                  "Wrong password for redis://b:6379", 4000});
        tray.setUnread(7);
        const QString tip = tray.toolTip();
        QVERIFY2(tip.contains("redis://a:6379: connected"), qPrintable(tip));
        QVERIFY2(tip.contains("Wrong password"), qPrintable(tip));
        QVERIFY2(tip.contains("7 unread"), qPrintable(tip));
    }

    void menuListsTheFiveNewestAndTheCommands()
    {
        TrayIcon tray(&m_store);
        emit tray.menu()->aboutToShow();
        const QStringList texts = actionTexts(tray.menu());
        QVERIFY2(texts.first().startsWith("Deploy 7 && done"), qPrintable(texts.join('|')));
        QCOMPARE(std::count_if(texts.begin(), texts.end(),
                               [](const QString& t) { return t.startsWith("Deploy"); }),
                 5);
        for (const char* command : {"Show notifications", "Do not disturb", "Pause all",
                                    "Send a notification...", "Settings...", "Quit"})
            QVERIFY2(texts.contains(command), command);

        QSignalSpy activated(&tray, &TrayIcon::notificationActivated);
        tray.menu()->actions().first()->trigger();
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated[0][0].toLongLong(), m_store.newest(1).first().rowId);
    }

    void doNotDisturbAndPauseAreRequested()
    {
        TrayIcon tray(&m_store);
        QSignalSpy dnd(&tray, &TrayIcon::doNotDisturbRequested);
        QSignalSpy pause(&tray, &TrayIcon::pauseRequested);
        for (QAction* action : tray.menu()->actions()) {
            if (action->menu() && action->text() == "Do not disturb")
                action->menu()->actions().first()->trigger(); // for 1 hour
            if (action->text() == "Pause all")
                action->trigger();
        }
        QCOMPARE(dnd.size(), 1);
        const qint64 inSeconds = QDateTime::currentDateTime().secsTo(dnd[0][0].toDateTime());
        QVERIFY(inSeconds > 3500 && inSeconds <= 3600);
        QCOMPARE(pause.size(), 1);
        QVERIFY(pause[0][0].toBool());
    }

    void saveImagesForTheDocs()
    {
        const QString dir = qEnvironmentVariable("HERALD_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        TrayIcon tray(&m_store);
        emit tray.menu()->aboutToShow();
        tray.menu()->adjustSize();
        QVERIFY(tray.menu()->grab().save(dir + "/tray-menu.png"));
        QPixmap strip(6 * 52, 52);
        strip.fill(Qt::white);
        QPainter painter(&strip);
        int x = 2;
        for (auto state : {TrayIconPainter::State::Connected, TrayIconPainter::State::Connecting,
                           TrayIconPainter::State::Error, TrayIconPainter::State::DoNotDisturb,
                           TrayIconPainter::State::Offline}) {
            painter.drawPixmap(x, 2,
                               TrayIconPainter::pixmap(
                                   state, state == TrayIconPainter::State::Connected ? 12 : 0, 48));
            x += 52;
        }
        painter.end();
        QVERIFY(strip.save(dir + "/tray-icons.png"));
    }
};

QTEST_MAIN(TestTrayIcon)
#include "tst_trayicon.moc"
