#include "GeneralSettingsPage.h"

#include "desktop/Autostart.h"
#include "storage/Settings.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

GeneralSettingsPage::GeneralSettingsPage(Settings* settings, Autostart* autostart, QWidget* parent)
    : QWidget(parent)
    , m_autostart(autostart)
{
    auto* startMinimized = new QCheckBox(tr("Start minimised to the tray"), this);
    startMinimized->setObjectName(QStringLiteral("startMinimizedCheckBox"));
    startMinimized->setChecked(settings->value(SettingKeys::startMinimized));
    connect(startMinimized, &QCheckBox::toggled, settings,
            [settings](bool on) { settings->setValue(SettingKeys::startMinimized, on); });

    auto* maxCount = new QSpinBox(this);
    maxCount->setObjectName(QStringLiteral("historyMaxCountSpinBox"));
    maxCount->setRange(SettingKeys::historyMaxCount.minimum, SettingKeys::historyMaxCount.maximum);
    maxCount->setSingleStep(1000);
    maxCount->setValue(settings->value(SettingKeys::historyMaxCount));
    connect(maxCount, &QSpinBox::valueChanged, settings,
            [settings](int n) { settings->setValue(SettingKeys::historyMaxCount, n); });

    auto* maxAge = new QSpinBox(this);
    maxAge->setObjectName(QStringLiteral("historyMaxAgeSpinBox"));
    maxAge->setRange(SettingKeys::historyMaxAgeDays.minimum,
                     SettingKeys::historyMaxAgeDays.maximum);
    maxAge->setSuffix(tr(" days"));
    maxAge->setSpecialValueText(tr("forever"));
    maxAge->setValue(settings->value(SettingKeys::historyMaxAgeDays));
    connect(maxAge, &QSpinBox::valueChanged, settings,
            [settings](int n) { settings->setValue(SettingKeys::historyMaxAgeDays, n); });

    auto* remoteIcons = new QCheckBox(tr("Load notification icons from the internet"), this);
    remoteIcons->setObjectName(QStringLiteral("allowRemoteIconsCheckBox"));
    remoteIcons->setToolTip(tr("Fetching an icon tells its server that you received the "
                               "notification. Off by default."));
    remoteIcons->setChecked(settings->value(SettingKeys::allowRemoteIcons));
    connect(remoteIcons, &QCheckBox::toggled, settings,
            [settings](bool on) { settings->setValue(SettingKeys::allowRemoteIcons, on); });

    auto* startGroup = new QGroupBox(tr("Start-up"), this);
    auto* start = new QVBoxLayout(startGroup);
    if (m_autostart) {
        m_autostartBox = new QCheckBox(tr("Start Herald when I log in"), this);
        m_autostartBox->setObjectName(QStringLiteral("autostartCheckBox"));
        m_autostartError = new QLabel(this);
        m_autostartError->setObjectName(QStringLiteral("autostartErrorLabel"));
        m_autostartError->setWordWrap(true);
        m_autostartError->setTextFormat(Qt::PlainText);
        m_autostartError->setStyleSheet(QStringLiteral("color:#c62828;"));
        m_autostartError->hide();
        showAutostartState();
        connect(m_autostartBox, &QCheckBox::toggled, this, &GeneralSettingsPage::setAutostart);
        start->addWidget(m_autostartBox);
        start->addWidget(m_autostartError);
    }
    start->addWidget(startMinimized);
    auto* historyGroup = new QGroupBox(tr("History"), this);
    auto* history = new QFormLayout(historyGroup);
    history->addRow(tr("Keep at most:"), maxCount);
    history->addRow(tr("Keep for:"), maxAge);
    auto* privacyGroup = new QGroupBox(tr("Privacy"), this);
    (new QVBoxLayout(privacyGroup))->addWidget(remoteIcons);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(startGroup);
    layout->addWidget(historyGroup);
    layout->addWidget(privacyGroup);
    layout->addStretch();
}

void GeneralSettingsPage::showEvent(QShowEvent* event)
{
    // The autostart entry is the truth and may have been changed outside Herald.
    if (m_autostartBox)
        showAutostartState();
    QWidget::showEvent(event);
}

void GeneralSettingsPage::showAutostartState()
{
    const QSignalBlocker blocker(m_autostartBox);
    m_autostartBox->setChecked(m_autostart->isEnabled());
}

void GeneralSettingsPage::setAutostart(bool enabled)
{
    QString error;
    if (m_autostart->setEnabled(enabled, &error)) {
        m_autostartError->clear();
        m_autostartError->hide();
    } else {
        m_autostartError->setText(error.isEmpty() ? tr("Could not change the start at log-in.")
                                                  : error);
        m_autostartError->show();
    }
    showAutostartState();
}
