#include "storage/HistoryStore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <array>
#include <atomic>
#include <limits>

Q_LOGGING_CATEGORY(lcHistory, "herald.storage", QtWarningMsg)

namespace {

// One migration per schema version: kMigrations[v] takes a database from user_version v to v + 1
// and runs in the same transaction as the user_version update, so a crash leaves either the old
// or the new schema. To change the schema, append a migration and raise SchemaVersion; never edit
// one that has shipped. A migration that changes title, body, full_body or channel must also
// drop the notifications_fts_* triggers: HistoryStore then rebuilds the search index at open.
QStringList migrationTo1()
{
    return {
        QStringLiteral("CREATE TABLE notifications ("
                       " id INTEGER PRIMARY KEY," // the row id: keyset pages and the model use it
                       " source TEXT NOT NULL,"
                       " notification_id TEXT NOT NULL,"
                       " channel TEXT NOT NULL,"
                       " pattern TEXT NOT NULL,"
                       " title TEXT NOT NULL,"
                       " body TEXT NOT NULL,"
                       " full_body TEXT NOT NULL,"
                       " priority INTEGER NOT NULL,"
                       " url TEXT NOT NULL,"
                       " icon_url TEXT NOT NULL,"
                       " tags TEXT NOT NULL,"    // JSON array of strings
                       " actions TEXT NOT NULL," // JSON array of {label, url}
                       " time_ms INTEGER,"       // msecs since the epoch, UTC; NULL if unknown
                       " received_ms INTEGER,"   // msecs since the epoch, UTC; NULL if unknown
                       " raw BLOB NOT NULL,"
                       " read INTEGER NOT NULL DEFAULT 0)"),
        // Dedupe across restarts: INSERT OR IGNORE drops a (source, id) pair already stored.
        QStringLiteral("CREATE UNIQUE INDEX notifications_source_id"
                       " ON notifications(source, notification_id)"),
        // SQLite appends the row id to every index entry, so these serve "channel = ? AND
        // id < ? ORDER BY id DESC" (and the same for source) straight from the index.
        QStringLiteral("CREATE INDEX notifications_channel ON notifications(channel)"),
        QStringLiteral("CREATE INDEX notifications_source ON notifications(source)"),
        // Partial: holds only unread rows, so counting them and paging them cost what they are.
        QStringLiteral("CREATE INDEX notifications_unread ON notifications(read) WHERE read = 0"),
        QStringLiteral("CREATE INDEX notifications_received ON notifications(received_ms)"),
    };
}

using Migration = QStringList (*)();
constexpr std::array<Migration, HistoryStore::SchemaVersion> kMigrations = {&migrationTo1};

// The search index: FTS5 over the notifications table (external content, so the text is stored
// once). It indexes the complete body, not the capped one. insert() adds a batch's rows to it in
// one statement; triggers follow deletes and edits. The triggers' presence is also the record
// that the index is complete (see setUpSearch()).
//
// Not an insert trigger: with one INSERT per row, FTS5 (SQLite 3.40) syncs its pending terms at
// each statement, and a 10,000-row batch took five to eight times longer than indexing the same
// rows in one statement. columnsize=0 drops a per-row size table that only ranking reads; the
// list is ordered by row id, never by rank.
const QString kFtsBody =
    QStringLiteral("CASE WHEN %1full_body = '' THEN %1body ELSE %1full_body END");

QString ftsDeleteTrigger()
{
    return QStringLiteral("CREATE TRIGGER notifications_fts_delete AFTER DELETE ON notifications"
                          " BEGIN INSERT INTO notifications_fts(notifications_fts, rowid, title,"
                          " body, channel) VALUES ('delete', old.id, old.title, %1, old.channel);"
                          " END")
        .arg(kFtsBody.arg(QLatin1String("old.")));
}

QString ftsUpdateTrigger()
{
    return QStringLiteral("CREATE TRIGGER notifications_fts_update AFTER UPDATE OF title, body,"
                          " full_body, channel ON notifications BEGIN"
                          " INSERT INTO notifications_fts(notifications_fts, rowid, title, body,"
                          " channel) VALUES ('delete', old.id, old.title, %1, old.channel);"
                          " INSERT INTO notifications_fts(rowid, title, body, channel)"
                          " VALUES (new.id, new.title, %2, new.channel); END")
        .arg(kFtsBody.arg(QLatin1String("old.")), kFtsBody.arg(QLatin1String("new.")));
}

// Indexes the rows with a row id of at least the bound value.
QString ftsIndexRowsFrom()
{
    return QStringLiteral("INSERT INTO notifications_fts(rowid, title, body, channel)"
                          " SELECT id, title, %1, channel FROM notifications WHERE id >= ?")
        .arg(kFtsBody.arg(QString()));
}

const QStringList kSearchTriggers = {QStringLiteral("notifications_fts_delete"),
                                     QStringLiteral("notifications_fts_update")};

const QString kColumns = QStringLiteral(
    "notifications.id, notifications.source, notifications.notification_id,"
    " notifications.channel, notifications.pattern, notifications.title, notifications.body,"
    " notifications.full_body, notifications.priority, notifications.url, notifications.icon_url,"
    " notifications.tags, notifications.actions, notifications.time_ms,"
    " notifications.received_ms, notifications.raw, notifications.read");

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL and empty means "none".
QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QVariant msecs(const QDateTime& time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant();
}

QDateTime dateTime(const QVariant& value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

// Links are stored as SafeUrl::text(), which the parser checked (http, https or mailto), and come
// back as that text without being parsed again.
SafeUrl storedUrl(const QString& text)
{
    return SafeUrl::fromCheckedText(text);
}

QString tagsJson(const QStringList& tags)
{
    if (tags.isEmpty())
        return QStringLiteral("[]");
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(tags)).toJson(QJsonDocument::Compact));
}

QString actionsJson(const QList<NotificationAction>& actions)
{
    if (actions.isEmpty())
        return QStringLiteral("[]");
    QJsonArray array;
    for (const NotificationAction& action : actions)
        array.append(QJsonObject{{QStringLiteral("label"), action.label},
                                 {QStringLiteral("url"), action.url.text()}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QStringList tagsFromJson(const QString& json)
{
    if (json == QLatin1String("[]"))
        return {};
    QStringList tags;
    for (const QJsonValue& tag : QJsonDocument::fromJson(json.toUtf8()).array())
        tags.append(tag.toString());
    return tags;
}

QList<NotificationAction> actionsFromJson(const QString& json)
{
    if (json == QLatin1String("[]"))
        return {};
    QList<NotificationAction> actions;
    for (const QJsonValue& value : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonObject object = value.toObject();
        actions.append({object.value(QLatin1String("label")).toString(),
                        storedUrl(object.value(QLatin1String("url")).toString())});
    }
    return actions;
}

// Binds one notification to the insert statement. Qt keeps bound values between exec() calls,
// and each bindValue() costs about what SQLite spends inserting the row, so values equal to the
// previous row's (source, channel, tags... repeat within a batch) are not bound again.
void bindRow(QSqlQuery& query, const Notification& n, const Notification* previous)
{
    const auto changed = [&n, previous](auto member) {
        return !previous || !(n.*member == previous->*member);
    };
    if (changed(&Notification::source))
        query.bindValue(0, text(n.source));
    if (changed(&Notification::id))
        query.bindValue(1, text(n.id));
    if (changed(&Notification::channel))
        query.bindValue(2, text(n.channel));
    if (changed(&Notification::pattern))
        query.bindValue(3, text(n.pattern));
    if (changed(&Notification::title))
        query.bindValue(4, text(n.title));
    if (changed(&Notification::body))
        query.bindValue(5, text(n.body));
    if (changed(&Notification::fullBody))
        query.bindValue(6, text(n.fullBody));
    if (changed(&Notification::priority))
        query.bindValue(7, n.priority);
    if (changed(&Notification::url))
        query.bindValue(8, text(n.url.text()));
    if (changed(&Notification::iconUrl))
        query.bindValue(9, text(n.iconUrl.toString(QUrl::FullyEncoded)));
    if (changed(&Notification::tags))
        query.bindValue(10, tagsJson(n.tags));
    if (changed(&Notification::actions))
        query.bindValue(11, actionsJson(n.actions));
    if (changed(&Notification::time))
        query.bindValue(12, msecs(n.time));
    if (changed(&Notification::received))
        query.bindValue(13, msecs(n.received));
    if (changed(&Notification::raw))
        query.bindValue(14, n.raw.isNull() ? QByteArray("") : n.raw);
    if (changed(&Notification::read))
        query.bindValue(15, n.read ? 1 : 0);
}

Notification fromRow(const QSqlQuery& query)
{
    Notification n;
    n.rowId = query.value(0).toLongLong();
    n.source = query.value(1).toString();
    n.id = query.value(2).toString();
    n.channel = query.value(3).toString();
    n.pattern = query.value(4).toString();
    n.title = query.value(5).toString();
    n.body = query.value(6).toString();
    n.fullBody = query.value(7).toString();
    n.priority = query.value(8).toInt();
    n.url = storedUrl(query.value(9).toString());
    n.iconUrl = QUrl(query.value(10).toString());
    n.tags = tagsFromJson(query.value(11).toString());
    n.actions = actionsFromJson(query.value(12).toString());
    n.time = dateTime(query.value(13));
    n.received = dateTime(query.value(14));
    n.raw = query.value(15).toByteArray();
    n.read = query.value(16).toBool();
    return n;
}

// FTS5's unicode61 tokenizer makes words of letters, numbers and private-use characters; a word
// without any is all separators to it and has to be matched with LIKE instead.
bool hasTokenCharacter(const QString& word)
{
    for (const char32_t c : word.toUcs4()) {
        if (QChar::isLetterOrNumber(c) || QChar::category(c) == QChar::Other_PrivateUse)
            return true;
    }
    return false;
}

// The user's word as an FTS5 string (quotes make every operator and symbol plain text) that
// matches words starting with it.
QString ftsTerm(QString word)
{
    return QLatin1Char('"') + word.replace(QLatin1Char('"'), QLatin1String("\"\"")) +
           QLatin1String("\"*");
}

QString likePattern(QString word)
{
    word.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + word + QLatin1Char('%');
}

QString errorText(const QSqlError& error)
{
    const QString text = error.databaseText();
    return text.isEmpty() ? error.text() : text;
}

// Runs a prepared query; on failure puts SQLite's words in *reason.
bool run(QSqlQuery& query, QString* reason)
{
    if (query.exec())
        return true;
    if (reason)
        *reason = errorText(query.lastError());
    return false;
}

void bindAll(QSqlQuery& query, const QVariantList& values)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(static_cast<int>(i), values.at(i));
}

QString placeholders(qsizetype count)
{
    QString list = QStringLiteral("?");
    list.reserve(count * 3);
    for (qsizetype i = 1; i < count; ++i)
        list += QLatin1String(", ?");
    return list;
}

// Search runs inside SQL either as a join that the FTS table drives (pages and counts) or as an
// IN list (updates, which cannot join).
const QString kFtsJoin = QStringLiteral("notifications_fts CROSS JOIN notifications"
                                        " ON notifications.id = notifications_fts.rowid");
const QString kFtsIn = QStringLiteral("notifications.id IN (SELECT rowid FROM notifications_fts"
                                      " WHERE notifications_fts MATCH ?)");

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
    bool ok = openConnection(&message) && migrate(&message) && setUpSearch(&message);
    QString reason;
    const qint64 unread =
        ok ? scalar(QStringLiteral("SELECT count(*) FROM notifications WHERE read = 0"), {},
                    &reason)
           : -1;
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

bool HistoryStore::openConnection(QString* error)
{
    const bool onDisk =
        m_path != QLatin1String(":memory:") && !m_path.startsWith(QLatin1String("file:"));
    if (onDisk) {
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
    if (!m_db.open()) {
        *error =
            describe(tr("Cannot open the notification history %1"), errorText(m_db.lastError()));
        return false;
    }
    // The first statement reads the file header: this is where a file that is not SQLite (or a
    // damaged one) shows itself.
    QString reason;
    if (!exec(QStringLiteral("PRAGMA schema_version"), &reason)) {
        *error =
            describe(tr("The notification history %1 is damaged or is not a database"), reason);
        return false;
    }
    // WAL: readers never wait for the writer, and a commit is one append. Some file systems
    // (network shares) cannot do it and SQLite keeps its rollback journal, which still works.
    QSqlQuery wal(m_db);
    if (wal.exec(QStringLiteral("PRAGMA journal_mode = WAL")) && wal.next() && onDisk &&
        wal.value(0).toString() != QLatin1String("wal"))
        qCInfo(lcHistory) << "SQLite kept journal mode" << wal.value(0).toString() << "for"
                          << m_path;
    wal.finish();
    // NORMAL is safe with WAL (no corruption on power loss; the last commits may roll back).
    if (!exec(QStringLiteral("PRAGMA synchronous = NORMAL"), &reason) ||
        !exec(QStringLiteral("PRAGMA foreign_keys = ON"), &reason)) {
        *error = describe(tr("Cannot open the notification history %1"), reason);
        return false;
    }
    return true;
}

bool HistoryStore::migrate(QString* error)
{
    QString reason;
    const qint64 version = scalar(QStringLiteral("PRAGMA user_version"), {}, &reason);
    if (version < 0) {
        *error = describe(tr("Cannot read the notification history %1"), reason);
        return false;
    }
    if (version > SchemaVersion) {
        *error = describe(
            tr("The notification history %1 was written by a newer version of Herald"),
            tr("schema %1; this version reads up to schema %2").arg(version).arg(SchemaVersion));
        return false;
    }
    for (int from = static_cast<int>(version); from < SchemaVersion; ++from) {
        bool ok = m_db.transaction();
        const QStringList statements = kMigrations.at(static_cast<size_t>(from))();
        for (const QString& statement : statements)
            ok = ok && exec(statement, &reason);
        ok = ok && exec(QStringLiteral("PRAGMA user_version = %1").arg(from + 1), &reason);
        ok = ok && m_db.commit();
        if (!ok) {
            if (reason.isEmpty())
                reason = errorText(m_db.lastError());
            m_db.rollback();
            *error = describe(tr("Cannot upgrade the notification history %1 to schema %2")
                                  .arg(QStringLiteral("%1"), QString::number(from + 1)),
                              reason);
            return false;
        }
    }
    return true;
}

// Runs at every open, after the migrations: whether FTS5 exists depends on the SQLite the app
// runs with, not on the file. Without it the triggers go (every insert would fail on them), and
// the next open that has FTS5 finds them missing and rebuilds the index from the table.
bool HistoryStore::setUpSearch(QString* error)
{
    const bool fts = m_ftsWanted && hasFts5Module();
    QString reason;
    const qint64 triggers = scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE"
                                                  " type = 'trigger' AND name IN ('%1')")
                                       .arg(kSearchTriggers.join(QLatin1String("', '"))),
                                   {}, &reason);
    bool ok = triggers >= 0;
    if (ok && fts && triggers != kSearchTriggers.size()) {
        QSqlQuery index(m_db);
        ok = m_db.transaction() &&
             exec(QStringLiteral("DROP TABLE IF EXISTS notifications_fts"), &reason) &&
             exec(QStringLiteral(
                      "CREATE VIRTUAL TABLE notifications_fts USING fts5(title, body,"
                      " channel, content='notifications', content_rowid='id', columnsize=0,"
                      " tokenize='unicode61 remove_diacritics 2')"),
                  &reason) &&
             index.prepare(ftsIndexRowsFrom());
        index.bindValue(0, 0);
        ok = ok && run(index, &reason) && exec(ftsDeleteTrigger(), &reason) &&
             exec(ftsUpdateTrigger(), &reason);
        index.finish();
        ok = ok && m_db.commit();
        if (!ok)
            m_db.rollback();
    } else if (ok && !fts) {
        for (const QString& trigger : kSearchTriggers)
            ok = ok && exec(QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(trigger), &reason);
    }
    if (!ok) {
        *error = describe(tr("Cannot set up search in the notification history %1"), reason);
        return false;
    }
    m_fts = fts;
    return true;
}

bool HistoryStore::hasFts5Module()
{
    return exec(QStringLiteral("CREATE VIRTUAL TABLE temp.herald_fts5_probe USING fts5(x)")) &&
           exec(QStringLiteral("DROP TABLE temp.herald_fts5_probe"));
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

QList<Notification> HistoryStore::insert(const QList<Notification>& notifications)
{
    if (!isOpen() || notifications.isEmpty())
        return {};
    QList<Notification> stored;
    stored.reserve(notifications.size());
    QString reason;
    bool ok = m_db.transaction();
    QSqlQuery query(m_db);
    ok = ok && query.prepare(QStringLiteral("INSERT OR IGNORE INTO notifications (source,"
                                            " notification_id, channel, pattern, title, body,"
                                            " full_body, priority, url, icon_url, tags, actions,"
                                            " time_ms, received_ms, raw, read) VALUES (%1)")
                                 .arg(placeholders(16)));
    for (qsizetype i = 0; ok && i < notifications.size(); ++i) {
        const Notification& n = notifications.at(i);
        bindRow(query, n, i > 0 ? &notifications.at(i - 1) : nullptr);
        ok = run(query, &reason);
        if (ok && query.numRowsAffected() == 1) { // 0: a (source, id) already stored
            stored.append(n);
            stored.last().rowId = query.lastInsertId().toLongLong();
        }
    }
    // New rows get row ids above every existing one, so the batch is "row id >= the first".
    if (ok && m_fts && !stored.isEmpty()) {
        query.finish();
        ok = query.prepare(ftsIndexRowsFrom());
        query.bindValue(0, stored.first().rowId);
        ok = ok && run(query, &reason);
    }
    query.finish();
    if (!commitOrRollBack(ok, tr("Could not save notifications in the history %1"), reason) ||
        stored.isEmpty())
        return {};
    adjustUnread(static_cast<int>(std::count_if(stored.cbegin(), stored.cend(),
                                                [](const Notification& n) { return !n.read; })));
    emit inserted(stored);
    return stored;
}

QList<Notification> HistoryStore::page(const HistoryFilter& filter, qint64 beforeRowId,
                                       int limit) const
{
    if (!isOpen() || limit <= 0)
        return {};
    const Where w = where(filter);
    const qint64 before = beforeRowId > 0 ? beforeRowId : std::numeric_limits<qint64>::max();
    return select(newestFirst(w, kColumns, QStringLiteral("< ?")) + QLatin1String(" LIMIT ?"),
                  bound(w, {before, limit}));
}

int HistoryStore::count(const HistoryFilter& filter) const
{
    if (!isOpen())
        return 0;
    const Where w = where(filter);
    const QString from = w.match.isEmpty() ? QStringLiteral("notifications") : kFtsJoin;
    const QString match =
        w.match.isEmpty() ? QString() : QStringLiteral("notifications_fts MATCH ? AND ");
    const qint64 n = scalar(
        QStringLiteral("SELECT count(*) FROM %1 WHERE %2%3").arg(from, match, w.sql), bound(w, {}));
    return static_cast<int>(std::max<qint64>(0, n));
}

QList<HistoryStore::RowState> HistoryStore::rowStates(const HistoryFilter& filter,
                                                      qint64 fromRowId) const
{
    QList<RowState> states;
    if (!isOpen())
        return states;
    const Where w = where(filter);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    QString reason;
    bool ok = query.prepare(newestFirst(w, QStringLiteral("notifications.id, notifications.read"),
                                        QStringLiteral(">= ?")));
    if (ok) {
        bindAll(query, bound(w, {fromRowId}));
        ok = run(query, &reason);
    }
    if (!ok) {
        fail(tr("Could not read the history %1"),
             reason.isEmpty() ? errorText(query.lastError()) : reason);
        return states;
    }
    while (query.next())
        states.append({query.value(0).toLongLong(), query.value(1).toBool()});
    return states;
}

// SELECT `columns` of the rows that match `w` and whose row id passes `idCondition` ("< ?"),
// newest first. With a full-text match the FTS table drives the loop: it yields row ids newest
// first, so a LIMIT stops early instead of sorting every match (CROSS JOIN fixes that order).
QString HistoryStore::newestFirst(const Where& w, const QString& columns,
                                  const QString& idCondition)
{
    if (w.match.isEmpty()) {
        return QStringLiteral("SELECT %1 FROM notifications WHERE %2 AND notifications.id %3"
                              " ORDER BY notifications.id DESC")
            .arg(columns, w.sql, idCondition);
    }
    return QStringLiteral("SELECT %1 FROM %2 WHERE notifications_fts MATCH ? AND %3"
                          " AND notifications_fts.rowid %4 ORDER BY notifications_fts.rowid DESC")
        .arg(columns, kFtsJoin, w.sql, idCondition);
}

// The values for a statement from newestFirst() or count(): the match, the filter's, then `more`.
QVariantList HistoryStore::bound(const Where& w, const QVariantList& more)
{
    return (w.match.isEmpty() ? QVariantList() : QVariantList{w.match}) + w.values + more;
}

std::optional<Notification> HistoryStore::byRowId(qint64 rowId) const
{
    if (!isOpen())
        return std::nullopt;
    const QList<Notification> rows =
        select(QStringLiteral("SELECT %1 FROM notifications WHERE id = ?").arg(kColumns), {rowId});
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
        !run(query, &reason)) {
        fail(tr("Could not read the channels in the history %1"),
             reason.isEmpty() ? errorText(query.lastError()) : reason);
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
    bool ok = m_db.transaction();
    QSqlQuery query(m_db);
    ok = ok && query.prepare(QStringLiteral("UPDATE notifications SET read = ? WHERE id = ? AND"
                                            " read <> ?"));
    for (qsizetype i = 0; ok && i < rowIds.size(); ++i) {
        bindAll(query, {read ? 1 : 0, rowIds.at(i), read ? 1 : 0});
        ok = run(query, &reason);
        flipped += ok ? query.numRowsAffected() : 0;
    }
    query.finish();
    if (!commitOrRollBack(ok, tr("Could not change the read state in the history %1"), reason) ||
        flipped == 0)
        return;
    adjustUnread(read ? -flipped : flipped);
    emit changed();
}

int HistoryStore::markAllRead(const HistoryFilter& filter)
{
    if (!isOpen())
        return 0;
    const Where w = where(filter);
    QSqlQuery query(m_db);
    QString reason;
    QString sql = QStringLiteral("UPDATE notifications SET read = 1 WHERE notifications.read = 0"
                                 " AND %1")
                      .arg(w.sql);
    if (!w.match.isEmpty())
        sql += QLatin1String(" AND ") + kFtsIn;
    const bool ok = query.prepare(sql);
    if (ok)
        bindAll(query, w.match.isEmpty() ? w.values : w.values + QVariantList{w.match});
    if (!ok || !run(query, &reason)) {
        fail(tr("Could not mark notifications read in the history %1"),
             reason.isEmpty() ? errorText(query.lastError()) : reason);
        return 0;
    }
    const int marked = query.numRowsAffected();
    if (marked > 0) {
        adjustUnread(-marked);
        emit changed();
    }
    return marked;
}

void HistoryStore::remove(const QList<qint64>& rowIds)
{
    if (!isOpen() || rowIds.isEmpty())
        return;
    Deleted deleted;
    bool ok = m_db.transaction();
    for (qsizetype from = 0; ok && from < rowIds.size(); from += kIdsPerStatement) {
        const QList<qint64> chunk = rowIds.mid(from, kIdsPerStatement);
        QVariantList values;
        for (const qint64 id : chunk)
            values << id;
        ok = deleteWhere(QStringLiteral("id IN (%1)").arg(placeholders(chunk.size())), values,
                         &deleted);
    }
    if (!commitOrRollBack(ok, tr("Could not delete notifications from the history %1"), {}) ||
        deleted.rows == 0)
        return;
    adjustUnread(-deleted.unread);
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
    bool ok = m_db.transaction();
    if (m_fts) {
        ok = ok && exec(QStringLiteral("DROP TRIGGER notifications_fts_delete"), &reason) &&
             exec(QStringLiteral("INSERT INTO notifications_fts(notifications_fts)"
                                 " VALUES ('delete-all')"),
                  &reason);
    }
    QSqlQuery query(m_db);
    ok = ok && query.prepare(QStringLiteral("DELETE FROM notifications")) && run(query, &reason);
    const int removed = ok ? query.numRowsAffected() : 0;
    query.finish();
    if (m_fts)
        ok = ok && exec(ftsDeleteTrigger(), &reason);
    if (!commitOrRollBack(ok, tr("Could not clear the history %1"), reason))
        return;
    adjustUnread(-m_unread);
    if (removed > 0)
        emit changed();
}

int HistoryStore::applyRetention(int maxCount, int maxAgeDays, const QDateTime& now)
{
    if (!isOpen())
        return 0;
    Deleted deleted;
    bool ok = m_db.transaction();
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
    if (!commitOrRollBack(ok, tr("Could not apply the retention limits to the history %1"), {}))
        return 0;
    if (deleted.rows > 0) {
        adjustUnread(-deleted.unread);
        emit changed();
    }
    return deleted.rows;
}

// Deletes inside the caller's transaction and adds what it deleted to *deleted; the caller
// announces the change once it has committed.
bool HistoryStore::deleteWhere(const QString& condition, const QVariantList& values,
                               Deleted* deleted)
{
    const qint64 unread = scalar(
        QStringLiteral("SELECT count(*) FROM notifications WHERE read = 0 AND %1").arg(condition),
        values);
    QSqlQuery query(m_db);
    QString reason;
    if (unread < 0 ||
        !query.prepare(QStringLiteral("DELETE FROM notifications WHERE %1").arg(condition)))
        return false;
    bindAll(query, values);
    if (!run(query, &reason)) {
        fail(tr("Could not delete notifications from the history %1"), reason);
        return false;
    }
    deleted->rows += query.numRowsAffected();
    deleted->unread += static_cast<int>(unread);
    return true;
}

HistoryStore::Where HistoryStore::where(const HistoryFilter& filter) const
{
    QStringList conditions = {QStringLiteral("1")};
    Where w;
    if (!filter.channel.isEmpty()) {
        conditions << QStringLiteral("notifications.channel = ?");
        w.values << filter.channel;
    }
    if (!filter.source.isEmpty()) {
        conditions << QStringLiteral("notifications.source = ?");
        w.values << filter.source;
    }
    if (filter.unreadOnly)
        conditions << QStringLiteral("notifications.read = 0");
    QStringList ftsTerms;
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    for (const QString& word : filter.search.split(whitespace, Qt::SkipEmptyParts)) {
        if (m_fts && hasTokenCharacter(word)) {
            ftsTerms << ftsTerm(word);
            continue;
        }
        conditions << QStringLiteral(
            "(notifications.title LIKE ? ESCAPE '\\' OR notifications.body LIKE ? ESCAPE '\\'"
            " OR notifications.full_body LIKE ? ESCAPE '\\'"
            " OR notifications.channel LIKE ? ESCAPE '\\')");
        const QString pattern = likePattern(word);
        w.values << pattern << pattern << pattern << pattern;
    }
    w.sql = conditions.join(QLatin1String(" AND "));
    w.match = ftsTerms.join(QLatin1Char(' '));
    return w;
}

QList<Notification> HistoryStore::select(const QString& sql, const QVariantList& values) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    QString reason;
    QList<Notification> rows;
    if (!query.prepare(sql)) {
        fail(tr("Could not read the history %1"), errorText(query.lastError()));
        return rows;
    }
    bindAll(query, values);
    if (!run(query, &reason)) {
        fail(tr("Could not read the history %1"), reason);
        return rows;
    }
    while (query.next())
        rows.append(fromRow(query));
    return rows;
}

// The first column of the first row; -1 when the query fails. Why goes to *reason when given,
// otherwise to error().
qint64 HistoryStore::scalar(const QString& sql, const QVariantList& values, QString* reason) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    QString why;
    bool ok = query.prepare(sql);
    if (ok) {
        bindAll(query, values);
        ok = run(query, &why) && query.next();
    }
    if (ok)
        return query.value(0).toLongLong();
    if (why.isEmpty())
        why = errorText(query.lastError());
    if (reason)
        *reason = why;
    else
        fail(tr("Could not read the history %1"), why);
    return -1;
}

bool HistoryStore::exec(const QString& sql, QString* reason)
{
    QSqlQuery query(m_db);
    if (query.exec(sql))
        return true;
    if (reason)
        *reason = errorText(query.lastError());
    return false;
}

bool HistoryStore::commitOrRollBack(bool ok, const QString& what, QString reason)
{
    if (ok && m_db.commit())
        return true;
    if (reason.isEmpty())
        reason = errorText(m_db.lastError());
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
    return sentence.arg(QDir::toNativeSeparators(m_path)) + QLatin1String(": ") + reason;
}

void HistoryStore::adjustUnread(int delta)
{
    if (delta == 0)
        return;
    m_unread += delta;
    emit unreadCountChanged(m_unread);
}
