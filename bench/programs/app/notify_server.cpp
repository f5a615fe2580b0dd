// bench-notify-server: a stand-in desktop notification server on the session bus, so the
// benchmark sees every Notify call the tray app makes, with the time it arrived.
//
//   bench-notify-server --log FILE
//
// Owns org.freedesktop.Notifications (the Desktop Notifications Specification 1.2: Notify,
// CloseNotification, GetCapabilities, GetServerInformation) and shows nothing. Each Notify call
// appends one line to FILE, flushed at once:
//   <CLOCK_MONOTONIC ns at arrival> <replaces_id> <id returned> <summary>
// (tabs and line breaks in the summary become spaces). A summary ending in "@<digits>" carries
// the publisher's send time (the paced publisher puts it into the title), so FILE alone gives
// publish -> Notify latency. Prints READY once it owns the name; exits on SIGTERM.
//
// dunst would do for counting, but it runs a rule script per notification, far too slow for
// thousands a second, and it stamps times in microseconds of its own clock.

#include "bench_common.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QStringList>
#include <QVariantMap>
#include <cstdio>

namespace {

class NotificationServer : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    explicit NotificationServer(FILE* log)
        : m_log(log)
    {
    }

public slots:
    QStringList GetCapabilities() const
    {
        return {QStringLiteral("body"), QStringLiteral("actions")};
    }

    // The D-Bus signature is fixed by the specification, so every argument is declared.
    uint Notify(const QString& appName, uint replacesId, const QString& appIcon,
                const QString& summary, const QString& body, const QStringList& actions,
                const QVariantMap& hints, int expireTimeout)
    {
        const int64_t now = bench_now_ns();
        Q_UNUSED(appName)
        Q_UNUSED(appIcon)
        Q_UNUSED(body)
        Q_UNUSED(actions)
        Q_UNUSED(hints)
        Q_UNUSED(expireTimeout)
        const uint id = replacesId != 0 ? replacesId : ++m_lastId;
        QString line = summary;
        line.replace(QLatin1Char('\n'), QLatin1Char(' '))
            .replace(QLatin1Char('\t'), QLatin1Char(' '));
        std::fprintf(m_log, "%lld %u %u %s\n", static_cast<long long>(now), replacesId, id,
                     line.toUtf8().constData());
        std::fflush(m_log);
        return id;
    }

    void CloseNotification(uint id)
    {
        emit NotificationClosed(id, 3); // 3: closed by a call to CloseNotification
    }

    QString GetServerInformation(QString& vendor, QString& version, QString& specVersion) const
    {
        vendor = QStringLiteral("Herald benchmarks");
        version = QStringLiteral("1.0");
        specVersion = QStringLiteral("1.2");
        return QStringLiteral("bench-notify-server");
    }

signals:
    void NotificationClosed(uint id, uint reason);
    void ActionInvoked(uint id, const QString& actionKey);

private:
    FILE* m_log;
    uint m_lastId = 0;
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3 || args[1] != QLatin1String("--log")) {
        std::fprintf(stderr, "usage: bench-notify-server --log FILE\n");
        return 2;
    }
    FILE* log = std::fopen(args[2].toLocal8Bit().constData(), "a");
    if (!log) {
        std::fprintf(stderr, "bench-notify-server: cannot write %s\n", qPrintable(args[2]));
        return 2;
    }
    NotificationServer server(log);
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &server,
                            QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals) ||
        !bus.registerService(QStringLiteral("org.freedesktop.Notifications"))) {
        std::fprintf(stderr, "bench-notify-server: cannot own org.freedesktop.Notifications: %s\n",
                     qPrintable(bus.lastError().message()));
        return 2;
    }
    std::printf("READY\n");
    std::fflush(stdout);
    return app.exec();
}

#include "notify_server.moc"
