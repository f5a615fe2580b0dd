#pragma once

#include "desktop/DesktopNotifier.h"

#include <QDBusConnection>
#include <QHash>
#include <QList>
#include <QStringList>
#include <optional>

class QDBusPendingCallWatcher;

// Popups through the desktop's notification server (org.freedesktop.Notifications, the Desktop
// Notifications Specification 1.2), spoken directly over QtDBus.
//
// Not QSystemTrayIcon::showMessage(): over a StatusNotifierItem host Qt sends the urgency as an
// int32 (servers such as dunst ignore it), offers a clickable action only for Critical and fires
// messageClicked for any notification's action. Here the urgency goes as a byte, the actions are
// Herald's own, and ActionInvoked / NotificationClosed are honoured only for ids this instance got
// back from Notify.
//
// Every call to the server is asynchronous, so a slow or hung server never blocks the app. Only
// the bus daemon is asked synchronously: once for the name's owner when this is constructed, and
// by isServiceAvailable(). The server's capabilities are asked for once, at construction; popups
// requested before the answer wait for it. With "body-markup" the body is escaped (&, <, >) so it
// stays inert text; the summary is plain text by the specification and is sent as is (dunst
// escapes it itself). Without "actions" no actions are sent.
class FreedesktopNotifier : public DesktopNotifier {
    Q_OBJECT

public:
    static constexpr auto ServiceName = "org.freedesktop.Notifications";
    static constexpr auto ObjectPath = "/org/freedesktop/Notifications";
    static constexpr auto InterfaceName = "org.freedesktop.Notifications";
    static constexpr auto AppName = "Herald";
    static constexpr auto AppId = "io.github.herald_notify.Herald";

    explicit FreedesktopNotifier(const QDBusConnection& bus = QDBusConnection::sessionBus(),
                                 QObject* parent = nullptr);
    ~FreedesktopNotifier() override;

    // True when a notification server owns the name on `bus` now, or the bus can start one.
    static bool isServiceAvailable(const QDBusConnection& bus);

    QString backendName() const override;
    void show(const Notification& n) override;
    void showSummary(const QString& key, const QString& title, const QString& body,
                     int priority) override;
    void closeAll() override;

    // The server's capabilities once known (empty before the answer or when it failed).
    QStringList capabilities() const { return m_capabilities; }
    bool capabilitiesKnown() const { return m_capabilitiesKnown; }

signals:
    // The server answered GetCapabilities (or failed to); popups waiting for it are sent now.
    void capabilitiesReceived();

private:
    // What a server id stands for: a notification's row or a summary key.
    struct Target {
        qint64 rowId = 0;
        QString summaryKey; // non-empty for a summary
        bool isSummary() const { return !summaryKey.isEmpty(); }
    };
    struct Popup {
        Target target;
        QString title;
        QString body; // plain text
        int priority = Notification::Normal;
        qint32 expireTimeout = -1; // as set when the popup was asked for
    };
    struct SummaryState {
        uint serverId = 0;           // 0 until the server answered, or after it closed the popup
        bool inFlight = false;       // a Notify for this key awaits its reply
        std::optional<Popup> queued; // the newest content asked for while in flight
    };

    void requestCapabilities();
    void onCapabilities(QDBusPendingCallWatcher* call);
    void submit(const Popup& popup);
    void submitSummary(const Popup& popup);
    void notify(const Popup& popup, uint replacesId);
    void onNotifyReply(QDBusPendingCallWatcher* call, quint64 serial, const Target& target);
    void closeNotification(uint serverId);
    void onActionInvoked(uint serverId, const QString& actionKey);
    void onNotificationClosed(uint serverId, uint reason);
    QStringList actionsFor(const Target& target) const;
    QVariantMap hintsFor(int priority) const;
    qint32 expireTimeout() const;
    QString bodyText(const QString& plain) const;

    QDBusConnection m_bus;
    bool m_capabilitiesKnown = false;
    QStringList m_capabilities;
    QList<Popup> m_waiting; // asked for before the capabilities were known
    QHash<uint, Target> m_targets;
    QHash<QString, SummaryState> m_summaries;
    quint64 m_sent = 0;       // Notify calls made so far; each one's serial
    quint64 m_closedUpTo = 0; // calls up to this serial were made before the last closeAll()
};
