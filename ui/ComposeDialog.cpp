#include "ComposeDialog.h"

#include "PaletteColors.h"
#include "sources/redis/RedisPublisher.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

ComposeDialog::ComposeDialog(const QList<Target>& targets, QWidget* parent)
    : QDialog(parent)
    , m_targets(targets)
    , m_connection(new QComboBox(this))
    , m_channel(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_priority(new QComboBox(this))
    , m_url(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_send(new QPushButton(tr("Send"), this))
{
    setWindowTitle(tr("Send a notification"));
    setObjectName(QStringLiteral("composeDialog"));
    m_connection->setObjectName(QStringLiteral("composeConnectionComboBox"));
    m_channel->setObjectName(QStringLiteral("composeChannelComboBox"));
    m_title->setObjectName(QStringLiteral("composeTitleLineEdit"));
    m_body->setObjectName(QStringLiteral("composeBodyPlainTextEdit"));
    m_priority->setObjectName(QStringLiteral("composePriorityComboBox"));
    m_url->setObjectName(QStringLiteral("composeUrlLineEdit"));
    m_status->setObjectName(QStringLiteral("composeStatusLabel"));
    m_send->setObjectName(QStringLiteral("composeSendPushButton"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_channel->setEditable(true);
    m_url->setPlaceholderText(QStringLiteral("https://"));
    m_body->setTabChangesFocus(true);
    //: Priorities to publish with; "Default" sends none, so the receiver's default applies
    const QStringList priorities{tr("Default"),    tr("1 - min"),  tr("2 - low"),
                                 tr("3 - normal"), tr("4 - high"), tr("5 - urgent")};
    for (int i = 0; i < priorities.size(); ++i)
        m_priority->addItem(priorities[i], i);
    for (const Target& target : targets)
        m_connection->addItem(target.name);
    connect(m_connection, &QComboBox::currentIndexChanged, this, &ComposeDialog::refreshChannels);
    refreshChannels();

    auto* form = new QFormLayout;
    form->addRow(tr("&Connection:"), m_connection);
    form->addRow(tr("C&hannel:"), m_channel);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Body:"), m_body);
    form->addRow(tr("&Priority:"), m_priority);
    form->addRow(tr("&Link:"), m_url);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_send, QDialogButtonBox::AcceptRole);
    m_send->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_send, &QPushButton::clicked, this, &ComposeDialog::send);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    if (targets.isEmpty()) {
        report(tr("Set up a connection in Settings first."), true);
        m_send->setEnabled(false);
    }
}

void ComposeDialog::refreshChannels()
{
    const QString typed = m_channel->currentText();
    m_channel->clear();
    const int index = m_connection->currentIndex();
    if (index >= 0) {
        m_channel->addItems(m_targets[index].channels);
        for (const DurableChannel& durable : std::as_const(m_targets[index].durable))
            if (m_channel->findText(durable.channel) < 0)
                m_channel->addItem(durable.channel);
    }
    if (!typed.isEmpty())
        m_channel->setCurrentText(typed);
}

void ComposeDialog::send()
{
    const QString channel = m_channel->currentText().trimmed();
    if (channel.isEmpty()) {
        report(tr("Give the channel to publish on."), true);
        return;
    }
    RedisPublisher::Message message;
    message.title = m_title->text();
    message.body = m_body->toPlainText();
    message.priority = m_priority->currentData().toInt();
    message.url = QUrl(m_url->text().trimmed(), QUrl::StrictMode);
    const QString problem = RedisPublisher::validate(message);
    if (!problem.isEmpty()) {
        report(problem, true);
        return;
    }
    delete m_publisher;
    m_publisher = new RedisPublisher(this);
    connectPublisher();
    setBusy(true);
    report(tr("Sending..."), false);
    const Target& target = m_targets[m_connection->currentIndex()];
    if (const DurableChannel* durable = durableChannel(channel))
        m_publisher->publishDurable(target.endpoint, channel.toUtf8(),
                                    RedisPublisher::payload(message), durable->streamKey.toUtf8(),
                                    0, 10'000);
    else
        m_publisher->publish(target.endpoint, channel.toUtf8(), RedisPublisher::payload(message),
                             10'000);
}

const DurableChannel* ComposeDialog::durableChannel(const QString& channel) const
{
    const int index = m_connection->currentIndex();
    if (index < 0)
        return nullptr;
    for (const DurableChannel& durable : m_targets[index].durable)
        if (durable.channel == channel)
            return &durable;
    return nullptr;
}

void ComposeDialog::connectPublisher()
{
    connect(m_publisher, &RedisPublisher::published, this, [this](qint64 receivers) {
        setBusy(false);
        report(tr("Sent. Subscribers that received it: %L1.").arg(receivers), false);
    });
    connect(m_publisher, &RedisPublisher::publishedDurable, this,
            [this](const QString& streamId, qint64 receivers) {
                setBusy(false);
                report(tr("Sent and kept as stream entry %1. Subscribers that received it: %L2.")
                           .arg(streamId)
                           .arg(receivers),
                       false);
            });
    connect(m_publisher, &RedisPublisher::failed, this,
            [this](SourceStatus::Cause, const QString& reason) {
                setBusy(false);
                report(reason, true);
            });
}

void ComposeDialog::setBusy(bool busy)
{
    m_send->setEnabled(!busy);
}

void ComposeDialog::report(const QString& text, bool error)
{
    m_statusIsError = error;
    PaletteColors::showAsError(m_status, palette(), error);
    m_status->setText(text);
}

void ComposeDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        PaletteColors::showAsError(m_status, palette(), m_statusIsError);
    QDialog::changeEvent(event);
}
