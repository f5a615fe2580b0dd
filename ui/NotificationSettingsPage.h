#pragma once

#include <QWidget>

class Settings;

// Settings > Notifications: popups on/off and their duration, flood control, do-not-disturb
// behaviour, quiet hours and catching up on durable channels. Every change applies at once.
class NotificationSettingsPage : public QWidget {
    Q_OBJECT

public:
    explicit NotificationSettingsPage(Settings* settings, QWidget* parent = nullptr);

private:
    QWidget* popupsGroup();
    QWidget* quietHoursGroup();
    QWidget* catchUpGroup();

    Settings* m_settings;
};
