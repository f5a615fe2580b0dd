#pragma once

#include <QWidget>

class Autostart;
class QCheckBox;
class QLabel;
class Settings;

// Settings > General: start-up (including starting at login), the language, history retention
// and privacy.
class GeneralSettingsPage : public QWidget {
    Q_OBJECT

public:
    // `autostart` may be null: the "start when I log in" option is then not offered.
    GeneralSettingsPage(Settings* settings, Autostart* autostart, QWidget* parent = nullptr);

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QWidget* startupGroup();
    QWidget* languageGroup();
    QWidget* historyGroup();
    QWidget* privacyGroup();
    void setAutostart(bool enabled);
    void showAutostartState();

    Settings* m_settings;
    Autostart* m_autostart;
    QCheckBox* m_autostartBox = nullptr;
    QLabel* m_autostartError = nullptr;
};
