#include "ConnectionSettingsPage.h"

#include "ChannelPicker.h"
#include "ConnectionTester.h"
#include "storage/SecretStore.h"
#include "storage/Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QUuid>
#include <QVBoxLayout>

namespace {
using Kind = ConnectionProfile::Kind;

// The example address a new connection of each kind starts from.
QString exampleUrl(Kind kind)
{
    switch (kind) {
    case Kind::Redis:
        return QStringLiteral("redis://127.0.0.1:6379");
    case Kind::SocketIo:
        return QStringLiteral("socketio+ws://127.0.0.1:3000");
    case Kind::Nchan:
        return QStringLiteral("nchan+ws://127.0.0.1:80/sub/");
    case Kind::JsonWebSocket:
        return QStringLiteral("ws://127.0.0.1:8080/");
    }
    return {};
}

// `url` with the scheme of `kind` (keeping TLS on or off); the kind's example when the URL is
// still another kind's example or empty.
QString urlForKind(const QString& url, Kind kind)
{
    const qsizetype end = url.indexOf(QLatin1String("://"));
    const QString rest = end < 0 ? QString() : url.mid(end + 3);
    const bool untouched = rest.isEmpty() || url == exampleUrl(Kind::Redis) ||
                           url == exampleUrl(Kind::SocketIo) || url == exampleUrl(Kind::Nchan) ||
                           url == exampleUrl(Kind::JsonWebSocket);
    if (untouched)
        return exampleUrl(kind);
    const QString scheme = url.left(end).toLower();
    const bool tls = scheme == QLatin1String("rediss") || scheme.endsWith(QLatin1String("wss"));
    static const QStringList plain{QStringLiteral("redis"), QStringLiteral("socketio+ws"),
                                   QStringLiteral("nchan+ws"), QStringLiteral("ws")};
    static const QStringList secure{QStringLiteral("rediss"), QStringLiteral("socketio+wss"),
                                    QStringLiteral("nchan+wss"), QStringLiteral("wss")};
    return (tls ? secure : plain).at(int(kind)) + QStringLiteral("://") + rest;
}
} // namespace

ConnectionSettingsPage::ConnectionSettingsPage(Settings* settings, SecretStore* secrets,
                                               QWidget* parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_list(new QListWidget(this))
    , m_tester(new ConnectionTester(this))
{
    m_list->setObjectName(QStringLiteral("connectionsListWidget"));
    m_list->setAccessibleName(tr("Connections"));
    auto* add = new QPushButton(tr("Add"), this);
    auto* remove = new QPushButton(tr("Remove"), this);
    add->setObjectName(QStringLiteral("addConnectionPushButton"));
    remove->setObjectName(QStringLiteral("removeConnectionPushButton"));
    add->setAccessibleName(tr("Add a connection"));
    remove->setAccessibleName(tr("Remove the selected connection"));
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
    connect(m_tester, &ConnectionTester::finished, this, [this](bool, const QString& message) {
        m_test->setEnabled(true);
        m_testResult->setText(message);
    });
    reloadList();
}

ConnectionSettingsPage::~ConnectionSettingsPage() = default;

QWidget* ConnectionSettingsPage::buildForm()
{
    auto* box = new QWidget(this);
    buildFields(box);
    m_form = new QFormLayout;
    addFormRows();

    m_picker = new ChannelPicker([this] { return currentEndpoint(); }, box);
    m_picker->setObjectName(QStringLiteral("channelPicker"));
    m_noChannels = new QLabel(tr("A JSON WebSocket feed has no channels: every message it sends "
                                 "is a notification."),
                              box);
    m_noChannels->setObjectName(QStringLiteral("noChannelsLabel"));
    m_noChannels->setWordWrap(true);
    auto* channels = new QGroupBox(tr("Channels"), box);
    m_channels = channels;
    auto* channelsLayout = new QVBoxLayout(channels);
    channelsLayout->addWidget(m_picker);
    channelsLayout->addWidget(m_noChannels);
    auto* layout = new QVBoxLayout(box);
    layout->addLayout(m_form);
    layout->addWidget(channels, 1);
    connectFields();
    return box;
}

void ConnectionSettingsPage::buildFields(QWidget* box)
{
    m_kind = new QComboBox(box);
    m_kind->addItem(tr("Redis Pub/Sub"), int(Kind::Redis));
    m_kind->addItem(tr("Socket.IO server"), int(Kind::SocketIo));
    m_kind->addItem(tr("Nchan"), int(Kind::Nchan));
    m_kind->addItem(tr("JSON WebSocket feed"), int(Kind::JsonWebSocket));
    m_name = new QLineEdit(box);
    m_url = new QLineEdit(box);
    m_username = new QLineEdit(box);
    m_password = new QLineEdit(box);
    m_rooms = new QLineEdit(box);
    m_headers = new QPlainTextEdit(box);
    m_proxy = new QLineEdit(box);
    m_maxMessage = new QSpinBox(box);
    m_enabled = new QCheckBox(tr("Connect to this server"), box);
    m_test = new QPushButton(tr("Test connection"), box);
    m_testResult = new QLabel(box);
    m_secretNote = new QLabel(m_secrets->description(), box);
    m_kind->setObjectName(QStringLiteral("connectionKindComboBox"));
    m_name->setObjectName(QStringLiteral("connectionNameLineEdit"));
    m_url->setObjectName(QStringLiteral("redisUrlLineEdit"));
    m_username->setObjectName(QStringLiteral("usernameLineEdit"));
    m_password->setObjectName(QStringLiteral("passwordLineEdit"));
    m_rooms->setObjectName(QStringLiteral("roomsLineEdit"));
    m_headers->setObjectName(QStringLiteral("headersPlainTextEdit"));
    m_proxy->setObjectName(QStringLiteral("proxyLineEdit"));
    m_maxMessage->setObjectName(QStringLiteral("maxMessageSpinBox"));
    m_enabled->setObjectName(QStringLiteral("connectionEnabledCheckBox"));
    m_test->setObjectName(QStringLiteral("testConnectionPushButton"));
    m_testResult->setObjectName(QStringLiteral("testConnectionResultLabel"));
    m_secretNote->setObjectName(QStringLiteral("secretStoreNoteLabel"));
    //: Redis's built-in user is called "default": keep the word as it is
    m_username->setPlaceholderText(tr("default"));
    m_password->setEchoMode(QLineEdit::Password);
    m_rooms->setPlaceholderText(tr("Optional, separated by commas"));
    m_headers->setPlaceholderText(tr("One per line, e.g. X-Api-Key: …"));
    m_headers->setTabChangesFocus(true);
    m_headers->setMaximumHeight(m_headers->fontMetrics().lineSpacing() * 4);
    m_proxy->setPlaceholderText(
        tr("System settings; or none, http://host:3128, socks5://host:1080"));
    m_maxMessage->setRange(1, 256 * 1024);
    m_maxMessage->setSuffix(tr(" KiB"));
    m_maxMessage->setToolTip(tr("Larger messages are refused: a server cannot make Herald "
                                "allocate without bound."));
    m_test->setAccessibleDescription(tr("Connects once with these settings and says how it went"));
    for (QLabel* label : {m_testResult, m_secretNote}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    m_caFile =
        fileField(QStringLiteral("caFileLineEdit"), tr("Certificates (*.pem *.crt)"), &m_caRow);
    m_certFile =
        fileField(QStringLiteral("certFileLineEdit"), tr("Certificates (*.pem *.crt)"), &m_certRow);
    m_keyFile = fileField(QStringLiteral("keyFileLineEdit"), tr("Keys (*.pem *.key)"), &m_keyRow);
    m_caFile->setAccessibleName(tr("TLS CA file"));
    m_certFile->setAccessibleName(tr("Client certificate"));
    m_keyFile->setAccessibleName(tr("Client key"));
}

void ConnectionSettingsPage::addFormRows()
{
    m_form->addRow(tr("&Kind:"), m_kind);
    m_form->addRow(tr("&Name:"), m_name);
    m_form->addRow(tr("&URL:"), m_url);
    m_form->addRow(tr("U&ser:"), m_username);
    m_form->addRow(tr("&Password:"), m_password);
    m_form->addRow(QString(), m_secretNote);
    m_form->addRow(tr("&Rooms:"), m_rooms);
    m_form->addRow(tr("&Headers:"), m_headers);
    m_form->addRow(tr("TLS &CA file:"), m_caRow);
    m_form->addRow(tr("Client certificate:"), m_certRow);
    m_form->addRow(tr("Client key:"), m_keyRow);
    m_form->addRow(tr("Pro&xy:"), m_proxy);
    m_form->addRow(tr("&Largest message:"), m_maxMessage);
    m_form->addRow(QString(), m_enabled);
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_testResult, 1);
    m_form->addRow(testRow);
}

void ConnectionSettingsPage::connectFields()
{
    for (QLineEdit* edit :
         {m_name, m_url, m_username, m_caFile, m_certFile, m_keyFile, m_rooms, m_proxy})
        connect(edit, &QLineEdit::editingFinished, this, &ConnectionSettingsPage::storeCurrent);
    connect(m_maxMessage, &QSpinBox::editingFinished, this, &ConnectionSettingsPage::storeCurrent);
    m_headers->installEventFilter(this); // stored when it loses focus, like the line edits
    connect(m_enabled, &QCheckBox::toggled, this, &ConnectionSettingsPage::storeCurrent);
    connect(m_kind, &QComboBox::activated, this, &ConnectionSettingsPage::onKindChosen);
    connect(m_password, &QLineEdit::editingFinished, this, [this] {
        if (m_current >= 0)
            m_secrets->write(m_profiles[m_current].id, m_password->text());
    });
    connect(m_picker, &ChannelPicker::channelsChanged, this, &ConnectionSettingsPage::storeCurrent);
    connect(m_test, &QPushButton::clicked, this, &ConnectionSettingsPage::testConnection);
}

bool ConnectionSettingsPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_headers && event->type() == QEvent::FocusOut)
        storeCurrent();
    return QWidget::eventFilter(watched, event);
}

QLineEdit* ConnectionSettingsPage::fileField(const QString& objectName, const QString& filter,
                                             QWidget** row)
{
    *row = new QWidget(this);
    auto* edit = new QLineEdit(*row);
    edit->setObjectName(objectName);
    auto* browse = new QPushButton(tr("Browse..."), *row);
    browse->setAccessibleName(tr("Choose a file"));
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

void ConnectionSettingsPage::showFieldsFor(Kind kind)
{
    const bool redis = kind == Kind::Redis;
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
    m_form->setRowVisible(m_username, redis);
    m_form->setRowVisible(m_certRow, redis);
    m_form->setRowVisible(m_keyRow, redis);
    m_form->setRowVisible(m_rooms, kind == Kind::SocketIo);
    m_form->setRowVisible(m_headers, !redis);
    m_form->setRowVisible(m_proxy, !redis);
    m_form->setRowVisible(m_maxMessage, !redis);
    // Redis authenticates with a password; gateways take a token (Socket.IO in its CONNECT
    // packet, the others as "Authorization: Bearer").
    if (auto* label = qobject_cast<QLabel*>(m_form->labelForField(m_password)))
        label->setText(redis ? tr("&Password:") : tr("&Token:"));
    m_url->setPlaceholderText(redis ? QStringLiteral("redis://host:6379  or  rediss://host:6380")
                                    : exampleUrl(kind));
    m_picker->setKind(kind);
    m_picker->setVisible(kind != Kind::JsonWebSocket);
    m_noChannels->setVisible(kind == Kind::JsonWebSocket);
}

void ConnectionSettingsPage::onKindChosen(int index)
{
    const auto kind = Kind(m_kind->itemData(index).toInt());
    m_url->setText(urlForKind(m_url->text().trimmed(), kind));
    storeCurrent();
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
    m_rooms->setText(profile.rooms.join(QStringLiteral(", ")));
    m_headers->setPlainText(profile.headers.join(u'\n'));
    m_proxy->setText(profile.proxy);
    m_maxMessage->setValue(profile.maxMessageKiB);
    m_enabled->setChecked(profile.enabled);
    m_testResult->clear();
    m_picker->setChannels(profile.channels);
    showFieldsFor(profile.kind());
    if (m_current >= 0)
        m_secrets->read(profile.id);
}

ConnectionProfile ConnectionSettingsPage::formProfile() const
{
    ConnectionProfile profile = m_profiles.value(m_current);
    profile.name = m_name->text().trimmed();
    profile.url = ConnectionProfile::stripPassword(m_url->text().trimmed());
    profile.username = m_username->text().trimmed();
    profile.caFile = m_caFile->text().trimmed();
    profile.certFile = m_certFile->text().trimmed();
    profile.keyFile = m_keyFile->text().trimmed();
    profile.rooms.clear();
    for (const QString& room : m_rooms->text().split(u',', Qt::SkipEmptyParts))
        if (!room.trimmed().isEmpty())
            profile.rooms << room.trimmed();
    profile.headers = m_headers->toPlainText().split(u'\n', Qt::SkipEmptyParts);
    profile.proxy = m_proxy->text().trimmed();
    profile.maxMessageKiB = m_maxMessage->value();
    profile.enabled = m_enabled->isChecked();
    profile.channels = m_picker->channels();
    return profile;
}

void ConnectionSettingsPage::storeCurrent()
{
    if (m_current < 0)
        return;
    // A password typed into the URL goes to the secret store, never into the settings file.
    const QString typedPassword = ConnectionProfile::passwordInUrl(m_url->text().trimmed());
    if (!typedPassword.isEmpty()) {
        m_password->setText(typedPassword);
        m_secrets->write(m_profiles[m_current].id, typedPassword);
        m_url->setText(ConnectionProfile::stripPassword(m_url->text().trimmed()));
    }
    m_profiles[m_current] = formProfile();
    m_settings->setConnections(m_profiles);
    m_list->item(m_current)->setText(m_profiles[m_current].displayName());
    showFieldsFor(m_profiles[m_current].kind());
}

void ConnectionSettingsPage::addConnection()
{
    ConnectionProfile profile;
    profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    profile.url = exampleUrl(Kind::Redis);
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
    return formProfile().toEndpoint(m_password->text());
}

void ConnectionSettingsPage::testConnection()
{
    m_test->setEnabled(false);
    m_testResult->setText(tr("Connecting..."));
    m_tester->test(formProfile(), m_password->text());
}
