#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// The shape of the history database: the connection's pragmas, the tables and indexes that
// `PRAGMA user_version` migrations build (one migration per version), and the FTS5 search index,
// which exists only when the SQLite the app runs with has FTS5.
//
// Used by HistoryStore while it opens the database, on its connection, and dropped before the
// connection closes. Every step that fails puts a message naming the file in *error.
class HistorySchema {
    // Its messages are the store's, so translations find them under HistoryStore.
    Q_DECLARE_TR_FUNCTIONS(HistoryStore)

public:
    HistorySchema(QSqlDatabase& db, const QString& path);

    // Whether `path` names a file (rather than ":memory:" or a "file:" URI).
    static bool isOnDisk(const QString& path);

    // Right after the connection opened: checks that the file is a database and sets the journal
    // (WAL), synchronous and foreign-key pragmas.
    bool configure(QString* error);
    // Takes the schema from the file's user_version to HistoryStore::SchemaVersion.
    bool migrate(QString* error);
    // At every open, after migrate(): creates or rebuilds the search index when `wanted` and
    // SQLite has FTS5, and removes its triggers otherwise.
    bool setUpSearch(bool wanted, QString* error);
    bool usesFullTextSearch() const { return m_fts; }

    // Adds the rows with a row id of at least the bound value to the search index.
    static QString indexRowsFromStatement();
    // clear() empties the table without the delete trigger (which would run once per row) and
    // the index in one step, then puts the trigger back.
    static QString dropSearchDeleteTrigger();
    static QString emptySearchIndex();
    static QString createSearchDeleteTrigger();

private:
    bool migrateFrom(int version, QString* error);
    bool hasFts5Module() const;
    bool searchTriggerCount(qint64* count, QString* reason) const;
    bool buildSearchIndex(QString* reason);
    bool dropSearchTriggers(QString* reason);
    bool exec(const QString& sql, QString* reason) const;
    QString describe(const QString& sentence, const QString& reason) const;

    QSqlDatabase& m_db;
    QString m_path;
    bool m_fts = false;
};
