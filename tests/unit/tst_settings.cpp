#include "notifications/NotificationCenter.h"
#include "storage/ConnectionProfile.h"
#include "storage/Settings.h"

#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace {
ConnectionProfile sampleProfile()
{
    ConnectionProfile profile;
    profile.id = ConnectionProfile::newId();
    profile.name = QStringLiteral("Production");
    profile.url = QStringLiteral("rediss://alice@cache.example.com:6390/2");
    profile.username = QStringLiteral("alice");
    profile.caFile = QStringLiteral("/etc/ssl/ca.pem");
    profile.certFile = QStringLiteral("/home/a/client.pem");
    profile.keyFile = QStringLiteral("/home/a/client.key");
    profile.channels = {
        {QStringLiteral("alerts"), false, true, false, 1, false, {}},
        {QStringLiteral("deploy:*"), true, true, true, 1, false, {}},
        {QStringLiteral("metrics"), false, false, false, 4, false, {}},
        {QStringLiteral("build logs"), false, true, false, 5, false, {}},
    };
    return profile;
}

QRegularExpression mentioning(const QString& text)
{
    return QRegularExpression(QRegularExpression::escape(text));
}
} // namespace

class TestSettings : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    void writeFile(const QByteArray& contents)
    {
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(contents);
    }
    QByteArray readFile()
    {
        QFile file(m_path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("herald.ini"));
        QFile::remove(m_path);
        // Any warning not announced with ignoreMessage fails the test.
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    }

    void defaults()
    {
        const Settings settings(m_path);
        QCOMPARE(settings.fileName(), m_path);
        QCOMPARE(settings.value(SettingKeys::popupsEnabled), true);
        QCOMPARE(settings.value(SettingKeys::popupDurationSeconds), 8);
        QCOMPARE(settings.value(SettingKeys::floodThreshold), 3);
        QCOMPARE(settings.value(SettingKeys::floodWindowSeconds), 10);
        QCOMPARE(settings.value(SettingKeys::dndBreakThrough), true);
        QVERIFY(!settings.value(SettingKeys::dndUntil).isValid());
        QCOMPARE(settings.value(SettingKeys::quietHoursEnabled), false);
        QCOMPARE(settings.value(SettingKeys::quietHoursStart), QTime(22, 0));
        QCOMPARE(settings.value(SettingKeys::quietHoursEnd), QTime(7, 0));
        QCOMPARE(settings.value(SettingKeys::quietHoursDays).size(), 7);
        QCOMPARE(settings.value(SettingKeys::startMinimized), false);
        QCOMPARE(settings.value(SettingKeys::historyMaxCount), 50'000);
        QCOMPARE(settings.value(SettingKeys::historyMaxAgeDays), 90);
        QCOMPARE(settings.value(SettingKeys::allowRemoteIcons), false);
        QCOMPARE(settings.value(SettingKeys::autostart), false);
        QCOMPARE(settings.value(SettingKeys::catchUpUrgentPopups), true);
        QCOMPARE(settings.value(SettingKeys::catchUpBackfillCount), 20);
        QVERIFY(settings.connections().isEmpty());
    }

    void defaultsMatchTheNotificationCenter()
    {
        const Settings settings(m_path);
        const NotificationCenter::Policy policy;
        QCOMPARE(settings.value(SettingKeys::popupsEnabled), policy.popupsEnabled);
        QCOMPARE(settings.value(SettingKeys::floodThreshold), policy.floodThreshold);
        QCOMPARE(settings.value(SettingKeys::floodWindowSeconds), policy.floodWindowSeconds);
        QCOMPARE(settings.value(SettingKeys::dndBreakThrough), policy.breakThrough);
        QCOMPARE(settings.value(SettingKeys::quietHoursStart), policy.quietHours.start());
        QCOMPARE(settings.value(SettingKeys::quietHoursEnd), policy.quietHours.end());
        QCOMPARE(settings.value(SettingKeys::quietHoursDays), policy.quietHours.days());
        QCOMPARE(settings.value(SettingKeys::catchUpUrgentPopups), policy.urgentCatchUpPopups);
    }

    void valuesSurviveANewSettingsObject()
    {
        {
            Settings settings(m_path);
            QSignalSpy changed(&settings, &Settings::changed);
            settings.setValue(SettingKeys::popupDurationSeconds, 20);
            settings.setValue(SettingKeys::allowRemoteIcons, true);
            settings.setValue(SettingKeys::quietHoursStart, QTime(23, 30));
            settings.setValue(SettingKeys::quietHoursDays, {Qt::Sunday, Qt::Saturday});
            QCOMPARE(changed.size(), 4);
            QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("popups/durationSeconds"));
            settings.setValue(SettingKeys::popupDurationSeconds, 20);
            QCOMPARE(changed.size(), 4); // no change, no signal
            QVERIFY(settings.sync());
        }
        const Settings settings(m_path);
        QCOMPARE(settings.value(SettingKeys::popupDurationSeconds), 20);
        QCOMPARE(settings.value(SettingKeys::allowRemoteIcons), true);
        QCOMPARE(settings.value(SettingKeys::quietHoursStart), QTime(23, 30));
        QCOMPARE(settings.value(SettingKeys::quietHoursDays),
                 (QList<Qt::DayOfWeek>{Qt::Saturday, Qt::Sunday}));
        const QByteArray file = readFile();
        QVERIFY2(file.contains("23:30"), file.constData());
        QVERIFY2(file.contains("Sat,Sun"), file.constData());
    }

    void resetValueRestoresTheDefault()
    {
        Settings settings(m_path);
        settings.setValue(SettingKeys::floodThreshold, 7);
        QSignalSpy changed(&settings, &Settings::changed);
        settings.resetValue(SettingKeys::floodThreshold);
        QCOMPARE(settings.value(SettingKeys::floodThreshold), 3);
        QCOMPARE(changed.size(), 1);
    }

    void doNotDisturbUntilRoundTrips_data()
    {
        QTest::addColumn<QDateTime>("until");
        QTest::newRow("local") << QDateTime(QDate(2024, 5, 16), QTime(8, 0));
        QTest::newRow("with ms") << QDateTime(QDate(2024, 5, 16), QTime(8, 0, 1, 250));
        QTest::newRow("indefinitely") << NotificationCenter::indefinitely();
        QTest::newRow("off") << QDateTime();
    }

    void doNotDisturbUntilRoundTrips()
    {
        QFETCH(QDateTime, until);
        {
            Settings settings(m_path);
            settings.setValue(SettingKeys::dndUntil, until);
            QVERIFY(settings.sync());
        }
        const Settings settings(m_path);
        const QDateTime read = settings.value(SettingKeys::dndUntil);
        QCOMPARE(read.isValid(), until.isValid());
        if (until.isValid())
            QCOMPARE(read.toMSecsSinceEpoch(), until.toMSecsSinceEpoch());
    }

    void handEditedValuesAreClampedOrReplaced()
    {
        writeFile("[popups]\n"
                  "durationSeconds=500\n"
                  "floodThreshold=0\n"
                  "floodWindowSeconds=banana\n"
                  "enabled=maybe\n"
                  "[history]\n"
                  "maxCount=99999999999999999999999\n"
                  "maxAgeDays=-5\n"
                  "[quietHours]\n"
                  "enabled=yes\n"
                  "start=25:99\n"
                  "end=7:30\n"
                  "days=mon, Friday, 7\n"
                  "[doNotDisturb]\n"
                  "until=tomorrow\n"
                  "breakThrough=1, 2\n"
                  "[app]\n"
                  "autostart=\" TRUE \"\n");
        const Settings settings(m_path);
        const auto expect = [](const char* key) {
            QTest::ignoreMessage(QtWarningMsg, mentioning(QString::fromLatin1(key)));
        };
        expect("popups/durationSeconds");
        QCOMPARE(settings.value(SettingKeys::popupDurationSeconds), 120);
        expect("popups/floodThreshold");
        QCOMPARE(settings.value(SettingKeys::floodThreshold), 1);
        expect("popups/floodWindowSeconds");
        QCOMPARE(settings.value(SettingKeys::floodWindowSeconds), 10);
        expect("popups/enabled");
        QCOMPARE(settings.value(SettingKeys::popupsEnabled), true);
        expect("history/maxCount");
        QCOMPARE(settings.value(SettingKeys::historyMaxCount), 50'000);
        expect("history/maxAgeDays");
        QCOMPARE(settings.value(SettingKeys::historyMaxAgeDays), 0);
        QCOMPARE(settings.value(SettingKeys::quietHoursEnabled), true);
        expect("quietHours/start");
        QCOMPARE(settings.value(SettingKeys::quietHoursStart), QTime(22, 0));
        QCOMPARE(settings.value(SettingKeys::quietHoursEnd), QTime(7, 30));
        QCOMPARE(settings.value(SettingKeys::quietHoursDays),
                 (QList<Qt::DayOfWeek>{Qt::Monday, Qt::Friday, Qt::Sunday}));
        expect("doNotDisturb/until");
        QVERIFY(!settings.value(SettingKeys::dndUntil).isValid());
        expect("doNotDisturb/breakThrough");
        QCOMPARE(settings.value(SettingKeys::dndBreakThrough), true);
        QCOMPARE(settings.value(SettingKeys::autostart), true);

        // One warning per key, not one per read (failOnWarning would catch a second).
        QCOMPARE(settings.value(SettingKeys::popupDurationSeconds), 120);
        QCOMPARE(settings.value(SettingKeys::floodWindowSeconds), 10);
    }

    void wrongTypesFallBackToDefaults_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("list for a number") << QByteArray("durationSeconds=1, 2");
        QTest::newRow("fraction") << QByteArray("durationSeconds=2.5");
        QTest::newRow("empty") << QByteArray("durationSeconds=");
        QTest::newRow("point") << QByteArray("durationSeconds=@Point(1 2)");
    }

    void wrongTypesFallBackToDefaults()
    {
        QFETCH(QByteArray, line);
        writeFile("[popups]\n" + line + "\n");
        const Settings settings(m_path);
        QTest::ignoreMessage(QtWarningMsg, mentioning(QStringLiteral("popups/durationSeconds")));
        QCOMPARE(settings.value(SettingKeys::popupDurationSeconds), 8);
    }

    void badWeekdayListFallsBackToAllDays()
    {
        writeFile("[quietHours]\ndays=Mon,Funday\n");
        const Settings settings(m_path);
        QTest::ignoreMessage(QtWarningMsg, mentioning(QStringLiteral("quietHours/days")));
        QCOMPARE(settings.value(SettingKeys::quietHoursDays), QuietHours::allDays());
    }

    void settingAValueOutOfBoundsClampsIt()
    {
        Settings settings(m_path);
        QTest::ignoreMessage(QtWarningMsg, mentioning(QStringLiteral("history/maxCount")));
        settings.setValue(SettingKeys::historyMaxCount, 10);
        QCOMPARE(settings.value(SettingKeys::historyMaxCount), 100);
    }

    void settingAValueClearsItsWarning()
    {
        writeFile("[popups]\ndurationSeconds=x\n");
        Settings settings(m_path);
        QTest::ignoreMessage(QtWarningMsg, mentioning(QStringLiteral("popups/durationSeconds")));
        QCOMPARE(settings.value(SettingKeys::popupDurationSeconds), 8);
        settings.setValue(SettingKeys::popupDurationSeconds, 9);
        QCOMPARE(settings.value(SettingKeys::popupDurationSeconds), 9);
    }

    void connectionsRoundTrip()
    {
        const ConnectionProfile first = sampleProfile();
        ConnectionProfile second;
        second.name = QStringLiteral("Local");
        second.url = QStringLiteral("redis://localhost");
        second.enabled = false;
        {
            Settings settings(m_path);
            QSignalSpy changed(&settings, &Settings::connectionsChanged);
            settings.setConnections({first, second});
            QCOMPARE(changed.size(), 1);
            settings.setConnections(settings.connections());
            QCOMPARE(changed.size(), 1); // the same again is no change
            QVERIFY(settings.sync());
        }
        const Settings settings(m_path);
        const QList<ConnectionProfile> read = settings.connections();
        QCOMPARE(read.size(), 2);
        QCOMPARE(read.at(0), first);
        QCOMPARE(read.at(1).name, second.name);
        QCOMPARE(read.at(1).enabled, false);
        QVERIFY(read.at(1).channels.isEmpty());
        // A profile without an id got one: a UUID without braces.
        QVERIFY(!QUuid::fromString(read.at(1).id).isNull());
        QVERIFY(!read.at(1).id.startsWith(u'{'));
    }

    void exactProfileRoundTrip()
    {
        const ConnectionProfile profile = sampleProfile();
        {
            Settings settings(m_path);
            settings.setConnections({profile});
        } // destroyed without sync(): QSettings writes on destruction
        QCOMPARE(Settings(m_path).connections(), QList<ConnectionProfile>{profile});
    }

    void durableEntriesRoundTrip()
    {
        ConnectionProfile profile = sampleProfile();
        profile.channels[0].durable = true; // default stream key
        profile.channels[2].durable = true;
        profile.channels[2].streamKey = QStringLiteral("metrics:log");
        {
            Settings settings(m_path);
            settings.setConnections({profile});
            QVERIFY(settings.sync());
        }
        const QList<ConnectionProfile> read = Settings(m_path).connections();
        QCOMPARE(read, QList<ConnectionProfile>{profile});
        QVERIFY(read[0].channels[0].durable);
        QVERIFY(read[0].channels[0].streamKey.isEmpty());
        QCOMPARE(read[0].channels[2].streamKey, QStringLiteral("metrics:log"));
        QVERIFY(!read[0].channels[1].durable);
    }

    void gatewayProfilesRoundTrip()
    {
        ConnectionProfile profile;
        profile.id = QStringLiteral("gw");
        profile.name = QStringLiteral("Gateway");
        profile.url = QStringLiteral("socketio+wss://gateway.example/ops?path=/rt/");
        profile.caFile = QStringLiteral("ca.pem");
        profile.headers = {QStringLiteral("X-Team: ops"), QStringLiteral("Cookie: a=b")};
        profile.proxy = QStringLiteral("socks5://127.0.0.1:1080");
        profile.maxMessageKiB = 64;
        profile.rooms = {QStringLiteral("ops"), QStringLiteral("deploys")};
        profile.channels = {{"notification", false, true, false, 2, false, {}}};
        {
            Settings settings(m_path);
            settings.setConnections({profile});
            QVERIFY(settings.sync());
        }
        const QList<ConnectionProfile> read = Settings(m_path).connections();
        QCOMPARE(read, QList<ConnectionProfile>{profile});
        QCOMPARE(read[0].kind(), ConnectionProfile::Kind::SocketIo);

        // A Redis profile keeps its section free of gateway keys, and reads the defaults back.
        ConnectionProfile redis = sampleProfile();
        Settings(m_path).setConnections({redis});
        const QByteArray text = readFile();
        for (const char* key : {"headers", "rooms", "proxy", "maxMessageKiB"})
            QVERIFY2(!text.contains(key), text.constData());
        QCOMPARE(Settings(m_path).connections()[0].maxMessageKiB,
                 ConnectionProfile::DefaultMaxMessageKiB);
    }

    void aPatternIsNeverDurable()
    {
        ConnectionProfile profile = sampleProfile();
        profile.channels[1].durable = true; // "deploy:*"
        Settings settings(m_path);
        settings.setConnections({profile});
        QVERIFY(!settings.connections()[0].channels[1].durable);
    }

    void filesWithoutDurableKeysReadAsPubSub()
    {
        // A profile as written before durable channels existed.
        writeFile("[connections]\n1\\id=abc\n1\\url=redis://localhost\n"
                  "1\\channels\\1\\name=alerts\n1\\channels\\1\\muted=true\n"
                  "1\\channels\\size=1\nsize=1\n");
        const QList<ConnectionProfile> read = Settings(m_path).connections();
        QCOMPARE(read.size(), 1);
        QCOMPARE(read[0].channels.size(), 1);
        QCOMPARE(read[0].channels[0].name, QStringLiteral("alerts"));
        QVERIFY(read[0].channels[0].muted);
        QVERIFY(!read[0].channels[0].durable);
        QVERIFY(read[0].channels[0].streamKey.isEmpty());
    }

    void catchUpSettingsRoundTripAndClamp()
    {
        {
            Settings settings(m_path);
            settings.setValue(SettingKeys::catchUpUrgentPopups, false);
            settings.setValue(SettingKeys::catchUpBackfillCount, 0);
        }
        {
            const Settings settings(m_path);
            QCOMPARE(settings.value(SettingKeys::catchUpUrgentPopups), false);
            QCOMPARE(settings.value(SettingKeys::catchUpBackfillCount), 0);
        }
        writeFile("[catchUp]\nbackfillCount=-5\n");
        QTest::ignoreMessage(QtWarningMsg, mentioning("catchUp/backfillCount"));
        QCOMPARE(Settings(m_path).value(SettingKeys::catchUpBackfillCount), 0);
    }

    void fewerProfilesLeaveNoStaleEntries()
    {
        Settings settings(m_path);
        settings.setConnections({sampleProfile(), sampleProfile(), sampleProfile()});
        settings.setConnections({sampleProfile()});
        QVERIFY(settings.sync());
        QCOMPARE(Settings(m_path).connections().size(), 1);
    }

    void duplicateIdsAreReplaced()
    {
        Settings settings(m_path);
        const ConnectionProfile profile = sampleProfile();
        settings.setConnections({profile, profile});
        const auto read = settings.connections();
        QCOMPARE(read.at(0).id, profile.id);
        QVERIFY(read.at(1).id != profile.id);
    }

    void passwordsAreNeverStored()
    {
        ConnectionProfile profile = sampleProfile();
        profile.url = QStringLiteral("rediss://alice:s3cret-pw@cache.example.com:6390/2");
        {
            Settings settings(m_path);
            settings.setConnections({profile});
            QCOMPARE(settings.connections().at(0).url,
                     QStringLiteral("rediss://alice@cache.example.com:6390/2"));
            QVERIFY(settings.sync());
        }
        QVERIFY(!readFile().contains("s3cret"));
    }

    void aHandWrittenPasswordIsDroppedWithAWarning()
    {
        writeFile("[connections]\n"
                  "1\\name=Hand written\n"
                  "1\\url=redis://:hunter2@10.0.0.5:6379\n"
                  "1\\channels\\1\\name=alerts\n"
                  "1\\channels\\2\\name=\n"
                  "1\\channels\\3\\name=ok\n"
                  "1\\channels\\3\\minPopupPriority=9\n"
                  "1\\channels\\size=3\n"
                  "size=1\n");
        const Settings settings(m_path);
        QTest::ignoreMessage(QtWarningMsg, mentioning(QStringLiteral("connections/1/url")));
        QTest::ignoreMessage(QtWarningMsg,
                             mentioning(QStringLiteral("connections/1/channels/2/name")));
        QTest::ignoreMessage(
            QtWarningMsg, mentioning(QStringLiteral("connections/1/channels/3/minPopupPriority")));
        const QList<ConnectionProfile> profiles = settings.connections();
        QCOMPARE(profiles.size(), 1);
        const ConnectionProfile& profile = profiles.first();
        QVERIFY(!profile.url.contains(QStringLiteral("hunter2")));
        QCOMPARE(profile.toEndpoint(QString()).host, QStringLiteral("10.0.0.5"));
        QCOMPARE(profile.channels.size(), 2);
        QCOMPARE(profile.channels.at(1).minPopupPriority, 5);
        QVERIFY(profile.enabled);
        // An id derived from the profile, the same on the next start (which warns again).
        QVERIFY(!profile.id.isEmpty());
        QTest::ignoreMessage(QtWarningMsg, mentioning(QStringLiteral("connections/1/url")));
        QTest::ignoreMessage(QtWarningMsg,
                             mentioning(QStringLiteral("connections/1/channels/2/name")));
        QTest::ignoreMessage(
            QtWarningMsg, mentioning(QStringLiteral("connections/1/channels/3/minPopupPriority")));
        QCOMPARE(Settings(m_path).connections().first().id, profile.id);
    }

    void invalidChannelsAreNotSaved()
    {
        ConnectionProfile profile = sampleProfile();
        profile.channels.append({QStringLiteral("  "), false, true, false, 1, false, {}});
        Settings settings(m_path);
        QTest::ignoreMessage(QtWarningMsg, mentioning(QStringLiteral("channel not saved")));
        settings.setConnections({profile});
        QCOMPARE(settings.connections().first().channels, sampleProfile().channels);
    }

    void channelNameValidation_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << "alerts" << true;
        QTest::newRow("pattern") << "deploy:*" << true;
        QTest::newRow("inner space") << "build logs" << true;
        QTest::newRow("unicode") << QString::fromUtf8("通知") << true;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("blank") << "   " << false;
        QTest::newRow("tab") << "a\tb" << false;
        QTest::newRow("newline") << "alerts\n" << false;
        QTest::newRow("nul") << QString(QChar(0)) + "x" << false;
        QTest::newRow("del") << "a\x7f" << false;
        QTest::newRow("c1") << QString(QChar(0x85)) + "x" << false;
    }

    void channelNameValidation()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QString error = QStringLiteral("stale");
        QCOMPARE(ConnectionProfile::isValidChannelName(name, &error), valid);
        QCOMPARE(error.isEmpty(), valid);
        QCOMPARE(ConnectionProfile::isValidChannelName(name, nullptr), valid);
    }

    void stripPassword_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("stripped");
        QTest::newRow("none") << "redis://localhost:6379"
                              << "redis://localhost:6379";
        QTest::newRow("user only") << "redis://alice@h"
                                   << "redis://alice@h";
        QTest::newRow("password only") << "redis://:pw@h:6380"
                                       << "redis://h:6380";
        QTest::newRow("user and password") << "rediss://alice:pw@h:6390/2?channel=a"
                                           << "rediss://alice@h:6390/2?channel=a";
        QTest::newRow("encoded") << "redis://:p%40ss@h"
                                 << "redis://h";
    }

    void stripPassword()
    {
        QFETCH(QString, url);
        QTEST(ConnectionProfile::stripPassword(url), "stripped");
        QVERIFY(ConnectionProfile::passwordInUrl(ConnectionProfile::stripPassword(url)).isEmpty());
    }

    void passwordInUrl()
    {
        QCOMPARE(ConnectionProfile::passwordInUrl("redis://:p%40ss@h"), QStringLiteral("p@ss"));
        QVERIFY(ConnectionProfile::passwordInUrl("redis://h").isEmpty());
    }

    void toEndpointBringsProfileAndPasswordTogether()
    {
        ConnectionProfile profile = sampleProfile();
        profile.url = QStringLiteral("rediss://bob@cache.example.com:6390/2?channel=extra"
                                     "&channel=metrics&pattern=logs:*");
        QString error;
        const RedisEndpoint endpoint = profile.toEndpoint(QStringLiteral("pw"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(endpoint.host, QStringLiteral("cache.example.com"));
        QCOMPARE(endpoint.port, 6390);
        QVERIFY(endpoint.tls);
        QCOMPARE(endpoint.database, 2);
        QCOMPARE(endpoint.username, QStringLiteral("alice")); // the field wins over the URL
        QCOMPARE(endpoint.password, QStringLiteral("pw"));
        QCOMPARE(endpoint.caFile, profile.caFile);
        QCOMPARE(endpoint.certFile, profile.certFile);
        QCOMPARE(endpoint.keyFile, profile.keyFile);
        // Enabled entries, then what only the URL names; "metrics" is a disabled entry.
        QCOMPARE(endpoint.channels, (QStringList{"alerts", "build logs", "extra"}));
        QCOMPARE(endpoint.patterns, (QStringList{"deploy:*", "logs:*"}));
    }

    void toEndpointReportsAnUnusableUrl()
    {
        ConnectionProfile profile;
        profile.url = QStringLiteral("http://example.com");
        QString error;
        const RedisEndpoint endpoint = profile.toEndpoint(QStringLiteral("pw"), &error);
        QVERIFY(!error.isEmpty());
        QVERIFY(endpoint.host.isEmpty());
    }

    void displayName()
    {
        ConnectionProfile profile = sampleProfile();
        QCOMPARE(profile.displayName(), QStringLiteral("Production"));
        profile.name = QStringLiteral("  ");
        QCOMPARE(profile.displayName(), QStringLiteral("rediss://alice@cache.example.com:6390/2"));
        profile.url = QStringLiteral("not a url :pw@");
        QVERIFY(!profile.displayName().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
