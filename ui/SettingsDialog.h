#pragma once

#include <QDialog>

class ConnectionSettingsPage;
class SecretStore;
class Settings;
class QTabWidget;

// Herald's settings: non-modal, every change applies live.
class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    SettingsDialog(Settings* settings, SecretStore* secrets, QWidget* parent = nullptr);

    ConnectionSettingsPage* connectionsPage() const { return m_connections; }
    QTabWidget* tabs() const { return m_tabs; }

signals:
    void connectionLogRequested();

private:
    QTabWidget* m_tabs;
    ConnectionSettingsPage* m_connections;
};
