#include "NotificationDetailPane.h"

#include "NotificationDelegate.h"
#include "UrlOpener.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
constexpr qint64 MaxIconBytes = 512 * 1024;
} // namespace

NotificationDetailPane::NotificationDetailPane(QWidget* parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_meta(new QLabel(this))
    , m_body(new QPlainTextEdit(this))
    , m_actionsRow(new QWidget(this))
    , m_actionsLayout(new QHBoxLayout(m_actionsRow))
    , m_readButton(new QPushButton(this))
    , m_copyButton(new QPushButton(tr("Copy"), this))
    , m_deleteButton(new QPushButton(tr("Delete"), this))
{
    for (QLabel* label : {m_title, m_meta}) {
        label->setTextFormat(Qt::PlainText); // publisher-controlled text: never rich text
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_title->setObjectName(QStringLiteral("detailTitleLabel"));
    //: Read aloud for the read-only text field with the whole notification
    m_body->setAccessibleName(tr("Notification text"));
    m_icon->setAccessibleName(tr("Notification icon"));
    m_copyButton->setAccessibleDescription(tr("Copies the notification's title, text and link"));
    m_deleteButton->setAccessibleDescription(tr("Deletes the notification from the history"));
    m_meta->setObjectName(QStringLiteral("detailMetaLabel"));
    m_body->setObjectName(QStringLiteral("detailBodyPlainTextEdit"));
    m_readButton->setObjectName(QStringLiteral("detailReadPushButton"));
    m_copyButton->setObjectName(QStringLiteral("detailCopyPushButton"));
    m_deleteButton->setObjectName(QStringLiteral("detailDeletePushButton"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_body->setReadOnly(true);
    m_actionsLayout->setContentsMargins(0, 0, 0, 0);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_readButton);
    buttons->addWidget(m_copyButton);
    buttons->addStretch();
    buttons->addWidget(m_deleteButton);
    m_icon->setObjectName(QStringLiteral("detailIconLabel"));
    m_icon->setFixedSize(48, 48);
    m_icon->hide();
    auto* header = new QHBoxLayout;
    header->addWidget(m_icon);
    header->addWidget(m_title, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_meta);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_actionsRow);
    layout->addLayout(buttons);

    connect(m_readButton, &QPushButton::clicked, this,
            [this] { emit toggleReadRequested(m_current.rowId, !m_current.read); });
    connect(m_copyButton, &QPushButton::clicked, this, [this] { emit copyRequested(m_current); });
    connect(m_deleteButton, &QPushButton::clicked, this,
            [this] { emit deleteRequested(m_current.rowId); });
    clear();
}

void NotificationDetailPane::showNotification(const Notification& notification)
{
    m_current = notification;
    m_title->setText(notification.title);
    const QString time =
        QLocale().toString(notification.received.toLocalTime(), QLocale::LongFormat);
    QStringList meta{notification.channel, notification.source, time,
                     //: %1 is a number from 1 (lowest) to 5 (urgent)
                     tr("priority %1").arg(notification.priority)};
    if (!notification.pattern.isEmpty())
        //: %1 is the glob pattern (PSUBSCRIBE) that matched the notification's channel
        meta.insert(1, tr("via pattern %1").arg(notification.pattern));
    // A gap marker is Herald's own note: where and when, no channel or priority to speak of.
    if (notification.isGap())
        meta = QStringList{notification.source, time};
    meta.removeAll(QString());
    m_meta->setText(meta.join(QStringLiteral("  ·  ")));
    m_body->setPlainText(notification.completeBody());
    m_readButton->setText(notification.read ? tr("Mark as unread") : tr("Mark as read"));
    m_readButton->setVisible(!notification.isGap()); // a marker is never unread
    rebuildActions();
    fetchIcon();
    setEnabled(true);
}

void NotificationDetailPane::fetchIcon()
{
    if (m_iconReply) {
        m_iconReply->abort();
        m_iconReply = nullptr;
    }
    m_icon->hide();
    const QUrl url = m_current.iconUrl;
    if (!m_remoteIcons || url.isEmpty())
        return;
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    QNetworkRequest request(url);
    request.setTransferTimeout(10'000);
    m_iconReply = m_network->get(request);
    connect(m_iconReply, &QNetworkReply::downloadProgress, m_iconReply,
            [reply = m_iconReply](qint64 received) {
                if (received > MaxIconBytes)
                    reply->abort(); // an icon, not a download
            });
    connect(m_iconReply, &QNetworkReply::finished, this,
            [this, reply = m_iconReply] { onIconReply(reply); });
}

void NotificationDetailPane::onIconReply(QNetworkReply* reply)
{
    reply->deleteLater();
    if (reply != m_iconReply)
        return; // a newer selection asked for another icon
    m_iconReply = nullptr;
    QPixmap pixmap;
    if (reply->error() == QNetworkReply::NoError && pixmap.loadFromData(reply->readAll())) {
        m_icon->setPixmap(
            pixmap.scaled(m_icon->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
        m_icon->show();
    }
}

void NotificationDetailPane::clear()
{
    m_current = {};
    m_title->setText(tr("No notification selected"));
    m_meta->clear();
    m_body->clear();
    m_icon->hide();
    m_readButton->setText(tr("Mark as read"));
    m_readButton->setVisible(true);
    rebuildActions();
    setEnabled(false);
}

void NotificationDetailPane::rebuildActions()
{
    while (QLayoutItem* item = m_actionsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QList<NotificationAction> links;
    if (UrlOpener::isAllowed(m_current.url))
        links.append({tr("Open link"), m_current.url});
    for (const NotificationAction& action : m_current.actions)
        if (UrlOpener::isAllowed(action.url))
            links.append(action);
    QWidget* previous = m_body;
    for (const NotificationAction& link : links) {
        // The host is part of the button: a publisher can label a link anything it likes.
        //: A link button: %1 is the link's label, %2 the host it leads to
        auto* button = new QPushButton(
            tr("%1 (%2)").arg(link.label, UrlOpener::shownTarget(link.url)), m_actionsRow);
        button->setObjectName(QStringLiteral("detailLinkPushButton"));
        button->setToolTip(link.url.toString());
        button->setAccessibleDescription(tr("Opens %1").arg(link.url.toString()));
        const QUrl url = link.url;
        connect(button, &QPushButton::clicked, this, [this, url] { emit openUrlRequested(url); });
        m_actionsLayout->addWidget(button);
        // New buttons join the end of the window's tab chain; they belong after the text.
        QWidget::setTabOrder(previous, button);
        previous = button;
    }
    QWidget::setTabOrder(previous, m_readButton);
    m_actionsLayout->addStretch();
    m_actionsRow->setVisible(!links.isEmpty());
}

void NotificationDetailPane::setTabOrderAfter(QWidget* previous)
{
    QWidget::setTabOrder(previous, m_body);
    rebuildActions();
    QWidget::setTabOrder(m_readButton, m_copyButton);
    QWidget::setTabOrder(m_copyButton, m_deleteButton);
}
