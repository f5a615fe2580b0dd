#pragma once

#include "UrlOpener.h"
#include "notifications/Notification.h"
#include "sources/SourceStatus.h"
#include "sources/StreamCursor.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <functional>
#include <memory>

class Autostart;
class ConnectionLog;
class DesktopNotifier;
class HistoryStore;
class HistoryWriter;
class NetworkMonitor;
class NotificationCenter;
class NotificationModel;
class NotificationWindow;
class SecretStore;
class SettingsDialog;
class Settings;
class SingleInstance;
class SleepMonitor;
class SourceManager;
class TrayIcon;
struct ConnectionProfile;

// The tray app's composition root: the one place that constructs concrete classes and wires the
// pipeline  sources -> NotificationCenter -> HistoryWriter (its own thread) -> HistoryStore ->
// model, window, tray and popups.
class Application : public QObject {
    Q_OBJECT

public:
    struct Options {
        QString configFile;   // empty: the platform's default settings file
        QString dataDir;      // empty: next to --config, or the platform's data directory
        QStringList sources;  // --source: used instead of the saved connections, never saved
        QStringList channels; // --channel / --pattern for sources whose URL names none
        QStringList patterns;
        QStringList durableChannels; // --durable-channel, like --channel
        QString token;               // --token-file / HERALD_TOKEN: for gateway --sources
        bool minimized = false;
        QString notifierBackend;   // "freedesktop", "tray" or "popup"; empty: the best available
        UrlOpener::Open urlOpener; // tests inject one; empty: the desktop's browser
        // Tests inject a notifier that records what would pop up; empty: NotifierFactory
        // chooses by notifierBackend.
        std::function<std::unique_ptr<DesktopNotifier>(QObject* parent)> makeNotifier;
    };

    // After waking up, connections get this long to come back before their errors are shown
    // as such (during it they read as reconnecting).
    static constexpr int WakeGraceMs = 60'000;
    // A suspend announced without a resume after this long (a missed or cancelled signal) is
    // treated as over: Herald must not stay "asleep" for good.
    static constexpr int SleepTimeoutMs = 120'000;

    explicit Application(Options options, QObject* parent = nullptr);
    ~Application() override;

    // Opens the history and settings and starts everything. False (with *error, empty when
    // another instance runs) only when Herald cannot run at all. A damaged history is moved
    // aside and one that cannot be opened is replaced by one in memory: either way the user is
    // told, and Herald runs.
    bool start(QString* error);

    static QString defaultConfigFile();
    static QString historyPath(const Options& options, const QString& configFile);

    // For tests.
    Settings* settings() const { return m_settings; }
    HistoryStore* store() const { return m_store; }
    NotificationWindow* window() const { return m_window; }
    TrayIcon* tray() const { return m_tray; }
    SourceManager* sources() const { return m_sources; }
    DesktopNotifier* notifier() const { return m_notifier.get(); }
    SleepMonitor* sleepMonitor() const { return m_sleep; }
    ConnectionLog* log() const { return m_log; }
    Autostart* autostart() const { return m_autostart; }
    NotificationCenter* center() const { return m_center; }
    SettingsDialog* openSettings();

public slots:
    void showWindow();
    void quit();

private:
    void installTranslations();
    bool openHistory(QString* error);
    void reportNotice(const QString& text);
    void createCore();
    void createUi();
    void connectPipeline();
    void connectSources();
    void onNotifications(const QList<Notification>& batch);
    void onWritten(const QList<Notification>& stored, const QList<StreamCursor>& cursors);
    void onWriteFailed(const QList<Notification>& notifications,
                       const QList<StreamCursor>& cursors);
    void onStatus(const QString& connection, const SourceStatus& status);
    void showStatus(const QString& connection, const SourceStatus& status);
    void onDisconnected(const QString& connection, const QDateTime& from, const QDateTime& to);
    void onStoreError(const QString& message);
    void scheduleReread(const QList<StreamCursor>& cursors);
    void rereadFailedStreams(const QString& source);
    void onAboutToSleep();
    void onResumed();
    void endSleep();
    void onWakeGraceOver();
    bool isWaking() const;
    void applySettings();
    void applyConnections();
    void setDoNotDisturb(const QDateTime& until);
    void openCompose();
    void openConnectionLog();
    void activate(qint64 rowId);
    void applyRetention();
    QList<ConnectionProfile> commandLineProfiles(QHash<QString, QString>* secrets) const;

    Options m_options;
    QString m_configFile;
    Settings* m_settings = nullptr;
    SecretStore* m_secrets = nullptr;
    HistoryStore* m_store = nullptr;
    HistoryWriter* m_writer = nullptr; // stores what arrives, on a thread of its own
    NotificationCenter* m_center = nullptr;
    NotificationModel* m_model = nullptr;
    ConnectionLog* m_log = nullptr;
    SourceManager* m_sources = nullptr;
    NetworkMonitor* m_network = nullptr;
    SingleInstance* m_instance = nullptr;
    SleepMonitor* m_sleep = nullptr;
    Autostart* m_autostart = nullptr;
    TrayIcon* m_tray = nullptr;
    NotificationWindow* m_window = nullptr;
    std::unique_ptr<DesktopNotifier> m_notifier;
    QPointer<SettingsDialog> m_settingsDialog;
    QTimer m_retentionTimer;
    QString m_startNotice; // from opening the history, told once the UI exists
    // Per source: backs off while storing its batches keeps failing (disk full); reset only
    // when a batch of that source stores.
    QHash<QString, QTimer*> m_rereadTimers;
    QHash<QString, int> m_rereadDelayMs;
    bool m_asleep = false;
    QTimer m_sleepTimeout;
    QTimer m_wakeGrace;
    QHash<QString, SourceStatus> m_statuses; // the real ones, shown once the grace is over
};
