#include "TestServices.h"
#include "storage/KeychainSecretStore.h"
#include "storage/SessionSecretStore.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>
#include <memory>

namespace {

constexpr int answerTimeoutMs = 15'000;
const QString secretsService = QStringLiteral("org.freedesktop.secrets");

// A dbus-daemon of our own. No <servicedir>: the stock session config would auto-start
// whatever the machine has installed (a notification daemon, a keyring) behind the test's back.
class PrivateBus {
public:
    ~PrivateBus() { TestServices::stopProcess(m_process); }

    bool start(const QString& dir, QString* error)
    {
        const QString config = dir + QStringLiteral("/bus.conf");
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly)) {
            *error = QStringLiteral("cannot write ") + config;
            return false;
        }
        file.write(busConfig(dir));
        file.close();
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(TestServices::findProgram(QStringLiteral("dbus-daemon")),
                        {QStringLiteral("--config-file=") + config, QStringLiteral("--nofork"),
                         QStringLiteral("--print-address=1")});
        return readAddress(error);
    }

    QString address() const { return m_address; }

private:
    static QByteArray busConfig(const QString& dir)
    {
        return "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration "
               "1.0//EN\"\n"
               " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
               "<busconfig>\n"
               "  <type>session</type>\n"
               "  <listen>unix:tmpdir=" +
               dir.toUtf8() +
               "</listen>\n"
               "  <policy context=\"default\">\n"
               "    <allow send_destination=\"*\" eavesdrop=\"true\"/>\n"
               "    <allow eavesdrop=\"true\"/>\n"
               "    <allow own=\"*\"/>\n"
               "  </policy>\n"
               "</busconfig>\n";
    }

    bool readAddress(QString* error)
    {
        if (!m_process.waitForStarted(5000)) {
            *error = QStringLiteral("dbus-daemon did not start: ") + m_process.errorString();
            return false;
        }
        QSignalSpy output(&m_process, &QProcess::readyReadStandardOutput);
        while (!m_process.canReadLine() && output.wait(10'000)) {
        }
        m_address = QString::fromUtf8(m_process.readLine().trimmed());
        if (m_address.isEmpty())
            *error = QStringLiteral("dbus-daemon printed no address");
        return !m_address.isEmpty();
    }

    QProcess m_process;
    QString m_address;
};

} // namespace

// KeychainSecretStore against a real gnome-keyring-daemon on a private session bus, the probe
// with and without a Secret Service, and the in-memory SessionSecretStore.
//
// QtKeychain reaches the keyring through libsecret (GDBus), which connects to the session bus
// named by DBUS_SESSION_BUS_ADDRESS on first use and keeps that connection for the life of the
// process; QtKeychain also picks its backend once per process. So initTestCase() sets the
// environment before anything in this process touches D-Bus, and the "no Secret Service" cases
// run the probe in a child process (this binary with --probe) given another bus address.
class TestSecretStore : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    PrivateBus m_bus;
    QProcess m_keyring;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    bool makePrivateDir(const QString& name)
    {
        return QDir().mkpath(path(name)) &&
               QFile::setPermissions(path(name),
                                     QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    QProcessEnvironment keyringEnvironment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), path(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), path(QStringLiteral("run")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("home/.local/share")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("home/.config")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), path(QStringLiteral("home/.cache")));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_bus.address());
        // Nothing may pop up an unlock prompt; the keyring is unlocked with the password below.
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("GNOME_KEYRING_CONTROL"));
        return env;
    }

    bool startKeyring(QString* error)
    {
        m_keyring.setProcessEnvironment(keyringEnvironment());
        m_keyring.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_keyring.setStandardOutputFile(QProcess::nullDevice());
        m_keyring.start(TestServices::findProgram(QStringLiteral("gnome-keyring-daemon")),
                        {QStringLiteral("--foreground"), QStringLiteral("--unlock"),
                         QStringLiteral("--components=secrets")});
        if (!m_keyring.waitForStarted(5000)) {
            *error =
                QStringLiteral("gnome-keyring-daemon did not start: ") + m_keyring.errorString();
            return false;
        }
        // --unlock reads the login keyring's password up to EOF; it must not be empty.
        m_keyring.write("herald-test-password");
        m_keyring.closeWriteChannel();
        return true;
    }

    // Points this process at the private bus before anything here uses D-Bus.
    void useBusInThisProcess() const
    {
        qputenv("DBUS_SESSION_BUS_ADDRESS", m_bus.address().toUtf8());
        qputenv("XDG_RUNTIME_DIR", path(QStringLiteral("run")).toUtf8());
        qputenv("HOME", path(QStringLiteral("home")).toUtf8());
        // QtKeychain prefers KWallet on a KDE desktop; the keyring under test is gnome-keyring.
        qunsetenv("XDG_CURRENT_DESKTOP");
        qunsetenv("DESKTOP_SESSION");
        qunsetenv("KDE_FULL_SESSION");
    }

    // Looks the entry up with libsecret's own tool: proof that it is in the keyring under test.
    QByteArray lookupWithSecretTool(const QString& key) const
    {
        QProcess tool;
        tool.setProcessEnvironment(keyringEnvironment());
        tool.start(TestServices::findProgram(QStringLiteral("secret-tool")),
                   {QStringLiteral("lookup"), QStringLiteral("user"), key, QStringLiteral("server"),
                    KeychainSecretStore::serviceName()});
        tool.waitForFinished(answerTimeoutMs);
        return tool.readAllStandardOutput();
    }

    // Runs the probe in a child process on `busAddress`; returns what it printed.
    static QByteArray probeInChild(const QString& busAddress)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), busAddress);
        QProcess child;
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QSignalSpy finished(&child, &QProcess::finished);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--probe")});
        if (!finished.wait(answerTimeoutMs)) {
            TestServices::stopProcess(child);
            return "child did not finish";
        }
        return child.readAllStandardOutput().trimmed();
    }

    static QList<QVariant> readBack(SecretStore& store, const QString& key)
    {
        QSignalSpy spy(&store, &SecretStore::readFinished);
        store.read(key);
        if (!spy.wait(answerTimeoutMs) || spy.size() != 1)
            return {};
        return spy.takeFirst();
    }

    static QString writeAndWait(SecretStore& store, const QString& key, const QString& secret)
    {
        QSignalSpy spy(&store, &SecretStore::writeFinished);
        store.write(key, secret);
        if (!spy.wait(answerTimeoutMs) || spy.size() != 1)
            return QStringLiteral("no writeFinished");
        return spy[0][0].toString() == key ? spy[0][1].toString() : QStringLiteral("wrong key");
    }

    static QString removeAndWait(SecretStore& store, const QString& key)
    {
        QSignalSpy spy(&store, &SecretStore::removeFinished);
        store.remove(key);
        if (!spy.wait(answerTimeoutMs) || spy.size() != 1)
            return QStringLiteral("no removeFinished");
        return spy[0][0].toString() == key ? spy[0][1].toString() : QStringLiteral("wrong key");
    }

    // Write, read back, overwrite, remove, read missing: the contract every store keeps.
    static void checkRoundTrip(SecretStore& store, const QString& key)
    {
        const QString secret = QStringLiteral("s3cr\u00e9t with spaces & \u2603");
        QCOMPARE(writeAndWait(store, key, secret), QString());
        QCOMPARE(readBack(store, key), (QVariantList{key, secret, QString()}));

        QCOMPARE(writeAndWait(store, key, QStringLiteral("second")), QString());
        QCOMPARE(readBack(store, key), (QVariantList{key, QStringLiteral("second"), QString()}));

        QCOMPARE(removeAndWait(store, key), QString());
        QCOMPARE(readBack(store, key), (QVariantList{key, QString(), QString()}));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(makePrivateDir(QStringLiteral("home")));
        QVERIFY(makePrivateDir(QStringLiteral("run")));
        QString error;
        QVERIFY2(m_bus.start(m_dir.path(), &error), qPrintable(error));
        useBusInThisProcess();
        QVERIFY2(startKeyring(&error), qPrintable(error));

        // QDBusConnection::sessionBus() is first created here, from the environment set above.
        QDBusConnectionInterface* bus = QDBusConnection::sessionBus().interface();
        QVERIFY2(bus, "no session bus in this process");
        QTRY_VERIFY_WITH_TIMEOUT(bus->isServiceRegistered(secretsService), answerTimeoutMs);
        // And it is the private bus: our connection is visible there.
        QDBusConnection direct = QDBusConnection::connectToBus(m_bus.address(), "verify");
        QVERIFY(
            direct.interface()->isServiceRegistered(QDBusConnection::sessionBus().baseService()));
    }

    void cleanupTestCase()
    {
        QDBusConnection::disconnectFromBus(QStringLiteral("verify"));
        TestServices::stopProcess(m_keyring);
    }

    void probeFindsTheKeyring()
    {
        bool answered = false;
        bool available = false;
        QString why;
        QObject context; // destroyed on return: no late answer can reach these locals
        KeychainSecretStore::probe(&context, [&](bool isAvailable, const QString& reason) {
            answered = true;
            available = isAvailable;
            why = reason;
        });
        QVERIFY(!answered); // never from inside the call
        QTRY_VERIFY_WITH_TIMEOUT(answered, answerTimeoutMs);
        QVERIFY2(available, qPrintable(why));
        QCOMPARE(why, QString());
    }

    void keychainRoundTrip()
    {
        KeychainSecretStore store;
        QVERIFY(store.isPersistent());
        QVERIFY(!store.description().isEmpty());
        checkRoundTrip(store, QStringLiteral("profile-roundtrip"));
    }

    void keychainWritesIntoTheSecretService()
    {
        KeychainSecretStore store;
        QCOMPARE(writeAndWait(store, QStringLiteral("profile-visible"), QStringLiteral("pw-1")),
                 QString());
        QCOMPARE(lookupWithSecretTool(QStringLiteral("profile-visible")), QByteArray("pw-1"));
        QCOMPARE(removeAndWait(store, QStringLiteral("profile-visible")), QString());
        QCOMPARE(lookupWithSecretTool(QStringLiteral("profile-visible")), QByteArray());
    }

    void keychainReadOfMissingEntryIsEmptySuccess()
    {
        KeychainSecretStore store;
        const QString key = QStringLiteral("profile-never-written");
        QCOMPARE(readBack(store, key), (QVariantList{key, QString(), QString()}));
        QCOMPARE(removeAndWait(store, key), QString());
    }

    void keychainKeepsKeysApartAndCallsInOrder()
    {
        KeychainSecretStore store;
        QSignalSpy writes(&store, &SecretStore::writeFinished);
        QSignalSpy reads(&store, &SecretStore::readFinished);
        store.write(QStringLiteral("profile-a"), QStringLiteral("alpha"));
        store.write(QStringLiteral("profile-b"), QStringLiteral("beta"));
        store.write(QStringLiteral("profile-a"), QStringLiteral("alpha-2"));
        store.read(QStringLiteral("profile-a"));
        store.read(QStringLiteral("profile-b"));
        QTRY_COMPARE_WITH_TIMEOUT(reads.size(), 2, answerTimeoutMs);
        QCOMPARE(writes.size(), 3);
        QCOMPARE(reads[0], (QVariantList{"profile-a", "alpha-2", QString()}));
        QCOMPARE(reads[1], (QVariantList{"profile-b", "beta", QString()}));
        QCOMPARE(removeAndWait(store, QStringLiteral("profile-a")), QString());
        QCOMPARE(removeAndWait(store, QStringLiteral("profile-b")), QString());
    }

    void keychainDropsResultsAfterDestruction()
    {
        auto store = std::make_unique<KeychainSecretStore>();
        store->read(QStringLiteral("profile-gone"));
        store.reset();
        // The job still finishes (and deletes itself) without calling into the dead store.
        KeychainSecretStore other;
        QCOMPARE(readBack(other, QStringLiteral("profile-gone")),
                 (QVariantList{"profile-gone", QString(), QString()}));
    }

    void probeWithoutSecretService_data()
    {
        QTest::addColumn<bool>("startBus");
        QTest::newRow("bus without a keyring") << true;
        QTest::newRow("no bus at all") << false;
    }

    void probeWithoutSecretService()
    {
        QFETCH(bool, startBus);
        QTemporaryDir dir;
        PrivateBus emptyBus;
        QString address = QStringLiteral("unix:path=") + dir.filePath(QStringLiteral("nothing"));
        if (startBus) {
            QString error;
            QVERIFY2(emptyBus.start(dir.path(), &error), qPrintable(error));
            address = emptyBus.address();
        }
        const QByteArray answer = probeInChild(address);
        QVERIFY2(answer.startsWith("unavailable: "), answer.constData());
        QVERIFY2(answer.size() > int(qstrlen("unavailable: ")), "no reason given");
    }

    void sessionStoreRoundTrip()
    {
        SessionSecretStore store;
        QVERIFY(!store.isPersistent());
        QVERIFY(store.description().contains(QStringLiteral("session")));
        checkRoundTrip(store, QStringLiteral("profile-session"));
    }

    void sessionStoreAnswersLater()
    {
        SessionSecretStore store;
        QSignalSpy writes(&store, &SecretStore::writeFinished);
        QSignalSpy reads(&store, &SecretStore::readFinished);
        QSignalSpy removals(&store, &SecretStore::removeFinished);
        store.write(QStringLiteral("k"), QStringLiteral("one"));
        store.read(QStringLiteral("k"));
        store.write(QStringLiteral("k"), QStringLiteral("two"));
        store.remove(QStringLiteral("missing"));
        // Nothing from inside the calls, as with the keychain.
        QCOMPARE(writes.size() + reads.size() + removals.size(), 0);
        QTRY_COMPARE(writes.size(), 2);
        QCOMPARE(reads.size(), 1);
        QCOMPARE(reads[0], (QVariantList{"k", "one", QString()})); // the value when it was read
        QCOMPARE(removals.size(), 1);
        QCOMPARE(removals[0], (QVariantList{"missing", QString()}));
    }
};

namespace {

// Child mode: probe whatever bus DBUS_SESSION_BUS_ADDRESS names and print the answer.
int runProbe(QCoreApplication& app)
{
    int exitCode = 1;
    KeychainSecretStore::probe(&app, [&](bool available, const QString& why) {
        std::printf("%s\n", available ? "available" : qPrintable("unavailable: " + why));
        exitCode = 0;
        app.quit();
    });
    app.exec();
    return exitCode;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 2 && qstrcmp(argv[1], "--probe") == 0)
        return runProbe(app);
    TestServices::require({"dbus-daemon", "gnome-keyring-daemon", "secret-tool"});
    TestSecretStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretstore.moc"
