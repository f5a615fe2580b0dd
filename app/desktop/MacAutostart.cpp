#include "desktop/MacAutostart.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

MacAutostart::MacAutostart(const QString& executable, QObject* parent)
    : Autostart(parent)
    , m_executable(executable)
{
}

QString MacAutostart::filePath()
{
    return QDir::homePath() + QStringLiteral("/Library/LaunchAgents/") + appId() +
           QStringLiteral(".plist");
}

bool MacAutostart::isEnabled() const
{
    return QFile::exists(filePath());
}

bool MacAutostart::setEnabled(bool enabled, QString* error)
{
    const QString path = filePath();
    if (!enabled) {
        if (!QFile::exists(path) || QFile::remove(path))
            return true;
        if (error)
            *error = tr("Could not remove %1.").arg(path);
        return false;
    }
    const QString dir = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = tr("Could not create the folder %1.").arg(dir);
        return false;
    }
    const QString plist = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                         "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                                         "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
                                         "<plist version=\"1.0\">\n"
                                         "<dict>\n"
                                         "    <key>Label</key>\n"
                                         "    <string>%1</string>\n"
                                         "    <key>ProgramArguments</key>\n"
                                         "    <array>\n"
                                         "        <string>%2</string>\n"
                                         "        <string>--minimized</string>\n"
                                         "    </array>\n"
                                         "    <key>RunAtLoad</key>\n"
                                         "    <true/>\n"
                                         "</dict>\n"
                                         "</plist>\n")
                              .arg(appId().toHtmlEscaped(), m_executable.toHtmlEscaped());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(plist.toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
