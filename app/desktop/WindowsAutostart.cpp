#include "desktop/WindowsAutostart.h"

#include <QDir>
#include <QSettings>

namespace {
const QString RunKey =
    QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run");
const QString ValueName = QStringLiteral("Herald");
} // namespace

WindowsAutostart::WindowsAutostart(const QString& executable, QObject* parent)
    : Autostart(parent)
    , m_executable(executable)
{
}

bool WindowsAutostart::isEnabled() const
{
    return QSettings(RunKey, QSettings::NativeFormat).contains(ValueName);
}

bool WindowsAutostart::setEnabled(bool enabled, QString* error)
{
    QSettings run(RunKey, QSettings::NativeFormat);
    if (enabled) {
        run.setValue(ValueName, u'"' + QDir::toNativeSeparators(m_executable) +
                                    QStringLiteral("\" --minimized"));
    } else {
        run.remove(ValueName);
    }
    run.sync();
    if (run.status() == QSettings::NoError)
        return true;
    if (error)
        *error = tr("Could not change the Run entry in the registry.");
    return false;
}
