#include "desktop/SleepMonitor.h"

#include "desktop/Login1SleepMonitor.h"
#include "desktop/NullSleepMonitor.h"

#include <QDBusConnection>

SleepMonitor::SleepMonitor(QObject* parent)
    : QObject(parent)
{
}

SleepMonitor::~SleepMonitor() = default;

SleepMonitor* SleepMonitor::create(QObject* parent)
{
#ifdef Q_OS_LINUX
    // systemBus() honours DBUS_SYSTEM_BUS_ADDRESS, which is how tests supply a bus of their own.
    const QDBusConnection bus = QDBusConnection::systemBus();
    if (bus.isConnected())
        return new Login1SleepMonitor(bus, parent);
#endif
    return new NullSleepMonitor(parent);
}
