#include "GeneralSettingsPage.h"

#include "LanguageLoader.h"
#include "PaletteColors.h"
#include "desktop/Autostart.h"
#include "storage/Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>

GeneralSettingsPage::GeneralSettingsPage(Settings* settings, Autostart* autostart, QWidget* parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_autostart(autostart)
{
    // Built in the order shown, which is the order Tab moves in.
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(startupGroup());
    layout->addWidget(languageGroup());
    layout->addWidget(historyGroup());
    layout->addWidget(privacyGroup());
    layout->addStretch();
}

QWidget* GeneralSettingsPage::startupGroup()
{
    auto* group = new QGroupBox(tr("Start-up"), this);
    auto* layout = new QVBoxLayout(group);
    if (m_autostart) {
        m_autostartBox = new QCheckBox(tr("Start Herald when I log in"), group);
        m_autostartBox->setObjectName(QStringLiteral("autostartCheckBox"));
        m_autostartError = new QLabel(group);
        m_autostartError->setObjectName(QStringLiteral("autostartErrorLabel"));
        m_autostartError->setWordWrap(true);
        m_autostartError->setTextFormat(Qt::PlainText);
        PaletteColors::showAsError(m_autostartError, palette(), true);
        m_autostartError->hide();
        showAutostartState();
        connect(m_autostartBox, &QCheckBox::toggled, this, &GeneralSettingsPage::setAutostart);
        layout->addWidget(m_autostartBox);
        layout->addWidget(m_autostartError);
    }
    auto* startMinimized = new QCheckBox(tr("Start minimised to the tray"), group);
    startMinimized->setObjectName(QStringLiteral("startMinimizedCheckBox"));
    startMinimized->setChecked(m_settings->value(SettingKeys::startMinimized));
    connect(startMinimized, &QCheckBox::toggled, m_settings,
            [this](bool on) { m_settings->setValue(SettingKeys::startMinimized, on); });
    layout->addWidget(startMinimized);
    return group;
}

QWidget* GeneralSettingsPage::languageGroup()
{
    auto* group = new QGroupBox(tr("Language"), this);
    auto* combo = new QComboBox(group);
    combo->setObjectName(QStringLiteral("languageComboBox"));
    //: The first choice of the language setting; %1 is the language that means now
    combo->addItem(
        tr("System default (%1)").arg(LanguageLoader::nameOf(LanguageLoader::resolve(QString()))),
        QString());
    // Each language under its own name, as people look for it.
    for (const LanguageLoader::Language& language : LanguageLoader::languages())
        combo->addItem(language.name, language.code);
    combo->setCurrentIndex(std::max(0, combo->findData(m_settings->value(SettingKeys::language))));
    auto* note = new QLabel(tr("Herald uses the new language after a restart."), group);
    note->setObjectName(QStringLiteral("languageRestartLabel"));
    note->setWordWrap(true);
    combo->setAccessibleDescription(note->text());
    connect(combo, &QComboBox::currentIndexChanged, m_settings, [this, combo](int index) {
        m_settings->setValue(SettingKeys::language, combo->itemData(index).toString());
    });
    auto* form = new QFormLayout(group);
    form->addRow(tr("&Language:"), combo);
    form->addRow(note);
    return group;
}

QWidget* GeneralSettingsPage::historyGroup()
{
    auto* group = new QGroupBox(tr("History"), this);
    auto* maxCount = new QSpinBox(group);
    maxCount->setObjectName(QStringLiteral("historyMaxCountSpinBox"));
    maxCount->setRange(SettingKeys::historyMaxCount.minimum, SettingKeys::historyMaxCount.maximum);
    maxCount->setSingleStep(1000);
    maxCount->setGroupSeparatorShown(true);
    maxCount->setValue(m_settings->value(SettingKeys::historyMaxCount));
    //: The unit after the number of notifications the history keeps at most
    maxCount->setSuffix(tr(" notifications"));
    connect(maxCount, &QSpinBox::valueChanged, m_settings,
            [this](int n) { m_settings->setValue(SettingKeys::historyMaxCount, n); });

    auto* maxAge = new QSpinBox(group);
    maxAge->setObjectName(QStringLiteral("historyMaxAgeSpinBox"));
    maxAge->setRange(SettingKeys::historyMaxAgeDays.minimum,
                     SettingKeys::historyMaxAgeDays.maximum);
    //: How long the history keeps notifications when no number of days is set
    maxAge->setSpecialValueText(tr("forever"));
    // The unit agrees with the number: "1 day", "2 days".
    const auto showDays = [maxAge](int days) {
        //: The unit after the number of days the history keeps notifications
        maxAge->setSuffix(tr(" days", nullptr, days));
    };
    connect(maxAge, &QSpinBox::valueChanged, maxAge, showDays);
    maxAge->setValue(m_settings->value(SettingKeys::historyMaxAgeDays));
    showDays(maxAge->value());
    connect(maxAge, &QSpinBox::valueChanged, m_settings,
            [this](int n) { m_settings->setValue(SettingKeys::historyMaxAgeDays, n); });

    auto* form = new QFormLayout(group);
    form->addRow(tr("Keep at &most:"), maxCount);
    form->addRow(tr("Keep &for:"), maxAge);
    return group;
}

QWidget* GeneralSettingsPage::privacyGroup()
{
    auto* group = new QGroupBox(tr("Privacy"), this);
    auto* remoteIcons = new QCheckBox(tr("Load notification icons from the internet"), group);
    remoteIcons->setObjectName(QStringLiteral("allowRemoteIconsCheckBox"));
    remoteIcons->setToolTip(tr("Fetching an icon tells its server that you received the "
                               "notification. Off by default."));
    remoteIcons->setAccessibleDescription(remoteIcons->toolTip());
    remoteIcons->setChecked(m_settings->value(SettingKeys::allowRemoteIcons));
    connect(remoteIcons, &QCheckBox::toggled, m_settings,
            [this](bool on) { m_settings->setValue(SettingKeys::allowRemoteIcons, on); });
    (new QVBoxLayout(group))->addWidget(remoteIcons);
    return group;
}

void GeneralSettingsPage::showEvent(QShowEvent* event)
{
    // The autostart entry is the truth and may have been changed outside Herald.
    if (m_autostartBox)
        showAutostartState();
    QWidget::showEvent(event);
}

void GeneralSettingsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange && m_autostartError)
        PaletteColors::showAsError(m_autostartError, palette(), true);
    QWidget::changeEvent(event);
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
