#include "DiscoverDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

DiscoverDialog::DiscoverDialog(const RedisEndpoint& endpoint, QWidget* parent)
    : QDialog(parent)
    , m_endpoint(endpoint)
    , m_pattern(new QLineEdit(this))
    , m_search(new QPushButton(tr("Search again"), this))
    , m_list(new QListWidget(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Discover channels on %1").arg(endpoint.displayName()));
    setObjectName(QStringLiteral("discoverDialog"));
    m_pattern->setObjectName(QStringLiteral("discoverPatternLineEdit"));
    m_list->setObjectName(QStringLiteral("discoveredChannelsListWidget"));
    m_status->setObjectName(QStringLiteral("discoverStatusLabel"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_pattern->setPlaceholderText(tr("All channels (or a glob pattern)"));
    //: Read aloud for the field that narrows the search to channels matching a glob pattern
    m_pattern->setAccessibleName(tr("Channel pattern"));
    //: Read aloud for the list of channels found on the server
    m_list->setAccessibleName(tr("Channels found"));
    auto* top = new QHBoxLayout;
    top->addWidget(m_pattern, 1);
    top->addWidget(m_search);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add ticked channels"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(480, 420);

    connect(buttons, &QDialogButtonBox::accepted, this, &DiscoverDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DiscoverDialog::reject);
    connect(m_search, &QPushButton::clicked, this, &DiscoverDialog::run);
    connect(&m_discovery, &ChannelDiscovery::finished, this, &DiscoverDialog::showChannels);
    connect(&m_discovery, &ChannelDiscovery::failed, this,
            [this](SourceStatus::Cause, const QString& reason) {
                m_status->setText(reason);
                m_search->setEnabled(true);
            });
    run();
}

void DiscoverDialog::run()
{
    m_list->clear();
    m_search->setEnabled(false);
    m_status->setText(
        tr("Asking the server and listening for %n seconds...", nullptr, SampleMs / 1000));
    m_discovery.start(m_endpoint, m_pattern->text().trimmed(), SampleMs, 10'000);
}

void DiscoverDialog::showChannels(const QList<ChannelDiscovery::Channel>& channels)
{
    m_search->setEnabled(true);
    for (const ChannelDiscovery::Channel& channel : channels) {
        //: A channel found: %1 is its name, %2 how many subscribe to it, %3 how many messages
        //: it carried while Herald listened
        const QString text =
            tr("%1  (%2, %3)")
                .arg(channel.name, tr("%Ln subscribers", nullptr, int(channel.subscribers)),
                     tr("%Ln messages while listening", nullptr, int(channel.sampled)));
        auto* item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, channel.name);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_status->setText(channels.isEmpty()
                          ? tr("No active channels found. PUBSUB lists only channels with a "
                               "subscriber; nothing was published while listening either.")
                          : tr("Channels found: %L1").arg(channels.size()));
}

void DiscoverDialog::accept()
{
    QStringList chosen;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            chosen << m_list->item(i)->data(Qt::UserRole).toString();
    m_discovery.cancel();
    emit channelsChosen(chosen);
    QDialog::accept();
}
