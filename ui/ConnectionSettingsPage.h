#pragma once

#include "storage/ConnectionProfile.h"

#include <QWidget>

class ChannelPicker;
class ConnectionTester;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class SecretStore;
class Settings;

// Settings > Connections: the saved connections of every kind (Redis, Socket.IO, Nchan, JSON
// WebSocket), the selected one's address, credentials and TLS files, a "Test connection" button
// that answers in words, and its channels. Choosing a kind shows only the fields it needs and
// adapts the channel picker. Changes are written as soon as a field is left, and the running
// connections follow. Passwords and tokens go to the secret store, never to the settings file.
class ConnectionSettingsPage : public QWidget {
    Q_OBJECT

public:
    ConnectionSettingsPage(Settings* settings, SecretStore* secrets, QWidget* parent = nullptr);
    ~ConnectionSettingsPage() override;

    ChannelPicker* channelPicker() const { return m_picker; }
    void selectConnection(int index);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* buildForm();
    void buildFields(QWidget* box);
    void addFormRows();
    void connectFields();
    void reloadList();
    void loadCurrent();
    void storeCurrent();
    void onKindChosen(int index);
    void showFieldsFor(ConnectionProfile::Kind kind);
    void addConnection();
    void removeConnection();
    void testConnection();
    QLineEdit* fileField(const QString& objectName, const QString& filter, QWidget** row);
    ConnectionProfile formProfile() const;
    RedisEndpoint currentEndpoint() const;

    Settings* m_settings;
    SecretStore* m_secrets;
    QList<ConnectionProfile> m_profiles;
    int m_current = -1;
    QListWidget* m_list;
    QFormLayout* m_form = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_url = nullptr;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_caFile = nullptr;
    QLineEdit* m_certFile = nullptr;
    QLineEdit* m_keyFile = nullptr;
    QWidget* m_caRow = nullptr;
    QWidget* m_certRow = nullptr;
    QWidget* m_keyRow = nullptr;
    QLineEdit* m_rooms = nullptr;
    QPlainTextEdit* m_headers = nullptr;
    QLineEdit* m_proxy = nullptr;
    QSpinBox* m_maxMessage = nullptr;
    QCheckBox* m_enabled = nullptr;
    QPushButton* m_test = nullptr;
    QLabel* m_testResult = nullptr;
    QLabel* m_secretNote = nullptr;
    QLabel* m_noChannels = nullptr;
    ChannelPicker* m_picker = nullptr;
    QWidget* m_channels = nullptr;
    QWidget* m_details = nullptr;
    ConnectionTester* m_tester = nullptr;
};
