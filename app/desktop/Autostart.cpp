#include "desktop/Autostart.h"

#include "Version.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#if defined(Q_OS_WIN)
#include "desktop/WindowsAutostart.h"
#elif defined(Q_OS_MACOS)
#include "desktop/MacAutostart.h"
#else
#include "desktop/PortalAutostart.h"
#include "desktop/XdgAutostart.h"

#include <QDBusConnection>
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
    // A Flatpak sandbox cannot write the host's autostart folder: the Background portal does.
    if (PortalAutostart::insideFlatpak())
        return new PortalAutostart(QDBusConnection::sessionBus(),
                                   PortalAutostart::defaultEntryPath(), parent);
    return new XdgAutostart(executable, parent);
#endif
}

bool Autostart::writeOrRemove(const QString& path, bool enabled, const QByteArray& content,
                              QString* error)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (!enabled) {
        if (!QFile::exists(path) || QFile::remove(path))
            return true;
        if (error)
            *error = tr("Could not remove %1.").arg(shown);
        return false;
    }
    const QString dir = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(dir));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) < 0 || !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(shown, file.errorString());
        return false;
    }
    return true;
}
