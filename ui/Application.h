#pragma once

#include "UrlOpener.h"
#include "notifications/Notification.h"
#include "sources/SourceStatus.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <memory>

class ConnectionLog;
class DesktopNotifier;
class HistoryStore;
class NetworkMonitor;
class NotificationCenter;
class NotificationModel;
class NotificationWindow;
class SecretStore;
class SettingsDialog;
class Settings;
class SingleInstance;
class SourceManager;
class TrayIcon;
struct ConnectionProfile;

// The tray app's composition root: the one place that constructs concrete classes and wires the
// pipeline  sources -> NotificationCenter -> HistoryStore -> model, window, tray and popups.
class Application : public QObject {
    Q_OBJECT

public:
    struct Options {
        QString configFile;   // empty: the platform's default settings file
        QString dataDir;      // empty: next to --config, or the platform's data directory
        QStringList sources;  // --source: used instead of the saved connections, never saved
        QStringList channels; // --channel / --pattern for sources whose URL names none
        QStringList patterns;
        bool minimized = false;
        QString notifierBackend;   // "freedesktop", "tray" or "popup"; empty: the best available
        UrlOpener::Open urlOpener; // tests inject one; empty: the desktop's browser
    };

    explicit Application(Options options, QObject* parent = nullptr);
    ~Application() override;

    // Opens the history and settings and starts everything. False (with *error) when Herald
    // cannot run at all, e.g. the history database cannot be opened.
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
    SettingsDialog* openSettings();

public slots:
    void showWindow();
    void quit();

private:
    void createCore();
    void createUi();
    void connectPipeline();
    void connectSources();
    void onNotifications(const QList<Notification>& batch);
    void onStatus(const QString& connection, const SourceStatus& status);
    void applySettings();
    void applyConnections();
    void setDoNotDisturb(const QDateTime& until);
    void openCompose();
    void openConnectionLog();
    void activate(qint64 rowId);
    void applyRetention();
    QList<ConnectionProfile> commandLineProfiles(QHash<QString, QString>* passwords) const;

    Options m_options;
    QString m_configFile;
    Settings* m_settings = nullptr;
    SecretStore* m_secrets = nullptr;
    HistoryStore* m_store = nullptr;
    NotificationCenter* m_center = nullptr;
    NotificationModel* m_model = nullptr;
    ConnectionLog* m_log = nullptr;
    SourceManager* m_sources = nullptr;
    NetworkMonitor* m_network = nullptr;
    SingleInstance* m_instance = nullptr;
    TrayIcon* m_tray = nullptr;
    NotificationWindow* m_window = nullptr;
    std::unique_ptr<DesktopNotifier> m_notifier;
    QPointer<SettingsDialog> m_settingsDialog;
    QTimer m_retentionTimer;
};
