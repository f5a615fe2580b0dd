#include "DesktopSession.h"
#include "TestServices.h"
#include "desktop/Login1SleepMonitor.h"
#include "desktop/NullSleepMonitor.h"
#include "desktop/SleepMonitor.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QSignalSpy>
#include <QTest>
#include <memory>

// Login1SleepMonitor against a real D-Bus daemon: a private bus stands in for the system bus
// (through DBUS_SYSTEM_BUS_ADDRESS, as SleepMonitor::create() finds it), and the test itself
// plays logind: it owns org.freedesktop.login1 and emits PrepareForSleep.
class TestSleepMonitor : public QObject {
    Q_OBJECT

private:
    DesktopSession m_session;
    std::unique_ptr<QDBusConnection> m_logind;

    static QDBusMessage prepareForSleep(bool sleeping)
    {
        QDBusMessage signal = QDBusMessage::createSignal(
            QLatin1String(Login1SleepMonitor::Path), QLatin1String(Login1SleepMonitor::Interface),
            QStringLiteral("PrepareForSleep"));
        signal << sleeping;
        return signal;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_session.startBus(&error), qPrintable(error));
        // Before anything in this process asks for the system bus: Qt reads it once.
        qputenv("DBUS_SYSTEM_BUS_ADDRESS", m_session.busAddress().toUtf8());
        m_logind = std::make_unique<QDBusConnection>(
            QDBusConnection::connectToBus(m_session.busAddress(), QStringLiteral("fake-logind")));
        QVERIFY(m_logind->isConnected());
        QVERIFY(m_logind->registerService(QLatin1String(Login1SleepMonitor::Service)));
    }

    void cleanupTestCase()
    {
        m_logind.reset();
        QDBusConnection::disconnectFromBus(QStringLiteral("fake-logind"));
        m_session.stop();
    }

    void theFactoryPicksLogindWhereThereIsASystemBus()
    {
        std::unique_ptr<SleepMonitor> monitor(SleepMonitor::create(nullptr));
#ifdef Q_OS_LINUX
        QCOMPARE(monitor->backendName(), QStringLiteral("login1"));
        QVERIFY(static_cast<Login1SleepMonitor*>(monitor.get())->isListening());
#else
        QCOMPARE(monitor->backendName(), QStringLiteral("none"));
#endif
    }

    void prepareForSleepBecomesAboutToSleepAndResumed()
    {
        std::unique_ptr<SleepMonitor> monitor(SleepMonitor::create(nullptr));
        QSignalSpy sleeping(monitor.get(), &SleepMonitor::aboutToSleep);
        QSignalSpy resumed(monitor.get(), &SleepMonitor::resumed);

        QVERIFY(m_logind->send(prepareForSleep(true)));
        QVERIFY(sleeping.wait(5000));
        QCOMPARE(resumed.size(), 0);

        QVERIFY(m_logind->send(prepareForSleep(false)));
        QVERIFY(resumed.wait(5000));
        QCOMPARE(sleeping.size(), 1);
    }

    void onlyTheOwnerOfTheLogindNameIsBelieved()
    {
        Login1SleepMonitor monitor(QDBusConnection::systemBus());
        QSignalSpy sleeping(&monitor, &SleepMonitor::aboutToSleep);
        QSignalSpy resumed(&monitor, &SleepMonitor::resumed);
        // Another client on the bus sends "going to sleep": not logind, so not a suspend.
        QDBusConnection impostor =
            QDBusConnection::connectToBus(m_session.busAddress(), QStringLiteral("impostor"));
        QVERIFY(impostor.send(prepareForSleep(true)));
        // A round trip: the daemon has routed the impostor's signal before it answers, so the
        // monitor receives it before anything logind sends next.
        QVERIFY(impostor.interface()->isServiceRegistered(Login1SleepMonitor::Service).value());
        QVERIFY(m_logind->send(prepareForSleep(false)));
        QVERIFY(resumed.wait(5000));
        QCOMPARE(sleeping.size(), 0);
        QDBusConnection::disconnectFromBus(QStringLiteral("impostor"));
    }

    void theNullMonitorSaysNothing()
    {
        NullSleepMonitor monitor;
        QCOMPARE(monitor.backendName(), QStringLiteral("none"));
    }
};

HERALD_TEST_MAIN(TestSleepMonitor, "dbus-daemon")
#include "tst_sleepmonitor.moc"
