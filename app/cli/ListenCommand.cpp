#include "ListenCommand.h"

#include "cli/CliOptions.h"
#include "cli/ExitCode.h"
#include "cli/StateDir.h"
#include "notifications/GapMarker.h"
#include "sources/NetworkMonitor.h"
#include "sources/redis/RedisSource.h"
#include "storage/HistoryStore.h"

#include <QCoreApplication>
#include <QDir>
#include <algorithm>
#include <utility>

// Where --count is reached in `batch` when `wanted` more notifications are printed from `from`
// on (gap markers and notifications printed before do not count). Storing no further than that
// lets the next listen start right after the last notification this one printed.
qsizetype ListenCommand::endOfWanted(const QList<Notification>& batch, qsizetype from,
                                     qint64 wanted) const
{
    QSet<QString> seen; // a notification twice in one batch is printed once
    for (qsizetype i = from; i < batch.size(); ++i) {
        const Notification& n = batch[i];
        if (n.isGap() || wasPrinted(n))
            continue;
        if (!n.id.isEmpty()) {
            if (seen.contains(n.id))
                continue;
            seen.insert(n.id);
        }
        if (--wanted == 0)
            return i + 1;
    }
    return batch.size();
}

struct ListenCommand::Options {
    QCommandLineOption channel{QStringLiteral("channel"), tr("Subscribe to NAME (repeatable)."),
                               tr("NAME")};
    QCommandLineOption pattern{QStringLiteral("pattern"),
                               tr("Subscribe to the glob pattern GLOB (repeatable)."), tr("GLOB")};
    QCommandLineOption durable{
        QStringLiteral("durable-channel"),
        tr("Read the durable channel NAME from its Redis Stream, resuming where the last listen "
           "with the same state folder stopped (repeatable)."),
        tr("NAME")};
    QCommandLineOption streamKey{
        QStringLiteral("stream-key"),
        tr("The stream of the durable channel NAME is KEY (default herald:stream:NAME)."),
        tr("NAME=KEY")};
    QCommandLineOption stateDir{
        QStringLiteral("state-dir"),
        tr("Keep the history and stream cursors in DIR, and store everything received (default "
           "with durable channels: the tray app's data folder, %1).")
            .arg(StateDir::defaultPath()),
        tr("DIR")};
    QCommandLineOption format{QStringLiteral("format"), tr("Output: text (default) or json."),
                              tr("FORMAT"), QStringLiteral("text")};
    QCommandLineOption count{QStringLiteral("count"),
                             tr("Exit after printing N notifications (gap markers do not count)."),
                             tr("N")};
};

ListenCommand::ListenCommand(QObject* parent)
    : QObject(parent)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &ListenCommand::onDeadline);
}

ListenCommand::~ListenCommand() = default;

struct ListenCommand::Setup {
    RedisEndpoint endpoint;
    RedisSource::Timing timing;
    int timeoutMs = -1;
    NotificationPrinter::Format format = NotificationPrinter::Format::Text;
    QString stateDir; // empty: nothing is stored
};

int ListenCommand::start(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Subscribe to channels and patterns and print every "
                                        "notification, one per line."));
    parser.addHelpOption();
    CliOptions common(parser);
    const Options options;
    parser.addOptions({options.channel, options.pattern, options.durable, options.streamKey,
                       options.stateDir, options.format, options.count});
    if (int code = 0; !CliOptions::parse(parser, arguments, &code))
        return code;
    Setup setup;
    if (const int code = readOptions(parser, options, common, &setup); code >= 0)
        return code;
    if (!setup.stateDir.isEmpty() && !openStore(setup.stateDir))
        return ExitFailure;

    m_printer = std::make_unique<NotificationPrinter>(setup.format);
    m_source = std::make_unique<RedisSource>(setup.endpoint);
    m_source->setTiming(setup.timing);
    m_source->setDurableChannels(setup.endpoint.durableChannels);
    if (m_store) {
        // Without them every stream would look new and be read from its newest entry on,
        // skipping what was published since the last listen: better not to start at all.
        bool ok = false;
        const QList<StreamCursor> cursors = m_store->cursors(m_source->name(), &ok);
        if (!ok) {
            CliOptions::printError(tr("cannot read where the durable channels stopped from the "
                                      "history, so not listening (nothing would be resumed): %1")
                                       .arg(m_storeError));
            return ExitFailure;
        }
        m_source->setCursors(cursors);
    }
    connectSource();
    if (setup.timeoutMs > 0)
        m_deadline.start(setup.timeoutMs);
    m_source->start();
    return -1;
}

int ListenCommand::readOptions(const QCommandLineParser& parser, const Options& options,
                               const CliOptions& common, Setup* setup)
{
    QString error;
    if (!common.endpoint(&setup->endpoint, &error) ||
        !common.timeoutMs(-1, &setup->timeoutMs, &error) ||
        !common.backoff(&setup->timing.backoff, &error)) {
        CliOptions::printError(error);
        return ExitUsage;
    }
    if (!NotificationPrinter::parseFormat(parser.value(options.format), &setup->format)) {
        CliOptions::printError(tr("--format takes text or json"));
        return ExitUsage;
    }
    if (parser.isSet(options.count)) {
        bool ok = false;
        m_wanted = parser.value(options.count).toLongLong(&ok);
        if (!ok || m_wanted <= 0) {
            CliOptions::printError(tr("--count takes a positive number"));
            return ExitUsage;
        }
    }
    if (const int code = readSubscriptions(parser, options, &setup->endpoint); code >= 0)
        return code;
    // Durable channels need somewhere to keep their cursors; Pub/Sub alone stores nothing
    // unless asked to.
    if (parser.isSet(options.stateDir)) {
        setup->stateDir = parser.value(options.stateDir);
        if (setup->stateDir.isEmpty()) {
            CliOptions::printError(tr("--state-dir takes a folder"));
            return ExitUsage;
        }
    } else if (!setup->endpoint.durableChannels.isEmpty()) {
        setup->stateDir = StateDir::defaultPath();
    }
    return -1;
}

int ListenCommand::readSubscriptions(const QCommandLineParser& parser, const Options& options,
                                     RedisEndpoint* endpoint) const
{
    // Subscriptions in the URL win; the options apply when the URL names none.
    if (endpoint->channels.isEmpty() && endpoint->patterns.isEmpty() &&
        endpoint->durableChannels.isEmpty()) {
        endpoint->channels = parser.values(options.channel);
        endpoint->patterns = parser.values(options.pattern);
        for (const QString& name : parser.values(options.durable))
            endpoint->durableChannels.append(DurableChannel::make(name));
    }
    QStringList names = endpoint->channels + endpoint->patterns;
    for (const DurableChannel& durable : std::as_const(endpoint->durableChannels))
        names << durable.channel;
    if (names.isEmpty()) {
        CliOptions::printError(tr("give at least one --channel, --pattern or --durable-channel"));
        return ExitUsage;
    }
    for (const QString& name : std::as_const(names)) {
        if (name.trimmed().isEmpty()) {
            CliOptions::printError(tr("a channel or pattern must not be empty"));
            return ExitUsage;
        }
    }
    for (const QString& value : parser.values(options.streamKey)) {
        const QString name = value.section(QLatin1Char('='), 0, 0);
        const QString key = value.section(QLatin1Char('='), 1);
        auto it = std::find_if(endpoint->durableChannels.begin(), endpoint->durableChannels.end(),
                               [&name](const DurableChannel& d) { return d.channel == name; });
        if (key.trimmed().isEmpty() || it == endpoint->durableChannels.end()) {
            CliOptions::printError(
                tr("--stream-key takes NAME=KEY for a NAME given with --durable-channel"));
            return ExitUsage;
        }
        it->streamKey = key;
    }
    return -1;
}

bool ListenCommand::openStore(const QString& dir)
{
    QDir().mkpath(dir);
    m_store = std::make_unique<HistoryStore>();
    connect(m_store.get(), &HistoryStore::error, this,
            [this](const QString& message) { m_storeError = message; });
    QString notice;
    QString error;
    if (!m_store->openOrRecover(StateDir::historyFile(dir), &notice, &error)) {
        CliOptions::printError(error);
        return false;
    }
    if (!notice.isEmpty())
        CliOptions::printLine(notice);
    return true;
}

void ListenCommand::connectSource()
{
    connect(m_source.get(), &Source::statusChanged, this, &ListenCommand::onStatus);
    connect(m_source.get(), &Source::notificationsReceived, this, &ListenCommand::onNotifications);
    connect(m_source.get(), &Source::cursorsReached, this, &ListenCommand::onCursorsReached);
    connect(m_source.get(), &Source::disconnected, this, &ListenCommand::onDisconnected);
    connect(m_source.get(), &Source::subscriptionFailed, this,
            [this](const QString&, const QString& reason) {
                CliOptions::printError(reason);
                finish(ExitPermission);
            });
    m_network = std::make_unique<NetworkMonitor>();
    connect(m_network.get(), &NetworkMonitor::online, m_source.get(), &RedisSource::retryNow);
}

void ListenCommand::onStatus(const SourceStatus& status)
{
    const SourceStatus previous = std::exchange(m_lastStatus, status);
    if (status.state == SourceStatus::State::Connected) {
        // Connected with a cause: Pub/Sub works, the stream connection does not (yet).
        if (status.cause != SourceStatus::Cause::None)
            CliOptions::printLine(status.reason);
        else if (previous.state != SourceStatus::State::Connected ||
                 previous.cause != SourceStatus::Cause::None)
            printConnected();
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

void ListenCommand::printConnected()
{
    QStringList what = m_source->channels() + m_source->patterns();
    for (const DurableChannel& durable : m_source->durableChannels())
        what << tr("%1 (durable)").arg(durable.channel);
    CliOptions::printLine(tr("connected to %1, subscribed to %2")
                              .arg(m_source->name(), what.join(QStringLiteral(", "))));
}

void ListenCommand::onNotifications(const QList<Notification>& notifications)
{
    if (!m_store) {
        print(notifications);
        return;
    }
    for (qsizetype from = 0; from < notifications.size() && !m_finished;) {
        const qsizetype to = m_wanted > 0 ? endOfWanted(notifications, from, m_wanted - m_printed)
                                          : notifications.size();
        const QList<Notification> part = notifications.mid(from, to - from);
        // Stored first (with its cursors); then printed, whoever stored it: the tray app
        // shares this history and may have stored these entries already.
        if (!store(part))
            return;
        print(part);
        from = to;
    }
}

void ListenCommand::onDisconnected(const QDateTime& from, const QDateTime& to)
{
    const QStringList pubSub = m_source->channels() + m_source->patterns();
    if (pubSub.isEmpty()) {
        // Streams keep what was published meanwhile: nothing was missed.
        CliOptions::printLine(tr("disconnected from %1 to %2; durable channels resume where they "
                                 "stopped")
                                  .arg(from.toLocalTime().toString(QStringLiteral("HH:mm:ss")),
                                       to.toLocalTime().toString(QStringLiteral("HH:mm:ss"))));
        return;
    }
    const QList<Notification> gap{GapMarker::disconnection(m_source->name(), from, to, pubSub)};
    if (m_store && !store(gap))
        return;
    print(gap);
}

void ListenCommand::onCursorsReached(const QList<StreamCursor>& cursors)
{
    // First contact with a stream: where reading starts must be kept at once, or a listen that
    // stops before the first entry arrives would start at the then newest entry next time.
    if (!m_store || m_store->saveCursors(cursors))
        return;
    CliOptions::printError(tr("could not save where the streams start: %1").arg(m_storeError));
    finish(ExitFailure);
}

bool ListenCommand::store(const QList<Notification>& notifications)
{
    m_storeError.clear();
    m_store->insert(notifications, StreamCursor::collect(notifications));
    if (m_storeError.isEmpty())
        return true;
    // Nothing of the batch was stored and its cursors did not move: the next listen reads it
    // again, so it must not be printed now.
    CliOptions::printError(tr("could not store what was received: %1").arg(m_storeError));
    finish(ExitFailure);
    return false;
}

bool ListenCommand::print(const QList<Notification>& notifications)
{
    for (const Notification& notification : notifications) {
        if (notification.isGap()) {
            CliOptions::printLine(NotificationPrinter::gapText(notification));
            if (m_printer->format() == NotificationPrinter::Format::Json)
                m_printer->print(notification);
            continue;
        }
        if (wasPrinted(notification))
            continue; // a publisher's retry, or the Pub/Sub copy of a stream entry
        rememberPrinted(notification);
        m_printer->print(notification);
        if (++m_printed == m_wanted) {
            finish(ExitOk);
            return true;
        }
    }
    m_printer->flush();
    return false;
}

bool ListenCommand::wasPrinted(const Notification& notification) const
{
    return !notification.id.isEmpty() && m_printedIds.contains(notification.id);
}

void ListenCommand::rememberPrinted(const Notification& notification)
{
    if (notification.id.isEmpty())
        return;
    m_printedIds.insert(notification.id);
    m_printedOrder.push_back(notification.id);
    if (m_printedOrder.size() > static_cast<size_t>(MaxRememberedIds)) {
        m_printedIds.remove(m_printedOrder.front());
        m_printedOrder.pop_front();
    }
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
    if (m_finished)
        return;
    m_finished = true;
    m_deadline.stop();
    if (m_printer)
        m_printer->flush();
    if (m_source) {
        m_source->disconnect(this);
        m_source->stop();
    }
    QCoreApplication::exit(code);
}
