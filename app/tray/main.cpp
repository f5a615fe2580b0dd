// herald: the tray app. Parses the command line (--help and --version work without a display),
// then hands over to Application, the composition root.
#include "AppIcon.h"
#include "Application.h"
#include "BenchProbe.h"
#include "LanguageLoader.h"
#include "Version.h"
#include "desktop/AppIdentity.h"
#include "storage/CommandLineProfiles.h"
#include "storage/Settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>
#include <cstdio>
#include <optional>
#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace {
// Parses without a QApplication, so --help and --version work on a machine without a display.
std::optional<int> parseArguments(int argc, char* argv[], Application::Options* options)
{
    QCoreApplication core(argc, argv);
    QCoreApplication::setApplicationVersion(QStringLiteral(HERALD_VERSION));
    LanguageLoader language; // --help speaks the system's language
    language.install(QString());
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Herald: desktop notifications from Redis Pub/Sub, in the system tray."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption source(
        QStringLiteral("source"),
        QCoreApplication::translate("main", "Connect to URL (redis://, rediss://, socketio+ws://, "
                                            "nchan+ws://, ws:// or their TLS forms) instead of "
                                            "the saved connections; repeatable; never saved."),
        QStringLiteral("URL"));
    const QCommandLineOption channel(QStringLiteral("channel"),
                                     QCoreApplication::translate("main", "Subscribe to NAME."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption pattern(QStringLiteral("pattern"),
                                     QCoreApplication::translate("main", "Subscribe to GLOB."),
                                     QStringLiteral("GLOB"));
    const QCommandLineOption durableChannel(
        QStringLiteral("durable-channel"),
        QCoreApplication::translate("main", "Read NAME from its Redis Stream (herald:stream:NAME), "
                                            "so nothing published while away is missed."),
        QStringLiteral("NAME"));
    const QCommandLineOption tokenFile(
        QStringLiteral("token-file"),
        QCoreApplication::translate("main", "Read the token of the gateway --sources from the "
                                            "first line of FILE (or set HERALD_TOKEN)."),
        QStringLiteral("FILE"));
    const QCommandLineOption config(
        QStringLiteral("config"),
        QCoreApplication::translate("main",
                                    "Use FILE for settings (and keep the history beside it)."),
        QStringLiteral("FILE"));
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("main", "Keep the notification history in DIR."),
        QStringLiteral("DIR"));
    const QCommandLineOption minimized(
        QStringLiteral("minimized"),
        QCoreApplication::translate("main", "Start in the tray, without opening the window."));
    const QCommandLineOption notifier(
        QStringLiteral("notifier"),
        QCoreApplication::translate("main", "Popups through BACKEND: freedesktop, tray or popup."),
        QStringLiteral("BACKEND"));
    parser.addOptions({source, channel, pattern, durableChannel, tokenFile, config, dataDir,
                       minimized, notifier});
    parser.process(core); // exits on --help, --version and unknown options
    options->sources = parser.values(source);
    options->channels = parser.values(channel);
    options->patterns = parser.values(pattern);
    options->durableChannels = parser.values(durableChannel);
    options->token = qEnvironmentVariable("HERALD_TOKEN");
    if (parser.isSet(tokenFile) &&
        !CommandLineProfiles::readSecretFile(parser.value(tokenFile), &options->token)) {
        const QString message =
            QCoreApplication::translate("main", "herald: cannot read the token file %1")
                .arg(parser.value(tokenFile));
        std::fprintf(stderr, "%s\n", qPrintable(message));
        return 2;
    }
    options->configFile = parser.value(config);
    options->dataDir = parser.value(dataDir);
    options->minimized = parser.isSet(minimized);
    options->notifierBackend = parser.value(notifier);
    if (options->sources.isEmpty() &&
        (!options->channels.isEmpty() || !options->patterns.isEmpty() ||
         !options->durableChannels.isEmpty())) {
        std::fprintf(stderr, "herald: %s\n",
                     qPrintable(QCoreApplication::translate(
                         "main", "--channel, --pattern and --durable-channel need a --source")));
        return 2;
    }
    return std::nullopt;
}

// A burst passes through large blocks: the socket's read buffer (up to 20 MiB) and the batches
// waiting for the history writer. glibc serves the first such block with mmap, but once one is
// freed it raises its threshold and serves later ones from the heap, where they stay after the
// burst. A fixed threshold keeps them mapped, so a tray app that runs for weeks gives the memory
// of each burst back.
void returnLargeBlocksToTheSystem()
{
#ifdef __GLIBC__
    mallopt(M_MMAP_THRESHOLD, 256 * 1024);
#endif
}

// The settings file Application opens: the language is read from it before Application exists.
QString settingsFile(const Application::Options& options)
{
    return options.configFile.isEmpty() ? Application::defaultConfigFile()
                                        : QFileInfo(options.configFile).absoluteFilePath();
}
} // namespace

int main(int argc, char* argv[])
{
    returnLargeBlocksToTheSystem();
    QCoreApplication::setApplicationName(QStringLiteral("herald"));
    QCoreApplication::setOrganizationName(QStringLiteral(HERALD_APP_NAME));
    Application::Options options;
    if (const std::optional<int> code = parseArguments(argc, argv, &options))
        return *code;

    AppIdentity::apply(); // before any window: Windows reads the AppUserModelID then
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral(HERALD_APP_NAME));
    QApplication::setApplicationVersion(QStringLiteral(HERALD_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(HERALD_APP_ID));
    QApplication::setWindowIcon(AppIcon::icon());
    QApplication::setQuitOnLastWindowClosed(false); // the tray keeps Herald running
    // Before any window exists, so every text is in the language; a change applies at a restart.
    LanguageLoader language;
    language.install(Settings(settingsFile(options)).value(SettingKeys::language));

    Application herald(options);
    QString error;
    if (!herald.start(&error)) {
        if (error.isEmpty())
            return 0; // another instance was running and has been brought to the front
        std::fprintf(stderr, "herald: %s\n", qPrintable(error));
        QMessageBox::critical(nullptr, QStringLiteral("Herald"), error);
        return 1;
    }
    BenchProbe::attachIfEnabled(&herald); // only with HERALD_BENCH_PROBE set (bench/)
    return QApplication::exec();
}
