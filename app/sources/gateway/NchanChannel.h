#pragma once

#include "notifications/Notification.h"
#include "notifications/NotificationParser.h"
#include "sources/SourceStatus.h"
#include "sources/gateway/GatewayEndpoint.h"
#include "sources/gateway/WebSocketConnection.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QUrl>

class NchanFrame;
class NchanMessageFetch;

// One Nchan channel id of an NchanSource: a WebSocket to its subscriber location with the
// "ws+meta.nchan" subprotocol, so that every message carries its id, and the id of the last
// message handed on, sent back as `last_event_id` whenever the WebSocket is opened again. Nchan
// then sends what it buffered after that id, so a reconnect or a restart loses nothing the buffer
// still holds.
//
// - The cursor is a stream id "<time>-<tag>" (see NchanFrame). Empty: first contact; Nchan's
//   nchan_subscriber_first_message decides what comes (by default its whole buffer), delivered as
//   Backfill, and firstContact() reports the cursor "0-0" to be saved at once. "0-0": nothing was
//   read yet, so the whole buffer is new.
// - Messages published before this WebSocket opened (by their id's time) were buffered:
//   CatchUp after a resume, Backfill on first contact; later ones are Live. Nchan does not mark
//   buffered messages, so this goes by the server's clock against ours.
// - A message at or before the cursor was handed on already and is dropped.
// - When the first message after a resume shows by its tag that messages after the cursor are
//   gone (pushed out of Nchan's buffer or expired), a gap marker precedes it.
// - A message the WebSocket cannot carry (over the size limit, a text frame that is not UTF-8)
//   would come first again after every reconnect: it is fetched once over HTTP instead, and
//   either delivered or, when too large, replaced by a marker that moves the cursor past it.
class NchanChannel : public QObject {
    Q_OBJECT

public:
    NchanChannel(const GatewayEndpoint& endpoint, const QString& sourceName,
                 const QString& channelId, const QUrl& location, QObject* parent = nullptr);
    ~NchanChannel() override;

    static QString streamKeyFor(const QString& channelId);

    const QString& channelId() const { return m_channelId; }
    QString streamKey() const { return streamKeyFor(m_channelId); }
    void setTiming(const WebSocketConnection::Timing& timing);
    // Where to resume; given while open, the channel reconnects and reads again from there.
    void setCursor(const QString& streamId);
    QString cursor() const { return m_cursor; }
    SourceStatus status() const { return m_connection->status(); }

    void open();
    void close();
    void retryNow();
    void reconnectNow();

signals:
    void received(const Notification& notification);
    void statusChanged();
    void subscribed();
    // First contact (no cursor): where this channel starts, to be saved at once.
    void firstContact(const QString& streamKey, const QString& streamId);

private:
    QUrl connectUrl() const;
    void onOpened();
    void onText(const QString& text);
    void onBinary(const QByteArray& data);
    void onFrame(QByteArrayView bytes);
    void onConnectionStatus(const SourceStatus& status);
    void deliver(const NchanFrame& frame, const QDateTime& receivedAt);
    bool isHandedOn(const QString& streamId) const;
    Notification::Delivery deliveryOf(const QString& nchanId) const;
    void checkForGap(const QString& streamId);
    void advanceTo(const QString& nchanId, const QString& streamId);
    void fetchBlockingMessage();
    void onFetched();
    void stepOver(const QString& nchanId, const QString& streamId);

    GatewayEndpoint m_endpoint;
    QString m_sourceName;
    QString m_channelId;
    QUrl m_location;
    WebSocketConnection* m_connection;
    NchanMessageFetch* m_fetch = nullptr;
    NotificationParser::Context m_context;

    QString m_cursor;      // stream id of the last message handed on; empty before first contact
    QString m_lastEventId; // what the next WebSocket sends as last_event_id; empty: nothing
    // The WebSocket now open.
    bool m_firstContact = false;  // opened without a cursor
    bool m_awaitingFirst = false; // no message yet since it opened
    qint64 m_openedAtSecs = 0;    // our clock when it opened
    QElapsedTimer m_openedClock;
    bool m_warnedMalformed = false; // once per WebSocket
    bool m_wasUp = false;
};
