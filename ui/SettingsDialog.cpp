#include "SettingsDialog.h"

#include "ConnectionSettingsPage.h"
#include "GeneralSettingsPage.h"
#include "NotificationSettingsPage.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(Settings* settings, SecretStore* secrets, Autostart* autostart,
                               QWidget* parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this))
    , m_connections(new ConnectionSettingsPage(settings, secrets, this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Herald Settings"));
    m_tabs->setObjectName(QStringLiteral("settingsTabWidget"));
    //: Read aloud for the row of tabs (Connections, Notifications, General)
    m_tabs->tabBar()->setAccessibleName(tr("Settings pages"));
    m_tabs->addTab(m_connections, tr("Connections"));
    m_tabs->addTab(new NotificationSettingsPage(settings, this), tr("Notifications"));
    m_tabs->addTab(new GeneralSettingsPage(settings, autostart, this), tr("General"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* log = buttons->addButton(tr("Connection log..."), QDialogButtonBox::ActionRole);
    log->setObjectName(QStringLiteral("connectionLogPushButton"));
    log->setAccessibleDescription(tr("Shows what happened on each connection"));
    connect(log, &QPushButton::clicked, this, &SettingsDialog::connectionLogRequested);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    resize(820, 640);
}
