#pragma once

#include "notifications/Notification.h"

#include <QWidget>

class QLabel;
class QNetworkAccessManager;
class QNetworkReply;
class QPlainTextEdit;
class QPushButton;
class QHBoxLayout;

// The selected notification in full: title, where it came from, the whole body, and every link
// with the host it leads to, shown before anyone clicks. Plain text throughout.
class NotificationDetailPane : public QWidget {
    Q_OBJECT

public:
    explicit NotificationDetailPane(QWidget* parent = nullptr);

    void showNotification(const Notification& notification);
    void clear();
    // Remote icons tell their server that the notification was read: fetched only when allowed.
    void setRemoteIconsAllowed(bool allowed) { m_remoteIcons = allowed; }
    const Notification& current() const { return m_current; }
    // Puts the pane's controls after `previous` in the window's tab chain, in the order shown:
    // the text, the link buttons, then read, copy and delete.
    void setTabOrderAfter(QWidget* previous);

signals:
    void openUrlRequested(const QUrl& url);
    void toggleReadRequested(qint64 rowId, bool read);
    void deleteRequested(qint64 rowId);
    void copyRequested(const Notification& notification);

private:
    void rebuildActions();
    void fetchIcon();
    void onIconReply(QNetworkReply* reply);

    Notification m_current;
    QLabel* m_icon;
    QLabel* m_title;
    QLabel* m_meta;
    QPlainTextEdit* m_body;
    QWidget* m_actionsRow;
    QHBoxLayout* m_actionsLayout;
    QPushButton* m_readButton;
    QPushButton* m_copyButton;
    QPushButton* m_deleteButton;
    QNetworkAccessManager* m_network = nullptr;
    QNetworkReply* m_iconReply = nullptr;
    bool m_remoteIcons = false;
};
