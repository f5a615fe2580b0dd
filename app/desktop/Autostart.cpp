#include "desktop/Autostart.h"

#include "Version.h"

#include <QCoreApplication>

#if defined(Q_OS_WIN)
#include "desktop/WindowsAutostart.h"
#elif defined(Q_OS_MACOS)
#include "desktop/MacAutostart.h"
#else
#include "desktop/XdgAutostart.h"
#endif

Autostart::Autostart(QObject* parent)
    : QObject(parent)
{
}

Autostart::~Autostart() = default;

QString Autostart::appId()
{
    return QStringLiteral(HERALD_APP_ID);
}

Autostart* Autostart::create(QObject* parent)
{
    const QString executable = QCoreApplication::applicationFilePath();
#if defined(Q_OS_WIN)
    return new WindowsAutostart(executable, parent);
#elif defined(Q_OS_MACOS)
    return new MacAutostart(executable, parent);
#else
    return new XdgAutostart(executable, parent);
#endif
}
