#include "Application.h"

#include "ComposeDialog.h"
#include "ConnectionLogDialog.h"
#include "NotificationWindow.h"
#include "NotifierFactory.h"
#include "SettingsDialog.h"
#include "TrayIcon.h"
#include "desktop/Autostart.h"
#include "desktop/DesktopNotifier.h"
#include "desktop/SingleInstance.h"
#include "desktop/SleepMonitor.h"
#include "notifications/GapMarker.h"
#include "notifications/NotificationCenter.h"
#include "notifications/NotificationModel.h"
#include "notifications/TimeFormat.h"
#include "sources/ConnectionLog.h"
#include "sources/NetworkMonitor.h"
#include "sources/SourceFactory.h"
#include "sources/SourceManager.h"
#include "sources/redis/RedisSource.h"
#include "storage/CommandLineProfiles.h"
#include "storage/HistoryStore.h"
#include "storage/HistoryWriter.h"
#include "storage/KeychainSecretStore.h"
#include "storage/SessionSecretStore.h"
#include "storage/Settings.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSet>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTranslator>
#include <algorithm>
#include <utility>

Q_LOGGING_CATEGORY(lcApp, "herald.app", QtInfoMsg)

Application::Application(Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    m_retentionTimer.setInterval(3600 * 1000);
    m_retentionTimer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_retentionTimer, &QTimer::timeout, this, &Application::applyRetention);
    m_sleepTimeout.setSingleShot(true);
    m_sleepTimeout.setInterval(SleepTimeoutMs);
    connect(&m_sleepTimeout, &QTimer::timeout, this, [this] {
        qCInfo(lcApp) << "No resume reported" << SleepTimeoutMs / 1000
                      << "s after going to sleep: taken as resumed";
        onResumed();
    });
    m_wakeGrace.setSingleShot(true);
    m_wakeGrace.setInterval(WakeGraceMs);
    connect(&m_wakeGrace, &QTimer::timeout, this, &Application::onWakeGraceOver);
}

Application::~Application()
{
    // First: it stores what is still queued, through the store's file, before anything goes.
    delete m_writer;
    delete m_window;
    delete m_settingsDialog;
}

QString Application::defaultConfigFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QStringLiteral("/herald.ini");
}

QString Application::historyPath(const Options& options, const QString& configFile)
{
    // A settings file of its own gets a history of its own, so two instances never share one.
    QString dir = options.dataDir;
    if (dir.isEmpty())
        dir = options.configFile.isEmpty()
                  ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                  : QFileInfo(configFile).absolutePath();
    const QString base = options.configFile.isEmpty() ? QStringLiteral("history")
                                                      : QFileInfo(configFile).completeBaseName() +
                                                            QStringLiteral("-history");
    return dir + QLatin1Char('/') + base + QStringLiteral(".sqlite");
}

bool Application::start(QString* error)
{
    m_configFile = m_options.configFile.isEmpty()
                       ? defaultConfigFile()
                       : QFileInfo(m_options.configFile).absoluteFilePath();
    installTranslations();
    m_instance = new SingleInstance(m_configFile, this);
    if (!m_instance->claim()) {
        qCInfo(lcApp) << "Herald is already running with" << m_configFile << "- showing it";
        m_instance->notifyRunning();
        error->clear();
        return false;
    }
    QDir().mkpath(QFileInfo(m_configFile).absolutePath());
    m_settings = new Settings(m_configFile, this);
    m_store = new HistoryStore(this);
    if (!openHistory(error))
        return false;
    createCore();
    createUi();
    connectPipeline();
    connectSources();
    applySettings();
    applyConnections();
    applyRetention();
    m_retentionTimer.start();
    const bool minimized = m_options.minimized || m_settings->value(SettingKeys::startMinimized);
    // A notice about the history must be seen, not found: the window opens to show it.
    if (!m_tray || !minimized || !m_startNotice.isEmpty())
        showWindow();
    if (!m_startNotice.isEmpty())
        reportNotice(m_startNotice);
    return true;
}

void Application::installTranslations()
{
    // English plural forms ("1 notification"): the source texts are the plural ones.
    auto* plurals = new QTranslator(this);
    if (plurals->load(QStringLiteral(":/i18n/herald_en.qm")))
        QCoreApplication::installTranslator(plurals);
    else
        qCWarning(lcApp) << "English plural forms are missing from this build";
}

bool Application::openHistory(QString* error)
{
    const QString history = historyPath(m_options, m_configFile);
    QDir().mkpath(QFileInfo(history).absolutePath());
    QString failure;
    if (m_store->openOrRecover(history, &m_startNotice, &failure))
        return true;
    // Notifications still arrive and matter: run with a history for this session only.
    qCWarning(lcApp).noquote() << failure;
    if (!m_store->open(QStringLiteral(":memory:"), error))
        return false;
    m_startNotice =
        tr("%1 Until that is fixed, notifications are kept only until Herald quits.").arg(failure);
    return true;
}

void Application::reportNotice(const QString& text)
{
    qCWarning(lcApp).noquote() << text;
    m_log->append(tr("History"), text);
    m_window->showNotice(text);
    if (m_tray && QSystemTrayIcon::supportsMessages())
        m_tray->systemTrayIcon()->showMessage(tr("Herald"), text, QSystemTrayIcon::Warning);
}

void Application::createCore()
{
    m_center = new NotificationCenter(this);
    m_writer = new HistoryWriter(m_store, this);
    m_writer->start();
    if (!m_writer->isThreaded())
        qCInfo(lcApp) << "Notifications are stored on the main thread";
    connect(m_writer, &HistoryWriter::written, this, &Application::onWritten);
    connect(m_writer, &HistoryWriter::failed, this, &Application::onWriteFailed);
    m_model = new NotificationModel(m_store, this);
    m_log = new ConnectionLog(this);
    m_secrets = new KeychainSecretStore(this);
    m_sources = new SourceManager(
        m_secrets,
        [this](const ConnectionProfile& profile, const QString& secret,
               QObject* parent) -> Source* {
            Source* source = SourceFactory::create(profile, secret, parent);
            if (auto* redis = qobject_cast<RedisSource*>(source))
                redis->setStreamBackfillCount(m_settings->value(SettingKeys::catchUpBackfillCount));
            return source;
        },
        this);
    // Each source resumes its durable channels where the history says it left off.
    // A failed read keeps the source stopped (and retried) rather than starting it without
    // cursors, which would skip every stream's backlog; the failure reaches onStoreError().
    m_sources->setCursorProvider(
        [this](const QString& sourceName) -> std::optional<QList<StreamCursor>> {
            bool ok = false;
            QList<StreamCursor> cursors = m_store->cursors(sourceName, &ok);
            if (!ok)
                return std::nullopt;
            return cursors;
        });
    m_network = new NetworkMonitor(this);
    connect(m_network, &NetworkMonitor::online, m_sources, &SourceManager::retryAll);
    m_sleep = SleepMonitor::create(this);
    qCInfo(lcApp) << "Suspend and resume through" << m_sleep->backendName();
    connect(m_sleep, &SleepMonitor::aboutToSleep, this, &Application::onAboutToSleep);
    connect(m_sleep, &SleepMonitor::resumed, this, &Application::onResumed);
    m_autostart = Autostart::create(this);
    connect(m_store, &HistoryStore::error, this, &Application::onStoreError);
    // Without a keychain service, passwords live for this session only; the dialog says so.
    KeychainSecretStore::probe(this, [this](bool available, const QString& why) {
        if (available)
            return;
        qCWarning(lcApp) << "No keychain:" << why;
        auto* session = new SessionSecretStore(this);
        session->setUnavailableReason(why);
        m_secrets = session;
        m_sources->setSecretStore(session);
    });
}

void Application::createUi()
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new TrayIcon(m_store, this);
        m_tray->show();
    }
    m_notifier = m_options.makeNotifier
                     ? m_options.makeNotifier(this)
                     : NotifierFactory::create(m_tray ? m_tray->systemTrayIcon() : nullptr, this,
                                               m_options.notifierBackend);
    qCInfo(lcApp) << "Popups through" << m_notifier->backendName();
    m_window = new NotificationWindow(m_model, m_store, UrlOpener(m_options.urlOpener));
    if (!m_tray)
        m_window->setTrayAvailable(
            false, tr("There is no system tray here (on GNOME, the AppIndicator extension adds "
                      "one), so Herald runs in this window: closing it quits Herald."));
}

void Application::connectPipeline()
{
    connect(m_sources, &SourceManager::notificationsReceived, this, &Application::onNotifications);
    // A burst faster than the history can take waits as bytes in the sockets, not as parsed
    // notifications in the writer's queue.
    connect(m_writer, &HistoryWriter::behindChanged, m_sources, &SourceManager::setReadingHeld);
    connect(m_center, &NotificationCenter::summaryUpdated, this,
            [this](const NotificationCenter::Summary& s) {
                m_notifier->showSummary(s.key, s.title, s.body, s.priority);
            });
    connect(m_notifier.get(), &DesktopNotifier::activated, this, &Application::activate);
    connect(m_notifier.get(), &DesktopNotifier::markReadRequested, this,
            [this](qint64 rowId) { m_store->setRead({rowId}, true); });
    connect(m_notifier.get(), &DesktopNotifier::summaryActivated, this, &Application::showWindow);
    connect(m_instance, &SingleInstance::activationRequested, this, &Application::showWindow);
    connect(m_settings, &Settings::changed, this, &Application::applySettings);
    connect(m_settings, &Settings::connectionsChanged, this, &Application::applyConnections);
    connect(m_window, &NotificationWindow::settingsRequested, this, &Application::openSettings);
    connect(m_window, &NotificationWindow::composeRequested, this, &Application::openCompose);
    connect(m_window, &NotificationWindow::connectionLogRequested, this,
            &Application::openConnectionLog);
    connect(m_window, &NotificationWindow::quitRequested, this, &Application::quit);
    if (!m_tray)
        return;
    m_tray->setUnread(m_store->unreadCount());
    connect(m_store, &HistoryStore::unreadCountChanged, m_tray, &TrayIcon::setUnread);
    connect(m_tray, &TrayIcon::toggleWindowRequested, this, [this] {
        if (m_window->isVisible() && m_window->isActiveWindow())
            m_window->hide();
        else
            showWindow();
    });
    connect(m_tray, &TrayIcon::showWindowRequested, this, &Application::showWindow);
    connect(m_tray, &TrayIcon::notificationActivated, this, &Application::activate);
    connect(m_tray, &TrayIcon::doNotDisturbRequested, this, &Application::setDoNotDisturb);
    connect(m_tray, &TrayIcon::pauseRequested, this, [this](bool paused) {
        m_sources->setPaused(paused);
        m_tray->setPaused(paused);
    });
    connect(m_tray, &TrayIcon::composeRequested, this, &Application::openCompose);
    connect(m_tray, &TrayIcon::settingsRequested, this, &Application::openSettings);
    connect(m_tray, &TrayIcon::quitRequested, this, &Application::quit);
    connect(m_center, &NotificationCenter::doNotDisturbChanged, this, [this](bool active) {
        m_tray->setDoNotDisturb(active, m_settings->value(SettingKeys::dndUntil));
    });
}

void Application::connectSources()
{
    connect(m_sources, &SourceManager::statusChanged, this, &Application::onStatus);
    connect(m_sources, &SourceManager::subscribed, this,
            [this](const QString& connection, const QString& channel) {
                m_log->append(connection, tr("Subscribed to %1").arg(channel));
                m_window->setSubscriptionSummary(m_sources->subscriptionSummary());
            });
    connect(m_sources, &SourceManager::subscriptionFailed, this,
            [this](const QString& connection, const QString&, const QString& reason) {
                m_log->append(connection, reason);
                m_window->setConnectionStatus(
                    connection,
                    {SourceStatus::State::Error, SourceStatus::Cause::Permission, reason, -1});
            });
    connect(m_sources, &SourceManager::disconnected, this, &Application::onDisconnected);
    connect(m_sources, &SourceManager::cursorsReached, this,
            [this](const QString&, const QList<StreamCursor>& cursors) {
                m_store->saveCursors(cursors); // a failure reaches onStoreError()
            });
    connect(m_sources, &SourceManager::configurationError, this,
            [this](const QString& connection, const QString& reason) {
                m_log->append(connection, reason);
                onStatus(connection,
                         {SourceStatus::State::Error, SourceStatus::Cause::Protocol, reason, -1});
            });
    connect(m_sources, &SourceManager::connectionRemoved, this, [this](const QString& connection) {
        m_statuses.remove(connection);
        if (m_tray)
            m_tray->removeConnection(connection);
        m_window->setConnectionStatus(connection, {});
    });
}

void Application::onDisconnected(const QString& connection, const QDateTime& from,
                                 const QDateTime& to)
{
    m_log->append(connection,
                  tr("Disconnected from %1 to %2: messages published on non-durable channels "
                     "meanwhile were not received")
                      .arg(TimeFormat::time(from, TimeFormat::Seconds::Shown),
                           TimeFormat::time(to, TimeFormat::Seconds::Shown)));
    const Source* source = m_sources->sourceForConnection(connection);
    if (!source)
        return;
    // Durable channels (and Nchan's) are read from a cursor, which kept everything: only what
    // arrives live was lost (a JSON WebSocket feed has no channels, and loses all of it).
    QStringList missed = source->channels() + source->patterns();
    for (const DurableChannel& durable : source->durableChannels())
        missed.removeAll(durable.channel);
    if (missed.isEmpty() && !source->durableChannels().isEmpty())
        return;
    // Into the list only: a marker is history, never a popup. Through the writer, so it is
    // stored after the messages received before the outage.
    m_writer->write({GapMarker::disconnection(source->name(), from, to, missed)}, {});
}

void Application::onNotifications(const QList<Notification>& batch)
{
    // Collected before dedupe: an entry that was already stored still moves its cursor. (The
    // writer holds back the streams of a source that waits to re-read from its saved cursors.)
    const QList<StreamCursor> cursors = StreamCursor::collect(batch);
    m_writer->write(m_center->dedupe(batch), cursors);
}

void Application::onWritten(const QList<Notification>& stored, const QList<StreamCursor>& cursors)
{
    for (const StreamCursor& cursor : cursors)
        m_rereadDelayMs.remove(cursor.source); // this source's batch stored: no more backoff
    const NotificationCenter::Decision decision = m_center->decide(stored);
    for (const Notification& notification : decision.popups)
        m_notifier->show(notification);
    for (const NotificationCenter::Summary& s : decision.summaries)
        m_notifier->showSummary(s.key, s.title, s.body, s.priority);
}

// The store has said why (onStoreError). The batch's stream entries are read again from the
// saved cursors; what came over Pub/Sub is not in the history.
void Application::onWriteFailed(const QList<Notification>& notifications,
                                const QList<StreamCursor>& cursors)
{
    m_center->forgetSeen(notifications); // so their second reading is not dropped as a duplicate
    scheduleReread(cursors);
}

void Application::onStoreError(const QString& message)
{
    qCWarning(lcApp).noquote() << message;
    m_log->append(tr("History"), message);
    m_window->showNotice(message);
}

void Application::scheduleReread(const QList<StreamCursor>& cursors)
{
    QSet<QString> sources;
    for (const StreamCursor& cursor : cursors)
        sources.insert(cursor.source);
    for (const QString& source : std::as_const(sources)) {
        QTimer*& timer = m_rereadTimers[source];
        if (!timer) {
            timer = new QTimer(this);
            timer->setSingleShot(true);
            connect(timer, &QTimer::timeout, this, [this, source] { rereadFailedStreams(source); });
        }
        if (timer->isActive())
            continue;
        // At once the first time; while storing this source's batches keeps failing (a full
        // disk), less and less often. Other sources keep their own pace.
        int& delayMs = m_rereadDelayMs[source];
        timer->start(delayMs);
        delayMs = std::clamp(delayMs * 2, 1000, 60'000);
    }
}

void Application::rereadFailedStreams(const QString& source)
{
    m_writer->clearFailed(source);
    m_sources->rereadFromSavedCursors(source);
}

void Application::onStatus(const QString& connection, const SourceStatus& status)
{
    // Connected again while "asleep": awake after all, whatever became of the resume signal.
    if (m_asleep && status.state == SourceStatus::State::Connected) {
        endSleep();
        // The others' backoff grew meanwhile: cut it short (queued, not from inside a signal).
        QMetaObject::invokeMethod(m_sources, &SourceManager::retryAll, Qt::QueuedConnection);
    }
    m_log->append(connection, status.describe());
    m_statuses.insert(connection, status);
    showStatus(connection, status);
}

void Application::showStatus(const QString& connection, const SourceStatus& status)
{
    SourceStatus shown = status;
    // A suspend drops every connection, and the first attempts after waking fail until the
    // network is back: expected, so shown as reconnecting rather than as an error.
    const bool failing = status.state == SourceStatus::State::Error ||
                         status.state == SourceStatus::State::Reconnecting;
    if (isWaking() && failing) {
        shown.state = SourceStatus::State::Reconnecting;
        shown.reason = tr("Reconnecting after sleep");
    }
    if (m_tray)
        m_tray->setConnectionStatus(connection, shown);
    m_window->setConnectionStatus(connection, shown);
    m_window->setSubscriptionSummary(m_sources->subscriptionSummary());
}

bool Application::isWaking() const
{
    return m_asleep || m_wakeGrace.isActive();
}

void Application::onAboutToSleep()
{
    qCInfo(lcApp) << "Going to sleep: connection errors are not shown until" << WakeGraceMs / 1000
                  << "s after waking";
    m_asleep = true;
    m_wakeGrace.stop();
    m_sleepTimeout.start();
}

void Application::onResumed()
{
    endSleep();
    // Connections that look open may be half-open after a suspend (the peer forgot them long
    // ago): drop and reopen them all. The backoff grew while asleep, too.
    m_sources->reconnectAll();
    m_sources->retryAll();
}

void Application::endSleep()
{
    m_sleepTimeout.stop();
    m_asleep = false;
    m_wakeGrace.start();
}

void Application::onWakeGraceOver()
{
    // Whatever is still wrong now is not the suspend's doing: show it as it is.
    for (auto it = m_statuses.cbegin(); it != m_statuses.cend(); ++it)
        showStatus(it.key(), it.value());
}

void Application::applySettings()
{
    NotificationCenter::Policy policy;
    policy.popupsEnabled = m_settings->value(SettingKeys::popupsEnabled);
    policy.breakThrough = m_settings->value(SettingKeys::dndBreakThrough);
    policy.doNotDisturbUntil = m_settings->value(SettingKeys::dndUntil);
    policy.floodThreshold = m_settings->value(SettingKeys::floodThreshold);
    policy.floodWindowSeconds = m_settings->value(SettingKeys::floodWindowSeconds);
    QuietHours quiet(m_settings->value(SettingKeys::quietHoursStart),
                     m_settings->value(SettingKeys::quietHoursEnd),
                     m_settings->value(SettingKeys::quietHoursDays));
    quiet.setEnabled(m_settings->value(SettingKeys::quietHoursEnabled));
    policy.quietHours = quiet;
    policy.urgentCatchUpPopups = m_settings->value(SettingKeys::catchUpUrgentPopups);
    m_center->setPolicy(policy);
    m_notifier->setTimeoutMs(m_settings->value(SettingKeys::popupDurationSeconds) * 1000);
    for (Source* source : m_sources->sources()) {
        if (auto* redis = qobject_cast<RedisSource*>(source))
            redis->setStreamBackfillCount(m_settings->value(SettingKeys::catchUpBackfillCount));
    }
    m_window->setRemoteIconsAllowed(m_settings->value(SettingKeys::allowRemoteIcons));
    if (m_tray)
        m_tray->setDoNotDisturb(m_center->isDoNotDisturbActive(), policy.doNotDisturbUntil);
}

QList<ConnectionProfile> Application::commandLineProfiles(QHash<QString, QString>* secrets) const
{
    CommandLineProfiles options;
    options.channels = m_options.channels;
    options.patterns = m_options.patterns;
    options.durableChannels = m_options.durableChannels;
    options.token = m_options.token;
    return options.build(m_options.sources, secrets);
}

void Application::applyConnections()
{
    QHash<QString, QString> passwords;
    const QList<ConnectionProfile> profiles =
        m_options.sources.isEmpty() ? m_settings->connections() : commandLineProfiles(&passwords);
    m_center->clearChannelRules();
    for (const ConnectionProfile& profile : profiles)
        for (const ChannelEntry& entry : profile.channels)
            m_center->setChannelRule(entry.name, {entry.muted, entry.minPopupPriority},
                                     profile.displayName());
    m_sources->setProfiles(profiles, passwords);
    m_window->setSubscriptionSummary(m_sources->subscriptionSummary());
}

void Application::setDoNotDisturb(const QDateTime& until)
{
    m_settings->setValue(SettingKeys::dndUntil, until); // applySettings() follows through changed()
    m_center->setDoNotDisturbUntil(until);
    if (m_tray)
        m_tray->setDoNotDisturb(m_center->isDoNotDisturbActive(), until);
}

void Application::activate(qint64 rowId)
{
    m_window->activate(rowId);
}

void Application::applyRetention()
{
    m_store->applyRetention(m_settings->value(SettingKeys::historyMaxCount),
                            m_settings->value(SettingKeys::historyMaxAgeDays),
                            QDateTime::currentDateTimeUtc());
}

void Application::showWindow()
{
    m_window->showAndRaise();
}

SettingsDialog* Application::openSettings()
{
    SettingsDialog* dialog = m_settingsDialog;
    if (!dialog) {
        dialog = new SettingsDialog(m_settings, m_secrets, m_autostart, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &SettingsDialog::connectionLogRequested, this,
                &Application::openConnectionLog);
        m_settingsDialog = dialog;
    }
    dialog->open();
    dialog->raise();
    return dialog;
}

void Application::openCompose()
{
    QHash<QString, QString> passwords;
    QList<ComposeDialog::Target> targets;
    const QList<ConnectionProfile> profiles =
        m_options.sources.isEmpty() ? m_settings->connections() : commandLineProfiles(&passwords);
    for (const ConnectionProfile& profile : profiles) {
        Source* source = m_sources->source(profile.id);
        auto* redis = qobject_cast<RedisSource*>(source);
        if (!redis)
            continue;
        // Durable in the profile, enabled or not: a publish there must reach the stream.
        QList<DurableChannel> durable = redis->durableChannels();
        for (const ChannelEntry& entry : profile.channels) {
            const DurableChannel channel = DurableChannel::make(entry.name, entry.streamKey);
            if (entry.durable && !entry.isPattern && !durable.contains(channel))
                durable.append(channel);
        }
        targets.append({profile.displayName(), redis->endpoint(), redis->channels(), durable});
    }
    auto* dialog = new ComposeDialog(targets, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void Application::openConnectionLog()
{
    auto* dialog = new ConnectionLogDialog(m_log, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void Application::quit()
{
    m_notifier->closeAll();
    m_settings->sync();
    QApplication::quit();
}
