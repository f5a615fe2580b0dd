#include "NotifierFactory.h"
#include "PopupNotifier.h"
#include "PopupWidget.h"
#include "TrayBalloonNotifier.h"

#include <QEnterEvent>
#include <QGuiApplication>
#include <QLabel>
#include <QPointer>
#include <QRegularExpression>
#include <QScreen>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTest>
#include <QToolButton>
#include <algorithm>

// Herald's own popup windows (offscreen platform), the tray balloon's click mapping and the
// factory's fallback chain.
class TestPopupNotifier : public QObject {
    Q_OBJECT

private:
    static Notification makeNotification(qint64 rowId, const QString& title,
                                         const QString& body = QStringLiteral("body"),
                                         int priority = Notification::Normal)
    {
        Notification n;
        n.rowId = rowId;
        n.title = title;
        n.body = body;
        n.priority = priority;
        return n;
    }

    static QLabel* label(PopupWidget* popup, const char* name)
    {
        return popup->findChild<QLabel*>(QString::fromLatin1(name));
    }

    static QToolButton* button(PopupWidget* popup, const char* name)
    {
        return popup->findChild<QToolButton*>(QString::fromLatin1(name));
    }

    static QRect available() { return QGuiApplication::primaryScreen()->availableGeometry(); }

private slots:
    void showsTextAsPlainText()
    {
        PopupNotifier notifier;
        const QString title = QStringLiteral("<b>bold?</b> & <script>alert(1)</script>");
        const QString body = QStringLiteral("<i>x</i> & <a href=\"https://evil.example\">y</a>");
        notifier.show(makeNotification(1, title, body));

        QCOMPARE(notifier.popups().size(), 1);
        PopupWidget* popup = notifier.popups().constFirst();
        QVERIFY(popup->isVisible());
        QLabel* titleLabel = label(popup, "popupTitleLabel");
        QLabel* bodyLabel = label(popup, "popupBodyLabel");
        QVERIFY(titleLabel && bodyLabel);
        QCOMPARE(titleLabel->textFormat(), Qt::PlainText);
        QCOMPARE(bodyLabel->textFormat(), Qt::PlainText);
        QCOMPARE(titleLabel->text().remove(u'\n'), title);
        QCOMPARE(bodyLabel->text().remove(u'\n'), body);
        QVERIFY(titleLabel->font().bold());
        QVERIFY(!popup->grab().isNull());
    }

    void bodyIsCutToFourLines()
    {
        PopupNotifier notifier;
        QString longBody;
        for (int i = 0; i < 300; ++i)
            longBody += QStringLiteral("word%1 ").arg(i);
        notifier.show(makeNotification(1, QStringLiteral("long"), longBody));
        notifier.show(makeNotification(2, QStringLiteral("many lines"),
                                       QStringLiteral("one\ntwo\nthree\nfour\nfive\nsix")));

        const QString cut = label(notifier.popups().at(0), "popupBodyLabel")->text();
        QCOMPARE(cut.count(u'\n'), PopupWidget::MaxBodyLines - 1);
        QVERIFY2(cut.endsWith(QChar(0x2026)), qPrintable(cut));
        QVERIFY(cut.startsWith(QStringLiteral("word0 word1")));
        const QString lines = label(notifier.popups().at(1), "popupBodyLabel")->text();
        QCOMPARE(lines.count(u'\n'), PopupWidget::MaxBodyLines - 1);
        QVERIFY(lines.startsWith(QStringLiteral("one\ntwo\nthree\n")));
        // A popup is a glance: DesktopNotifier::displayBody() keeps its first 400 characters; the
        // whole text stays in the list.
        QVERIFY(longBody.startsWith(notifier.popups().at(0)->body().chopped(1)));
    }

    void bodyNamesTheLinkHost()
    {
        PopupNotifier notifier;
        Notification n = makeNotification(1, QStringLiteral("Deploy"), QStringLiteral("web-42"));
        n.url = QUrl(QStringLiteral("https://ci.example.org/jobs/42"));
        notifier.show(n);
        QVERIFY(label(notifier.popups().constFirst(), "popupBodyLabel")
                    ->text()
                    .contains(QStringLiteral("ci.example.org")));
    }

    void stackUpwardFromTheBottomRightCorner()
    {
        PopupNotifier notifier;
        for (int i = 1; i <= 3; ++i)
            notifier.show(makeNotification(i, QStringLiteral("popup %1").arg(i)));

        const QList<PopupWidget*> popups = notifier.popups(); // oldest first
        QCOMPARE(popups.size(), 3);
        const QRect area = available();
        for (PopupWidget* popup : popups) {
            QVERIFY(popup->isVisible());
            QVERIFY(area.contains(popup->geometry()));
            QCOMPARE(popup->geometry().right(), area.right() - PopupNotifier::ScreenMargin);
        }
        // The newest sits in the corner; each older one above the next, with a gap.
        QCOMPARE(popups.at(2)->geometry().bottom(), area.bottom() - PopupNotifier::ScreenMargin);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(popups.at(i)->geometry().bottom() + PopupNotifier::Gap + 1,
                     popups.at(i + 1)->geometry().top());
        }
    }

    void keepsAtMostFiveAndClosesTheOldest()
    {
        PopupNotifier notifier;
        QSignalSpy closed(&notifier, &DesktopNotifier::closed);
        for (int i = 1; i <= 7; ++i)
            notifier.show(makeNotification(i, QStringLiteral("popup %1").arg(i)));

        QCOMPARE(notifier.popups().size(), PopupNotifier::MaxVisible);
        QCOMPARE(notifier.popups().constFirst()->title(), QStringLiteral("popup 3"));
        QCOMPARE(closed.size(), 2);
        QCOMPARE(closed.at(0).at(0).toLongLong(), 1);
        QCOMPARE(closed.at(1).at(0).toLongLong(), 2);
    }

    void summaryUpdatesInPlace()
    {
        PopupNotifier notifier;
        notifier.show(makeNotification(1, QStringLiteral("a notification")));
        notifier.showSummary(QStringLiteral("flood"), QStringLiteral("3 new"),
                             QStringLiteral("on alerts"), 3);
        notifier.showSummary(QStringLiteral("flood"), QStringLiteral("9 new"),
                             QStringLiteral("on alerts\nand deploy"), 5);

        QCOMPARE(notifier.popups().size(), 2);
        PopupWidget* summary = notifier.popups().at(1);
        QCOMPARE(summary->title(), QStringLiteral("9 new"));
        QCOMPARE(summary->priority(), 5);
        QCOMPARE(label(summary, "popupTitleLabel")->text(), QStringLiteral("9 new"));
        QVERIFY(!button(summary, "markReadToolButton")->isVisible());
        // Still stacked without overlap after its height changed.
        QVERIFY(notifier.popups().at(0)->geometry().bottom() < summary->geometry().top());

        notifier.showSummary(QStringLiteral("catch-up"), QStringLiteral("5 missed"), {}, 3);
        QCOMPARE(notifier.popups().size(), 3);
    }

    void hidesAfterTheTimeout()
    {
        PopupNotifier notifier;
        notifier.setTimeoutMs(100);
        QSignalSpy closed(&notifier, &DesktopNotifier::closed);
        notifier.show(makeNotification(21, QStringLiteral("short-lived")));
        QPointer<PopupWidget> popup = notifier.popups().constFirst();
        QVERIFY(popup->isCountingDown());

        QTRY_VERIFY(notifier.popups().isEmpty());
        QCOMPARE(closed.size(), 1);
        QCOMPARE(closed.at(0).at(0).toLongLong(), 21);
        QTRY_VERIFY(popup.isNull()); // deleted, not only hidden
    }

    void zeroTimeoutStaysUntilClosed()
    {
        PopupNotifier notifier;
        notifier.setTimeoutMs(0);
        notifier.show(makeNotification(1, QStringLiteral("sticky")));
        QVERIFY(!notifier.popups().constFirst()->isCountingDown());
    }

    void hoverPausesTheTimeout()
    {
        PopupNotifier notifier;
        notifier.setTimeoutMs(200);
        notifier.show(makeNotification(22, QStringLiteral("hover me")));
        PopupWidget* popup = notifier.popups().constFirst();

        QEnterEvent enter(QPointF(5, 5), QPointF(5, 5), popup->mapToGlobal(QPointF(5, 5)));
        QCoreApplication::sendEvent(popup, &enter);
        QVERIFY(!popup->isCountingDown());
        QCOMPARE(notifier.popups().size(), 1);

        QEvent leave(QEvent::Leave);
        QCoreApplication::sendEvent(popup, &leave);
        QVERIFY(popup->isCountingDown());
        QTRY_VERIFY(notifier.popups().isEmpty());
    }

    void clickEmitsActivated()
    {
        PopupNotifier notifier;
        QSignalSpy activated(&notifier, &DesktopNotifier::activated);
        QSignalSpy closed(&notifier, &DesktopNotifier::closed);
        notifier.show(makeNotification(42, QStringLiteral("click me")));

        QTest::mouseClick(notifier.popups().constFirst(), Qt::LeftButton, {}, QPoint(20, 20));
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.at(0).at(0).toLongLong(), 42);
        QVERIFY(notifier.popups().isEmpty());
        QCOMPARE(closed.size(), 1);
    }

    void markReadButtonEmitsMarkReadRequested()
    {
        PopupNotifier notifier;
        QSignalSpy markRead(&notifier, &DesktopNotifier::markReadRequested);
        QSignalSpy activated(&notifier, &DesktopNotifier::activated);
        notifier.show(makeNotification(43, QStringLiteral("read me")));

        QToolButton* markReadButton = button(notifier.popups().constFirst(), "markReadToolButton");
        QVERIFY(markReadButton && markReadButton->isVisible());
        QTest::mouseClick(markReadButton, Qt::LeftButton);
        QCOMPARE(markRead.size(), 1);
        QCOMPARE(markRead.at(0).at(0).toLongLong(), 43);
        QCOMPARE(activated.size(), 0);
        QVERIFY(notifier.popups().isEmpty());
    }

    void closeButtonOnlyCloses()
    {
        PopupNotifier notifier;
        QSignalSpy activated(&notifier, &DesktopNotifier::activated);
        QSignalSpy closed(&notifier, &DesktopNotifier::closed);
        notifier.show(makeNotification(44, QStringLiteral("dismiss me")));

        QTest::mouseClick(button(notifier.popups().constFirst(), "closeToolButton"),
                          Qt::LeftButton);
        QCOMPARE(closed.size(), 1);
        QCOMPARE(closed.at(0).at(0).toLongLong(), 44);
        QCOMPARE(activated.size(), 0);
        QVERIFY(notifier.popups().isEmpty());
    }

    void summaryClickEmitsSummaryActivated()
    {
        PopupNotifier notifier;
        QSignalSpy summary(&notifier, &DesktopNotifier::summaryActivated);
        QSignalSpy closed(&notifier, &DesktopNotifier::closed);
        notifier.showSummary(QStringLiteral("flood"), QStringLiteral("50 new"), {}, 3);

        QTest::mouseClick(notifier.popups().constFirst(), Qt::LeftButton, {}, QPoint(20, 20));
        QCOMPARE(summary.size(), 1);
        QCOMPARE(summary.at(0).at(0).toString(), QStringLiteral("flood"));
        QCOMPARE(closed.size(), 0); // no closed() for summaries
    }

    void closeAllClosesEverything()
    {
        PopupNotifier notifier;
        QSignalSpy closed(&notifier, &DesktopNotifier::closed);
        notifier.show(makeNotification(1, QStringLiteral("one")));
        notifier.show(makeNotification(2, QStringLiteral("two")));
        notifier.showSummary(QStringLiteral("k"), QStringLiteral("summary"), {}, 3);
        notifier.closeAll();
        QVERIFY(notifier.popups().isEmpty());
        QCOMPARE(closed.size(), 2);
    }

    void trayBalloonClickMeansTheLastMessage()
    {
        QSystemTrayIcon tray;
        TrayBalloonNotifier notifier(&tray);
        QSignalSpy activated(&notifier, &DesktopNotifier::activated);
        QSignalSpy summary(&notifier, &DesktopNotifier::summaryActivated);

        emit tray.messageClicked(); // nothing shown yet: nothing to activate
        QCOMPARE(activated.size(), 0);
        notifier.show(makeNotification(5, QStringLiteral("first")));
        notifier.show(makeNotification(6, QStringLiteral("second")));
        emit tray.messageClicked();
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.at(0).at(0).toLongLong(), 6);

        notifier.showSummary(QStringLiteral("flood"), QStringLiteral("3 new"), {}, 3);
        emit tray.messageClicked();
        QCOMPARE(summary.size(), 1);
        QCOMPARE(summary.at(0).at(0).toString(), QStringLiteral("flood"));

        notifier.closeAll();
        emit tray.messageClicked();
        QCOMPARE(activated.size() + summary.size(), 2);
    }

    void factoryHonoursPreferredPopup()
    {
        auto notifier = NotifierFactory::create(nullptr, nullptr, QStringLiteral("popup"));
        QVERIFY(notifier);
        QCOMPARE(notifier->backendName(), QStringLiteral("popup"));
        QVERIFY(qobject_cast<PopupNotifier*>(notifier.get()));
    }

    void factoryFallsBackToPopup()
    {
        // No bus and no tray (the offscreen platform has none): the popup always works.
        const QDBusConnection noBus(QStringLiteral("herald-test-no-bus"));
        QVERIFY(!noBus.isConnected());
        QSystemTrayIcon tray;
        auto notifier = NotifierFactory::create(&tray, nullptr, {}, noBus);
        QCOMPARE(notifier->backendName(), QStringLiteral("popup"));

        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("freedesktop is not available")));
        notifier = NotifierFactory::create(&tray, nullptr, QStringLiteral("freedesktop"), noBus);
        QCOMPARE(notifier->backendName(), QStringLiteral("popup"));

        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("unknown popup backend")));
        notifier =
            NotifierFactory::create(nullptr, nullptr, QStringLiteral("carrier-pigeon"), noBus);
        QCOMPARE(notifier->backendName(), QStringLiteral("popup"));
    }
};

QTEST_MAIN(TestPopupNotifier)

#include "tst_popupnotifier.moc"
