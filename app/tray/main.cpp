// herald: the tray app. For now it only knows its version; the tray UI arrives with herald_ui.
#include "Version.h"

#include <QCommandLineParser>
#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("herald"));
    QCoreApplication::setOrganizationName(QStringLiteral(HERALD_APP_NAME));
    QCoreApplication::setApplicationVersion(QStringLiteral(HERALD_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Herald: desktop notifications from Redis"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
    return 0;
}
