#pragma once

#include "UrlOpener.h"
#include "sources/SourceStatus.h"

#include <QMainWindow>
#include <QMap>
#include <QTimer>

class HistoryStore;
class NotificationDetailPane;
class NotificationModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QStackedWidget;
struct Notification;

// The notification list: the seed's React list made into a tool. Search, channel filter and
// unread-only run in SQL through the model; the detail pane shows the selected item in full.
// Closing hides the window to the tray (when there is one).
class NotificationWindow : public QMainWindow {
    Q_OBJECT

public:
    static constexpr int RefreshMs = 250;

    NotificationWindow(NotificationModel* model, HistoryStore* store, UrlOpener opener,
                       QWidget* parent = nullptr);

    void setTrayAvailable(bool available, const QString& whyNot = {});
    void setRemoteIconsAllowed(bool allowed);
    void setConnectionStatus(const QString& connection, const SourceStatus& status);
    void setSubscriptionSummary(const QString& text);
    // A problem the user must hear about that is not a connection's (the history was damaged
    // and moved aside, the disk is full): shown in a banner above the list until dismissed.
    // The same text twice is shown once.
    void showNotice(const QString& text);
    QStringList notices() const { return m_notices; }
    void dismissNotices();
    void showAndRaise();
    // Opens the item's link (allowed schemes only) and marks it read.
    void activate(qint64 rowId);

signals:
    void settingsRequested();
    void composeRequested();
    void connectionLogRequested();
    void quitRequested();

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void buildUi();
    void buildMenus();
    void setTabOrders();
    void applyColours();
    void applyFilter();
    void refreshChannels();
    void refreshEmptyState();
    void refreshBanner();
    void refreshConnectionStates();
    void scheduleRefresh();
    void showListOrEmptyState();
    void refreshCounts();
    void refreshNow();
    QWidget* buildNoticeBanner();
    void onCurrentChanged();
    void activateIndex(const QModelIndex& index);
    void markSelected(bool read);
    void deleteSelected();
    void copySelected();
    void clearAll();
    QList<qint64> selectedRowIds() const;

    NotificationModel* m_model;
    HistoryStore* m_store;
    UrlOpener m_opener;
    QLineEdit* m_search = nullptr;
    QComboBox* m_channelFilter = nullptr;
    QCheckBox* m_unreadOnly = nullptr;
    QLabel* m_banner = nullptr;
    QLabel* m_counts = nullptr;           // notifications shown and unread, in the status bar
    QLabel* m_connectionStates = nullptr; // every connection's state, in the status bar
    QTimer m_refreshTimer;                // coalesces the counts and the channel list during bursts
    bool m_refreshPending = false;
    QWidget* m_noticeBanner = nullptr;
    QLabel* m_noticeLabel = nullptr;
    QPushButton* m_dismissButton = nullptr;
    QStringList m_notices;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_emptyLabel = nullptr;
    QListView* m_list = nullptr;
    NotificationDetailPane* m_detail = nullptr;
    QMap<QString, SourceStatus> m_connections;
    QString m_subscriptions;
    bool m_trayAvailable = true;
    QString m_noTrayReason;
};
