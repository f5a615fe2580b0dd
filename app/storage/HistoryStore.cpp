#include "storage/HistoryStore.h"

#include "storage/HistoryQuery.h"
#include "storage/HistoryRecovery.h"
#include "storage/HistoryRow.h"
#include "storage/HistorySchema.h"
#include "storage/HistorySql.h"
#include "storage/StreamCursorTable.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <atomic>
#include <limits>

namespace {

// Bound variables per statement stay below SQLite's old limit of 999.
constexpr qsizetype kIdsPerStatement = 500;

std::atomic<quint64> s_connectionCounter{0};

} // namespace

HistoryStore::HistoryStore(QObject* parent)
    : QObject(parent)
    , m_connectionName(QStringLiteral("herald-history-%1").arg(++s_connectionCounter))
{
}

HistoryStore::~HistoryStore()
{
    closeConnection(); // no signals from a half-destroyed object
}

bool HistoryStore::open(const QString& path, QString* error)
{
    close();
    m_path = path;
    QString message;
    bool ok = openConnection(&message) && openSchema(&message);
    QString reason;
    const qint64 unread =
        ok ? scalar(QStringLiteral("SELECT count(*) FROM notifications WHERE read = 0"), {},
                    &reason)
           : -1;
    m_announcedUpTo = ok ? newestRowId() : 0;
    if (ok && unread < 0) {
        message = describe(tr("Cannot read the notification history %1"), reason);
        ok = false;
    }
    if (!ok) {
        closeConnection();
        qCWarning(lcHistory).noquote() << message;
        if (error)
            *error = message;
        return false;
    }
    adjustUnread(static_cast<int>(unread) - m_unread);
    return true;
}

bool HistoryStore::openOrRecover(const QString& path, QString* notice, QString* error)
{
    if (notice)
        notice->clear();
    QString message;
    const bool opened = open(path, &message);
    if (!isDamaged(opened)) {
        if (!opened && error)
            *error = message;
        return opened;
    }
    close();
    QString movedTo;
    QString moveError;
    if (!HistoryRecovery::moveAside(path, QDateTime::currentDateTime(), &movedTo, &moveError)) {
        qCWarning(lcHistory).noquote() << moveError;
        if (error)
            *error = moveError;
        return false;
    }
    const QString moved =
        tr("The notification history %1 was damaged and has been moved to %2; Herald started"
           " with an empty history.")
            .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(movedTo));
    qCWarning(lcHistory).noquote() << moved;
    if (notice)
        *notice = moved;
    return open(path, error);
}

// Whether SQLite itself calls the file damaged: checked on the store's connection when open()
// succeeded, otherwise on a connection of the probe's own (open() keeps none after failing).
bool HistoryStore::isDamaged(bool opened)
{
    if (!HistorySchema::isOnDisk(m_path) || (!opened && !QFileInfo(m_path).isFile()))
        return false;
    QString reason;
    const HistoryRecovery::Health health =
        opened ? HistoryRecovery::check(m_db, &reason) : HistoryRecovery::probe(m_path, &reason);
    if (health != HistoryRecovery::Health::Sound)
        qCWarning(lcHistory).noquote()
            << describe(tr("Checking the notification history %1 found a problem"), reason);
    return health == HistoryRecovery::Health::Damaged;
}

bool HistoryStore::openConnection(QString* error)
{
    if (HistorySchema::isOnDisk(m_path)) {
        const QString folder = QFileInfo(m_path).absolutePath();
        if (!QDir().mkpath(folder)) {
            *error =
                describe(tr("Cannot open the notification history %1"),
                         tr("cannot create the folder %1").arg(QDir::toNativeSeparators(folder)));
            return false;
        }
    }
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    if (m_busyTimeoutMs > 0)
        m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_busyTimeoutMs));
    if (!m_db.open()) {
        *error = describe(tr("Cannot open the notification history %1"),
                          HistorySql::errorText(m_db.lastError()));
        return false;
    }
    return true;
}

// The schema object holds the connection only within this call: closeConnection() wants no
// handle left.
bool HistoryStore::openSchema(QString* error)
{
    HistorySchema schema(m_db, m_path);
    if (!schema.configure(error) || !schema.migrate(error) ||
        !schema.setUpSearch(m_ftsWanted, error))
        return false;
    m_fts = schema.usesFullTextSearch();
    return true;
}

void HistoryStore::close()
{
    closeConnection();
    adjustUnread(-m_unread);
}

void HistoryStore::closeConnection()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase(); // removeDatabase() wants no handle left
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_fts = false;
}

bool HistoryStore::isOpen() const
{
    return m_db.isOpen();
}

QList<Notification> HistoryStore::insert(const QList<Notification>& notifications,
                                         const QList<StreamCursor>& cursors, bool* ok)
{
    if (ok)
        *ok = isOpen();
    if (!isOpen() || (notifications.isEmpty() && cursors.isEmpty()))
        return {};
    QList<Notification> stored;
    QString reason;
    const bool written =
        beginWrite(&reason) && insertRows(notifications, &stored, &reason) &&
        StreamCursorTable::advance(m_db, cursors, QDateTime::currentMSecsSinceEpoch(), &reason);
    if (!commitOrRollBack(written, tr("Could not save notifications in the history %1"), reason)) {
        if (ok)
            *ok = false;
        return {};
    }
    announce(stored);
    return stored;
}

// Inside the caller's transaction: the rows, then their search index entries.
bool HistoryStore::insertRows(const QList<Notification>& notifications, QList<Notification>* stored,
                              QString* reason)
{
    stored->reserve(notifications.size());
    QSqlQuery query(m_db);
    bool ok = query.prepare(HistoryRow::insertStatement());
    for (qsizetype i = 0; ok && i < notifications.size(); ++i) {
        const Notification& n = notifications.at(i);
        HistoryRow::bind(query, n, i > 0 ? &notifications.at(i - 1) : nullptr);
        ok = HistorySql::run(query, reason);
        if (ok && query.numRowsAffected() == 1) // 0: a (source, id) already stored
            stored->append(HistoryRow::asStored(n, query.lastInsertId().toLongLong()));
    }
    // New rows get row ids above every existing one, so the batch is "row id >= the first".
    if (ok && m_fts && !stored->isEmpty()) {
        query.finish();
        ok = query.prepare(HistorySchema::indexRowsFromStatement());
        query.bindValue(0, stored->first().rowId);
        ok = ok && HistorySql::run(query, reason);
    }
    if (!ok && reason->isEmpty())
        *reason = HistorySql::errorText(query.lastError());
    return ok;
}

bool HistoryStore::saveCursors(const QList<StreamCursor>& cursors)
{
    if (!isOpen())
        return false;
    if (cursors.isEmpty())
        return true;
    QString reason;
    const bool ok =
        beginWrite(&reason) &&
        StreamCursorTable::advance(m_db, cursors, QDateTime::currentMSecsSinceEpoch(), &reason);
    return commitOrRollBack(ok, tr("Could not save the stream positions in the history %1"),
                            reason);
}

QList<StreamCursor> HistoryStore::cursors(const QString& source, bool* ok) const
{
    if (ok)
        *ok = false;
    if (!isOpen())
        return {};
    QString reason;
    std::optional<QList<StreamCursor>> cursors = StreamCursorTable::read(m_db, source, &reason);
    if (!cursors) {
        fail(tr("Could not read the stream positions in the history %1"), reason);
        return {};
    }
    if (ok)
        *ok = true;
    return *cursors;
}

QList<Notification> HistoryStore::oldestFirst(const HistoryFilter& filter, qint64 afterRowId,
                                              int limit) const
{
    if (!isOpen() || limit <= 0)
        return {};
    const HistoryQuery q(filter, m_fts);
    return select(q.oldestFirst(HistoryRow::columns(), QStringLiteral("> ?")) +
                      QLatin1String(" LIMIT ?"),
                  q.values({std::max<qint64>(afterRowId, 0), limit}));
}

QList<Notification> HistoryStore::page(const HistoryFilter& filter, qint64 beforeRowId,
                                       int limit) const
{
    if (!isOpen() || limit <= 0)
        return {};
    const HistoryQuery q(filter, m_fts);
    const qint64 before = beforeRowId > 0 ? beforeRowId : std::numeric_limits<qint64>::max();
    return select(q.newestFirst(HistoryRow::columns(), QStringLiteral("< ?")) +
                      QLatin1String(" LIMIT ?"),
                  q.values({before, limit}));
}

int HistoryStore::count(const HistoryFilter& filter) const
{
    if (!isOpen())
        return 0;
    const HistoryQuery q(filter, m_fts);
    const qint64 n = scalar(q.count(), q.values());
    return static_cast<int>(std::max<qint64>(0, n));
}

QList<HistoryStore::RowState> HistoryStore::rowStates(const HistoryFilter& filter,
                                                      qint64 fromRowId) const
{
    QList<RowState> states;
    if (!isOpen())
        return states;
    const HistoryQuery q(filter, m_fts);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    QString reason;
    bool ok = query.prepare(q.newestFirst(QStringLiteral("notifications.id, notifications.read"),
                                          QStringLiteral(">= ?")));
    if (ok) {
        HistorySql::bindAll(query, q.values({fromRowId}));
        ok = HistorySql::run(query, &reason);
    }
    if (!ok) {
        fail(tr("Could not read the history %1"),
             reason.isEmpty() ? HistorySql::errorText(query.lastError()) : reason);
        return states;
    }
    while (query.next())
        states.append({query.value(0).toLongLong(), query.value(1).toBool()});
    return states;
}

std::optional<Notification> HistoryStore::byRowId(qint64 rowId) const
{
    if (!isOpen())
        return std::nullopt;
    const QList<Notification> rows = select(
        QStringLiteral("SELECT %1 FROM notifications WHERE id = ?").arg(HistoryRow::columns()),
        {rowId});
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

int HistoryStore::unreadCount() const
{
    return m_unread;
}

QStringList HistoryStore::channels() const
{
    QStringList channels;
    if (!isOpen())
        return channels;
    // A loose index scan: one index seek per distinct channel rather than reading every row.
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    QString reason;
    if (!query.prepare(QStringLiteral(
            "WITH RECURSIVE c(channel) AS (SELECT min(channel) FROM notifications UNION ALL"
            " SELECT (SELECT min(channel) FROM notifications WHERE channel > c.channel) FROM c"
            " WHERE c.channel IS NOT NULL) SELECT channel FROM c WHERE channel IS NOT NULL")) ||
        !HistorySql::run(query, &reason)) {
        fail(tr("Could not read the channels in the history %1"),
             reason.isEmpty() ? HistorySql::errorText(query.lastError()) : reason);
        return channels;
    }
    while (query.next())
        channels.append(query.value(0).toString());
    return channels;
}

void HistoryStore::setRead(const QList<qint64>& rowIds, bool read)
{
    if (!isOpen() || rowIds.isEmpty())
        return;
    int flipped = 0;
    QString reason;
    bool ok = beginWrite(&reason);
    QSqlQuery query(m_db);
    // Gap markers stay read: there is nothing in them to read.
    ok = ok && query.prepare(QStringLiteral("UPDATE notifications SET read = ? WHERE id = ? AND"
                                            " read <> ? AND kind = 0"));
    int flippedUnannounced = 0; // counted when they are announced, with the state they have then
    for (qsizetype i = 0; ok && i < rowIds.size(); ++i) {
        HistorySql::bindAll(query, {read ? 1 : 0, rowIds.at(i), read ? 1 : 0});
        ok = HistorySql::run(query, &reason);
        const int affected = ok ? query.numRowsAffected() : 0;
        (rowIds.at(i) <= m_announcedUpTo ? flipped : flippedUnannounced) += affected;
    }
    query.finish();
    if (!commitOrRollBack(ok, tr("Could not change the read state in the history %1"), reason) ||
        flipped + flippedUnannounced == 0)
        return;
    adjustUnread(read ? -flipped : flipped);
    emit changed();
}

int HistoryStore::markAllRead(const HistoryFilter& filter)
{
    if (!isOpen())
        return 0;
    const HistoryQuery q(filter, m_fts);
    QSqlQuery query(m_db);
    QString reason;
    const bool ok = query.prepare(q.markAllRead());
    if (ok)
        HistorySql::bindAll(query, q.markAllReadValues());
    if (!ok || !HistorySql::run(query, &reason)) {
        fail(tr("Could not mark notifications read in the history %1"),
             reason.isEmpty() ? HistorySql::errorText(query.lastError()) : reason);
        return 0;
    }
    const int marked = query.numRowsAffected();
    if (marked > 0) {
        recountUnread();
        emit changed();
    }
    return marked;
}

void HistoryStore::remove(const QList<qint64>& rowIds)
{
    if (!isOpen() || rowIds.isEmpty())
        return;
    Deleted deleted;
    QString reason;
    bool ok = beginWrite(&reason);
    for (qsizetype from = 0; ok && from < rowIds.size(); from += kIdsPerStatement) {
        const QList<qint64> chunk = rowIds.mid(from, kIdsPerStatement);
        QVariantList values;
        for (const qint64 id : chunk)
            values << id;
        ok = deleteWhere(QStringLiteral("id IN (%1)").arg(HistorySql::placeholders(chunk.size())),
                         values, &deleted);
    }
    const qint64 newest = ok ? newestRowId() : -1;
    if (!commitOrRollBack(newest >= 0, tr("Could not delete notifications from the history %1"),
                          reason) ||
        deleted.rows == 0)
        return;
    afterDeletion(newest);
    emit changed();
}

void HistoryStore::clear()
{
    if (!isOpen())
        return;
    // Deleting row by row would run the search-index trigger once per row (seconds for a
    // million); without the trigger SQLite truncates the table, and 'delete-all' empties the
    // index in one step.
    QString reason;
    bool ok = beginWrite(&reason);
    if (m_fts) {
        ok = ok && HistorySql::exec(m_db, HistorySchema::dropSearchDeleteTrigger(), &reason) &&
             HistorySql::exec(m_db, HistorySchema::emptySearchIndex(), &reason);
    }
    QSqlQuery query(m_db);
    ok = ok && query.prepare(QStringLiteral("DELETE FROM notifications")) &&
         HistorySql::run(query, &reason);
    const int removed = ok ? query.numRowsAffected() : 0;
    query.finish();
    if (m_fts)
        ok = ok && HistorySql::exec(m_db, HistorySchema::createSearchDeleteTrigger(), &reason);
    const qint64 newest = ok ? newestRowId() : -1;
    if (!commitOrRollBack(newest >= 0, tr("Could not clear the history %1"), reason))
        return;
    afterDeletion(newest);
    if (removed > 0)
        emit changed();
}

int HistoryStore::applyRetention(int maxCount, int maxAgeDays, const QDateTime& now)
{
    if (!isOpen())
        return 0;
    Deleted deleted;
    QString reason;
    bool ok = beginWrite(&reason);
    if (ok && maxCount > 0) {
        // The row id of the newest row that no longer fits; it and everything older go.
        const qint64 cut = scalar(QStringLiteral("SELECT coalesce((SELECT id FROM notifications"
                                                 " ORDER BY id DESC LIMIT 1 OFFSET ?), 0)"),
                                  {maxCount});
        ok = cut >= 0 && (cut == 0 || deleteWhere(QStringLiteral("id <= ?"), {cut}, &deleted));
    }
    if (ok && maxAgeDays > 0) {
        ok = deleteWhere(QStringLiteral("received_ms < ?"),
                         {now.addDays(-maxAgeDays).toMSecsSinceEpoch()}, &deleted);
    }
    const qint64 newest = ok ? newestRowId() : -1;
    if (!commitOrRollBack(newest >= 0, tr("Could not apply the retention limits to the history %1"),
                          reason))
        return 0;
    if (deleted.rows > 0) {
        afterDeletion(newest);
        emit changed();
    }
    return deleted.rows;
}

// Deletes inside the caller's transaction and adds what it deleted to *deleted; the caller
// announces the change once it has committed.
bool HistoryStore::deleteWhere(const QString& condition, const QVariantList& values,
                               Deleted* deleted)
{
    QSqlQuery query(m_db);
    QString reason;
    if (!query.prepare(QStringLiteral("DELETE FROM notifications WHERE %1").arg(condition)))
        return false;
    HistorySql::bindAll(query, values);
    if (!HistorySql::run(query, &reason)) {
        fail(tr("Could not delete notifications from the history %1"), reason);
        return false;
    }
    deleted->rows += query.numRowsAffected();
    return true;
}

QList<Notification> HistoryStore::select(const QString& sql, const QVariantList& values) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    QString reason;
    QList<Notification> rows;
    if (!query.prepare(sql)) {
        fail(tr("Could not read the history %1"), HistorySql::errorText(query.lastError()));
        return rows;
    }
    HistorySql::bindAll(query, values);
    if (!HistorySql::run(query, &reason)) {
        fail(tr("Could not read the history %1"), reason);
        return rows;
    }
    while (query.next())
        rows.append(HistoryRow::read(query));
    // next() also returns false when stepping fails midway (a page damaged underneath): that is
    // no end of the rows, and a partial page must not pass for a whole one.
    if (query.lastError().isValid()) {
        fail(tr("Could not read the history %1"), HistorySql::errorText(query.lastError()));
        return {};
    }
    return rows;
}

// The first column of the first row; -1 when the query fails. Why goes to *reason when given,
// otherwise to error().
qint64 HistoryStore::scalar(const QString& sql, const QVariantList& values, QString* reason) const
{
    QString why;
    if (const std::optional<qint64> value = HistorySql::scalar(m_db, sql, values, &why))
        return *value;
    if (reason)
        *reason = why;
    else
        fail(tr("Could not read the history %1"), why);
    return -1;
}

// Every write takes the write lock up front (BEGIN IMMEDIATE), waiting for the other
// connection (HistoryWriter's) to finish its transaction. A deferred transaction that read first
// would fail at its first write instead whenever the other connection had written meanwhile.
bool HistoryStore::beginWrite(QString* reason)
{
    return HistorySql::exec(m_db, QStringLiteral("BEGIN IMMEDIATE"), reason);
}

void HistoryStore::announceInserted(const QList<Notification>& stored)
{
    if (stored.isEmpty() || !isOpen())
        return;
    // Between the other connection's commit and now, this one may have cleared, deleted or
    // marked read some of these rows: what is announced (and counted) is what is there now.
    const auto [first, last] = std::minmax_element(
        stored.cbegin(), stored.cend(),
        [](const Notification& a, const Notification& b) { return a.rowId < b.rowId; });
    QSqlQuery query(m_db);
    QString reason;
    QHash<qint64, bool> present; // row id -> read
    if (query.prepare(
            QStringLiteral("SELECT id, read FROM notifications WHERE id BETWEEN ? AND ?"))) {
        HistorySql::bindAll(query, {first->rowId, last->rowId});
        if (HistorySql::run(query, &reason))
            while (query.next())
                present.insert(query.value(0).toLongLong(), query.value(1).toBool());
    }
    if (!reason.isEmpty()) { // cannot tell: announce them as stored
        announce(stored);
        return;
    }
    QList<Notification> current;
    current.reserve(stored.size());
    for (const Notification& n : stored) {
        const auto it = present.constFind(n.rowId);
        if (it == present.cend())
            continue;
        current.append(n);
        current.last().read = *it;
    }
    announce(current); // the mark follows the rows still there: ids of deleted ones come round
}

void HistoryStore::announce(const QList<Notification>& stored)
{
    if (stored.isEmpty())
        return;
    for (const Notification& n : stored)
        m_announcedUpTo = std::max(m_announcedUpTo, n.rowId);
    adjustUnread(static_cast<int>(std::count_if(stored.cbegin(), stored.cend(),
                                                [](const Notification& n) { return !n.read; })));
    emit inserted(stored);
}

qint64 HistoryStore::newestRowId() const
{
    return scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM notifications"), {});
}

// `newest`: the newest row id left, read inside the deleting transaction. SQLite gives a new
// row the newest id plus one, so once the newest rows are gone their ids come round again:
// the announced mark comes down with them, or new rows would count as announced already.
void HistoryStore::afterDeletion(qint64 newest)
{
    m_announcedUpTo = std::min(m_announcedUpTo, newest);
    recountUnread();
}

// After a change that may touch rows another connection stored but this one has not announced
// yet: the count is read again, over the announced rows only (the rest are counted when they
// are announced).
void HistoryStore::recountUnread()
{
    const qint64 unread =
        scalar(QStringLiteral("SELECT count(*) FROM notifications WHERE read = 0 AND id <= ?"),
               {m_announcedUpTo});
    if (unread >= 0)
        adjustUnread(static_cast<int>(unread) - m_unread);
}

bool HistoryStore::commitOrRollBack(bool ok, const QString& what, QString reason)
{
    if (ok && m_db.commit())
        return true;
    if (reason.isEmpty())
        reason = HistorySql::errorText(m_db.lastError());
    m_db.rollback();
    fail(what, reason);
    return false;
}

void HistoryStore::fail(const QString& what, const QString& reason) const
{
    const QString message = describe(what, reason);
    qCWarning(lcHistory).noquote() << message;
    // error() is a signal and so not const; reporting does not change the store.
    emit const_cast<HistoryStore*>(this)->error(message);
}

// `sentence` has %1 where the file's name goes.
QString HistoryStore::describe(const QString& sentence, const QString& reason) const
{
    return HistorySql::describe(sentence, m_path, reason);
}

void HistoryStore::adjustUnread(int delta)
{
    if (delta == 0)
        return;
    m_unread += delta;
    emit unreadCountChanged(m_unread);
}
