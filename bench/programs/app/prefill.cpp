// bench-prefill: writes N notifications into a history file for the scenarios that start the
// tray app on a large history (memory, start-up, growth).
//
//   bench-prefill --db FILE --count N [--seed 10000]
//
// The first --seed notifications go through NotificationParser and HistoryStore::insert(), the
// tray app's own path, so the schema, every index and the search index are exactly Herald's.
// The rest are copies of those rows made inside SQLite (INSERT ... SELECT, doubling until N, each
// copy with an id and a time of its own), followed by the same search-index statement the store
// runs after a batch: storing a million rows one by one through Qt SQL would take minutes here,
// and the file would be the same. Rows arrive one second apart ending now (1,000,000 span 11.6
// days, inside the default 90-day retention); all but the newest 1,000 are read.
// Prints RESULT {"count", "seconds", "bytes"}.

#include "bench_common.h"
#include "notifications/NotificationParser.h"
#include "storage/HistorySchema.h"
#include "storage/HistoryStore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>
#include <cstdio>

namespace {

const QString Columns = QStringLiteral(
    "source, notification_id, channel, pattern, title, body, full_body, priority, url, icon_url,"
    " tags, actions, time_ms, received_ms, raw, read, kind, stream_key, stream_id");

QByteArray payload(qint64 i)
{
    return "{\"id\":\"prefill-" + QByteArray::number(i) +
           "\",\"title\":\"Deploy finished\",\"body\":\"web-" + QByteArray::number(i % 100) +
           " deployed build " + QByteArray::number(i * 2654435761LL % 0xfffffff, 16) +
           " to production. All health checks passed; canary at 5% showed no error budget "
           "burn.\",\"priority\":" +
           QByteArray::number(i % 5 + 1) + ",\"url\":\"https://ci.example.com/builds/" +
           QByteArray::number(i) + "\"}";
}

// The seed rows, through the app's own parser and store: received one second apart from
// `start` on.
bool insertSeed(const QString& db, qint64 seed, const QDateTime& start)
{
    HistoryStore store;
    QString error;
    if (!store.open(db, &error)) {
        std::fprintf(stderr, "bench-prefill: %s\n", qPrintable(error));
        return false;
    }
    QList<Notification> batch;
    batch.reserve(seed);
    for (qint64 i = 0; i < seed; ++i) {
        Notification n = NotificationParser::parse(
            payload(i), {QStringLiteral("redis://127.0.0.1:6379"), QStringLiteral("bench:history"),
                         QString(), start.addSecs(i)});
        n.read = true;
        batch.append(n);
    }
    return store.insert(batch).size() == seed;
}

bool exec(QSqlDatabase& db, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery q(db);
    bool ok = q.prepare(sql);
    for (qsizetype i = 0; ok && i < values.size(); ++i)
        q.bindValue(static_cast<int>(i), values[i]);
    ok = ok && q.exec();
    if (!ok)
        std::fprintf(stderr, "bench-prefill: %s: %s\n", qPrintable(sql),
                     qPrintable(q.lastError().text()));
    return ok;
}

// Copies the first `n` rows with ids and times moved on by `have`, then indexes the copies for
// search with the store's own statement.
bool copyRows(QSqlDatabase& db, qint64 have, qint64 n)
{
    const QString copy =
        QStringLiteral("INSERT INTO notifications (%1) SELECT source, 'prefill-' || (id - 1 + ?),"
                       " channel, pattern, title, body, full_body, priority, url, icon_url, tags,"
                       " actions, time_ms + ? * 1000, received_ms + ? * 1000, raw, read, kind,"
                       " stream_key, stream_id FROM notifications WHERE id <= ? ORDER BY id")
            .arg(Columns);
    return db.transaction() && exec(db, copy, {have, have, have, n}) &&
           exec(db, HistorySchema::indexRowsFromStatement(), {have + 1}) && db.commit();
}

bool doubleUntil(const QString& path, qint64 seed, qint64 count)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fill"));
    db.setDatabaseName(path);
    // A throwaway file being filled: no fsync per transaction.
    bool ok = db.open() && exec(db, QStringLiteral("PRAGMA synchronous = OFF"));
    for (qint64 have = seed; ok && have < count; have += std::min(have, count - have))
        ok = copyRows(db, have, std::min(have, count - have));
    ok = ok &&
         exec(db, QStringLiteral("UPDATE notifications SET read = 0 WHERE id > ?"), {count - 1000});
    db.close();
    return ok;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QString db;
    qint64 count = 0;
    qint64 seed = 10'000;
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--db"))
            db = args[i + 1];
        else if (args[i] == QLatin1String("--count"))
            count = args[i + 1].toLongLong();
        else if (args[i] == QLatin1String("--seed"))
            seed = args[i + 1].toLongLong();
    }
    if (db.isEmpty() || count <= 0 || seed <= 0 || args.size() % 2 == 0) {
        std::fprintf(stderr, "usage: bench-prefill --db FILE --count N [--seed 10000]\n");
        return 2;
    }
    seed = std::min(seed, count);
    const int64_t started = bench_now_ns();
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-count);
    if (!insertSeed(db, seed, start) || !doubleUntil(db, seed, count))
        return 1;
    std::printf("RESULT {\"count\":%lld,\"seconds\":%.3f,\"bytes\":%lld}\n",
                static_cast<long long>(count), double(bench_now_ns() - started) / 1e9,
                static_cast<long long>(QFileInfo(db).size()));
    return 0;
}
