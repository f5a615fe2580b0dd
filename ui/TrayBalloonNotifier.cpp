#include "TrayBalloonNotifier.h"

TrayBalloonNotifier::TrayBalloonNotifier(QSystemTrayIcon* tray, QObject* parent)
    : DesktopNotifier(parent)
    , m_tray(tray)
{
    if (m_tray)
        connect(m_tray, &QSystemTrayIcon::messageClicked, this,
                &TrayBalloonNotifier::onMessageClicked);
}

TrayBalloonNotifier::~TrayBalloonNotifier() = default;

QString TrayBalloonNotifier::backendName() const
{
    return QStringLiteral("tray");
}

void TrayBalloonNotifier::show(const Notification& n)
{
    m_hasLast = true;
    m_lastRowId = n.rowId;
    m_lastSummaryKey.clear();
    showMessage(n.title, displayBody(n), n.priority);
}

void TrayBalloonNotifier::showSummary(const QString& key, const QString& title, const QString& body,
                                      int priority)
{
    m_hasLast = true;
    m_lastRowId = 0;
    m_lastSummaryKey = key;
    showMessage(title, body, priority);
}

void TrayBalloonNotifier::showMessage(const QString& title, const QString& body, int priority)
{
    if (!m_tray)
        return;
    const QSystemTrayIcon::MessageIcon icon = urgencyFor(priority) == Urgency::Critical
                                                  ? QSystemTrayIcon::Critical
                                                  : QSystemTrayIcon::Information;
    // Windows, macOS and Qt's own XEmbed balloon show these as plain text. Over a
    // StatusNotifierItem host Qt forwards them to org.freedesktop.Notifications unescaped, which
    // is one reason NotifierFactory prefers FreedesktopNotifier whenever that service exists.
    m_tray->showMessage(title, body, icon, effectiveTimeoutMs());
}

void TrayBalloonNotifier::closeAll()
{
    m_hasLast = false;
}

void TrayBalloonNotifier::onMessageClicked()
{
    if (!m_hasLast)
        return;
    if (m_lastSummaryKey.isEmpty())
        emit activated(m_lastRowId);
    else
        emit summaryActivated(m_lastSummaryKey);
}
