#pragma once

#include <QWidget>

class Autostart;
class QCheckBox;
class QLabel;
class Settings;

// Settings > General: start-up (including starting at login), history retention and privacy.
class GeneralSettingsPage : public QWidget {
    Q_OBJECT

public:
    // `autostart` may be null: the "start when I log in" option is then not offered.
    GeneralSettingsPage(Settings* settings, Autostart* autostart, QWidget* parent = nullptr);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void setAutostart(bool enabled);
    void showAutostartState();

    Autostart* m_autostart;
    QCheckBox* m_autostartBox = nullptr;
    QLabel* m_autostartError = nullptr;
};
