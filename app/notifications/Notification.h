#pragma once

#include "notifications/SafeUrl.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

// A "view" action as ntfy defines it: a labelled button that opens a URL.
struct NotificationAction {
    QString label;
    SafeUrl url; // http, https or mailto only; other schemes are dropped by the parser

    friend bool operator==(const NotificationAction&, const NotificationAction&) = default;
};

// One notification as Herald shows and stores it: a plain value type.
//
// Every text field comes from whoever can publish to the channel, so it is untrusted: the parser
// has already replaced invalid UTF-8, removed control and bidi-override characters and capped the
// lengths. Views must still render it as plain text, never as rich text or markup.
struct Notification {
    enum Priority { Min = 1, Low = 2, Normal = 3, High = 4, Urgent = 5 };
    // A message someone published, or a gap marker Herald writes into the history: a span in
    // which messages may have been missed (a Pub/Sub disconnection, or stream entries trimmed
    // before Herald read them). Gap markers are stored read, never pop up, and their title and
    // body are Herald's own words.
    enum class Kind { Message = 0, Gap = 1 };
    // How it reached Herald; not stored. Live: as it was published. CatchUp: read from a stream
    // backlog after a reconnect or start (one summary popup for the lot). Backfill: the existing
    // entries loaded on first contact with a durable channel (never pops up).
    enum class Delivery { Live, CatchUp, Backfill };

    QString id;            // the publisher's id when it sent one, otherwise one made on receipt
    QString source;        // the connection (profile) it came through, e.g. "redis://host:6379"
    QString channel;       // the channel it was published on
    QString pattern;       // the PSUBSCRIBE pattern that matched, empty for a plain SUBSCRIBE
    QString title;         // capped at NotificationParser::MaxTitleChars
    QString body;          // capped at NotificationParser::MaxBodyChars
    QString fullBody;      // the whole body when `body` was cut, otherwise empty
    int priority = Normal; // 1..5
    SafeUrl url;           // click target: http, https or mailto only, otherwise empty
    QUrl iconUrl;          // not fetched unless the user allows remote icons
    QStringList tags;
    QList<NotificationAction> actions;
    QDateTime time; // when the publisher says it happened (UTC); `received` when it says nothing
    QDateTime received; // when Herald received it (UTC)
    QByteArray raw;     // the payload exactly as received
    Kind kind = Kind::Message;
    Delivery delivery = Delivery::Live;
    // Set only on notifications read from a Redis Stream (durable channels): the stream key and
    // the entry id. The history stores the newest entry id per (source, streamKey) as the
    // stream's cursor in the same transaction as the notifications it covers.
    QString streamKey;
    QString streamId;

    // Set by HistoryStore once stored: its row id (0 while not stored) and read state.
    qint64 rowId = 0;
    bool read = false;

    bool isGap() const { return kind == Kind::Gap; }
    bool isTruncated() const { return !fullBody.isEmpty(); }
    const QString& completeBody() const { return fullBody.isEmpty() ? body : fullBody; }
};

Q_DECLARE_METATYPE(Notification)
