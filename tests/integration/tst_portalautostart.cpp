#include "DesktopSession.h"
#include "TestServices.h"
#include "desktop/Autostart.h"
#include "desktop/PortalAutostart.h"
#include "desktop/XdgAutostart.h"

#include <QDBusArgument>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <memory>

// What xdg-desktop-portal's Background portal does, on a private session bus: answers
// RequestBackground on the request object the API names, and writes or removes the autostart
// entry as the real portal does on the host.
class FakeBackgroundPortal : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Background")

public:
    FakeBackgroundPortal(const QDBusConnection& bus, const QString& entryPath)
        : m_bus(bus)
        , m_entryPath(entryPath)
    {
    }

    uint response = 0; // the next answer: 0 granted, 1 cancelled by the user
    QList<QVariantMap> requests;
    QStringList signatures;

public slots:
    QDBusObjectPath RequestBackground(const QString& /*parentWindow*/, const QVariantMap& options,
                                      const QDBusMessage& message)
    {
        requests.append(options);
        signatures.append(message.signature());
        QString sender = message.service().mid(1);
        sender.replace(u'.', u'_');
        const QString path = QStringLiteral("/org/freedesktop/portal/desktop/request/") + sender +
                             u'/' + options.value(QStringLiteral("handle_token")).toString();
        const bool autostart = options.value(QStringLiteral("autostart")).toBool();
        // The answer comes after the reply, as from the real portal (which may ask the user).
        QTimer::singleShot(0, this, [this, path, autostart, answer = response] {
            if (answer == 0)
                writeEntry(autostart);
            QDBusMessage signal = QDBusMessage::createSignal(
                path, QStringLiteral("org.freedesktop.portal.Request"), QStringLiteral("Response"));
            signal << answer
                   << QVariantMap{{QStringLiteral("background"), answer == 0},
                                  {QStringLiteral("autostart"), answer == 0 && autostart}};
            m_bus.send(signal);
        });
        return QDBusObjectPath(path);
    }

private:
    void writeEntry(bool autostart)
    {
        if (!autostart) {
            QFile::remove(m_entryPath);
            return;
        }
        QDir().mkpath(QFileInfo(m_entryPath).absolutePath());
        QFile file(m_entryPath);
        if (file.open(QIODevice::WriteOnly))
            file.write("[Desktop Entry]\nType=Application\nName=Herald\n"
                       "Exec=flatpak run --command=herald io.github.herald_notify.Herald "
                       "--minimized\n");
    }

    QDBusConnection m_bus;
    QString m_entryPath;
};

// Autostart inside Flatpak through the Background portal, against a fake portal on a private bus.
class TestPortalAutostart : public QObject {
    Q_OBJECT

private:
    DesktopSession m_session;
    QTemporaryDir m_dir;
    std::unique_ptr<FakeBackgroundPortal> m_portal;
    QString m_clientName = QStringLiteral("portal-autostart-client");

    QString entryPath() const
    {
        return m_dir.filePath(QStringLiteral("autostart/") + Autostart::appId() +
                              QStringLiteral(".desktop"));
    }
    // The client has a connection of its own, as Herald has in another process.
    QDBusConnection clientBus() const { return QDBusConnection(m_clientName); }

    static QStringList stringList(const QVariant& value)
    {
        if (value.canConvert<QDBusArgument>())
            return qdbus_cast<QStringList>(value.value<QDBusArgument>());
        return value.toStringList();
    }

    bool answer(PortalAutostart& autostart, bool enabled, bool* answered)
    {
        QSignalSpy spy(&autostart, &PortalAutostart::portalAnswered);
        QString error;
        if (!autostart.setEnabled(enabled, &error))
            return false;
        if (!spy.wait(5000))
            return false;
        *answered = spy.first().first().toBool();
        return true;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_session.startBus(&error), qPrintable(error));
        m_portal = std::make_unique<FakeBackgroundPortal>(m_session.bus(), entryPath());
        QVERIFY(m_session.bus().registerObject(QStringLiteral("/org/freedesktop/portal/desktop"),
                                               m_portal.get(), QDBusConnection::ExportAllSlots));
        QVERIFY(m_session.bus().registerService(QStringLiteral("org.freedesktop.portal.Desktop")));
        QVERIFY(QDBusConnection::connectToBus(m_session.busAddress(), m_clientName).isConnected());
    }

    void cleanupTestCase()
    {
        QDBusConnection::disconnectFromBus(m_clientName);
        m_session.stop();
    }

    void enablingAsksThePortalToStartHeraldMinimized()
    {
        PortalAutostart autostart(clientBus(), entryPath());
        QVERIFY(!autostart.isEnabled());
        bool answered = false;
        QVERIFY(answer(autostart, true, &answered));
        QVERIFY(answered);
        QVERIFY(autostart.isEnabled());

        QCOMPARE(m_portal->signatures.last(), QStringLiteral("sa{sv}"));
        const QVariantMap options = m_portal->requests.last();
        QCOMPARE(options.value("autostart").toBool(), true);
        QCOMPARE(stringList(options.value("commandline")), QStringList({"herald", "--minimized"}));
        QCOMPARE(options.value("dbus-activatable").toBool(), false);
        QVERIFY(!options.value("handle_token").toString().isEmpty());
    }

    void disablingAsksThePortalToStopIt()
    {
        PortalAutostart autostart(clientBus(), entryPath());
        QVERIFY(autostart.isEnabled()); // from the test before
        bool answered = true;
        QVERIFY(answer(autostart, false, &answered));
        QVERIFY(!answered);
        QVERIFY(!autostart.isEnabled());
        QCOMPARE(m_portal->requests.last().value("autostart").toBool(), false);
    }

    void aRefusalLeavesItOff()
    {
        PortalAutostart autostart(clientBus(), entryPath());
        m_portal->response = 1; // the user said no
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression("The Background portal did not enable.*"));
        bool answered = true;
        QVERIFY(answer(autostart, true, &answered));
        m_portal->response = 0;
        QVERIFY(!answered);
        QVERIFY(!autostart.isEnabled());
    }

    void withoutAPortalNothingIsAsked()
    {
        QVERIFY(
            m_session.bus().unregisterService(QStringLiteral("org.freedesktop.portal.Desktop")));
        const qsizetype before = m_portal->requests.size();
        PortalAutostart autostart(clientBus(), entryPath());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("No desktop portal.*"));
        QString error;
        QVERIFY(!autostart.setEnabled(true, &error));
        QCOMPARE(m_portal->requests.size(), before);
        QVERIFY(m_session.bus().registerService(QStringLiteral("org.freedesktop.portal.Desktop")));
    }

    void theHostsAutostartFolderIsRead()
    {
        const QByteArray saved = qgetenv("HOST_XDG_CONFIG_HOME");
        qputenv("HOST_XDG_CONFIG_HOME", "/host/config");
        QCOMPARE(PortalAutostart::defaultEntryPath(),
                 "/host/config/autostart/" + Autostart::appId() + ".desktop");
        qunsetenv("HOST_XDG_CONFIG_HOME");
        QCOMPARE(PortalAutostart::defaultEntryPath(),
                 QDir::homePath() + "/.config/autostart/" + Autostart::appId() + ".desktop");
        if (!saved.isNull())
            qputenv("HOST_XDG_CONFIG_HOME", saved);
    }

    void createPicksThePortalInsideFlatpak()
    {
        if (QFile::exists("/.flatpak-info"))
            QSKIP("This test runs inside Flatpak itself");
        qputenv("FLATPAK_ID", Autostart::appId().toUtf8());
        std::unique_ptr<Autostart> sandboxed(Autostart::create(nullptr));
        qunsetenv("FLATPAK_ID");
        std::unique_ptr<Autostart> native(Autostart::create(nullptr));
        QVERIFY(qobject_cast<PortalAutostart*>(sandboxed.get()));
        QVERIFY(qobject_cast<XdgAutostart*>(native.get()));
    }
};

HERALD_TEST_MAIN(TestPortalAutostart, "dbus-daemon")
#include "tst_portalautostart.moc"
