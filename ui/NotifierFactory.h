#pragma once

#include <QDBusConnection>
#include <QString>
#include <QStringList>
#include <memory>

class DesktopNotifier;
class QObject;
class QSystemTrayIcon;

// Picks the popup backend at run time, best first:
//   1. "freedesktop": FreedesktopNotifier, when the session bus has a notification server (owned
//      now or activatable);
//   2. "tray": TrayBalloonNotifier, when there is a tray icon, a tray to show it, and the platform
//      shows its messages (Windows, macOS, Linux tray hosts);
//   3. "popup": PopupNotifier, Herald's own windows, which always work.
// The choice is logged in the "herald.desktop" category.
class NotifierFactory {
public:
    static QStringList backendNames();

    // `preferred` (one of backendNames(), from tests or a hidden setting) is tried first; when it
    // cannot work here the chain above continues, with a warning. `tray` may be null. The caller
    // owns the result; `parent` only places it in the QObject tree, so a parent must not be
    // destroyed before the returned pointer is.
    static std::unique_ptr<DesktopNotifier> create(QSystemTrayIcon* tray, QObject* parent,
                                                   const QString& preferred = {});
    // The same, looking for a notification server on `bus` instead of the session bus.
    static std::unique_ptr<DesktopNotifier> create(QSystemTrayIcon* tray, QObject* parent,
                                                   const QString& preferred,
                                                   const QDBusConnection& bus);

private:
    static std::unique_ptr<DesktopNotifier> tryCreate(const QString& name, QSystemTrayIcon* tray,
                                                      QObject* parent, const QDBusConnection& bus);
};
