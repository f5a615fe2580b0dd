#include "NotificationWindow.h"

#include "NotificationDelegate.h"
#include "NotificationDetailPane.h"
#include "PaletteColors.h"
#include "notifications/NotificationModel.h"
#include "storage/HistoryStore.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

NotificationWindow::NotificationWindow(NotificationModel* model, HistoryStore* store,
                                       UrlOpener opener, QWidget* parent)
    : QMainWindow(parent)
    , m_model(model)
    , m_store(store)
    , m_opener(std::move(opener))
{
    setObjectName(QStringLiteral("notificationMainWindow"));
    setWindowTitle(tr("Herald"));
    resize(900, 600);
    buildUi();
    buildMenus();
    connect(m_model, &QAbstractItemModel::modelReset, this, &NotificationWindow::refreshEmptyState);
    // The counts and the channel list are queries over the whole history: during a burst they
    // follow at most every RefreshMs, and not at all while the window is hidden.
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(RefreshMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &NotificationWindow::refreshNow);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &NotificationWindow::scheduleRefresh);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &NotificationWindow::scheduleRefresh);
    connect(m_store, &HistoryStore::inserted, this, &NotificationWindow::scheduleRefresh);
    connect(m_store, &HistoryStore::changed, this, &NotificationWindow::scheduleRefresh);
    refreshChannels();
    refreshEmptyState();
}

void NotificationWindow::buildUi()
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_search->setPlaceholderText(tr("Search notifications (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search notifications"));
    m_search->setClearButtonEnabled(true);
    m_channelFilter = new QComboBox(this);
    m_channelFilter->setObjectName(QStringLiteral("channelFilterComboBox"));
    m_channelFilter->setMinimumContentsLength(14);
    //: Read aloud for the combo box that shows one channel's notifications only
    m_channelFilter->setAccessibleName(tr("Channel filter"));
    m_channelFilter->setAccessibleDescription(tr("Shows the notifications of one channel only"));
    m_unreadOnly = new QCheckBox(tr("Unread only"), this);
    m_unreadOnly->setObjectName(QStringLiteral("unreadOnlyCheckBox"));
    // Typing should not hit SQL on every key stroke: wait for a short pause.
    auto* searchDelay = new QTimer(this);
    searchDelay->setSingleShot(true);
    searchDelay->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, searchDelay, qOverload<>(&QTimer::start));
    connect(searchDelay, &QTimer::timeout, this, &NotificationWindow::applyFilter);
    connect(m_channelFilter, &QComboBox::currentIndexChanged, this,
            &NotificationWindow::applyFilter);
    connect(m_unreadOnly, &QCheckBox::toggled, this, &NotificationWindow::applyFilter);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_channelFilter);
    filters->addWidget(m_unreadOnly);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("connectionBannerLabel"));
    m_banner->setTextFormat(Qt::PlainText); // reasons can quote server text
    m_banner->setWordWrap(true);
    m_banner->setMargin(6);
    m_banner->hide();

    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("notificationListView"));
    //: Read aloud for the list of notifications
    m_list->setAccessibleName(tr("Notifications"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new NotificationDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setUniformItemSizes(
        true); // every row is as tall: lets the view skip measuring 100k rows
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    connect(m_list, &QListView::activated, this, &NotificationWindow::activateIndex);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &NotificationWindow::onCurrentChanged);

    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setObjectName(QStringLiteral("emptyStateLabel"));
    m_emptyLabel->setTextFormat(Qt::PlainText);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_emptyLabel);

    m_detail = new NotificationDetailPane(this);
    m_detail->setObjectName(QStringLiteral("notificationDetailPane"));
    connect(m_detail, &NotificationDetailPane::openUrlRequested, this,
            [this](const QUrl& url) { m_opener.open(url); });
    connect(m_detail, &NotificationDetailPane::toggleReadRequested, this,
            [this](qint64 rowId, bool read) {
                if (!m_detail->current().isGap())
                    m_store->setRead({rowId}, read);
            });
    connect(m_detail, &NotificationDetailPane::deleteRequested, this,
            [this](qint64) { deleteSelected(); });
    connect(m_detail, &NotificationDetailPane::copyRequested, this,
            [this](const Notification&) { copySelected(); });

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_stack);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->addLayout(filters);
    layout->addWidget(buildNoticeBanner());
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);
    statusBar()->setObjectName(QStringLiteral("windowStatusBar"));
    // Widgets rather than a message: the counts and the connections' states share the bar.
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("countsLabel"));
    statusBar()->addWidget(m_counts, 1);
    m_connectionStates = new QLabel(this);
    m_connectionStates->setObjectName(QStringLiteral("connectionStatesLabel"));
    m_connectionStates->setTextFormat(Qt::PlainText); // names come from the settings
    statusBar()->addPermanentWidget(m_connectionStates);
    applyColours();
    setTabOrders();
}

void NotificationWindow::setTabOrders()
{
    // Top to bottom, left to right: the banner's button and the detail pane are built after
    // the list, so by construction they would come last.
    QWidget::setTabOrder(m_search, m_channelFilter);
    QWidget::setTabOrder(m_channelFilter, m_unreadOnly);
    QWidget::setTabOrder(m_unreadOnly, m_dismissButton);
    QWidget::setTabOrder(m_dismissButton, m_list);
    m_detail->setTabOrderAfter(m_list);
}

void NotificationWindow::applyColours()
{
    // Tinted from the palette rather than fixed colours, so both read in a dark theme too.
    PaletteColors::tintBackground(m_banner, palette(), PaletteColors::warningAccent());
    PaletteColors::tintBackground(m_noticeBanner, palette(), PaletteColors::errorAccent());
}

void NotificationWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange && m_banner)
        applyColours();
    QMainWindow::changeEvent(event);
}

void NotificationWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    if (m_refreshPending)
        refreshNow(); // what arrived while hidden
}

QWidget* NotificationWindow::buildNoticeBanner()
{
    m_noticeBanner = new QWidget(this);
    m_noticeBanner->setObjectName(QStringLiteral("noticeBanner"));
    m_noticeLabel = new QLabel(m_noticeBanner);
    m_noticeLabel->setObjectName(QStringLiteral("noticeBannerLabel"));
    m_noticeLabel->setTextFormat(Qt::PlainText); // may quote file names and SQLite's words
    m_noticeLabel->setWordWrap(true);
    m_noticeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_dismissButton = new QPushButton(tr("Dismiss"), m_noticeBanner);
    m_dismissButton->setObjectName(QStringLiteral("noticeDismissPushButton"));
    m_dismissButton->setAccessibleDescription(tr("Hides the notices above the list"));
    connect(m_dismissButton, &QPushButton::clicked, this, &NotificationWindow::dismissNotices);
    auto* layout = new QHBoxLayout(m_noticeBanner);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_noticeLabel, 1);
    layout->addWidget(m_dismissButton, 0, Qt::AlignTop);
    m_noticeBanner->hide();
    return m_noticeBanner;
}

void NotificationWindow::showNotice(const QString& text)
{
    if (text.isEmpty() || m_notices.contains(text))
        return;
    m_notices << text;
    m_noticeLabel->setText(m_notices.join(QLatin1Char('\n')));
    m_noticeBanner->show();
}

void NotificationWindow::dismissNotices()
{
    m_notices.clear();
    m_noticeLabel->clear();
    m_noticeBanner->hide();
}

void NotificationWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&Herald"));
    file->addAction(tr("&Send a notification..."), QKeySequence::New, this,
                    &NotificationWindow::composeRequested);
    file->addAction(tr("&Settings..."), QKeySequence::Preferences, this,
                    &NotificationWindow::settingsRequested);
    file->addAction(tr("Connection &log"), this, &NotificationWindow::connectionLogRequested);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &NotificationWindow::quitRequested);

    QMenu* edit = menuBar()->addMenu(tr("&Notifications"));
    edit->addAction(tr("Mark as &read"), QKeySequence(Qt::Key_R), this,
                    [this] { markSelected(true); });
    edit->addAction(tr("Mark as &unread"), QKeySequence(Qt::Key_U), this,
                    [this] { markSelected(false); });
    edit->addAction(tr("Mark &all as read"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), this,
                    [this] { m_store->markAllRead(m_model->filter()); });
    edit->addAction(tr("&Copy"), QKeySequence::Copy, this, &NotificationWindow::copySelected);
    edit->addAction(tr("&Delete"), QKeySequence::Delete, this, &NotificationWindow::deleteSelected);
    edit->addSeparator();
    edit->addAction(tr("C&lear all..."), this, &NotificationWindow::clearAll);
    edit->addSeparator();
    edit->addAction(tr("&Find"), QKeySequence::Find, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    auto* hide = new QAction(this);
    hide->setShortcut(Qt::Key_Escape);
    connect(hide, &QAction::triggered, this, &NotificationWindow::close);
    addAction(hide);
}

void NotificationWindow::applyFilter()
{
    HistoryFilter filter;
    filter.search = m_search->text().trimmed();
    filter.channel = m_channelFilter->currentData().toString();
    filter.unreadOnly = m_unreadOnly->isChecked();
    m_model->setFilter(filter);
    refreshEmptyState();
}

void NotificationWindow::scheduleRefresh()
{
    showListOrEmptyState(); // the first row must replace "No notifications yet" at once
    // At once when nothing was refreshed lately; during a burst, once more at the end of each
    // RefreshMs (the timer is the cool-down). A hidden window catches up when shown.
    m_refreshPending = true;
    if (isVisible() && !m_refreshTimer.isActive())
        refreshNow();
}

void NotificationWindow::refreshNow()
{
    if (!m_refreshPending)
        return;
    m_refreshPending = false;
    refreshChannels();
    refreshEmptyState();
    m_refreshTimer.start();
}

void NotificationWindow::refreshChannels()
{
    const QStringList channels = m_store->channels();
    const QString current = m_channelFilter->currentData().toString();
    QStringList shown;
    for (int i = 1; i < m_channelFilter->count(); ++i)
        shown << m_channelFilter->itemData(i).toString();
    if (shown == channels && m_channelFilter->count() > 0)
        return;
    const QSignalBlocker blocker(m_channelFilter);
    m_channelFilter->clear();
    m_channelFilter->addItem(tr("All channels"), QString());
    for (const QString& channel : channels)
        m_channelFilter->addItem(channel, channel);
    m_channelFilter->setCurrentIndex(qMax(0, m_channelFilter->findData(current)));
}

void NotificationWindow::refreshEmptyState()
{
    showListOrEmptyState();
    refreshCounts();
}

void NotificationWindow::showListOrEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    if (!empty) {
        m_stack->setCurrentWidget(m_list);
    } else {
        QString text;
        if (!m_model->filter().isEmpty())
            text = tr("Nothing matches this search or filter.");
        else if (m_connections.isEmpty())
            text = tr("No connection is set up yet.\nOpen Settings to point Herald at a Redis "
                      "server and choose channels.");
        else
            text = tr("No notifications yet.\n%1").arg(m_subscriptions);
        m_emptyLabel->setText(text);
        m_stack->setCurrentWidget(m_emptyLabel);
    }
}

void NotificationWindow::refreshCounts()
{
    // Counted from the store: the model's own count may predate the batch just inserted.
    //: The status bar: how many notifications the list shows, and how many are unread
    m_counts->setText(tr("Notifications: %L1 · unread: %L2")
                          .arg(m_store->count(m_model->filter()))
                          .arg(m_store->unreadCount()));
}

void NotificationWindow::setConnectionStatus(const QString& connection, const SourceStatus& status)
{
    m_connections.insert(connection, status);
    refreshBanner();
    refreshConnectionStates();
    refreshEmptyState();
}

void NotificationWindow::setSubscriptionSummary(const QString& text)
{
    m_subscriptions = text;
    refreshEmptyState();
}

void NotificationWindow::refreshBanner()
{
    QStringList problems;
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it) {
        if (it->state == SourceStatus::State::Connected || it->state == SourceStatus::State::Idle)
            continue;
        //: A connection's name, then what is wrong with it
        problems << tr("%1: %2").arg(it.key(), it->describe());
    }
    if (!m_trayAvailable)
        problems << m_noTrayReason;
    m_banner->setText(problems.join(QLatin1Char('\n')));
    m_banner->setVisible(!problems.isEmpty());
}

void NotificationWindow::refreshConnectionStates()
{
    // Several connections of different kinds side by side: each one's state at a glance, the
    // reason in the tooltip (problems are in the banner as well).
    QStringList states;
    QStringList details;
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it) {
        if (it->state == SourceStatus::State::Idle)
            continue; // removed or stopped
        states << tr("%1: %2").arg(it.key(), it->stateName());
        details << tr("%1: %2").arg(it.key(), it->describe());
    }
    m_connectionStates->setText(states.join(QStringLiteral(" · ")));
    m_connectionStates->setToolTip(details.join(QLatin1Char('\n')));
    m_connectionStates->setAccessibleDescription(m_connectionStates->toolTip());
}

void NotificationWindow::setTrayAvailable(bool available, const QString& whyNot)
{
    m_trayAvailable = available;
    m_noTrayReason = whyNot;
    refreshBanner();
}

void NotificationWindow::setRemoteIconsAllowed(bool allowed)
{
    m_detail->setRemoteIconsAllowed(allowed);
}

void NotificationWindow::showAndRaise()
{
    show();
    setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    raise();
    activateWindow();
}

void NotificationWindow::onCurrentChanged()
{
    const QModelIndex index = m_list->currentIndex();
    if (!index.isValid()) {
        m_detail->clear();
        return;
    }
    m_detail->showNotification(m_model->at(index.row()));
}

void NotificationWindow::activateIndex(const QModelIndex& index)
{
    if (index.isValid())
        activate(index.data(NotificationModel::RowIdRole).toLongLong());
}

void NotificationWindow::activate(qint64 rowId)
{
    const std::optional<Notification> notification = m_store->byRowId(rowId);
    if (!notification || notification->isGap())
        return;
    if (!notification->url.isEmpty())
        m_opener.open(notification->url);
    m_store->setRead({rowId}, true);
}

QList<qint64> NotificationWindow::selectedRowIds() const
{
    QList<qint64> ids;
    for (const QModelIndex& index : m_list->selectionModel()->selectedIndexes())
        ids << index.data(NotificationModel::RowIdRole).toLongLong();
    return ids;
}

void NotificationWindow::markSelected(bool read)
{
    // Gap markers are stored read and stay so: "unread" would count them as news.
    QList<qint64> ids;
    for (const QModelIndex& index : m_list->selectionModel()->selectedIndexes()) {
        if (!index.data(NotificationModel::IsGapRole).toBool())
            ids << index.data(NotificationModel::RowIdRole).toLongLong();
    }
    m_store->setRead(ids, read);
    onCurrentChanged();
}

void NotificationWindow::deleteSelected()
{
    const QList<qint64> ids = selectedRowIds();
    if (!ids.isEmpty())
        m_store->remove(ids);
}

void NotificationWindow::copySelected()
{
    QStringList parts;
    for (const qint64 rowId : selectedRowIds()) {
        if (const auto n = m_store->byRowId(rowId)) {
            QString text = n->title + QLatin1Char('\n') + n->completeBody();
            if (!n->url.isEmpty())
                text += QLatin1Char('\n') + n->url.toString();
            parts << text;
        }
    }
    if (!parts.isEmpty())
        QApplication::clipboard()->setText(parts.join(QStringLiteral("\n\n")));
}

void NotificationWindow::clearAll()
{
    const auto answer =
        QMessageBox::question(this, tr("Clear all notifications"),
                              tr("Delete all %Ln stored notifications? This cannot be undone.",
                                 nullptr, m_store->count({})));
    if (answer == QMessageBox::Yes)
        m_store->clear();
}

void NotificationWindow::closeEvent(QCloseEvent* event)
{
    if (m_trayAvailable) {
        hide(); // keep running in the tray
        event->ignore();
        return;
    }
    event->accept();
    emit quitRequested();
}
