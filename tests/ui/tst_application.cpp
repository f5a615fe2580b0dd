#include "Application.h"
#include "ChannelPicker.h"
#include "ConnectionSettingsPage.h"
#include "NotificationWindow.h"
#include "RedisServer.h"
#include "SettingsDialog.h"
#include "TestServices.h"
#include "sources/SourceManager.h"
#include "storage/HistoryStore.h"
#include "storage/Settings.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

// The whole tray app, offscreen, against a real redis-server: settings drive the running
// connection, history and read state survive a restart.
class TestApplication : public QObject {
    Q_OBJECT

private:
    RedisServer m_server;
    QTemporaryDir m_dir;
    QList<QUrl> m_opened;

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
