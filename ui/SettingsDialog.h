#pragma once

#include <QDialog>

class Autostart;
class ConnectionSettingsPage;
class SecretStore;
class Settings;
class QTabWidget;

// Herald's settings: non-modal, every change applies live.
class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    // `autostart` may be null: the General page then does not offer starting at log-in.
    SettingsDialog(Settings* settings, SecretStore* secrets, Autostart* autostart,
                   QWidget* parent = nullptr);

    ConnectionSettingsPage* connectionsPage() const { return m_connections; }
    QTabWidget* tabs() const { return m_tabs; }

signals:
    void connectionLogRequested();

private:
    QTabWidget* m_tabs;
    ConnectionSettingsPage* m_connections;
};
