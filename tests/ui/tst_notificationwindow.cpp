#include "NotificationWindow.h"
#include "notifications/GapMarker.h"
#include "notifications/NotificationModel.h"
#include "notifications/NotificationParser.h"
#include "storage/HistoryStore.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

// The list window offscreen, over a real (in-memory) history: what a user does with it.
class TestNotificationWindow : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<HistoryStore> m_store;
    std::unique_ptr<NotificationModel> m_model;
    std::unique_ptr<NotificationWindow> m_window;
    QList<QUrl> m_opened;

    static Notification make(const QString& channel, const QByteArray& payload)
    {
        return NotificationParser::parse(payload, {QStringLiteral("redis://test"), channel,
                                                   QString(), QDateTime::currentDateTimeUtc()});
    }

    template <typename T> T* find(const char* name) const
    {
        return m_window->findChild<T*>(QString::fromLatin1(name));
    }

private slots:
    void init()
    {
        m_opened.clear();
        m_store = std::make_unique<HistoryStore>();
        QString error;
        QVERIFY2(m_store->open(":memory:", &error), qPrintable(error));
        m_store->insert({
            make("alerts", "{\"title\":\"Disk full\",\"body\":\"/var at 99%\",\"priority\":5,"
                           "\"url\":\"https://grafana.example/d/disk\"}"),
            make("builds", "{\"title\":\"Build 41 green\",\"body\":\"all tests passed\"}"),
            make("builds", "{\"title\":\"Build 42 red\",\"body\":\"lint failed\"}"),
        });
        m_model = std::make_unique<NotificationModel>(m_store.get());
        m_window = std::make_unique<NotificationWindow>(m_model.get(), m_store.get(),
                                                        UrlOpener([this](const QUrl& url) {
                                                            m_opened << url;
                                                            return true;
                                                        }));
        m_window->show();
        m_window->activateWindow(); // menu shortcuts (Delete, Ctrl+Shift+R) need an active window
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_model.reset();
        m_store.reset();
    }

    void showsNewestFirst()
    {
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_model->index(0).data(NotificationModel::TitleRole).toString(), "Build 42 red");
    }

    void searchNarrowsTheList()
    {
        find<QLineEdit>("searchLineEdit")->setText("disk");
        QTRY_COMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->index(0).data(NotificationModel::TitleRole).toString(), "Disk full");
        find<QLineEdit>("searchLineEdit")->setText("nothing like this");
        QTRY_COMPARE(m_model->rowCount(), 0);
        QVERIFY(find<QLabel>("emptyStateLabel")->isVisible());
        QVERIFY(find<QLabel>("emptyStateLabel")->text().contains("Nothing matches"));
    }

    void channelFilterAndUnreadOnly()
    {
        auto* channels = find<QComboBox>("channelFilterComboBox");
        QCOMPARE(channels->count(), 3); // all, alerts, builds
        channels->setCurrentIndex(channels->findData("builds"));
        QTRY_COMPARE(m_model->rowCount(), 2);

        m_store->setRead({m_model->index(0).data(NotificationModel::RowIdRole).toLongLong()}, true);
        find<QCheckBox>("unreadOnlyCheckBox")->setChecked(true);
        QTRY_COMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->index(0).data(NotificationModel::TitleRole).toString(), "Build 41 green");
    }

    void activatingOpensAllowedLinksAndMarksRead()
    {
        auto* list = find<QListView>("notificationListView");
        const int row =
            m_model->rowOfId(m_store->page({"disk", {}, {}, false}, 0, 1).first().rowId);
        list->setCurrentIndex(m_model->index(row));
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(m_opened, QList<QUrl>{QUrl("https://grafana.example/d/disk")});
        QTRY_VERIFY(m_model->index(row).data(NotificationModel::ReadRole).toBool());
    }

    void refusesToOpenOtherSchemes()
    {
        Notification hostile = make("alerts", "{\"title\":\"click me\"}");
        hostile.url = QUrl("file:///etc/passwd"); // the parser drops these; the window must too
        const qint64 rowId = m_store->insert({hostile}).first().rowId;
        m_window->activate(rowId);
        QVERIFY(m_opened.isEmpty());
        QVERIFY(m_store->byRowId(rowId)->read);
    }

    void hostileTextStaysInert()
    {
        const QByteArray payload =
            "{\"title\":\"<b>bold</b><img src=x onerror=alert(1)>\",\"body\":\"<script>alert(1)"
            "</script> \\u202Edesrever\"}";
        const qint64 rowId = m_store->insert({make("alerts", payload)}).first().rowId;
        auto* list = find<QListView>("notificationListView");
        QTRY_VERIFY(m_model->rowOfId(rowId) >= 0);
        list->setCurrentIndex(m_model->index(m_model->rowOfId(rowId)));
        auto* title = find<QLabel>("detailTitleLabel");
        QCOMPARE(title->textFormat(), Qt::PlainText);
        QCOMPARE(title->text(), "<b>bold</b><img src=x onerror=alert(1)>");
        const QString body = find<QPlainTextEdit>("detailBodyPlainTextEdit")->toPlainText();
        QVERIFY(body.startsWith("<script>alert(1)</script>"));
        QVERIFY2(!body.contains(QChar(0x202E)), "bidi override must be removed");
        QVERIFY(!list->grab().isNull());
    }

    void linksShowTheirHostBeforeAClick()
    {
        auto* list = find<QListView>("notificationListView");
        const int row =
            m_model->rowOfId(m_store->page({"disk", {}, {}, false}, 0, 1).first().rowId);
        list->setCurrentIndex(m_model->index(row));
        auto* link = find<QPushButton>("detailLinkPushButton");
        QVERIFY(link);
        QVERIFY2(link->text().contains("grafana.example"), qPrintable(link->text()));
        link->click();
        QCOMPARE(m_opened.size(), 1);
    }

    void remoteIconsOnlyWhenAllowed()
    {
        // A one-shot HTTP server on loopback that serves a PNG and counts requests.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        int requests = 0;
        QByteArray png;
        {
            QPixmap pixmap(16, 16);
            pixmap.fill(Qt::red);
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            pixmap.save(&buffer, "PNG");
        }
        connect(&server, &QTcpServer::newConnection, this, [&] {
            QTcpSocket* socket = server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [&, socket] {
                ++requests;
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: " +
                              QByteArray::number(png.size()) + "\r\nConnection: close\r\n\r\n" +
                              png);
                socket->disconnectFromHost();
            });
        });
        Notification n = make("alerts", "{\"title\":\"with icon\"}");
        n.iconUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/icon.png").arg(server.serverPort()));
        const qint64 rowId = m_store->insert({n}).first().rowId;
        auto* list = find<QListView>("notificationListView");
        QTRY_VERIFY(m_model->rowOfId(rowId) >= 0);

        list->setCurrentIndex(m_model->index(m_model->rowOfId(rowId)));
        auto* icon = find<QLabel>("detailIconLabel");
        QVERIFY(!icon->isVisible());
        QCOMPARE(requests, 0); // not allowed: nothing fetched

        m_window->setRemoteIconsAllowed(true);
        list->setCurrentIndex(m_model->index(m_model->rowOfId(rowId) == 0 ? 1 : 0));
        list->setCurrentIndex(m_model->index(m_model->rowOfId(rowId)));
        QTRY_VERIFY(icon->isVisible());
        QCOMPARE(requests, 1);
    }

    void aGapMarkerIsAMarkerRowThatStaysRead()
    {
        const QDateTime to = QDateTime::currentDateTimeUtc();
        m_store->insert({GapMarker::disconnection(QStringLiteral("redis://test"), to.addSecs(-300),
                                                  to, {QStringLiteral("alerts")})});
        QCOMPARE(m_model->rowCount(), 4);
        const QModelIndex gap = m_model->index(0);
        QVERIFY(gap.data(NotificationModel::IsGapRole).toBool());

        // It paints as a marker row (no crash, same height as the others).
        auto* list = find<QListView>("notificationListView");
        QCOMPARE(list->visualRect(gap).height(), list->visualRect(m_model->index(1)).height());
        QVERIFY(!list->grab().isNull());

        // Selected: its text in the detail pane, plainly, with no read toggle.
        list->setFocus();
        list->setCurrentIndex(gap);
        list->selectionModel()->select(gap, QItemSelectionModel::ClearAndSelect);
        QCOMPARE(find<QLabel>("detailTitleLabel")->text(), gap.data(NotificationModel::TitleRole));
        QVERIFY(find<QPlainTextEdit>("detailBodyPlainTextEdit")->toPlainText().contains("alerts"));
        QVERIFY(!find<QPushButton>("detailReadPushButton")->isVisible());

        // "Mark as unread" leaves it read and out of the unread count.
        const int unread = m_store->unreadCount();
        QTest::keyClick(list, Qt::Key_U);
        QVERIFY(gap.data(NotificationModel::ReadRole).toBool());
        QCOMPARE(m_store->unreadCount(), unread);

        // The unread filter leaves it out.
        find<QCheckBox>("unreadOnlyCheckBox")->setChecked(true);
        for (int row = 0; row < m_model->rowCount(); ++row)
            QVERIFY(!m_model->index(row).data(NotificationModel::IsGapRole).toBool());
    }

    void noticesShowUntilDismissed()
    {
        auto* label = find<QLabel>("noticeBannerLabel");
        QVERIFY(!label->isVisible());
        m_window->showNotice(QStringLiteral("The history was damaged <b>x</b>"));
        m_window->showNotice(QStringLiteral("The history was damaged <b>x</b>")); // once
        QVERIFY(label->isVisible());
        QCOMPARE(label->textFormat(), Qt::PlainText);
        QCOMPARE(label->text(), QStringLiteral("The history was damaged <b>x</b>"));
        find<QPushButton>("noticeDismissPushButton")->click();
        QVERIFY(!label->isVisible());
        QVERIFY(m_window->notices().isEmpty());
    }

    void deleteAndMarkAllRead()
    {
        auto* list = find<QListView>("notificationListView");
        list->setFocus();
        list->setCurrentIndex(m_model->index(0));
        list->selectionModel()->select(m_model->index(0), QItemSelectionModel::ClearAndSelect);
        QTest::keyClick(list, Qt::Key_Delete);
        QTRY_COMPARE(m_model->rowCount(), 2);
        QTest::keyClick(list, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(m_store->unreadCount(), 0);
    }
};

QTEST_MAIN(TestNotificationWindow)
#include "tst_notificationwindow.moc"
