#pragma once

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>
#include <optional>

class QSqlError;
class QSqlQuery;

Q_DECLARE_LOGGING_CATEGORY(lcHistory)

// The statement plumbing that HistoryStore and HistorySchema share: running SQL on the history's
// connection and keeping SQLite's words for a failure, so the caller can report it with the
// file's name (describe()).
class HistorySql {
public:
    static QString errorText(const QSqlError& error);
    // Whether SQLite says the file is damaged or not a database (rather than busy, read-only...).
    static bool isDamage(const QSqlError& error);
    // Runs a prepared query; on failure puts SQLite's words in *reason (when given).
    static bool run(QSqlQuery& query, QString* reason);
    static bool exec(const QSqlDatabase& db, const QString& sql, QString* reason = nullptr);
    // The first column of the first row; nothing when the query fails, and why in *reason.
    static std::optional<qint64> scalar(const QSqlDatabase& db, const QString& sql,
                                        const QVariantList& values, QString* reason);
    static void bindAll(QSqlQuery& query, const QVariantList& values);
    static QString placeholders(qsizetype count); // "?, ?, ..." with `count` of them
    // `sentence` has %1 where the file's name goes.
    static QString describe(const QString& sentence, const QString& path, const QString& reason);
};
