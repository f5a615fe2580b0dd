#pragma once

#include "desktop/Autostart.h"

// Autostart on macOS: a per-user LaunchAgent, ~/Library/LaunchAgents/<app id>.plist, that runs
// the executable with --minimized at load (login). Disabling removes the file.
class MacAutostart : public Autostart {
    Q_OBJECT

public:
    MacAutostart(const QString& executable, QObject* parent = nullptr);

    bool isEnabled() const override;
    bool setEnabled(bool enabled, QString* error) override;

    static QString filePath();

private:
    QString m_executable;
};
