#pragma once

#include "desktop/Autostart.h"

#include <QDBusConnection>
#include <QPointer>
#include <QVariantMap>

class QDBusAbstractInterface;

// Autostart inside a Flatpak sandbox, which cannot write the host's autostart folder: asks the
// Background portal (org.freedesktop.portal.Background.RequestBackground) to start Herald at
// log-in with --minimized; the portal writes (or removes) the host's autostart entry itself.
//
// The portal answers asynchronously and may ask the user first, so setEnabled() returns true
// once the request is sent; the answer arrives as portalAnswered(), and a refusal is logged
// (herald.desktop). isEnabled() reads the entry the portal wrote, through the read-only access
// to the host's autostart folder that the Flatpak manifest grants.
class PortalAutostart : public Autostart {
    Q_OBJECT

public:
    PortalAutostart(const QDBusConnection& bus, const QString& entryPath,
                    QObject* parent = nullptr);
    ~PortalAutostart() override;

    // Whether this process runs in a Flatpak sandbox (/.flatpak-info exists, or FLATPAK_ID is set).
    static bool insideFlatpak();
    // The host's $XDG_CONFIG_HOME/autostart/<app id>.desktop, where the portal writes the entry;
    // Flatpak passes the host's folder as HOST_XDG_CONFIG_HOME (default ~/.config).
    static QString defaultEntryPath();
    // The options of RequestBackground: handle_token, autostart, commandline, dbus-activatable.
    static QVariantMap requestOptions(bool enabled, const QString& handleToken);

    bool isEnabled() const override;
    // False (without an error text) only when there is no portal to ask.
    bool setEnabled(bool enabled, QString* error) override;

signals:
    // The portal's answer to the last request: whether Herald now starts at log-in (false when
    // the user or the portal refused, or the call failed).
    void portalAnswered(bool autostart);

private:
    QString requestPath(const QString& handleToken) const;
    void sendRequest(bool enabled);
    void watchRequest(const QString& path);
    void onResponse(uint response, const QVariantMap& results);
    void onCallFailed(const QString& message);

    QDBusConnection m_bus;
    QString m_entryPath;
    bool m_requested = false;
    QPointer<QDBusAbstractInterface> m_request;
};
