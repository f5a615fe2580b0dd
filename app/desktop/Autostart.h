#pragma once

#include <QObject>
#include <QString>

// Whether Herald starts when the user logs in. The platform's own record (an XDG autostart
// file, a Run registry value, a LaunchAgent, the entry the Background portal writes) is the
// truth: nothing is kept in Settings. One subclass per platform, one file each, and only the
// current platform's are compiled; create() picks one.
class Autostart : public QObject {
    Q_OBJECT

public:
    explicit Autostart(QObject* parent = nullptr);
    ~Autostart() override;

    // The backend for this platform, starting the running executable with --minimized:
    // XdgAutostart on Linux and other XDG desktops (PortalAutostart inside a Flatpak sandbox),
    // WindowsAutostart, MacAutostart.
    static Autostart* create(QObject* parent);

    // The reverse-DNS id that names the autostart entry (HERALD_APP_ID).
    static QString appId();

    virtual bool isEnabled() const = 0;
    // False with a user-readable *error (if error is given) when the change failed.
    virtual bool setEnabled(bool enabled, QString* error) = 0;

protected:
    // For backends whose entry is a file: writes `content` to `path` atomically (creating its
    // folder) when enabling, removes the file when disabling.
    static bool writeOrRemove(const QString& path, bool enabled, const QByteArray& content,
                              QString* error);
};
