#include "GeneralSettingsPage.h"

#include "storage/Settings.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QSpinBox>
#include <QVBoxLayout>

GeneralSettingsPage::GeneralSettingsPage(Settings* settings, QWidget* parent)
    : QWidget(parent)
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
    (new QVBoxLayout(startGroup))->addWidget(startMinimized);
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
