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

    // Set by HistoryStore once stored: its row id (0 while not stored) and read state.
    qint64 rowId = 0;
    bool read = false;

    bool isTruncated() const { return !fullBody.isEmpty(); }
    const QString& completeBody() const { return fullBody.isEmpty() ? body : fullBody; }
};

Q_DECLARE_METATYPE(Notification)
