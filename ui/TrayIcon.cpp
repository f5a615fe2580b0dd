#include "TrayIcon.h"

#include "storage/HistoryStore.h"

#include <QAction>
#include <QCoreApplication>
#include <QEvent>
#include <QLocale>
#include <QMenu>
#include <QSystemTrayIcon>

TrayIcon::TrayIcon(HistoryStore* store, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_tray(new QSystemTrayIcon(this))
    , m_menu(new QMenu)
{
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    buildMenu();
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason r) {
        if (r == QSystemTrayIcon::Trigger)
            emit toggleWindowRequested();
    });
    connect(m_menu, &QMenu::aboutToShow, this, &TrayIcon::refreshRecent);
    // The glyph's colour follows the palette, which changes with the desktop's light or dark
    // scheme; Qt announces that only as an event to the application object.
    QCoreApplication::instance()->installEventFilter(this);
    m_unreadRefresh.setSingleShot(true);
    m_unreadRefresh.setInterval(UnreadRefreshMs);
    connect(&m_unreadRefresh, &QTimer::timeout, this, &TrayIcon::refresh);
    refresh();
}

TrayIcon::~TrayIcon()
{
    delete m_menu; // QSystemTrayIcon does not own its context menu
}

bool TrayIcon::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == QCoreApplication::instance() &&
        event->type() == QEvent::ApplicationPaletteChange)
        refresh();
    return QObject::eventFilter(watched, event);
}

void TrayIcon::show()
{
    m_tray->show();
}

void TrayIcon::buildMenu()
{
    m_recentSeparator = m_menu->addSeparator();
    m_menu->addAction(tr("Show notifications"), this, &TrayIcon::showWindowRequested);
    m_dndMenu = m_menu->addMenu(tr("Do not disturb"));
    m_dndMenu->addAction(tr("For 1 hour"), this, [this] {
        emit doNotDisturbRequested(QDateTime::currentDateTime().addSecs(3600));
    });
    m_dndMenu->addAction(tr("Until tomorrow"), this, [this] {
        emit doNotDisturbRequested(QDateTime(QDate::currentDate().addDays(1), QTime(8, 0)));
    });
    m_dndOffAction =
        m_dndMenu->addAction(tr("Off"), this, [this] { emit doNotDisturbRequested(QDateTime()); });
    m_pauseAction = m_menu->addAction(tr("Pause all"));
    m_pauseAction->setCheckable(true);
    connect(m_pauseAction, &QAction::toggled, this, &TrayIcon::pauseRequested);
    m_menu->addSeparator();
    m_menu->addAction(tr("Send a notification..."), this, &TrayIcon::composeRequested);
    m_menu->addAction(tr("Settings..."), this, &TrayIcon::settingsRequested);
    m_menu->addSeparator();
    m_menu->addAction(tr("Quit"), this, &TrayIcon::quitRequested);
    refreshRecent();
}

void TrayIcon::refreshRecent()
{
    qDeleteAll(m_recentActions);
    m_recentActions.clear();
    const QList<Notification> recent = m_store->newest(5);
    for (const Notification& n : recent) {
        // Menus may interpret '&' as a mnemonic: double it so publisher text shows as sent.
        QString text = n.title;
        if (!n.body.isEmpty())
            text += QStringLiteral(": ") + n.body.left(60).simplified();
        text.replace(QLatin1Char('&'), QStringLiteral("&&"));
        auto* action = new QAction(text, m_menu);
        QFont font = action->font();
        font.setBold(!n.read);
        action->setFont(font);
        const qint64 rowId = n.rowId;
        connect(action, &QAction::triggered, this,
                [this, rowId] { emit notificationActivated(rowId); });
        m_menu->insertAction(m_recentSeparator, action);
        m_recentActions << action;
    }
    if (recent.isEmpty()) {
        auto* none = new QAction(tr("No notifications yet"), m_menu);
        none->setEnabled(false);
        m_menu->insertAction(m_recentSeparator, none);
        m_recentActions << none;
    }
}

void TrayIcon::setConnectionStatus(const QString& connection, const SourceStatus& status)
{
    m_connections.insert(connection, status);
    refresh();
}

void TrayIcon::removeConnection(const QString& connection)
{
    m_connections.remove(connection);
    refresh();
}

void TrayIcon::setUnread(int unread)
{
    // Each new icon is drawn at twelve sizes and sent over D-Bus: during a burst of batches,
    // redrawing it for every batch cost a fifth of the app's time. A change shows at once, and
    // further changes within UnreadRefreshMs together at its end.
    m_unread = unread;
    if (m_unreadRefresh.isActive())
        return; // the cool-down's end shows the newest count
    refresh();
    m_unreadRefresh.start();
}

void TrayIcon::setDoNotDisturb(bool active, const QDateTime& until)
{
    m_dnd = active;
    m_dndUntil = until;
    m_dndOffAction->setEnabled(active);
    refresh();
}

void TrayIcon::setPaused(bool paused)
{
    m_paused = paused;
    const QSignalBlocker blocker(m_pauseAction);
    m_pauseAction->setChecked(paused);
    refresh();
}

TrayIconPainter::State TrayIcon::iconState() const
{
    using State = TrayIconPainter::State;
    if (m_dnd)
        return State::DoNotDisturb;
    if (m_paused || m_connections.isEmpty())
        return State::Offline;
    State worst = State::Connected;
    for (const SourceStatus& status : m_connections) {
        if (status.state == SourceStatus::State::Error)
            return State::Error;
        if (status.state != SourceStatus::State::Connected)
            worst = State::Connecting;
    }
    return worst;
}

QString TrayIcon::toolTip() const
{
    QStringList lines{tr("Herald")};
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it)
        lines << tr("%1: %2").arg(it.key(), it->describe());
    if (m_connections.isEmpty())
        lines << tr("No connection set up");
    if (m_paused)
        lines << tr("Paused");
    if (m_dnd)
        lines << (m_dndUntil.isValid() && m_dndUntil.date().year() < 9000
                      ? tr("Do not disturb until %1")
                            .arg(QLocale().toString(m_dndUntil, QLocale::ShortFormat))
                      : tr("Do not disturb"));
    lines << tr("%n unread", nullptr, m_unread);
    return lines.join(QLatin1Char('\n'));
}

void TrayIcon::refresh()
{
    const TrayIconPainter::State state = iconState();
    const QColor glyph = TrayIconPainter::glyphColor();
    // Repainting the icon costs a D-Bus round trip on SNI hosts: only when it really changed.
    if (state != m_shownState || m_unread != m_shownUnread || glyph != m_shownGlyph) {
        m_tray->setIcon(TrayIconPainter::icon(state, m_unread, glyph));
        m_shownState = state;
        m_shownUnread = m_unread;
        m_shownGlyph = glyph;
    }
    m_tray->setToolTip(toolTip());
}
