#include "storage/HistorySchema.h"

#include "storage/HistorySql.h"
#include "storage/HistoryStore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <array>

namespace {

// One migration per schema version: kMigrations[v] takes a database from user_version v to v + 1
// and runs in the same transaction as the user_version update, so a crash leaves either the old
// or the new schema. To change the schema, append a migration and raise SchemaVersion; never edit
// one that has shipped. A migration that changes title, body, full_body or channel must also
// drop the notifications_fts_* triggers: setUpSearch() then rebuilds the search index at open.
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

// Durable channels: what kind of row it is (a message or a gap marker), the stream entry a
// notification was read from, and per (connection, stream) how far Herald has read. The columns
// have defaults, so rows stored before read as messages that came on Pub/Sub.
QStringList migrationTo2()
{
    return {
        QStringLiteral("ALTER TABLE notifications ADD COLUMN kind INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE notifications ADD COLUMN stream_key TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE notifications ADD COLUMN stream_id TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("CREATE TABLE stream_cursors ("
                       " source TEXT NOT NULL,"
                       " stream_key TEXT NOT NULL,"
                       " last_id TEXT NOT NULL," // "<ms>-<seq>" of the newest entry stored
                       " updated_ms INTEGER,"    // msecs since the epoch, UTC
                       " PRIMARY KEY (source, stream_key))"),
    };
}

using Migration = QStringList (*)();
constexpr std::array<Migration, HistoryStore::SchemaVersion> kMigrations = {&migrationTo1,
                                                                            &migrationTo2};

// The search index: FTS5 over the notifications table (external content, so the text is stored
// once). It indexes the complete body, not the capped one. HistoryStore::insert() adds a batch's
// rows to it in one statement; triggers follow deletes and edits. The triggers' presence is also
// the record that the index is complete (see setUpSearch()).
//
// Not an insert trigger: with one INSERT per row, FTS5 (SQLite 3.40) syncs its pending terms at
// each statement, and a 10,000-row batch took five to eight times longer than indexing the same
// rows in one statement. columnsize=0 drops a per-row size table that only ranking reads; the
// list is ordered by row id, never by rank.
const QString kFtsBody =
    QStringLiteral("CASE WHEN %1full_body = '' THEN %1body ELSE %1full_body END");

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

const QStringList kSearchTriggers = {QStringLiteral("notifications_fts_delete"),
                                     QStringLiteral("notifications_fts_update")};

} // namespace

HistorySchema::HistorySchema(QSqlDatabase& db, const QString& path)
    : m_db(db)
    , m_path(path)
{
}

bool HistorySchema::isOnDisk(const QString& path)
{
    return path != QLatin1String(":memory:") && !path.startsWith(QLatin1String("file:"));
}

bool HistorySchema::configure(QString* error)
{
    // The first statement reads the file header: this is where a file that is not SQLite (or a
    // damaged one) shows itself, and also one that another program holds locked.
    QSqlQuery header(m_db);
    if (!header.exec(QStringLiteral("PRAGMA schema_version"))) {
        const QSqlError failure = header.lastError();
        *error = describe(HistorySql::isDamage(failure)
                              ? tr("The notification history %1 is damaged or is not a database")
                              : tr("Cannot open the notification history %1"),
                          HistorySql::errorText(failure));
        return false;
    }
    header.finish();
    QString reason;
    // WAL: readers never wait for the writer, and a commit is one append. Some file systems
    // (network shares) cannot do it and SQLite keeps its rollback journal, which still works.
    QSqlQuery wal(m_db);
    if (wal.exec(QStringLiteral("PRAGMA journal_mode = WAL")) && wal.next() && isOnDisk(m_path) &&
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

bool HistorySchema::migrate(QString* error)
{
    QString reason;
    const std::optional<qint64> version =
        HistorySql::scalar(m_db, QStringLiteral("PRAGMA user_version"), {}, &reason);
    if (!version) {
        *error = describe(tr("Cannot read the notification history %1"), reason);
        return false;
    }
    if (*version > HistoryStore::SchemaVersion) {
        *error =
            describe(tr("The notification history %1 was written by a newer version of Herald"),
                     tr("schema %1; this version reads up to schema %2")
                         .arg(*version)
                         .arg(HistoryStore::SchemaVersion));
        return false;
    }
    for (int from = static_cast<int>(*version); from < HistoryStore::SchemaVersion; ++from) {
        if (!migrateFrom(from, error))
            return false;
    }
    return true;
}

// Runs the migration from `version` and records version + 1 in one transaction.
bool HistorySchema::migrateFrom(int version, QString* error)
{
    QString reason;
    bool ok = m_db.transaction();
    const QStringList statements = kMigrations.at(static_cast<size_t>(version))();
    for (const QString& statement : statements)
        ok = ok && exec(statement, &reason);
    ok = ok && exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1), &reason);
    ok = ok && m_db.commit();
    if (ok)
        return true;
    if (reason.isEmpty())
        reason = HistorySql::errorText(m_db.lastError());
    m_db.rollback();
    *error = describe(tr("Cannot upgrade the notification history %1 to schema %2")
                          .arg(QStringLiteral("%1"), QString::number(version + 1)),
                      reason);
    return false;
}

// Whether FTS5 exists depends on the SQLite the app runs with, not on the file. Without it the
// triggers go (every insert would fail on them), and the next open that has FTS5 finds them
// missing and rebuilds the index from the table.
bool HistorySchema::setUpSearch(bool wanted, QString* error)
{
    const bool fts = wanted && hasFts5Module();
    QString reason;
    qint64 triggers = 0;
    bool ok = searchTriggerCount(&triggers, &reason);
    if (ok && fts && triggers != kSearchTriggers.size())
        ok = buildSearchIndex(&reason);
    else if (ok && !fts)
        ok = dropSearchTriggers(&reason);
    if (!ok) {
        *error = describe(tr("Cannot set up search in the notification history %1"), reason);
        return false;
    }
    m_fts = fts;
    return true;
}

bool HistorySchema::hasFts5Module() const
{
    return exec(QStringLiteral("CREATE VIRTUAL TABLE temp.herald_fts5_probe USING fts5(x)"),
                nullptr) &&
           exec(QStringLiteral("DROP TABLE temp.herald_fts5_probe"), nullptr);
}

bool HistorySchema::searchTriggerCount(qint64* count, QString* reason) const
{
    const std::optional<qint64> n =
        HistorySql::scalar(m_db,
                           QStringLiteral("SELECT count(*) FROM sqlite_master WHERE"
                                          " type = 'trigger' AND name IN ('%1')")
                               .arg(kSearchTriggers.join(QLatin1String("', '"))),
                           {}, reason);
    *count = n.value_or(-1);
    return n.has_value();
}

// Drops whatever index there was and indexes the whole table, in one transaction.
bool HistorySchema::buildSearchIndex(QString* reason)
{
    QSqlQuery index(m_db);
    bool ok =
        m_db.transaction() &&
        exec(QStringLiteral("DROP TABLE IF EXISTS notifications_fts"), reason) &&
        exec(QStringLiteral("CREATE VIRTUAL TABLE notifications_fts USING fts5(title, body,"
                            " channel, content='notifications', content_rowid='id', columnsize=0,"
                            " tokenize='unicode61 remove_diacritics 2')"),
             reason) &&
        index.prepare(indexRowsFromStatement());
    index.bindValue(0, 0);
    ok = ok && HistorySql::run(index, reason) && exec(createSearchDeleteTrigger(), reason) &&
         exec(ftsUpdateTrigger(), reason);
    index.finish();
    ok = ok && m_db.commit();
    if (!ok)
        m_db.rollback();
    return ok;
}

bool HistorySchema::dropSearchTriggers(QString* reason)
{
    bool ok = true;
    for (const QString& trigger : kSearchTriggers)
        ok = ok && exec(QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(trigger), reason);
    return ok;
}

QString HistorySchema::indexRowsFromStatement()
{
    return QStringLiteral("INSERT INTO notifications_fts(rowid, title, body, channel)"
                          " SELECT id, title, %1, channel FROM notifications WHERE id >= ?")
        .arg(kFtsBody.arg(QString()));
}

QString HistorySchema::dropSearchDeleteTrigger()
{
    return QStringLiteral("DROP TRIGGER notifications_fts_delete");
}

QString HistorySchema::emptySearchIndex()
{
    return QStringLiteral("INSERT INTO notifications_fts(notifications_fts) VALUES ('delete-all')");
}

QString HistorySchema::createSearchDeleteTrigger()
{
    return QStringLiteral("CREATE TRIGGER notifications_fts_delete AFTER DELETE ON notifications"
                          " BEGIN INSERT INTO notifications_fts(notifications_fts, rowid, title,"
                          " body, channel) VALUES ('delete', old.id, old.title, %1, old.channel);"
                          " END")
        .arg(kFtsBody.arg(QLatin1String("old.")));
}

bool HistorySchema::exec(const QString& sql, QString* reason) const
{
    return HistorySql::exec(m_db, sql, reason);
}

QString HistorySchema::describe(const QString& sentence, const QString& reason) const
{
    return HistorySql::describe(sentence, m_path, reason);
}
