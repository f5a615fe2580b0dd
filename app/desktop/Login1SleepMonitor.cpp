#include "desktop/Login1SleepMonitor.h"

#include <QDBusError>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSleep, "herald.desktop.sleep", QtInfoMsg)

Login1SleepMonitor::Login1SleepMonitor(const QDBusConnection& bus, QObject* parent)
    : SleepMonitor(parent)
    , m_bus(bus)
{
    // By service name: QtDBus follows whoever owns org.freedesktop.login1, also when logind
    // starts (or restarts) after Herald.
    m_listening =
        m_bus.connect(QLatin1String(Service), QLatin1String(Path), QLatin1String(Interface),
                      QStringLiteral("PrepareForSleep"), this, SLOT(onPrepareForSleep(bool)));
    if (!m_listening)
        qCWarning(lcSleep) << "Cannot watch for suspend and resume through logind:"
                           << m_bus.lastError().message();
}

Login1SleepMonitor::~Login1SleepMonitor()
{
    if (m_listening)
        m_bus.disconnect(QLatin1String(Service), QLatin1String(Path), QLatin1String(Interface),
                         QStringLiteral("PrepareForSleep"), this, SLOT(onPrepareForSleep(bool)));
}

QString Login1SleepMonitor::backendName() const
{
    return QStringLiteral("login1");
}

void Login1SleepMonitor::onPrepareForSleep(bool sleeping)
{
    qCInfo(lcSleep) << (sleeping ? "The machine is going to sleep" : "The machine woke up");
    if (sleeping)
        emit aboutToSleep();
    else
        emit resumed();
}
