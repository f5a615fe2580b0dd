#pragma once

#include "desktop/Autostart.h"

// Autostart on Linux and other XDG desktops: a desktop entry in
// $XDG_CONFIG_HOME/autostart (default ~/.config/autostart) named after the app id, per the
// Desktop Application Autostart Specification. Disabling removes the file.
class XdgAutostart : public Autostart {
    Q_OBJECT

public:
    XdgAutostart(const QString& executable, QObject* parent = nullptr);

    bool isEnabled() const override;
    bool setEnabled(bool enabled, QString* error) override;

    // $XDG_CONFIG_HOME/autostart/<app id>.desktop, read from the environment on every call.
    static QString filePath();
    // The desktop entry this backend writes.
    QByteArray desktopEntry() const;
    // `argument` as one argument of an Exec key: quoted when it holds a reserved character,
    // '%' doubled, and escaped as a desktop entry string value.
    static QString execArgument(const QString& argument);

private:
    QString m_executable;
};
