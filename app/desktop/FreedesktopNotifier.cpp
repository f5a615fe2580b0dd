#include "FreedesktopNotifier.h"

#include <QDBusAbstractInterface>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <utility>

namespace {

const QString DefaultActionKey = QStringLiteral("default");
const QString MarkReadActionKey = QStringLiteral("mark-read");
const QString BodyMarkupCapability = QStringLiteral("body-markup");
const QString ActionsCapability = QStringLiteral("actions");

// QDBusConnection::connect() takes its receiver only as a SLOT() string. This proxy (what
// qdbusxml2cpp would generate, cut to the two signals Herald needs) turns the server's D-Bus
// signals into Qt signals, so the notifier connects with member pointers. It watches the name's
// owner, so a server that restarts keeps being heard.
class NotificationSignals : public QDBusAbstractInterface {
    Q_OBJECT

public:
    NotificationSignals(const QDBusConnection& bus, QObject* parent)
        : QDBusAbstractInterface(QString::fromLatin1(FreedesktopNotifier::ServiceName),
                                 QString::fromLatin1(FreedesktopNotifier::ObjectPath),
                                 FreedesktopNotifier::InterfaceName, bus, parent)
    {
    }

signals:
    // The names must be the D-Bus member names: QtDBus matches them.
    void ActionInvoked(uint id, const QString& actionKey);
    void NotificationClosed(uint id, uint reason);
};

QDBusMessage methodCall(const QString& method)
{
    return QDBusMessage::createMethodCall(QString::fromLatin1(FreedesktopNotifier::ServiceName),
                                          QString::fromLatin1(FreedesktopNotifier::ObjectPath),
                                          QString::fromLatin1(FreedesktopNotifier::InterfaceName),
                                          method);
}

uchar urgencyByte(DesktopNotifier::Urgency urgency)
{
    switch (urgency) {
    case DesktopNotifier::Urgency::Low:
        return 0;
    case DesktopNotifier::Urgency::Normal:
        return 1;
    case DesktopNotifier::Urgency::Critical:
        return 2;
    }
    return 1;
}

} // namespace

FreedesktopNotifier::FreedesktopNotifier(const QDBusConnection& bus, QObject* parent)
    : DesktopNotifier(parent)
    , m_bus(bus)
{
    auto* proxy = new NotificationSignals(bus, this);
    connect(proxy, &NotificationSignals::ActionInvoked, this,
            &FreedesktopNotifier::onActionInvoked);
    connect(proxy, &NotificationSignals::NotificationClosed, this,
            &FreedesktopNotifier::onNotificationClosed);
    requestCapabilities();
}

FreedesktopNotifier::~FreedesktopNotifier() = default;

bool FreedesktopNotifier::isServiceAvailable(const QDBusConnection& bus)
{
    QDBusConnectionInterface* daemon = bus.isConnected() ? bus.interface() : nullptr;
    if (!daemon)
        return false;
    const QString name = QString::fromLatin1(ServiceName);
    if (daemon->isServiceRegistered(name).value())
        return true;
    return daemon->activatableServiceNames().value().contains(name);
}

QString FreedesktopNotifier::backendName() const
{
    return QStringLiteral("freedesktop");
}

void FreedesktopNotifier::requestCapabilities()
{
    auto* watcher = new QDBusPendingCallWatcher(
        m_bus.asyncCall(methodCall(QStringLiteral("GetCapabilities"))), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            &FreedesktopNotifier::onCapabilities);
}

void FreedesktopNotifier::onCapabilities(QDBusPendingCallWatcher* call)
{
    call->deleteLater();
    const QDBusPendingReply<QStringList> reply = *call;
    if (reply.isError())
        // Send anyway: plain text and actions are what every server understands or ignores.
        qCWarning(lcDesktop) << "GetCapabilities failed:" << reply.error().message();
    else
        m_capabilities = reply.value();
    m_capabilitiesKnown = true;
    qCDebug(lcDesktop) << "notification server capabilities:" << m_capabilities;
    const QList<Popup> waiting = std::exchange(m_waiting, {});
    for (const Popup& popup : waiting)
        submit(popup);
    emit capabilitiesReceived();
}

void FreedesktopNotifier::show(const Notification& n)
{
    submit({{n.rowId, {}}, n.title, displayBody(n), n.priority, expireTimeout()});
}

void FreedesktopNotifier::showSummary(const QString& key, const QString& title, const QString& body,
                                      int priority)
{
    submit({{0, key}, title, body, priority, expireTimeout()});
}

void FreedesktopNotifier::submit(const Popup& popup)
{
    if (!m_capabilitiesKnown)
        m_waiting.append(popup);
    else if (popup.target.isSummary())
        submitSummary(popup);
    else
        notify(popup, 0);
}

// Updating in place needs the id of the first popup, which arrives asynchronously: while a Notify
// for a key is in flight, only the newest content is kept and sent when its reply arrives.
void FreedesktopNotifier::submitSummary(const Popup& popup)
{
    SummaryState& state = m_summaries[popup.target.summaryKey];
    if (state.inFlight) {
        state.queued = popup;
        return;
    }
    state.inFlight = true;
    notify(popup, state.serverId);
}

void FreedesktopNotifier::notify(const Popup& popup, uint replacesId)
{
    QDBusMessage message = methodCall(QStringLiteral("Notify"));
    message << QString::fromLatin1(AppName) << replacesId << QString::fromLatin1(AppId)
            << popup.title << bodyText(popup.body) << actionsFor(popup.target)
            << hintsFor(popup.priority) << popup.expireTimeout;
    auto* watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(message), this);
    const quint64 serial = ++m_sent;
    const Target target = popup.target;
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, serial, target](QDBusPendingCallWatcher* call) {
                onNotifyReply(call, serial, target);
            });
}

void FreedesktopNotifier::onNotifyReply(QDBusPendingCallWatcher* call, quint64 serial,
                                        const Target& target)
{
    call->deleteLater();
    const QDBusPendingReply<uint> reply = *call;
    const uint serverId = reply.isError() ? 0 : reply.value();
    if (reply.isError())
        qCWarning(lcDesktop) << "Notify failed:" << reply.error().message();
    else
        m_targets.insert(serverId, target);
    // closeAll() came while this call was in flight: the popup it made goes too.
    if (serverId != 0 && serial <= m_closedUpTo)
        closeNotification(serverId);
    if (!target.isSummary())
        return;
    SummaryState& state = m_summaries[target.summaryKey];
    state.inFlight = false;
    state.serverId = serverId;
    if (state.queued)
        submitSummary(*std::exchange(state.queued, std::nullopt));
}

void FreedesktopNotifier::closeAll()
{
    m_waiting.clear();
    for (SummaryState& state : m_summaries)
        state.queued.reset();
    m_closedUpTo = m_sent;
    const QList<uint> ids = m_targets.keys();
    for (uint serverId : ids)
        closeNotification(serverId);
}

void FreedesktopNotifier::closeNotification(uint serverId)
{
    QDBusMessage message = methodCall(QStringLiteral("CloseNotification"));
    message << serverId;
    // Fire and forget: NotificationClosed reports the result, and an id the server already
    // dropped only earns an error reply that nobody needs.
    m_bus.call(message, QDBus::NoBlock);
}

void FreedesktopNotifier::onActionInvoked(uint serverId, const QString& actionKey)
{
    const auto it = m_targets.constFind(serverId);
    if (it == m_targets.constEnd())
        return; // another application's notification, or another notifier's
    const Target target = *it;
    if (target.isSummary()) {
        if (actionKey == DefaultActionKey)
            emit summaryActivated(target.summaryKey);
    } else if (actionKey == DefaultActionKey) {
        emit activated(target.rowId);
    } else if (actionKey == MarkReadActionKey) {
        emit markReadRequested(target.rowId);
    }
    // The specification lets the server close a non-resident notification after an action, but
    // dunst 1.9 leaves it up when the action comes through `dunstctl action`: a handled popup is
    // done, so close it here on every server.
    closeNotification(serverId);
}

void FreedesktopNotifier::onNotificationClosed(uint serverId, uint reason)
{
    const auto it = m_targets.constFind(serverId);
    if (it == m_targets.constEnd())
        return;
    const Target target = *it;
    m_targets.erase(it);
    qCDebug(lcDesktop) << "notification" << serverId << "closed, reason" << reason;
    if (!target.isSummary()) {
        emit closed(target.rowId);
        return;
    }
    // A later update of this summary then opens a new popup instead of replacing a closed one.
    const auto summary = m_summaries.find(target.summaryKey);
    if (summary != m_summaries.end() && summary->serverId == serverId && !summary->inFlight)
        m_summaries.erase(summary);
}

qint32 FreedesktopNotifier::expireTimeout() const
{
    return timeoutMs() < 0 ? -1 : timeoutMs(); // -1: the server's default
}

QStringList FreedesktopNotifier::actionsFor(const Target& target) const
{
    // A server whose capabilities are unknown (GetCapabilities failed) still gets actions: one
    // without them ignores them.
    if (!m_capabilities.isEmpty() && !m_capabilities.contains(ActionsCapability))
        return {};
    if (target.isSummary())
        return {DefaultActionKey, openActionText()};
    return {DefaultActionKey, openActionText(), MarkReadActionKey, markReadActionText()};
}

QVariantMap FreedesktopNotifier::hintsFor(int priority) const
{
    // The specification types urgency as a byte; servers such as dunst ignore any other type.
    return {
        {QStringLiteral("urgency"), QVariant::fromValue<uchar>(urgencyByte(urgencyFor(priority)))},
        {QStringLiteral("desktop-entry"), QString::fromLatin1(AppId)}};
}

QString FreedesktopNotifier::bodyText(const QString& plain) const
{
    if (!m_capabilities.contains(BodyMarkupCapability))
        return plain;
    // The body is untrusted plain text: with markup on, a "<b>" or "<a href>" in it must show as
    // the characters themselves. Escaping &, < and > is what the specification asks for.
    QString escaped = plain;
    escaped.replace(u'&', QLatin1String("&amp;"));
    escaped.replace(u'<', QLatin1String("&lt;"));
    escaped.replace(u'>', QLatin1String("&gt;"));
    return escaped;
}

#include "FreedesktopNotifier.moc"
