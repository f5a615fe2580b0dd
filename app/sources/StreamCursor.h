#pragma once

#include "notifications/Notification.h"

#include <QList>
#include <QString>

// How far Herald has read one Redis Stream of one connection: the id of the newest entry whose
// notification is in the history. Stored in the history database in the same transaction as the
// notifications it covers, so a crash can neither lose nor duplicate an entry.
struct StreamCursor {
    QString source;    // Notification::source: the connection's display name
    QString streamKey; // e.g. "herald:stream:alerts"
    QString lastId;    // a stream entry id "<ms>-<seq>"; "0-0" before the first entry

    // Stream ids compare by their two numbers, not as text ("10-0" > "9-0").
    // Returns <0, 0 or >0; a malformed id sorts before every valid one.
    static int compareIds(const QString& a, const QString& b);
    // The newest entry id per (source, streamKey) among the notifications read from a stream,
    // in first-seen order. Call it before dropping duplicates: an entry already in the history
    // (it came on Pub/Sub too) still moves the cursor.
    static QList<StreamCursor> collect(const QList<Notification>& notifications);

    friend bool operator==(const StreamCursor&, const StreamCursor&) = default;
};
