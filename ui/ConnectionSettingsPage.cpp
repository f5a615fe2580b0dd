#include "ConnectionSettingsPage.h"

#include "ChannelPicker.h"
#include "sources/redis/RedisCommandClient.h"
#include "storage/SecretStore.h"
#include "storage/Settings.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QUuid>
#include <QVBoxLayout>

ConnectionSettingsPage::ConnectionSettingsPage(Settings* settings, SecretStore* secrets,
                                               QWidget* parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_list(new QListWidget(this))
{
    m_list->setObjectName(QStringLiteral("connectionsListWidget"));
    auto* add = new QPushButton(tr("Add"), this);
    auto* remove = new QPushButton(tr("Remove"), this);
    add->setObjectName(QStringLiteral("addConnectionPushButton"));
    remove->setObjectName(QStringLiteral("removeConnectionPushButton"));
    connect(add, &QPushButton::clicked, this, &ConnectionSettingsPage::addConnection);
    connect(remove, &QPushButton::clicked, this, &ConnectionSettingsPage::removeConnection);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    auto* leftButtons = new QHBoxLayout;
    leftButtons->addWidget(add);
    leftButtons->addWidget(remove);
    leftLayout->addLayout(leftButtons);

    m_details = buildForm();
    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        m_current = row;
        loadCurrent();
    });
    connect(m_secrets, &SecretStore::readFinished, this,
            [this](const QString& key, const QString& secret, const QString&) {
                if (m_current >= 0 && m_profiles.value(m_current).id == key)
                    m_password->setText(secret);
            });
    reloadList();
}

ConnectionSettingsPage::~ConnectionSettingsPage() = default;

QWidget* ConnectionSettingsPage::buildForm()
{
    auto* box = new QWidget(this);
    m_name = new QLineEdit(box);
    m_url = new QLineEdit(box);
    m_username = new QLineEdit(box);
    m_password = new QLineEdit(box);
    m_enabled = new QCheckBox(tr("Connect to this server"), box);
    m_test = new QPushButton(tr("Test connection"), box);
    m_testResult = new QLabel(box);
    m_secretNote = new QLabel(m_secrets->description(), box);
    m_name->setObjectName(QStringLiteral("connectionNameLineEdit"));
    m_url->setObjectName(QStringLiteral("redisUrlLineEdit"));
    m_username->setObjectName(QStringLiteral("usernameLineEdit"));
    m_password->setObjectName(QStringLiteral("passwordLineEdit"));
    m_enabled->setObjectName(QStringLiteral("connectionEnabledCheckBox"));
    m_test->setObjectName(QStringLiteral("testConnectionPushButton"));
    m_testResult->setObjectName(QStringLiteral("testConnectionResultLabel"));
    m_secretNote->setObjectName(QStringLiteral("secretStoreNoteLabel"));
    m_url->setPlaceholderText(QStringLiteral("redis://host:6379  or  rediss://host:6380"));
    m_username->setPlaceholderText(tr("default"));
    m_password->setEchoMode(QLineEdit::Password);
    for (QLabel* label : {m_testResult, m_secretNote}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    QWidget *caRow = nullptr, *certRow = nullptr, *keyRow = nullptr;
    m_caFile =
        fileField(QStringLiteral("caFileLineEdit"), tr("Certificates (*.pem *.crt)"), &caRow);
    m_certFile =
        fileField(QStringLiteral("certFileLineEdit"), tr("Certificates (*.pem *.crt)"), &certRow);
    m_keyFile = fileField(QStringLiteral("keyFileLineEdit"), tr("Keys (*.pem *.key)"), &keyRow);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Redis &URL:"), m_url);
    form->addRow(tr("U&ser:"), m_username);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_secretNote);
    form->addRow(tr("TLS &CA file:"), caRow);
    form->addRow(tr("Client certificate:"), certRow);
    form->addRow(tr("Client key:"), keyRow);
    form->addRow(QString(), m_enabled);
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_testResult, 1);
    form->addRow(testRow);

    m_picker = new ChannelPicker([this] { return currentEndpoint(); }, box);
    m_picker->setObjectName(QStringLiteral("channelPicker"));
    auto* channels = new QGroupBox(tr("Channels"), box);
    auto* channelsLayout = new QVBoxLayout(channels);
    channelsLayout->addWidget(m_picker);
    auto* layout = new QVBoxLayout(box);
    layout->addLayout(form);
    layout->addWidget(channels, 1);

    for (QLineEdit* edit : {m_name, m_url, m_username, m_caFile, m_certFile, m_keyFile})
        connect(edit, &QLineEdit::editingFinished, this, &ConnectionSettingsPage::storeCurrent);
    connect(m_enabled, &QCheckBox::toggled, this, &ConnectionSettingsPage::storeCurrent);
    connect(m_password, &QLineEdit::editingFinished, this, [this] {
        if (m_current >= 0)
            m_secrets->write(m_profiles[m_current].id, m_password->text());
    });
    connect(m_picker, &ChannelPicker::channelsChanged, this, &ConnectionSettingsPage::storeCurrent);
    connect(m_test, &QPushButton::clicked, this, &ConnectionSettingsPage::testConnection);
    return box;
}

QLineEdit* ConnectionSettingsPage::fileField(const QString& objectName, const QString& filter,
                                             QWidget** row)
{
    *row = new QWidget(this);
    auto* edit = new QLineEdit(*row);
    edit->setObjectName(objectName);
    auto* browse = new QPushButton(tr("Browse..."), *row);
    auto* layout = new QHBoxLayout(*row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, [this, edit, filter] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("Choose a file"), edit->text(), filter);
        if (!file.isEmpty()) {
            edit->setText(file);
            storeCurrent();
        }
    });
    return edit;
}

void ConnectionSettingsPage::reloadList()
{
    m_profiles = m_settings->connections();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const ConnectionProfile& profile : std::as_const(m_profiles))
        m_list->addItem(profile.displayName());
    selectConnection(m_profiles.isEmpty() ? -1 : qBound(0, m_current, int(m_profiles.size()) - 1));
}

void ConnectionSettingsPage::selectConnection(int index)
{
    m_current = index;
    {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(index);
    }
    loadCurrent();
}

void ConnectionSettingsPage::loadCurrent()
{
    m_details->setEnabled(m_current >= 0);
    const ConnectionProfile profile = m_profiles.value(m_current);
    const QSignalBlocker b1(m_enabled);
    m_name->setText(profile.name);
    m_url->setText(profile.url);
    m_username->setText(profile.username);
    m_password->clear();
    m_caFile->setText(profile.caFile);
    m_certFile->setText(profile.certFile);
    m_keyFile->setText(profile.keyFile);
    m_enabled->setChecked(profile.enabled);
    m_testResult->clear();
    m_picker->setChannels(profile.channels);
    if (m_current >= 0)
        m_secrets->read(profile.id);
}

void ConnectionSettingsPage::storeCurrent()
{
    if (m_current < 0)
        return;
    ConnectionProfile& profile = m_profiles[m_current];
    // A password typed into the URL goes to the secret store, never into the settings file.
    const QString typedPassword = ConnectionProfile::passwordInUrl(m_url->text().trimmed());
    if (!typedPassword.isEmpty()) {
        m_password->setText(typedPassword);
        m_secrets->write(profile.id, typedPassword);
        m_url->setText(ConnectionProfile::stripPassword(m_url->text().trimmed()));
    }
    profile.name = m_name->text().trimmed();
    profile.url = m_url->text().trimmed();
    profile.username = m_username->text().trimmed();
    profile.caFile = m_caFile->text().trimmed();
    profile.certFile = m_certFile->text().trimmed();
    profile.keyFile = m_keyFile->text().trimmed();
    profile.enabled = m_enabled->isChecked();
    profile.channels = m_picker->channels();
    m_settings->setConnections(m_profiles);
    m_list->item(m_current)->setText(profile.displayName());
}

void ConnectionSettingsPage::addConnection()
{
    ConnectionProfile profile;
    profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    profile.url = QStringLiteral("redis://127.0.0.1:6379");
    profile.enabled = true;
    m_profiles.append(profile);
    m_settings->setConnections(m_profiles);
    m_current = static_cast<int>(m_profiles.size()) - 1;
    reloadList();
    m_url->setFocus();
}

void ConnectionSettingsPage::removeConnection()
{
    if (m_current < 0)
        return;
    m_secrets->remove(m_profiles[m_current].id);
    m_profiles.removeAt(m_current);
    m_settings->setConnections(m_profiles);
    reloadList();
}

RedisEndpoint ConnectionSettingsPage::currentEndpoint() const
{
    ConnectionProfile profile = m_profiles.value(m_current);
    profile.url = ConnectionProfile::stripPassword(m_url->text().trimmed());
    profile.username = m_username->text().trimmed();
    profile.caFile = m_caFile->text().trimmed();
    profile.certFile = m_certFile->text().trimmed();
    profile.keyFile = m_keyFile->text().trimmed();
    return profile.toEndpoint(m_password->text());
}

void ConnectionSettingsPage::testConnection()
{
    QString error;
    ConnectionProfile profile = m_profiles.value(m_current);
    profile.url = ConnectionProfile::stripPassword(m_url->text().trimmed());
    profile.toEndpoint(QString(), &error);
    if (!error.isEmpty()) {
        m_testResult->setText(error);
        return;
    }
    delete m_tester;
    m_tester = new RedisCommandClient(currentEndpoint(), this);
    m_test->setEnabled(false);
    m_testResult->setText(tr("Connecting..."));
    connect(m_tester, &RedisCommandClient::ready, this, [this] {
        m_test->setEnabled(true);
        m_testResult->setText(
            tr("Connected and authenticated to %1.").arg(currentEndpoint().displayName()));
        m_tester->close();
    });
    connect(m_tester, &RedisCommandClient::failed, this, [this](const SourceStatus& status) {
        m_test->setEnabled(true);
        m_testResult->setText(status.reason);
    });
    m_tester->open(8000);
}
