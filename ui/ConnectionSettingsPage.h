#pragma once

#include "storage/ConnectionProfile.h"

#include <QWidget>

class ChannelPicker;
class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class RedisCommandClient;
class SecretStore;
class Settings;

// Settings > Connections: the saved Redis connections, the selected one's address, credentials
// and TLS files, a "Test connection" button that answers in words, and its channels.
// Changes are written as soon as a field is left, and the running connections follow.
class ConnectionSettingsPage : public QWidget {
    Q_OBJECT

public:
    ConnectionSettingsPage(Settings* settings, SecretStore* secrets, QWidget* parent = nullptr);
    ~ConnectionSettingsPage() override;

    ChannelPicker* channelPicker() const { return m_picker; }
    void selectConnection(int index);

private:
    QWidget* buildForm();
    void reloadList();
    void loadCurrent();
    void storeCurrent();
    void addConnection();
    void removeConnection();
    void testConnection();
    QLineEdit* fileField(const QString& objectName, const QString& filter, QWidget** row);
    RedisEndpoint currentEndpoint() const;

    Settings* m_settings;
    SecretStore* m_secrets;
    QList<ConnectionProfile> m_profiles;
    int m_current = -1;
    QListWidget* m_list;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_url = nullptr;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_caFile = nullptr;
    QLineEdit* m_certFile = nullptr;
    QLineEdit* m_keyFile = nullptr;
    QCheckBox* m_enabled = nullptr;
    QPushButton* m_test = nullptr;
    QLabel* m_testResult = nullptr;
    QLabel* m_secretNote = nullptr;
    ChannelPicker* m_picker = nullptr;
    QWidget* m_details = nullptr;
    RedisCommandClient* m_tester = nullptr;
};
