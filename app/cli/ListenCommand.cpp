#include "ListenCommand.h"

#include "cli/CliOptions.h"
#include "cli/ExitCode.h"
#include "sources/NetworkMonitor.h"
#include "sources/redis/RedisSource.h"

#include <QCommandLineParser>
#include <QCoreApplication>

ListenCommand::ListenCommand(QObject* parent)
    : QObject(parent)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &ListenCommand::onDeadline);
}

ListenCommand::~ListenCommand() = default;

int ListenCommand::start(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Subscribe to channels and patterns and print every "
                                        "notification, one per line."));
    parser.addHelpOption();
    CliOptions common(parser);
    const QCommandLineOption channel(QStringLiteral("channel"),
                                     tr("Subscribe to NAME (repeatable)."), tr("NAME"));
    const QCommandLineOption pattern(QStringLiteral("pattern"),
                                     tr("Subscribe to the glob pattern GLOB (repeatable)."),
                                     tr("GLOB"));
    const QCommandLineOption format(QStringLiteral("format"), tr("Output: text (default) or json."),
                                    tr("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption count(QStringLiteral("count"), tr("Exit after N notifications."),
                                   tr("N"));
    parser.addOptions({channel, pattern, format, count});
    if (int code = 0; !CliOptions::parse(parser, arguments, &code))
        return code;

    QString error;
    RedisEndpoint endpoint;
    int timeout = -1;
    NotificationPrinter::Format printFormat;
    if (!common.endpoint(&endpoint, &error) || !common.timeoutMs(-1, &timeout, &error)) {
        CliOptions::printError(error);
        return ExitUsage;
    }
    if (!NotificationPrinter::parseFormat(parser.value(format), &printFormat)) {
        CliOptions::printError(tr("--format takes text or json"));
        return ExitUsage;
    }
    if (parser.isSet(count)) {
        bool ok = false;
        m_wanted = parser.value(count).toLongLong(&ok);
        if (!ok || m_wanted <= 0) {
            CliOptions::printError(tr("--count takes a positive number"));
            return ExitUsage;
        }
    }
    // Channels in the URL win; --channel/--pattern apply when the URL names none.
    if (endpoint.channels.isEmpty() && endpoint.patterns.isEmpty()) {
        endpoint.channels = parser.values(channel);
        endpoint.patterns = parser.values(pattern);
    }
    for (const QString& name : endpoint.channels + endpoint.patterns) {
        if (name.trimmed().isEmpty()) {
            CliOptions::printError(tr("a channel or pattern must not be empty"));
            return ExitUsage;
        }
    }
    if (endpoint.channels.isEmpty() && endpoint.patterns.isEmpty()) {
        CliOptions::printError(tr("give at least one --channel or --pattern"));
        return ExitUsage;
    }

    m_printer = std::make_unique<NotificationPrinter>(printFormat);
    m_source = std::make_unique<RedisSource>(endpoint);
    connect(m_source.get(), &Source::statusChanged, this, &ListenCommand::onStatus);
    connect(m_source.get(), &Source::notificationsReceived, this, &ListenCommand::onNotifications);
    connect(m_source.get(), &Source::subscriptionFailed, this,
            [this](const QString&, const QString& reason) {
                CliOptions::printError(reason);
                finish(ExitPermission);
            });
    connect(m_source.get(), &Source::disconnected, this,
            [](const QDateTime& from, const QDateTime& to) {
                CliOptions::printLine(
                    tr("gap: disconnected from %1 to %2; messages published meanwhile were not "
                       "received")
                        .arg(from.toLocalTime().toString(QStringLiteral("HH:mm:ss")),
                             to.toLocalTime().toString(QStringLiteral("HH:mm:ss"))));
            });
    m_network = std::make_unique<NetworkMonitor>();
    connect(m_network.get(), &NetworkMonitor::online, m_source.get(), &RedisSource::retryNow);
    if (timeout > 0)
        m_deadline.start(timeout);
    m_source->start();
    return -1;
}

void ListenCommand::onStatus(const SourceStatus& status)
{
    m_lastStatus = status;
    if (status.state == SourceStatus::State::Connected) {
        QStringList what = m_source->channels();
        for (const QString& p : m_source->patterns())
            what << p;
        CliOptions::printLine(tr("connected to %1, subscribed to %2")
                                  .arg(m_source->name(), what.join(QStringLiteral(", "))));
        return;
    }
    if (status.isPermanent()) {
        CliOptions::printError(status.reason);
        finish(exitCodeFor(status.cause));
        return;
    }
    if (status.state == SourceStatus::State::Reconnecting)
        CliOptions::printLine(status.describe());
}

void ListenCommand::onNotifications(const QList<Notification>& notifications)
{
    for (const Notification& notification : notifications) {
        m_printer->print(notification);
        if (++m_printed == m_wanted)
            break;
    }
    m_printer->flush();
    if (m_printed == m_wanted)
        finish(ExitOk);
}

void ListenCommand::onDeadline()
{
    if (m_lastStatus.state != SourceStatus::State::Connected) {
        const QString reason =
            m_lastStatus.reason.isEmpty() ? tr("no connection yet") : m_lastStatus.reason;
        CliOptions::printError(tr("not connected when the timeout ran out: %1").arg(reason));
        const auto cause = m_lastStatus.cause == SourceStatus::Cause::None
                               ? SourceStatus::Cause::Unreachable
                               : m_lastStatus.cause;
        finish(exitCodeFor(cause));
        return;
    }
    if (m_wanted > 0) {
        CliOptions::printError(
            tr("timed out after receiving %1 of %2 notifications").arg(m_printed).arg(m_wanted));
        finish(ExitTimeout);
        return;
    }
    finish(ExitOk);
}

void ListenCommand::finish(int code)
{
    m_deadline.stop();
    if (m_printer)
        m_printer->flush();
    if (m_source) {
        m_source->disconnect(this);
        m_source->stop();
    }
    QCoreApplication::exit(code);
}
