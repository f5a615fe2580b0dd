// herald-cli: Herald's console front end (listen, publish, channels, history).
#include "Version.h"
#include "cli/ChannelsCommand.h"
#include "cli/CliOptions.h"
#include "cli/ExitCode.h"
#include "cli/HistoryCommand.h"
#include "cli/ListenCommand.h"
#include "cli/PublishCommand.h"

#include <QCoreApplication>
#include <cstdio>
#include <memory>

namespace {
const char* const Usage =
    "Usage: herald-cli <command> [options]\n"
    "\n"
    "Commands:\n"
    "  listen    subscribe to channels and patterns and print each notification\n"
    "  publish   publish one notification, or one per line of standard input\n"
    "  channels  list active channels with their subscriber counts\n"
    "  history   print the stored history, oldest first\n"
    "\n"
    "Run 'herald-cli <command> --help' for a command's options.\n"
    "Exit codes: 0 ok, 1 other failure, 2 usage, 3 unreachable, 4 authentication,\n"
    "            5 permission (ACL), 6 TLS, 7 protocol or server error, 8 --count not reached\n";

template <typename Command> int run(const QStringList& arguments)
{
    Command command;
    const int code = command.start(arguments);
    return code >= 0 ? code : QCoreApplication::exec();
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("herald-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral(HERALD_APP_NAME));
    QCoreApplication::setApplicationVersion(QStringLiteral(HERALD_VERSION));

    QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.value(1);
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        std::printf("herald-cli %s\n", HERALD_VERSION);
        return ExitOk;
    }
    if (command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help")) {
        std::fputs(Usage, command.isEmpty() ? stderr : stdout);
        return command.isEmpty() ? ExitUsage : ExitOk;
    }
    arguments.removeAt(1); // QCommandLineParser expects the program name first, then options
    if (command == QLatin1String("listen"))
        return run<ListenCommand>(arguments);
    if (command == QLatin1String("publish"))
        return run<PublishCommand>(arguments);
    if (command == QLatin1String("channels"))
        return run<ChannelsCommand>(arguments);
    if (command == QLatin1String("history"))
        return HistoryCommand().start(arguments);
    CliOptions::printError(QStringLiteral("unknown command \"%1\"").arg(command));
    std::fputs(Usage, stderr);
    return ExitUsage;
}
