#pragma once

#include "desktop/DesktopNotifier.h"

#include <QPointer>
#include <QSystemTrayIcon>

// Popups as balloon messages of the app's tray icon (QSystemTrayIcon::showMessage): the native
// notifications on Windows and macOS, and the fallback on Linux desktops that have a tray but no
// notification server.
//
// Limitations, all from showMessage():
// - It returns no id and messageClicked() says nothing about which message was clicked, so a
//   click is taken to mean the LAST message shown: activated(rowId) for a notification,
//   summaryActivated(key) for a summary. An older balloon still visible (macOS Notification
//   Center keeps them) answers as if it were the newest.
// - No buttons: there is no "Mark as read", so markReadRequested() is never emitted.
// - No closing report: closed() is never emitted, and closeAll() can only forget the last
//   message, not withdraw a balloon already shown.
// - No update in place: showSummary() with a known key shows a new balloon (most platforms show
//   one balloon at a time, so the new one replaces the old on screen).
// - On Linux over a StatusNotifierItem host, Qt 6.4 passes the texts to the notification server
//   without escaping them and with the urgency as an int32 (which dunst ignores): use
//   FreedesktopNotifier wherever a notification server exists.
class TrayBalloonNotifier : public DesktopNotifier {
    Q_OBJECT

public:
    // `tray` is the app's tray icon; it must outlive this notifier's use (a tray that is gone
    // makes show() do nothing).
    explicit TrayBalloonNotifier(QSystemTrayIcon* tray, QObject* parent = nullptr);
    ~TrayBalloonNotifier() override;

    QString backendName() const override;
    void show(const Notification& n) override;
    void showSummary(const QString& key, const QString& title, const QString& body,
                     int priority) override;
    void closeAll() override;

private:
    void showMessage(const QString& title, const QString& body, int priority);
    void onMessageClicked();

    QPointer<QSystemTrayIcon> m_tray;
    // What the last message shown was for: a row, or a summary key (non-empty).
    qint64 m_lastRowId = 0;
    QString m_lastSummaryKey;
    bool m_hasLast = false;
};
