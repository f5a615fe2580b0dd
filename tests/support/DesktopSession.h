#pragma once

#include <QDBusConnection>
#include <QList>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <functional>

// A private headless desktop for one test: an X server (Xvfb), a session bus of its own, the dunst
// notification server and optionally a StatusNotifierItem tray host. Each is started on demand as
// a direct child of the test and stopped by its PID (SIGTERM, SIGKILL after a grace period): the
// machines' PID 1 reaps no orphans.
//
// The bus has its own configuration without <servicedir>: the stock session configuration (and
// dbus-run-session) would auto-start a dunst with the user's configuration behind the test's back.
//
// Child processes (the real app in an end-to-end test) get environment(); in-process code talks to
// the same bus through bus().
class DesktopSession {
public:
    struct Options {
        // dunst's `markup` setting: "full" announces body-markup, "no" does not.
        QString dunstMarkup = QStringLiteral("full");
    };

    // One notification as dunst showed it, written by a rule script that matches every
    // notification: what dunst received, and the urgency it applied.
    struct DunstEntry {
        uint id = 0;
        qint64 timestamp = 0; // dunst's own clock: later for a replacement
        QString urgency;      // LOW, NORMAL or CRITICAL
        QString appName;
        QString summary;
        QString body; // as received, markup escapes included
        QString iconPath;
        QString desktopEntry;
    };

    DesktopSession();
    explicit DesktopSession(Options options);
    ~DesktopSession();
    DesktopSession(const DesktopSession&) = delete;
    DesktopSession& operator=(const DesktopSession&) = delete;

    // The programs each part needs, for TestServices::require().
    static QStringList dunstPrograms();
    static QStringList trayHostPrograms();

    // Each starts what it needs first (dunst and the tray host need X and the bus; the bus alone
    // needs no X server); starting a part twice is a no-op.
    bool startX(QString* error);
    bool startBus(QString* error);
    bool startDunst(QString* error);
    // status-notifier-watcher, then gtk-sni-tray-standalone; returns once the watcher reports a
    // registered host. Qt asks that once per process and caches the answer, so start this BEFORE
    // any Qt process that should see a tray.
    bool startTrayHost(QString* error);
    void stop();

    QString display() const { return m_display; } // ":N"
    QString busAddress() const { return m_busAddress; }
    QString runtimeDir() const;
    // The system environment with DISPLAY, DBUS_SESSION_BUS_ADDRESS, XDG_RUNTIME_DIR (mode 0700),
    // NO_AT_BRIDGE=1, QT_QPA_PLATFORM=xcb and GDK_BACKEND=x11 pointing into this session.
    QProcessEnvironment environment() const;
    // A connection of this process to the private bus (not connected before startBus()).
    QDBusConnection bus() const;

    // What dunst has shown so far, oldest first.
    QList<DunstEntry> dunstEntries() const;
    // The same, one string per notification: "URGENCY\tsummary\tbody".
    QStringList dunstLog() const;
    // `dunstctl count displayed`; -1 when dunstctl fails.
    int displayedCount() const;
    // `dunstctl action 0`: the default action of the first displayed notification.
    bool invokeDefaultAction() const;
    // `dunstctl close`: dismisses one notification, as a user would.
    bool closeLast() const;
    // `dunstctl close-all`.
    bool closeAll() const;
    // `import -window root <path>` (imagemagick; require "import" in tests that use it).
    bool screenshot(const QString& path) const;
    // Runs dunstctl in this session; true when it exited 0, with its trimmed output.
    bool dunstctl(const QStringList& arguments, QString* output = nullptr) const;

private:
    bool prepareDirectories(QString* error) const;
    bool startDaemon(QProcess& process, const QString& program, const QStringList& arguments,
                     QString* error);
    bool readFirstLine(QProcess& process, const QString& what, QString* line, QString* error);
    bool waitFor(const std::function<bool()>& ready, const QProcess& process, const QString& what,
                 QString* error) const;
    bool hostRegistered() const;
    bool writeDunstFiles(QString* error) const;
    bool writeFile(const QString& name, const QByteArray& contents, QString* error) const;
    QString path(const QString& name) const;
    QString logTail(const QString& name) const;

    Options m_options;
    QTemporaryDir m_dir;
    QProcess m_xvfb;
    QProcess m_busDaemon;
    QProcess m_dunst;
    QProcess m_watcher;
    QProcess m_trayHost;
    QString m_display;
    QString m_busAddress;
    QString m_connectionName;
};
