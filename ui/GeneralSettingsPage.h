#pragma once

#include <QWidget>

class Settings;

// Settings > General: start-up, history retention and privacy.
class GeneralSettingsPage : public QWidget {
    Q_OBJECT

public:
    explicit GeneralSettingsPage(Settings* settings, QWidget* parent = nullptr);
};
