#include "desktop/MacAutostart.h"

#include <QDir>
#include <QFile>

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
    return writeOrRemove(filePath(), enabled, enabled ? plist.toUtf8() : QByteArray(), error);
}
