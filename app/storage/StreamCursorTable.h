#pragma once

#include "sources/StreamCursor.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

// The stream_cursors table of the history database: how far Herald has read each Redis Stream,
// per connection. HistoryStore runs these inside its own transactions, so a cursor moves in the
// same commit as the notifications it covers.
class StreamCursorTable {
public:
    // Upserts each cursor whose id is newer than the stored one (StreamCursor::compareIds), in
    // the caller's transaction; older or equal ids, malformed ids and cursors without a source or
    // stream key are skipped. `nowMs` is recorded as updated_ms. On failure puts SQLite's words in
    // *reason and returns false; the caller rolls back.
    static bool advance(const QSqlDatabase& db, const QList<StreamCursor>& cursors, qint64 nowMs,
                        QString* reason);
    // The stored cursors of `source` (all sources when empty), sorted by source and stream key.
    static std::optional<QList<StreamCursor>> read(const QSqlDatabase& db, const QString& source,
                                                   QString* reason);
};
