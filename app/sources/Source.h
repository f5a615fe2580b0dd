#pragma once

#include "notifications/Notification.h"
#include "sources/BackoffPolicy.h"
#include "sources/DurableChannel.h"
#include "sources/SourceStatus.h"
#include "sources/StreamCursor.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

// One connection (one profile) that delivers notifications: Redis Pub/Sub directly, or a
// WebSocket gateway. It knows nothing of the UI or of storage.
//
// Contract for implementations:
// - start() begins connecting and returns at once; it never blocks. stop() closes the connection
//   and cancels any pending retry; statusChanged(Idle) follows.
// - statusChanged() is emitted on every state change (and when the retry countdown is set).
// - notificationsReceived() carries one or more notifications in arrival order. Sources batch
//   what one read from the network yields, so a burst costs one signal per read, not per message.
// - subscriptionFailed() names a channel or pattern the server refused; the others stay
//   subscribed.
// - Durable channels (sources that support them; others ignore them) are read from a cursor.
//   Their notifications carry streamKey and streamId, and Delivery::CatchUp while a backlog is
//   drained. setCursors() says where to resume; given while running, the source re-reads from
//   those cursors (the store could not save what was read). On first contact with a stream the
//   source emits cursorsReached() with where it starts, to be saved at once.
// - disconnected() reports the span during which messages may have been missed, once the source
//   is connected again (or stopped): `from` is when the connection was lost, `to` when it was
//   back.
class Source : public QObject {
    Q_OBJECT

public:
    explicit Source(QObject* parent = nullptr);
    ~Source() override;

    // A display name for the connection, e.g. "redis://localhost:6379" (never with a password).
    virtual QString name() const = 0;

    virtual void start() = 0;
    virtual void stop() = 0;

    // Channels and glob patterns may be changed at any time; a connected source applies the
    // difference at once without reconnecting.
    virtual void setChannels(const QStringList& channels) = 0;
    virtual void setPatterns(const QStringList& patterns) = 0;
    virtual QStringList channels() const = 0;
    virtual QStringList patterns() const = 0;
    virtual void setDurableChannels(const QList<DurableChannel>& channels) { Q_UNUSED(channels) }
    virtual QList<DurableChannel> durableChannels() const { return {}; }
    virtual void setCursors(const QList<StreamCursor>& cursors) { Q_UNUSED(cursors) }
    // How reconnects are spaced (a command-line tool may cap the wait).
    virtual void setReconnectBackoff(const BackoffPolicy::Settings& settings) { Q_UNUSED(settings) }
    // While held, a source that can wait reads nothing more: what arrives stays in its socket's
    // buffer (and then in the kernel and the server), so a consumer that is behind (the history
    // writer in a burst) is not buried in parsed notifications. Sources whose peer paces itself
    // (the WebSocket gateways) keep reading.
    virtual void setReadingHeld(bool held) { Q_UNUSED(held) }

    SourceStatus status() const { return m_status; }

public slots:
    // Cut a pending backoff short (the network came back, or the user asked).
    virtual void retryNow() = 0;
    // Drop and reopen every connection at once, e.g. after the machine woke, when a connection
    // may be half-open.
    virtual void reconnectNow() { retryNow(); }

signals:
    void statusChanged(const SourceStatus& status);
    void notificationsReceived(const QList<Notification>& notifications);
    void subscribed(const QString& channelOrPattern);
    void subscriptionFailed(const QString& channelOrPattern, const QString& reason);
    void disconnected(const QDateTime& from, const QDateTime& to);
    void cursorsReached(const QList<StreamCursor>& cursors);

protected:
    void setStatus(const SourceStatus& status);

private:
    SourceStatus m_status;
};
