#pragma once

#include "desktop/Autostart.h"

// Autostart on Windows: the value "Herald" under the per-user Run key
// HKEY_CURRENT_USER\Software\Microsoft\Windows\CurrentVersion\Run, holding the quoted path of
// the executable followed by --minimized. Disabling removes the value.
class WindowsAutostart : public Autostart {
    Q_OBJECT

public:
    WindowsAutostart(const QString& executable, QObject* parent = nullptr);

    bool isEnabled() const override;
    bool setEnabled(bool enabled, QString* error) override;

private:
    QString m_executable;
};
