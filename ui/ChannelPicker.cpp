#include "ChannelPicker.h"

#include "DiscoverDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
QString durableToolTip()
{
    return ChannelPicker::tr(
        "Durable: read this channel from a Redis Stream, from where Herald left off, so nothing "
        "published while Herald was closed, asleep or offline is missed. Publishers must add to "
        "the stream as well, as Herald's own \"Send a notification\" does.");
}

QWidget* centered(QWidget* child)
{
    auto* holder = new QWidget;
    auto* layout = new QHBoxLayout(holder);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setAlignment(Qt::AlignCenter);
    layout->addWidget(child);
    return holder;
}
} // namespace

ChannelPicker::ChannelPicker(EndpointProvider endpoint, QWidget* parent)
    : QWidget(parent)
    , m_endpoint(std::move(endpoint))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_newName(new QLineEdit(this))
    , m_newIsPattern(new QCheckBox(tr("Pattern"), this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_discover(new QPushButton(tr("Discover..."), this))
    , m_message(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("channelsTableWidget"));
    m_table->setAccessibleName(tr("Channels and patterns"));
    m_newIsPattern->setAccessibleDescription(m_newIsPattern->toolTip());
    m_discover->setAccessibleDescription(tr("Lists the channels the server carries now"));
    m_newName->setObjectName(QStringLiteral("newChannelLineEdit"));
    m_newIsPattern->setObjectName(QStringLiteral("newChannelIsPatternCheckBox"));
    m_add->setObjectName(QStringLiteral("addChannelPushButton"));
    m_remove->setObjectName(QStringLiteral("removeChannelPushButton"));
    m_discover->setObjectName(QStringLiteral("discoverChannelsPushButton"));
    m_message->setObjectName(QStringLiteral("channelMessageLabel"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_newName->setPlaceholderText(tr("Channel name, or a glob pattern such as deploy:*"));
    m_newIsPattern->setToolTip(tr("Subscribe with PSUBSCRIBE: * ? and [abc] match channel names"));
    m_table->setHorizontalHeaderLabels({tr("On"), tr("Channel or pattern"), tr("Kind"),
                                        tr("Durable"), tr("Stream key"), tr("Muted"),
                                        tr("Popups from")});
    m_table->horizontalHeaderItem(DurableColumn)->setToolTip(durableToolTip());
    // Check boxes and short words take what they need; names and stream keys share the rest.
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(StreamKeyColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_newName, 1);
    addRow->addWidget(m_newIsPattern);
    addRow->addWidget(m_add);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(m_discover);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addLayout(addRow);
    layout->addWidget(m_message);

    connect(m_add, &QPushButton::clicked, this, &ChannelPicker::onAddClicked);
    connect(m_newName, &QLineEdit::returnPressed, this, &ChannelPicker::onAddClicked);
    connect(m_remove, &QPushButton::clicked, this, &ChannelPicker::onRemoveClicked);
    connect(m_discover, &QPushButton::clicked, this, &ChannelPicker::onDiscoverClicked);
}

void ChannelPicker::setKind(ConnectionProfile::Kind kind)
{
    m_kind = kind;
    const bool redis = kind == ConnectionProfile::Kind::Redis;
    for (int column : {KindColumn, DurableColumn, StreamKeyColumn})
        m_table->setColumnHidden(column, !redis);
    m_newIsPattern->setVisible(redis);
    m_discover->setVisible(redis);
    QString header = tr("Channel or pattern");
    QString placeholder = tr("Channel name, or a glob pattern such as deploy:*");
    if (kind == ConnectionProfile::Kind::SocketIo) {
        //: Socket.IO: the name of the event a server emits, e.g. "notification"
        header = tr("Event name");
        placeholder = tr("Event name, e.g. notification (the default when the list is empty)");
    } else if (kind == ConnectionProfile::Kind::Nchan) {
        header = tr("Channel id");
        placeholder = tr("Nchan channel id, appended to the URL's path, e.g. deploys");
    }
    m_table->horizontalHeaderItem(NameColumn)->setText(header);
    m_newName->setPlaceholderText(placeholder);
    m_newName->setAccessibleName(header);
    m_table->setAccessibleName(redis ? tr("Channels and patterns") : header);
}

void ChannelPicker::setChannels(const QList<ChannelEntry>& channels)
{
    m_channels = channels;
    rebuildTable();
}

void ChannelPicker::rebuildTable()
{
    m_table->setRowCount(0);
    m_table->setRowCount(static_cast<int>(m_channels.size()));
    for (int row = 0; row < m_channels.size(); ++row)
        addRow(row, m_channels[row]);
    m_remove->setEnabled(!m_channels.isEmpty());
}

void ChannelPicker::addRow(int row, const ChannelEntry& entry)
{
    auto* enabled = new QCheckBox;
    enabled->setObjectName(QStringLiteral("channelEnabledCheckBox"));
    //: Accessible name of a channel's "On" box; %1 is the channel's name
    enabled->setAccessibleName(tr("Subscribe to %1").arg(entry.name));
    enabled->setChecked(entry.enabled);
    connect(enabled, &QCheckBox::toggled, this,
            [this, row](bool on) { update(row, [on](ChannelEntry& e) { e.enabled = on; }); });
    m_table->setCellWidget(row, EnabledColumn, centered(enabled));

    auto* name = new QTableWidgetItem(entry.name);
    m_table->setItem(row, NameColumn, name);
    m_table->setItem(row, KindColumn,
                     new QTableWidgetItem(entry.isPattern ? tr("pattern") : tr("channel")));

    addDurableCells(row, entry);

    auto* muted = new QCheckBox;
    muted->setObjectName(QStringLiteral("channelMutedCheckBox"));
    muted->setAccessibleName(tr("Mute %1").arg(entry.name));
    muted->setChecked(entry.muted);
    connect(muted, &QCheckBox::toggled, this,
            [this, row](bool on) { update(row, [on](ChannelEntry& e) { e.muted = on; }); });
    m_table->setCellWidget(row, MutedColumn, centered(muted));

    auto* priority = new QComboBox;
    priority->setObjectName(QStringLiteral("channelMinPriorityComboBox"));
    priority->setAccessibleName(tr("Popups from %1 from this priority on").arg(entry.name));
    const QStringList names{tr("all (1+)"), tr("low (2+)"), tr("normal (3+)"), tr("high (4+)"),
                            tr("urgent (5)")};
    for (int p = 1; p <= 5; ++p)
        priority->addItem(names[p - 1], p);
    priority->setCurrentIndex(qBound(0, entry.minPopupPriority - 1, 4));
    connect(priority, &QComboBox::currentIndexChanged, this, [this, row](int index) {
        update(row, [index](ChannelEntry& e) { e.minPopupPriority = index + 1; });
    });
    m_table->setCellWidget(row, PriorityColumn, priority);
}

void ChannelPicker::addDurableCells(int row, const ChannelEntry& entry)
{
    if (entry.isPattern) {
        // A pattern names no single stream: only channels can be durable.
        auto* none = new QTableWidgetItem;
        none->setFlags(Qt::NoItemFlags);
        none->setToolTip(tr("Patterns cannot be durable: each durable channel has a stream of "
                            "its own."));
        m_table->setItem(row, DurableColumn, none);
        return;
    }
    auto* durable = new QCheckBox;
    durable->setObjectName(QStringLiteral("channelDurableCheckBox"));
    durable->setAccessibleName(tr("Read %1 from its Redis Stream (durable)").arg(entry.name));
    durable->setToolTip(durableToolTip());
    durable->setChecked(entry.durable);
    m_table->setCellWidget(row, DurableColumn, centered(durable));

    auto* key = new QLineEdit(entry.streamKey);
    key->setObjectName(QStringLiteral("channelStreamKeyLineEdit"));
    key->setAccessibleName(tr("Stream key of %1").arg(entry.name));
    key->setPlaceholderText(DurableChannel::defaultStreamKey(entry.name));
    key->setToolTip(tr("The Redis Stream this channel is read from; empty: %1")
                        .arg(DurableChannel::defaultStreamKey(entry.name)));
    key->setEnabled(entry.durable);
    key->setFrame(false);
    m_table->setCellWidget(row, StreamKeyColumn, key);

    connect(durable, &QCheckBox::toggled, this, [this, row, key](bool on) {
        key->setEnabled(on);
        update(row, [on](ChannelEntry& e) { e.durable = on; });
    });
    // Applied when editing ends, not per key stroke: each change re-reads a stream.
    connect(key, &QLineEdit::editingFinished, this, [this, row, key] {
        const QString text = key->text().trimmed();
        if (row < m_channels.size() && m_channels[row].streamKey != text)
            update(row, [text](ChannelEntry& e) { e.streamKey = text; });
    });
}

void ChannelPicker::update(int row, const std::function<void(ChannelEntry&)>& change)
{
    if (row < 0 || row >= m_channels.size())
        return;
    change(m_channels[row]);
    emit channelsChanged(m_channels);
}

bool ChannelPicker::addEntry(const QString& typed, bool isPattern)
{
    const QString name = typed.trimmed();
    QString error;
    if (!ConnectionProfile::isValidChannelName(name, &error)) {
        m_message->setText(error);
        return false;
    }
    for (const ChannelEntry& entry : std::as_const(m_channels)) {
        if (entry.name == name && entry.isPattern == isPattern) {
            m_message->setText(tr("\"%1\" is already in the list.").arg(name));
            return false;
        }
    }
    ChannelEntry entry;
    entry.name = name;
    entry.isPattern = isPattern;
    m_channels.append(entry);
    rebuildTable();
    m_message->clear();
    emit channelsChanged(m_channels);
    return true;
}

void ChannelPicker::onAddClicked()
{
    const bool pattern = m_kind == ConnectionProfile::Kind::Redis && m_newIsPattern->isChecked();
    if (addEntry(m_newName->text(), pattern))
        m_newName->clear();
}

void ChannelPicker::onRemoveClicked()
{
    QList<int> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty() && m_table->currentRow() >= 0)
        rows << m_table->currentRow();
    std::sort(rows.rbegin(), rows.rend());
    for (int row : rows)
        if (row < m_channels.size())
            m_channels.removeAt(row);
    rebuildTable();
    emit channelsChanged(m_channels);
}

void ChannelPicker::onDiscoverClicked()
{
    auto* dialog = new DiscoverDialog(m_endpoint(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DiscoverDialog::channelsChosen, this, [this](const QStringList& names) {
        for (const QString& name : names)
            addEntry(name, false);
    });
    dialog->open();
}
