#include "storage/HistoryRecovery.h"

#include "storage/HistorySql.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <atomic>
#include <filesystem>
#include <system_error>

namespace {

std::atomic<quint64> s_probeCounter{0};

const QStringList kCompanions = {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")};

std::filesystem::path fsPath(const QString& path)
{
    return std::filesystem::path(path.toStdU16String());
}

// A plain rename: QFile::rename() falls back to copying, which could leave two copies behind.
bool rename(const QString& from, const QString& to, QString* reason)
{
    std::error_code failure;
    std::filesystem::rename(fsPath(from), fsPath(to), failure);
    if (!failure)
        return true;
    *reason = QString::fromLocal8Bit(failure.message());
    return false;
}

} // namespace

HistoryRecovery::Health HistoryRecovery::check(const QSqlDatabase& db, QString* reason)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA quick_check(1)")) || !query.next()) {
        *reason = HistorySql::errorText(query.lastError());
        return HistorySql::isDamage(query.lastError()) ? Health::Damaged : Health::Unknown;
    }
    const QString verdict = query.value(0).toString();
    if (verdict == QLatin1String("ok"))
        return Health::Sound;
    *reason = verdict;
    return Health::Damaged;
}

HistoryRecovery::Health HistoryRecovery::probe(const QString& path, QString* reason)
{
    const QString name = QStringLiteral("herald-history-probe-%1").arg(++s_probeCounter);
    Health health = Health::Unknown;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open())
            health = check(db, reason);
        else
            *reason = HistorySql::errorText(db.lastError());
        db.close();
    }
    QSqlDatabase::removeDatabase(name); // no handle may be left: the file may be moved next
    return health;
}

bool HistoryRecovery::moveAside(const QString& path, const QDateTime& now, QString* movedTo,
                                QString* error)
{
    const QString aside = freeAsideName(path, now);
    QStringList moved;
    QString reason;
    for (const QString& suffix : kCompanions) {
        if (!QFileInfo::exists(path + suffix))
            continue;
        if (!rename(path + suffix, aside + suffix, &reason)) {
            // Back to how it was: a -wal left without its database could be replayed into the
            // fresh one.
            QString ignored;
            for (const QString& done : std::as_const(moved))
                rename(aside + done, path + done, &ignored);
            *error = tr("The notification history %1 is damaged and could not be moved to %2: %3")
                         .arg(QDir::toNativeSeparators(path + suffix),
                              QDir::toNativeSeparators(aside + suffix), reason);
            return false;
        }
        moved.append(suffix);
    }
    *movedTo = aside;
    return true;
}

QString HistoryRecovery::freeAsideName(const QString& path, const QDateTime& now)
{
    const QString stem = path + QStringLiteral(".corrupt-") +
                         now.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const auto taken = [](const QString& name) {
        return QFileInfo::exists(name) || QFileInfo::exists(name + QStringLiteral("-wal"));
    };
    QString name = stem;
    for (int n = 2; taken(name); ++n)
        name = stem + QStringLiteral("-%1").arg(n);
    return name;
}
