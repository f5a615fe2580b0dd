#pragma once

#include "notifications/Notification.h"

#include <QLoggingCategory>
#include <QObject>
#include <QString>

Q_DECLARE_LOGGING_CATEGORY(lcDesktop)

// Shows desktop popups for stored notifications. One subclass per platform mechanism
// (freedesktop D-Bus server, tray balloon, Herald's own popup window); NotifierFactory picks one
// at run time.
//
// A backend shows what it is asked to show. Whether to pop up at all (do not disturb, muted
// channels, minimum priority, flood coalescing) is policy and lives in NotificationCenter, so
// there is deliberately no setEnabled() here: the caller simply stops calling show().
//
// Every text passed in is untrusted and plain text (the parser has already sanitised and capped
// it). A backend must make it arrive as plain text: never as rich text, and escaped where the
// platform would read markup.
//
// Signals carry the key the popup was shown for: `Notification::rowId` for show() and the
// summary key for showSummary(). A notification that was not stored has rowId 0; its signals
// then carry 0 too. activated(), markReadRequested() and summaryActivated() answer a user's action
// and so always come from the event loop; closed() may also be emitted from inside show() (an
// older popup pushed out) or closeAll().
class DesktopNotifier : public QObject {
    Q_OBJECT

public:
    enum class Urgency { Low, Normal, Critical };

    // Used when setTimeoutMs() is given a negative value and the platform has no default of its
    // own.
    static constexpr int DefaultTimeoutMs = 8000;

    explicit DesktopNotifier(QObject* parent = nullptr);
    ~DesktopNotifier() override;

    // A short stable name for logs and settings: "freedesktop", "tray" or "popup".
    virtual QString backendName() const = 0;

    // Shows one popup for one stored notification: title, body (plus the host of its URL, so the
    // user sees where a click goes), urgency from its priority, and the actions "Open" (default)
    // and "Mark as read" where the platform has actions. Every call makes a new popup.
    //
    // Later, for this popup: activated(n.rowId) on a click or the default action,
    // markReadRequested(n.rowId) on "Mark as read" (both also close the popup), and closed(n.rowId)
    // once it is gone for any reason, where the platform reports that.
    virtual void show(const Notification& n) = 0;

    // Shows a summary popup (a flood coalesced, a catch-up after a reconnect). A second call with
    // the same key updates that popup in place instead of adding one, where the platform allows.
    // A click emits summaryActivated(key). There is no closed() for summaries.
    virtual void showSummary(const QString& key, const QString& title, const QString& body,
                             int priority) = 0;

    // Closes every popup this notifier has shown and that is still up. closed() follows for each
    // notification popup where the platform reports closing.
    virtual void closeAll() = 0;

    // How long a popup stays up. > 0: milliseconds; 0: until the user closes it; < 0: the
    // platform's default (the notification server decides; DefaultTimeoutMs elsewhere). Applies to
    // popups shown after the call.
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }

    // Priority 1-2 is low, 3-4 normal, 5 critical; out-of-range values are clamped.
    static Urgency urgencyFor(int priority);
    // The body as shown: n.body, and on a line of its own the host of n.url when there is one.
    static QString displayBody(const Notification& n);
    // The text that tells the user where a click goes: the URL's host (the address for mailto).
    static QString linkText(const QUrl& url);
    // The timeout in milliseconds for backends without a server of their own; 0 means never.
    int effectiveTimeoutMs() const;

    static QString openActionText();
    static QString markReadActionText();

signals:
    // The user clicked the popup of `rowId` or chose its default action "Open". The app opens the
    // notification's URL (if any) and marks it read.
    void activated(qint64 rowId);
    // The user chose "Mark as read" on the popup of `rowId`.
    void markReadRequested(qint64 rowId);
    // The user clicked a summary popup. The app shows its window.
    void summaryActivated(const QString& key);
    // The popup of `rowId` is gone: expired, dismissed, clicked, closed by closeAll(), or pushed
    // out by newer popups. Not emitted by backends that cannot know (see TrayBalloonNotifier).
    void closed(qint64 rowId);

private:
    int m_timeoutMs = DefaultTimeoutMs;
};
