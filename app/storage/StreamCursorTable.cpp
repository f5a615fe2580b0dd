#include "storage/StreamCursorTable.h"

#include "storage/HistorySql.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

// Every valid id is at least "0-0"; compareIds() sorts a malformed one below it.
bool isStorable(const StreamCursor& cursor)
{
    return !cursor.source.isEmpty() && !cursor.streamKey.isEmpty() &&
           StreamCursor::compareIds(cursor.lastId, QStringLiteral("0-0")) >= 0;
}

bool prepare(QSqlQuery& query, const QString& sql, QString* reason)
{
    if (query.prepare(sql))
        return true;
    *reason = HistorySql::errorText(query.lastError());
    return false;
}

// The stored id of `cursor`'s stream in *stored, or a null string when there is none.
bool storedId(QSqlQuery& select, const StreamCursor& cursor, QString* stored, QString* reason)
{
    HistorySql::bindAll(select, {cursor.source, cursor.streamKey});
    if (!HistorySql::run(select, reason))
        return false;
    *stored = select.next() ? select.value(0).toString() : QString();
    select.finish();
    return true;
}

} // namespace

// Ids are compared here rather than in SQL: they are two numbers in text ("10-0" is newer than
// "9-5"), and comparing after reading in the same transaction sees what this commit will replace.
bool StreamCursorTable::advance(const QSqlDatabase& db, const QList<StreamCursor>& cursors,
                                qint64 nowMs, QString* reason)
{
    if (cursors.isEmpty())
        return true;
    QSqlQuery select(db);
    select.setForwardOnly(true);
    QSqlQuery upsert(db);
    if (!prepare(select,
                 QStringLiteral("SELECT last_id FROM stream_cursors WHERE source = ? AND"
                                " stream_key = ?"),
                 reason) ||
        !prepare(upsert,
                 QStringLiteral("INSERT OR REPLACE INTO stream_cursors (source, stream_key,"
                                " last_id, updated_ms) VALUES (?, ?, ?, ?)"),
                 reason))
        return false;
    for (const StreamCursor& cursor : cursors) {
        QString stored;
        if (!isStorable(cursor))
            continue;
        if (!storedId(select, cursor, &stored, reason))
            return false;
        if (!stored.isNull() && StreamCursor::compareIds(cursor.lastId, stored) <= 0)
            continue;
        HistorySql::bindAll(upsert, {cursor.source, cursor.streamKey, cursor.lastId, nowMs});
        if (!HistorySql::run(upsert, reason))
            return false;
    }
    return true;
}

std::optional<QList<StreamCursor>> StreamCursorTable::read(const QSqlDatabase& db,
                                                           const QString& source, QString* reason)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const QString where = source.isEmpty() ? QString() : QStringLiteral(" WHERE source = ?");
    if (!prepare(query,
                 QStringLiteral("SELECT source, stream_key, last_id FROM stream_cursors%1"
                                " ORDER BY source, stream_key")
                     .arg(where),
                 reason))
        return std::nullopt;
    if (!source.isEmpty())
        query.bindValue(0, source);
    if (!HistorySql::run(query, reason))
        return std::nullopt;
    QList<StreamCursor> cursors;
    while (query.next())
        cursors.append(
            {query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    return cursors;
}
