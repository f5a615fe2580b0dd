#pragma once

#include "TrayIconPainter.h"
#include "sources/SourceStatus.h"

#include <QDateTime>
#include <QMap>
#include <QObject>
#include <QTimer>

class HistoryStore;
class QAction;
class QMenu;
class QSystemTrayIcon;

// Herald in the system tray: an icon that shows the worst connection state, do-not-disturb and
// the unread count, redrawn when the desktop switches between light and dark; a tooltip with
// every connection's state; and the menu.
class TrayIcon : public QObject {
    Q_OBJECT

public:
    static constexpr int UnreadRefreshMs = 200;

    explicit TrayIcon(HistoryStore* store, QObject* parent = nullptr);
    ~TrayIcon() override;

    QSystemTrayIcon* systemTrayIcon() const { return m_tray; }
    void show();

    void setConnectionStatus(const QString& connection, const SourceStatus& status);
    void removeConnection(const QString& connection);
    void setUnread(int unread);
    void setDoNotDisturb(bool active, const QDateTime& until);
    void setPaused(bool paused);

    TrayIconPainter::State iconState() const;
    QString toolTip() const;
    QMenu* menu() const { return m_menu; }

signals:
    void toggleWindowRequested();
    void showWindowRequested();
    void notificationActivated(qint64 rowId);
    void doNotDisturbRequested(const QDateTime& until); // invalid = off
    void pauseRequested(bool paused);
    void composeRequested();
    void settingsRequested();
    void quitRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildMenu();
    void refreshRecent();
    void refresh();

    HistoryStore* m_store;
    QSystemTrayIcon* m_tray;
    QMenu* m_menu;
    QMenu* m_dndMenu = nullptr;
    QAction* m_recentSeparator = nullptr;
    QList<QAction*> m_recentActions;
    QAction* m_pauseAction = nullptr;
    QAction* m_dndOffAction = nullptr;
    QMap<QString, SourceStatus> m_connections;
    int m_unread = 0;
    bool m_dnd = false;
    QDateTime m_dndUntil;
    bool m_paused = false;
    TrayIconPainter::State m_shownState = TrayIconPainter::State::Offline;
    int m_shownUnread = -1;
    QColor m_shownGlyph;
    QTimer m_unreadRefresh; // a burst changes the count per batch: the icon follows at most 5x/s
};
