#include "desktop/PortalAutostart.h"

#include "desktop/DesktopNotifier.h"

#include <QDBusAbstractInterface>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

namespace {

const QString PortalService = QStringLiteral("org.freedesktop.portal.Desktop");
const QString PortalPath = QStringLiteral("/org/freedesktop/portal/desktop");
const QString BackgroundInterface = QStringLiteral("org.freedesktop.portal.Background");
constexpr const char* RequestInterface = "org.freedesktop.portal.Request";

// A portal request object: its one signal, Response, carries the answer. QDBusConnection::connect()
// takes its receiver only as a SLOT() string, so this proxy turns the D-Bus signal into a Qt
// signal that connects with a member pointer.
class PortalRequest : public QDBusAbstractInterface {
    Q_OBJECT

public:
    PortalRequest(const QString& path, const QDBusConnection& bus, QObject* parent)
        : QDBusAbstractInterface(PortalService, path, RequestInterface, bus, parent)
    {
    }

signals:
    // The name must be the D-Bus member name: QtDBus matches it. response: 0 granted, 1 cancelled
    // by the user, 2 refused otherwise; results: "background" and "autostart" (booleans).
    void Response(uint response, const QVariantMap& results);
};

} // namespace

PortalAutostart::PortalAutostart(const QDBusConnection& bus, const QString& entryPath,
                                 QObject* parent)
    : Autostart(parent)
    , m_bus(bus)
    , m_entryPath(entryPath)
{
}

PortalAutostart::~PortalAutostart() = default;

bool PortalAutostart::insideFlatpak()
{
    return QFileInfo::exists(QStringLiteral("/.flatpak-info")) ||
           !qEnvironmentVariableIsEmpty("FLATPAK_ID");
}

QString PortalAutostart::defaultEntryPath()
{
    // Inside the sandbox XDG_CONFIG_HOME is the app's own folder, not the host's.
    QString config = qEnvironmentVariable("HOST_XDG_CONFIG_HOME");
    if (config.isEmpty() || QDir::isRelativePath(config))
        config = QDir::homePath() + QStringLiteral("/.config");
    return config + QStringLiteral("/autostart/") + appId() + QStringLiteral(".desktop");
}

QVariantMap PortalAutostart::requestOptions(bool enabled, const QString& handleToken)
{
    return {
        {QStringLiteral("handle_token"), handleToken},
        {QStringLiteral("autostart"), enabled},
        // Run as `flatpak run --command=herald <app id> --minimized` at log-in.
        {QStringLiteral("commandline"),
         QStringList{QStringLiteral("herald"), QStringLiteral("--minimized")}},
        {QStringLiteral("dbus-activatable"), false},
    };
}

bool PortalAutostart::isEnabled() const
{
    // The entry the portal writes; Hidden=true in it would mean "do not start".
    QFile file(m_entryPath);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    while (!file.atEnd()) {
        if (file.readLine().trimmed() == "Hidden=true")
            return false;
    }
    return true;
}

QString PortalAutostart::requestPath(const QString& handleToken) const
{
    // The portal API: /org/freedesktop/portal/desktop/request/SENDER/TOKEN, where SENDER is the
    // caller's unique name without its ':' and with '.' as '_'.
    QString sender = m_bus.baseService().mid(1);
    sender.replace(u'.', u'_');
    return PortalPath + QStringLiteral("/request/") + sender + u'/' + handleToken;
}

void PortalAutostart::watchRequest(const QString& path)
{
    delete m_request;
    auto* request = new PortalRequest(path, m_bus, this);
    connect(request, &PortalRequest::Response, this, &PortalAutostart::onResponse);
    m_request = request;
}

bool PortalAutostart::setEnabled(bool enabled, QString* /*error*/)
{
    if (!m_bus.isConnected() || !m_bus.interface()->isServiceRegistered(PortalService).value()) {
        // The settings page then shows its own message; every Flatpak host runs the portal.
        qCWarning(lcDesktop) << "No desktop portal on the session bus: cannot change starting at"
                             << "log-in";
        return false;
    }
    sendRequest(enabled);
    return true;
}

void PortalAutostart::sendRequest(bool enabled)
{
    // Subscribe to the request's answer before asking, so a quick answer cannot be missed.
    const QString token =
        QStringLiteral("herald_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    watchRequest(requestPath(token));
    QDBusMessage call = QDBusMessage::createMethodCall(
        PortalService, PortalPath, BackgroundInterface, QStringLiteral("RequestBackground"));
    call << QString() << requestOptions(enabled, token); // no parent window to attach a dialog to
    m_requested = enabled;
    auto* watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, expected = m_request->path()](QDBusPendingCallWatcher* finished) {
                finished->deleteLater();
                const QDBusPendingReply<QDBusObjectPath> reply = *finished;
                if (reply.isError())
                    onCallFailed(reply.error().message());
                else if (reply.value().path() != expected)
                    watchRequest(reply.value().path()); // a portal older than handle_token
            });
}

void PortalAutostart::onResponse(uint response, const QVariantMap& results)
{
    const bool autostart = response == 0 && results.value(QStringLiteral("autostart")).toBool();
    if (autostart != m_requested) {
        qCWarning(lcDesktop) << "The Background portal did not"
                             << (m_requested ? "enable" : "disable")
                             << "starting at log-in; response" << response << results;
    }
    emit portalAnswered(autostart);
}

void PortalAutostart::onCallFailed(const QString& message)
{
    qCWarning(lcDesktop) << "Cannot ask the Background portal to start Herald at log-in:"
                         << message;
    emit portalAnswered(false);
}

#include "PortalAutostart.moc"
