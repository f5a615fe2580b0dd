#pragma once

#include "notifications/Notification.h"
#include "sources/StreamCursor.h"
#include "storage/HistoryFilter.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <optional>

// The notification history in SQLite (Qt SQL, WAL journal, a schema version with migrations).
// Notifications and their read state survive restarts; the list model reads pages from here.
//
// Contract:
// - insert() stores a batch in one transaction, skips notifications already stored (same source
//   and id), fills in rowId and read of the ones it stored, returns them, and emits inserted().
//   A notification is stored with the read state it carries (false unless the caller set it);
//   a gap marker (Notification::Kind::Gap) is always stored read and never counts as unread,
//   and setRead() does not make it unread.
// - Stream cursors (durable channels) are saved in the same transaction as the batch they
//   cover, so after a crash the history holds either both or neither. A cursor only moves
//   forward: an id that is not newer than the stored one (compared as two numbers) is ignored.
// - open() fails on a damaged file and leaves it alone; openOrRecover() moves a damaged file
//   aside and starts an empty history, but never a file that is only locked, busy, read-only or
//   from a newer Herald. A read-only file opens: reads work and every write reports error().
// - setRead(), markAllRead(), remove(), clear() and applyRetention() emit changed() when they
//   changed anything; unreadCountChanged() follows any change of the unread count.
// - Pages are newest first, by keyset (rows older than a row id), so page 500 costs what page 1
//   does; oldestFirst() pages the other way (rows newer than a row id) for exports.
// - Search treats its text as plain words, all of which must match (title, body or channel,
//   case-insensitive). With FTS5 a word matches words that start with it; without FTS5, and for
//   words made only of punctuation or symbols, a word matches as a substring (LIKE).
// - A failure after open() (disk full, a file corrupted underneath, a read-only file) never
//   throws or crashes: the operation changes nothing and error() says what went wrong, naming
//   the file.
// - Use it from one thread only: the one that called open(). Another HistoryStore may write to
//   the same file from another thread (HistoryWriter does): every write transaction takes the
//   write lock when it begins, and waits for the other's (SQLite's busy timeout, 5 s).
// - The schema: a `notifications` table (one column per stored Notification field; tags and
//   actions as JSON text, raw as BLOB, times as msecs since the epoch UTC, kind as 0 or 1) with
//   a UNIQUE (source, notification_id) index, indexes on channel, source, received time and a
//   partial index of the unread rows, an external-content FTS5 table `notifications_fts` when
//   SQLite has it, and `stream_cursors` (source, stream_key, last_id, updated_ms).
class HistoryStore : public QObject {
    Q_OBJECT

public:
    // user_version of the newest schema. Each version has one migration in HistorySchema.cpp.
    static constexpr int SchemaVersion = 2;

    explicit HistoryStore(QObject* parent = nullptr);
    ~HistoryStore() override;

    // Opens or creates the database at `path` (":memory:" for a throwaway one) and migrates it.
    // Creates the folder it lives in. On failure returns false, leaves the store closed and puts
    // a message that names the file in *error (when given); a corrupt file is such a failure.
    bool open(const QString& path, QString* error);
    // open(), then PRAGMA quick_check (it reads the whole file once). When SQLite says the file
    // is damaged or not a database, moves it (and its -wal and -shm) aside to
    // "<path>.corrupt-<yyyyMMdd-HHmmss>", opens an empty history and puts a sentence for the user
    // naming both files in *notice (empty otherwise). Returns false, with *error, when the file
    // cannot be opened for any other reason or cannot be moved.
    bool openOrRecover(const QString& path, QString* notice, QString* error);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }

    // Search uses an FTS5 index when SQLite has FTS5, otherwise LIKE. Tests turn it off to cover
    // the fallback; takes effect at the next open().
    void setFullTextSearchEnabled(bool enabled) { m_ftsWanted = enabled; }
    // How long a write waits for another connection's transaction before it fails (Qt's
    // default, 5 s, when 0); takes effect at the next open().
    void setBusyTimeoutMs(int ms) { m_busyTimeoutMs = ms; }
    bool usesFullTextSearch() const { return m_fts; }

    // Stores `notifications` and advances `cursors` in one transaction; see the contract above.
    // A batch of duplicates only (nothing new) still advances the cursors.
    // *ok (when given) is false when storing failed (error() says why), true otherwise: an empty
    // result alone also means "every one was stored before".
    QList<Notification> insert(const QList<Notification>& notifications,
                               const QList<StreamCursor>& cursors = {}, bool* ok = nullptr);
    // For rows another connection to the same file stored (HistoryWriter's, on its thread):
    // emits inserted() for those still there, with their read state as it is now, and counts
    // their unread ones, as insert() does for its own.
    void announceInserted(const QList<Notification>& stored);
    // Advances `cursors` in a transaction of their own (same forward-only rule). False, with
    // error(), when that fails; false without error() when the store is closed.
    bool saveCursors(const QList<StreamCursor>& cursors);
    // The stored cursors of `source` (of every source when empty), sorted by source and key.
    // When they cannot be read (or the store is closed) returns an empty list, puts false in
    // *ok and, after open(), reports error(). An empty list is not "nothing saved" unless *ok
    // is true: a caller that resumes streams from these must pass `ok` and must not resume on
    // failure (every stream would look new and be read from its newest entry on).
    QList<StreamCursor> cursors(const QString& source = {}, bool* ok = nullptr) const;

    // Newest first: up to `limit` rows matching `filter` with a row id below `beforeRowId`
    // (0 = from the newest).
    QList<Notification> page(const HistoryFilter& filter, qint64 beforeRowId, int limit) const;
    // Oldest first: up to `limit` rows matching `filter` with a row id above `afterRowId`
    // (0 = from the oldest). Pass the last row's id to read the next page.
    QList<Notification> oldestFirst(const HistoryFilter& filter, qint64 afterRowId,
                                    int limit) const;
    int count(const HistoryFilter& filter) const;
    // The row id and read state of every row matching `filter` with a row id of at least
    // `fromRowId`, newest first: what a view that has loaded rows down to `fromRowId` reads to
    // bring them up to date after changed(), at a fraction of the cost of whole rows.
    struct RowState {
        qint64 rowId = 0;
        bool read = false;
    };
    QList<RowState> rowStates(const HistoryFilter& filter, qint64 fromRowId) const;
    std::optional<Notification> byRowId(qint64 rowId) const;
    QList<Notification> newest(int limit) const { return page({}, 0, limit); }
    int unreadCount() const;
    QStringList channels() const; // every channel in the history, sorted

    void setRead(const QList<qint64>& rowIds, bool read);
    int markAllRead(const HistoryFilter& filter);
    void remove(const QList<qint64>& rowIds);
    void clear();
    // Keeps at most `maxCount` notifications (0 = no count limit) and none older than
    // `maxAgeDays` (0 = no age limit) relative to `now`, by the time Herald received them.
    // Returns how many were deleted.
    int applyRetention(int maxCount, int maxAgeDays, const QDateTime& now);

signals:
    void inserted(const QList<Notification>& notifications);
    void changed();
    void unreadCountChanged(int unread);
    // A failure after open(): the message names the file and says what went wrong.
    void error(const QString& message);

private:
    struct Deleted {
        int rows = 0;
    };

    bool openConnection(QString* error);
    bool openSchema(QString* error);
    bool isDamaged(bool opened);
    bool insertRows(const QList<Notification>& notifications, QList<Notification>* stored,
                    QString* reason);
    void closeConnection();
    bool beginWrite(QString* reason);
    void announce(const QList<Notification>& stored);
    void recountUnread();
    qint64 newestRowId() const;
    void afterDeletion(qint64 newest);
    bool commitOrRollBack(bool ok, const QString& what, QString reason);
    void fail(const QString& what, const QString& reason) const;
    QString describe(const QString& sentence, const QString& reason) const;

    QList<Notification> select(const QString& sql, const QVariantList& values) const;
    qint64 scalar(const QString& sql, const QVariantList& values, QString* reason = nullptr) const;
    bool deleteWhere(const QString& condition, const QVariantList& values, Deleted* deleted);
    void adjustUnread(int delta);

    QString m_connectionName;
    QString m_path;
    QSqlDatabase m_db;
    int m_unread = 0;
    qint64 m_announcedUpTo = 0; // the newest row id inserted() has announced
    bool m_ftsWanted = true;
    int m_busyTimeoutMs = 0;
    bool m_fts = false;
};
