#include "StateDir.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace {
// The tray app's application name (tray/main.cpp); the organisation name is shared already.
const char* const TrayApplicationName = "herald";
} // namespace

QString StateDir::defaultPath()
{
    // AppDataLocation is derived from the application name, which is "herald-cli" here; asking
    // under the tray app's name gives its folder on every platform, whatever the layout.
    const QString own = QCoreApplication::applicationName();
    QCoreApplication::setApplicationName(QString::fromLatin1(TrayApplicationName));
    const QString path = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QCoreApplication::setApplicationName(own);
    return path;
}

QString StateDir::historyFile(const QString& dir)
{
    return QDir(dir).filePath(QStringLiteral("history.sqlite"));
}
