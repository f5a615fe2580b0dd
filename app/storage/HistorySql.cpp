#include "storage/HistorySql.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcHistory, "herald.storage", QtWarningMsg)

QString HistorySql::errorText(const QSqlError& error)
{
    const QString text = error.databaseText();
    return text.isEmpty() ? error.text() : text;
}

bool HistorySql::isDamage(const QSqlError& error)
{
    // SQLITE_CORRUPT and SQLITE_NOTADB; an extended code carries its primary one in the low byte.
    constexpr int corrupt = 11;
    constexpr int notADatabase = 26;
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    return ok && (code == corrupt || code == notADatabase);
}

bool HistorySql::run(QSqlQuery& query, QString* reason)
{
    if (query.exec())
        return true;
    if (reason)
        *reason = errorText(query.lastError());
    return false;
}

bool HistorySql::exec(const QSqlDatabase& db, const QString& sql, QString* reason)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (reason)
        *reason = errorText(query.lastError());
    return false;
}

std::optional<qint64> HistorySql::scalar(const QSqlDatabase& db, const QString& sql,
                                         const QVariantList& values, QString* reason)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    QString why;
    bool ok = query.prepare(sql);
    if (ok) {
        bindAll(query, values);
        ok = run(query, &why) && query.next();
    }
    if (ok)
        return query.value(0).toLongLong();
    *reason = why.isEmpty() ? errorText(query.lastError()) : why;
    return std::nullopt;
}

void HistorySql::bindAll(QSqlQuery& query, const QVariantList& values)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(static_cast<int>(i), values.at(i));
}

QString HistorySql::placeholders(qsizetype count)
{
    QString list = QStringLiteral("?");
    list.reserve(count * 3);
    for (qsizetype i = 1; i < count; ++i)
        list += QLatin1String(", ?");
    return list;
}

QString HistorySql::describe(const QString& sentence, const QString& path, const QString& reason)
{
    return sentence.arg(QDir::toNativeSeparators(path)) + QLatin1String(": ") + reason;
}
