#include "ListenCommand.h"

#include "cli/CliOptions.h"
#include "cli/ExitCode.h"
#include "cli/StateDir.h"
#include "notifications/GapMarker.h"
#include "sources/NetworkMonitor.h"
#include "sources/Source.h"
#include "sources/SourceFactory.h"
#include "storage/CommandLineProfiles.h"
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
    QCommandLineOption channel{
        QStringLiteral("channel"),
        tr("Subscribe to NAME (repeatable): a Redis channel, an Nchan channel id or a Socket.IO "
           "event name; for the sources whose URL names none."),
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
    QList<ConnectionProfile> profiles;
    QHash<QString, QString> secrets; // by profile id
    BackoffPolicy::Settings backoff;
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
    if (const int code = createSources(setup); code >= 0)
        return code;
    if (!setup.stateDir.isEmpty() && (!openStore(setup.stateDir) || !giveCursors()))
        return ExitFailure;
    m_printer = std::make_unique<NotificationPrinter>(setup.format);
    m_network = std::make_unique<NetworkMonitor>();
    for (const std::unique_ptr<Source>& source : m_sources)
        connectSource(source.get());
    if (setup.timeoutMs > 0)
        m_deadline.start(setup.timeoutMs);
    for (const std::unique_ptr<Source>& source : m_sources)
        source->start();
    return -1;
}

int ListenCommand::createSources(const Setup& setup)
{
    for (const ConnectionProfile& profile : setup.profiles) {
        QString error;
        ConnectionProfile::Subscriptions wanted;
        const QString secret = setup.secrets.value(profile.id);
        std::unique_ptr<Source> source;
        if (profile.subscriptions(secret, &wanted, &error))
            source.reset(SourceFactory::create(profile, secret, nullptr, &error));
        if (!source) {
            CliOptions::printError(error);
            return ExitUsage;
        }
        source->setReconnectBackoff(setup.backoff);
        if (!profile.isGateway())
            source->setDurableChannels(wanted.durable);
        m_sources.push_back(std::move(source));
    }
    return -1;
}

bool ListenCommand::giveCursors()
{
    // Without them every stream would look new and be read from its newest entry on, skipping
    // what was published since the last listen: better not to start at all.
    for (const std::unique_ptr<Source>& source : m_sources) {
        bool ok = false;
        const QList<StreamCursor> cursors = m_store->cursors(source->name(), &ok);
        if (!ok) {
            CliOptions::printError(tr("cannot read where the durable channels stopped from the "
                                      "history, so not listening (nothing would be resumed): %1")
                                       .arg(m_storeError));
            return false;
        }
        source->setCursors(cursors);
    }
    return true;
}

int ListenCommand::readOptions(const QCommandLineParser& parser, const Options& options,
                               const CliOptions& common, Setup* setup)
{
    QString error;
    QStringList urls;
    CommandLineProfiles profiles;
    if (!common.sources(&urls, &profiles, &error) ||
        !common.timeoutMs(-1, &setup->timeoutMs, &error) ||
        !common.backoff(&setup->backoff, &error)) {
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
    if (const int code = readSubscriptions(parser, options, &profiles); code >= 0)
        return code;
    setup->profiles = profiles.build(urls, &setup->secrets);
    if (const int code = checkSubscriptions(*setup); code >= 0)
        return code;
    // Durable channels and Nchan need somewhere to keep their cursors; Pub/Sub alone stores
    // nothing unless asked to.
    if (parser.isSet(options.stateDir)) {
        setup->stateDir = parser.value(options.stateDir);
        if (setup->stateDir.isEmpty()) {
            CliOptions::printError(tr("--state-dir takes a folder"));
            return ExitUsage;
        }
    } else if (needsCursors(*setup)) {
        setup->stateDir = StateDir::defaultPath();
    }
    return -1;
}

bool ListenCommand::needsCursors(const Setup& setup)
{
    return std::any_of(setup.profiles.cbegin(), setup.profiles.cend(), [](const auto& profile) {
        ConnectionProfile::Subscriptions wanted;
        QString error;
        return profile.kind() == ConnectionProfile::Kind::Nchan ||
               (profile.subscriptions(QString(), &wanted, &error) && !wanted.durable.isEmpty());
    });
}

int ListenCommand::checkSubscriptions(const Setup& setup) const
{
    for (const ConnectionProfile& profile : setup.profiles) {
        ConnectionProfile::Subscriptions wanted;
        QString error;
        if (!profile.subscriptions(setup.secrets.value(profile.id), &wanted, &error)) {
            CliOptions::printError(error);
            return ExitUsage;
        }
        // A gateway has defaults (Socket.IO's "notification", Nchan's path, a JSON feed's all).
        if (!profile.isGateway() && wanted.channels.isEmpty() && wanted.patterns.isEmpty() &&
            wanted.durable.isEmpty()) {
            CliOptions::printError(
                tr("give at least one --channel, --pattern or --durable-channel for %1")
                    .arg(profile.displayName()));
            return ExitUsage;
        }
    }
    return -1;
}

int ListenCommand::readSubscriptions(const QCommandLineParser& parser, const Options& options,
                                     CommandLineProfiles* profiles) const
{
    profiles->channels = parser.values(options.channel);
    profiles->patterns = parser.values(options.pattern);
    profiles->durableChannels = parser.values(options.durable);
    const QStringList names = profiles->channels + profiles->patterns + profiles->durableChannels;
    for (const QString& name : names) {
        if (name.trimmed().isEmpty()) {
            CliOptions::printError(tr("a channel or pattern must not be empty"));
            return ExitUsage;
        }
    }
    for (const QString& value : parser.values(options.streamKey)) {
        const QString name = value.section(QLatin1Char('='), 0, 0);
        const QString key = value.section(QLatin1Char('='), 1);
        if (key.trimmed().isEmpty() || !profiles->durableChannels.contains(name)) {
            CliOptions::printError(
                tr("--stream-key takes NAME=KEY for a NAME given with --durable-channel"));
            return ExitUsage;
        }
        profiles->streamKeys.insert(name, key);
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

void ListenCommand::connectSource(Source* source)
{
    connect(source, &Source::statusChanged, this,
            [this, source](const SourceStatus& status) { onStatus(source, status); });
    connect(source, &Source::notificationsReceived, this, &ListenCommand::onNotifications);
    connect(source, &Source::cursorsReached, this, &ListenCommand::onCursorsReached);
    connect(source, &Source::disconnected, this,
            [this, source](const QDateTime& from, const QDateTime& to) {
                onDisconnected(source, from, to);
            });
    connect(source, &Source::subscriptionFailed, this,
            [this](const QString&, const QString& reason) {
                CliOptions::printError(reason);
                finish(ExitPermission);
            });
    connect(m_network.get(), &NetworkMonitor::online, source, &Source::retryNow);
}

void ListenCommand::onStatus(const Source* source, const SourceStatus& status)
{
    const SourceStatus previous = std::exchange(m_statuses[source], status);
    if (status.state == SourceStatus::State::Connected) {
        // Connected with a cause: Pub/Sub works, the stream connection does not (yet).
        if (status.cause != SourceStatus::Cause::None)
            CliOptions::printLine(status.reason);
        else if (previous.state != SourceStatus::State::Connected ||
                 previous.cause != SourceStatus::Cause::None)
            printConnected(source);
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

void ListenCommand::printConnected(const Source* source)
{
    QStringList what = source->channels() + source->patterns();
    for (const DurableChannel& durable : source->durableChannels())
        if (!what.contains(durable.channel))
            what << tr("%1 (durable)").arg(durable.channel);
    if (what.isEmpty())
        CliOptions::printLine(tr("connected to %1").arg(source->name()));
    else
        CliOptions::printLine(tr("connected to %1, subscribed to %2")
                                  .arg(source->name(), what.join(QStringLiteral(", "))));
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

void ListenCommand::onDisconnected(const Source* source, const QDateTime& from, const QDateTime& to)
{
    QStringList missed = source->channels() + source->patterns();
    // Channels read from a cursor (durable Redis channels, Nchan) resume where they stopped.
    for (const DurableChannel& durable : source->durableChannels())
        missed.removeAll(durable.channel);
    if (missed.isEmpty() && !source->durableChannels().isEmpty()) {
        // Streams keep what was published meanwhile: nothing was missed.
        CliOptions::printLine(tr("disconnected from %1 to %2; durable channels resume where they "
                                 "stopped")
                                  .arg(from.toLocalTime().toString(QStringLiteral("HH:mm:ss")),
                                       to.toLocalTime().toString(QStringLiteral("HH:mm:ss"))));
        return;
    }
    const QList<Notification> gap{GapMarker::disconnection(source->name(), from, to, missed)};
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
    for (const std::unique_ptr<Source>& source : m_sources) {
        const SourceStatus status = m_statuses.value(source.get());
        if (status.state == SourceStatus::State::Connected)
            continue;
        const QString reason = status.reason.isEmpty() ? tr("no connection yet") : status.reason;
        CliOptions::printError(
            tr("not connected when the timeout ran out (%1): %2").arg(source->name(), reason));
        finish(exitCodeFor(status.cause == SourceStatus::Cause::None
                               ? SourceStatus::Cause::Unreachable
                               : status.cause));
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
    for (const std::unique_ptr<Source>& source : m_sources) {
        source->disconnect(this);
        source->stop();
    }
    QCoreApplication::exit(code);
}
