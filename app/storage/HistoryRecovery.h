#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

// Telling a damaged history file from one that is merely busy, read-only or from a newer Herald,
// and moving a damaged one aside so Herald can start with an empty history instead of none.
//
// Only SQLite's own verdict counts as damage: "not a database", "database disk image is
// malformed", or a PRAGMA quick_check that finds a problem. Anything else (locked, busy,
// read-only, no permission) leaves the file where it is.
class HistoryRecovery {
    // Its messages are the store's, so translations find them under HistoryStore.
    Q_DECLARE_TR_FUNCTIONS(HistoryStore)

public:
    enum class Health { Sound, Damaged, Unknown };

    // PRAGMA quick_check on an open connection; why it is not Sound goes to *reason.
    static Health check(const QSqlDatabase& db, QString* reason);
    // check() on a connection of its own to the file at `path`, closed again before returning.
    static Health probe(const QString& path, QString* reason);

    // Moves `path` and its -wal and -shm files to "<path>.corrupt-<yyyyMMdd-HHmmss>" (local
    // `now`; "-2", "-3"... if that name is taken) and the same name plus "-wal" and "-shm", so
    // they still belong together. All or nothing: a failure moves back what was moved and puts a
    // message naming both paths in *error. The file must not be open.
    static bool moveAside(const QString& path, const QDateTime& now, QString* movedTo,
                          QString* error);

private:
    static QString freeAsideName(const QString& path, const QDateTime& now);
};
