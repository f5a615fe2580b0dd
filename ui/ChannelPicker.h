#pragma once

#include "sources/redis/RedisEndpoint.h"
#include "storage/ConnectionProfile.h"

#include <QWidget>
#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

// The channels and glob patterns of one connection: each with an enable toggle, mute and the
// minimum priority for popups; add (validated), remove, and discover what the server carries.
// A channel (not a pattern) can be durable: read from a Redis Stream, whose key can be set
// (empty: "herald:stream:<name>", shown as the placeholder).
// Every change is emitted at once: the running connection subscribes or unsubscribes live.
//
// For gateways the list means what notifications are labelled with there (setKind()): Nchan
// channel ids or Socket.IO event names, with neither patterns, streams nor discovery.
class ChannelPicker : public QWidget {
    Q_OBJECT

public:
    using EndpointProvider = std::function<RedisEndpoint()>;

    explicit ChannelPicker(EndpointProvider endpoint, QWidget* parent = nullptr);

    void setChannels(const QList<ChannelEntry>& channels);
    // Adapts the columns and the add row to what this kind of connection subscribes to.
    void setKind(ConnectionProfile::Kind kind);
    ConnectionProfile::Kind kind() const { return m_kind; }
    QList<ChannelEntry> channels() const { return m_channels; }
    // Adds an entry as typed; returns false (and shows why) when the name is refused.
    bool addEntry(const QString& name, bool isPattern);

signals:
    void channelsChanged(const QList<ChannelEntry>& channels);

private:
    enum Column {
        EnabledColumn,
        NameColumn,
        KindColumn,
        DurableColumn,
        StreamKeyColumn,
        MutedColumn,
        PriorityColumn,
        ColumnCount
    };

    void rebuildTable();
    void addRow(int row, const ChannelEntry& entry);
    void addDurableCells(int row, const ChannelEntry& entry);
    void onAddClicked();
    void onRemoveClicked();
    void onDiscoverClicked();
    void update(int row, const std::function<void(ChannelEntry&)>& change);

    EndpointProvider m_endpoint;
    ConnectionProfile::Kind m_kind = ConnectionProfile::Kind::Redis;
    QList<ChannelEntry> m_channels;
    QTableWidget* m_table;
    QLineEdit* m_newName;
    QCheckBox* m_newIsPattern;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_discover;
    QLabel* m_message;
};
