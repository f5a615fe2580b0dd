#pragma once

#include "notifications/Notification.h"

#include <QString>

class QSqlQuery;

// A Notification as a row of the notifications table and back: the column list, the insert
// statement and how each field is stored (tags and actions as JSON text, raw as BLOB, times as
// msecs since the epoch UTC, empty text rather than NULL). Gap markers are stored read.
class HistoryRow {
public:
    // Every column, qualified, in the order read() expects.
    static const QString& columns();
    // INSERT OR IGNORE of one row with 19 placeholders, in the order bind() fills them.
    static QString insertStatement();
    // Binds `n` to the insert statement; `previous` is the row bound before, if any.
    static void bind(QSqlQuery& query, const Notification& n, const Notification* previous);
    // `n` as insert() stored it under `rowId`: with the read state the row got.
    static Notification asStored(const Notification& n, qint64 rowId);
    // The notification in the query's current row, selected with columns().
    static Notification read(const QSqlQuery& query);
};
