#include "NotifierFactory.h"

#include "PopupNotifier.h"
#include "TrayBalloonNotifier.h"
#include "desktop/FreedesktopNotifier.h"

#include <QSystemTrayIcon>

QStringList NotifierFactory::backendNames()
{
    return {QStringLiteral("freedesktop"), QStringLiteral("tray"), QStringLiteral("popup")};
}

std::unique_ptr<DesktopNotifier> NotifierFactory::create(QSystemTrayIcon* tray, QObject* parent,
                                                         const QString& preferred)
{
    return create(tray, parent, preferred, QDBusConnection::sessionBus());
}

std::unique_ptr<DesktopNotifier> NotifierFactory::create(QSystemTrayIcon* tray, QObject* parent,
                                                         const QString& preferred,
                                                         const QDBusConnection& bus)
{
    QStringList order = backendNames();
    if (!preferred.isEmpty()) {
        if (order.contains(preferred)) {
            order.removeOne(preferred);
            order.prepend(preferred);
        } else {
            qCWarning(lcDesktop) << "unknown popup backend" << preferred << "- expected one of"
                                 << backendNames();
        }
    }
    for (const QString& name : std::as_const(order)) {
        if (auto notifier = tryCreate(name, tray, parent, bus)) {
            qCInfo(lcDesktop).noquote() << "desktop popups through" << notifier->backendName();
            return notifier;
        }
        if (name == preferred)
            qCWarning(lcDesktop).noquote()
                << "popup backend" << preferred << "is not available here; falling back";
    }
    return nullptr; // unreachable: the popup backend always works
}

std::unique_ptr<DesktopNotifier> NotifierFactory::tryCreate(const QString& name,
                                                            QSystemTrayIcon* tray, QObject* parent,
                                                            const QDBusConnection& bus)
{
    if (name == QLatin1String("freedesktop")) {
        if (FreedesktopNotifier::isServiceAvailable(bus))
            return std::make_unique<FreedesktopNotifier>(bus, parent);
    } else if (name == QLatin1String("tray")) {
        if (tray && QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages())
            return std::make_unique<TrayBalloonNotifier>(tray, parent);
    } else if (name == QLatin1String("popup")) {
        return std::make_unique<PopupNotifier>(parent);
    }
    return nullptr;
}
