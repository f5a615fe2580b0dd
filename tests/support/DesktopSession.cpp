#include "DesktopSession.h"

#include "TestServices.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>
#include <QUuid>
#include <algorithm>

namespace {

constexpr int StartTimeoutMs = 15'000;

const QString WatcherName = QStringLiteral("org.kde.StatusNotifierWatcher");

QByteArray busConfig(const QString& socketDir)
{
    // A session bus with no <servicedir>: nothing is activated behind the test's back.
    return "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
           " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
           "<busconfig>\n"
           "  <type>session</type>\n"
           "  <listen>unix:tmpdir=" +
           socketDir.toUtf8() +
           "</listen>\n"
           "  <auth>EXTERNAL</auth>\n"
           "  <policy context=\"default\">\n"
           "    <allow send_destination=\"*\" eavesdrop=\"true\"/>\n"
           "    <allow eavesdrop=\"true\"/>\n"
           "    <allow own=\"*\"/>\n"
           "  </policy>\n"
           "</busconfig>\n";
}

QByteArray dunstConfig(const QString& markup, const QString& scriptPath)
{
    // stack_duplicates off: identical texts would otherwise merge into one notification.
    return "[global]\n"
           "    font = \"DejaVu Sans 9\"\n"
           "    markup = " +
           markup.toUtf8() +
           "\n"
           "    stack_duplicates = false\n"
           "    notification_limit = 0\n"
           "    idle_threshold = 0\n"
           "    show_age_threshold = -1\n"
           "    history_length = 100\n"
           "\n"
           "[herald_test_log]\n"
           "    summary = \"*\"\n"
           "    script = \"" +
           scriptPath.toUtf8() + "\"\n";
}

QByteArray logScript(const QString& logPath)
{
    // dunst runs the script of a matching rule for every notification it shows: the only place
    // where the urgency it applied is visible. Each field is base64 so newlines and tabs in the
    // texts survive; each notification is one line, written at once.
    return "#!/bin/sh\n"
           "enc() { printf '%s' \"$1\" | base64 -w0; }\n"
           "line=\"$(enc \"$DUNST_ID\") $(enc \"$DUNST_TIMESTAMP\") $(enc \"$DUNST_URGENCY\")"
           " $(enc \"$DUNST_APP_NAME\") $(enc \"$DUNST_SUMMARY\") $(enc \"$DUNST_BODY\")"
           " $(enc \"$DUNST_ICON_PATH\") $(enc \"$DUNST_DESKTOP_ENTRY\")\"\n"
           "printf '%s\\n' \"$line\" >> '" +
           logPath.toUtf8() + "'\n";
}

DesktopSession::DunstEntry parseEntry(const QByteArray& line)
{
    const QList<QByteArray> parts = line.split(' ');
    const auto field = [&parts](int i) {
        return QString::fromUtf8(QByteArray::fromBase64(parts.value(i)));
    };
    DesktopSession::DunstEntry entry;
    entry.id = field(0).toUInt();
    entry.timestamp = field(1).toLongLong();
    entry.urgency = field(2);
    entry.appName = field(3);
    entry.summary = field(4);
    entry.body = field(5);
    entry.iconPath = field(6);
    entry.desktopEntry = field(7);
    return entry;
}

} // namespace

DesktopSession::DesktopSession()
    : DesktopSession(Options{})
{
}

DesktopSession::DesktopSession(Options options)
    : m_options(std::move(options))
    , m_connectionName(QStringLiteral("herald-test-session-") + QUuid::createUuid().toString())
{
}

DesktopSession::~DesktopSession()
{
    stop();
}

QStringList DesktopSession::dunstPrograms()
{
    return {"Xvfb", "dbus-daemon", "dunst", "dunstctl", "dbus-send", "base64"};
}

QStringList DesktopSession::trayHostPrograms()
{
    return {"Xvfb", "dbus-daemon", "status-notifier-watcher", "gtk-sni-tray-standalone"};
}

QString DesktopSession::path(const QString& name) const
{
    return m_dir.filePath(name);
}

QString DesktopSession::runtimeDir() const
{
    return path(QStringLiteral("runtime"));
}

bool DesktopSession::writeFile(const QString& name, const QByteArray& contents,
                               QString* error) const
{
    QFile file(path(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size()) {
        *error = QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

QString DesktopSession::logTail(const QString& name) const
{
    QFile file(path(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll().right(2000)).trimmed();
}

QProcessEnvironment DesktopSession::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    if (!m_display.isEmpty())
        env.insert(QStringLiteral("DISPLAY"), m_display);
    if (!m_busAddress.isEmpty())
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_busAddress);
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtimeDir());
    // No accessibility bus: GTK would look for one on the session bus and wait.
    env.insert(QStringLiteral("NO_AT_BRIDGE"), QStringLiteral("1"));
    // herald_add_test sets QT_QPA_PLATFORM=offscreen for the test itself; its children draw on X.
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    env.insert(QStringLiteral("GDK_BACKEND"), QStringLiteral("x11"));
    return env;
}

QDBusConnection DesktopSession::bus() const
{
    return QDBusConnection(m_connectionName);
}

bool DesktopSession::prepareDirectories(QString* error) const
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary directory: ") + m_dir.errorString();
        return false;
    }
    // XDG_RUNTIME_DIR must belong to the user alone, or GLib and Qt complain and ignore it.
    if (!QDir().mkpath(runtimeDir()) ||
        !QFile::setPermissions(runtimeDir(),
                               QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)) {
        *error = QStringLiteral("cannot create ") + runtimeDir();
        return false;
    }
    return true;
}

bool DesktopSession::startDaemon(QProcess& process, const QString& program,
                                 const QStringList& arguments, QString* error)
{
    if (!prepareDirectories(error))
        return false;
    const QString executable = TestServices::findProgram(program);
    if (executable.isEmpty()) {
        *error = program + QStringLiteral(" is not installed");
        return false;
    }
    process.setProcessEnvironment(environment());
    process.setWorkingDirectory(m_dir.path());
    process.setStandardErrorFile(path(program + QStringLiteral(".log")));
    process.start(executable, arguments);
    if (!process.waitForStarted(StartTimeoutMs)) {
        *error = program + QStringLiteral(" did not start: ") + process.errorString();
        return false;
    }
    return true;
}

// Xvfb (-displayfd) and dbus-daemon (--print-address) report readiness with one line on stdout.
bool DesktopSession::readFirstLine(QProcess& process, const QString& what, QString* line,
                                   QString* error)
{
    QDeadlineTimer deadline(StartTimeoutMs);
    while (!process.canReadLine()) {
        if (process.state() != QProcess::Running || deadline.hasExpired()) {
            *error = QStringLiteral("%1 did not get ready: %2").arg(what, logTail(what + ".log"));
            return false;
        }
        process.waitForReadyRead(static_cast<int>(qMax<qint64>(1, deadline.remainingTime())));
    }
    *line = QString::fromUtf8(process.readLine()).trimmed();
    return true;
}

bool DesktopSession::waitFor(const std::function<bool()>& ready, const QProcess& process,
                             const QString& what, QString* error) const
{
    QDeadlineTimer deadline(StartTimeoutMs);
    while (!ready()) {
        if (process.state() != QProcess::Running || deadline.hasExpired()) {
            *error = QStringLiteral("%1 did not get ready: %2").arg(what, logTail(what + ".log"));
            return false;
        }
        QTest::qWait(25); // polling a daemon that has no readiness signal of its own
    }
    return true;
}

bool DesktopSession::startX(QString* error)
{
    if (m_xvfb.state() == QProcess::Running)
        return true;
    // -displayfd 1: Xvfb picks a free display itself (no race over lock files) and writes its
    // number to stdout once it accepts connections. -noreset: no server reset when the last
    // client leaves while another is about to connect.
    const QStringList args{"-displayfd",  "1",         "-screen", "0",
                           "1280x800x24", "-nolisten", "tcp",     "-noreset"};
    QString number;
    if (!startDaemon(m_xvfb, QStringLiteral("Xvfb"), args, error) ||
        !readFirstLine(m_xvfb, QStringLiteral("Xvfb"), &number, error))
        return false;
    m_display = u':' + number;
    return true;
}

bool DesktopSession::startBus(QString* error)
{
    if (m_busDaemon.state() == QProcess::Running)
        return true;
    const QString socketDir = path(QStringLiteral("bus"));
    QDir().mkpath(socketDir);
    if (!writeFile(QStringLiteral("session.conf"), busConfig(socketDir), error))
        return false;
    const QStringList args{"--config-file=" + path(QStringLiteral("session.conf")), "--nofork",
                           "--print-address"};
    if (!startDaemon(m_busDaemon, QStringLiteral("dbus-daemon"), args, error) ||
        !readFirstLine(m_busDaemon, QStringLiteral("dbus-daemon"), &m_busAddress, error))
        return false;
    const QDBusConnection connection =
        QDBusConnection::connectToBus(m_busAddress, m_connectionName);
    if (!connection.isConnected()) {
        *error = QStringLiteral("cannot connect to the private bus: ") +
                 connection.lastError().message();
        return false;
    }
    return true;
}

bool DesktopSession::writeDunstFiles(QString* error) const
{
    const QString script = path(QStringLiteral("log-notification.sh"));
    return writeFile(QStringLiteral("log-notification.sh"),
                     logScript(path(QStringLiteral("dunst-shown.log"))), error) &&
           QFile::setPermissions(script, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner) &&
           writeFile(QStringLiteral("dunstrc"), dunstConfig(m_options.dunstMarkup, script), error);
}

bool DesktopSession::startDunst(QString* error)
{
    if (m_dunst.state() == QProcess::Running)
        return true;
    if (!startX(error) || !startBus(error) || !writeDunstFiles(error))
        return false;
    const QStringList args{"-config", path(QStringLiteral("dunstrc"))};
    if (!startDaemon(m_dunst, QStringLiteral("dunst"), args, error))
        return false;
    // dunst owns its name before it is done setting up; dunstctl answering is the sign it is.
    return waitFor([this] { return dunstctl({QStringLiteral("is-paused")}); }, m_dunst,
                   QStringLiteral("dunst"), error);
}

bool DesktopSession::hostRegistered() const
{
    QDBusMessage call = QDBusMessage::createMethodCall(
        WatcherName, QStringLiteral("/StatusNotifierWatcher"),
        QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    call << WatcherName << QStringLiteral("IsStatusNotifierHostRegistered");
    const QDBusMessage reply = bus().call(call, QDBus::Block, 1000);
    return reply.type() == QDBusMessage::ReplyMessage &&
           reply.arguments().value(0).value<QDBusVariant>().variant().toBool();
}

bool DesktopSession::startTrayHost(QString* error)
{
    if (m_trayHost.state() == QProcess::Running)
        return true;
    if (!startX(error) || !startBus(error))
        return false;
    // A separate watcher: gtk-sni-tray-standalone --watcher crashed 1 run in 3 here.
    if (!startDaemon(m_watcher, QStringLiteral("status-notifier-watcher"), {}, error) ||
        !waitFor([this] { return bus().interface()->isServiceRegistered(WatcherName).value(); },
                 m_watcher, QStringLiteral("status-notifier-watcher"), error))
        return false;
    return startDaemon(m_trayHost, QStringLiteral("gtk-sni-tray-standalone"), {}, error) &&
           waitFor([this] { return hostRegistered(); }, m_trayHost,
                   QStringLiteral("gtk-sni-tray-standalone"), error);
}

void DesktopSession::stop()
{
    TestServices::stopProcess(m_trayHost);
    TestServices::stopProcess(m_watcher);
    TestServices::stopProcess(m_dunst);
    QDBusConnection::disconnectFromBus(m_connectionName);
    TestServices::stopProcess(m_busDaemon);
    TestServices::stopProcess(m_xvfb);
    m_busAddress.clear();
    m_display.clear();
}

bool DesktopSession::dunstctl(const QStringList& arguments, QString* output) const
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(TestServices::findProgram(QStringLiteral("dunstctl")), arguments);
    if (!process.waitForFinished(10'000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        return false;
    if (output)
        *output = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    return true;
}

QList<DesktopSession::DunstEntry> DesktopSession::dunstEntries() const
{
    QFile file(path(QStringLiteral("dunst-shown.log")));
    QList<DunstEntry> entries;
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    QList<QByteArray> lines = file.readAll().split('\n');
    lines.removeLast(); // empty, or a line the script is still writing
    for (const QByteArray& line : std::as_const(lines))
        entries.append(parseEntry(line));
    // dunst starts each script without waiting for it, so lines can land out of order.
    std::stable_sort(entries.begin(), entries.end(), [](const DunstEntry& a, const DunstEntry& b) {
        return a.timestamp < b.timestamp;
    });
    return entries;
}

QStringList DesktopSession::dunstLog() const
{
    QStringList lines;
    for (const DunstEntry& entry : dunstEntries())
        lines.append(entry.urgency + u'\t' + entry.summary + u'\t' + entry.body);
    return lines;
}

int DesktopSession::displayedCount() const
{
    QString output;
    bool ok = false;
    const int count = dunstctl({"count", "displayed"}, &output) ? output.toInt(&ok) : -1;
    return ok ? count : -1;
}

bool DesktopSession::invokeDefaultAction() const
{
    // dunstctl 1.9: "action [position]" calls org.dunstproject.cmd0.NotificationAction, which
    // invokes the default action of the displayed notification at that position.
    return dunstctl({"action", "0"});
}

bool DesktopSession::closeLast() const
{
    return dunstctl({"close"});
}

bool DesktopSession::closeAll() const
{
    return dunstctl({"close-all"});
}

bool DesktopSession::screenshot(const QString& outputPath) const
{
    if (m_display.isEmpty())
        return false;
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(TestServices::findProgram(QStringLiteral("import")),
                  {"-window", "root", outputPath});
    return process.waitForFinished(30'000) && process.exitCode() == 0 &&
           QFileInfo(outputPath).size() > 0;
}
