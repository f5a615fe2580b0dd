// herald-bench-ingest: how many notifications a second Herald's core receives AND fully parses.
//
//   herald-bench-ingest --url redis://127.0.0.1:P (--channel C | --pattern GLOB) --count N
//                       [--start-timeout-ms 60000] [--idle-timeout-ms 5000]
//                       [--latency-file FILE] [--linger 0|1]
//   herald-bench-ingest --url socketio+ws://127.0.0.1:P --count N ...
//
// A RedisSource (the production class, unchanged) subscribes to the channel; any other URL gets
// the source SourceFactory makes for it, as `herald --source URL` would (a Socket.IO URL
// listens for the "notification" event: the seed's gateway). Once statusChanged
// reports Connected it prints READY; then it takes the batches notificationsReceived delivers,
// each already parsed into Notification values, until N distinct ids have arrived.
//
// The publisher numbers its payloads "id":"0".."N-1"; each Notification::id is checked, so the
// RESULT line reports lost, duplicated and out-of-order messages, plus anything whose id is not
// such a number ("foreign"). It also reports whether the source ever left Connected (Redis drops
// a subscriber that exceeds its client-output-buffer-limit for pubsub).
//
// Timing: the clock starts when the first batch is delivered and stops at the last one; the
// first batch's messages are not counted in the rate (their parse happened before the clock
// started), which is the same rule the raw subscriber applies to its first message.
//
// With --latency-file, each notification's "sent_ns" (the paced publisher's CLOCK_MONOTONIC
// stamp, read from the raw payload) is subtracted from the time its batch was delivered, already
// parsed: publish -> parsed, one nanosecond figure per line of FILE, written at the end.
//
// Exit status: 0 when all N arrived exactly once, 1 when it gave up or saw loss/duplicates
// (the RESULT line says what it got), 2 on bad usage.

#include "bench_common.h"
#include "notifications/Notification.h"
#include "sources/SourceFactory.h"
#include "sources/SourceStatus.h"
#include "sources/redis/RedisEndpoint.h"
#include "sources/redis/RedisSource.h"
#include "storage/CommandLineProfiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>
#include <QTimer>
#include <cstdio>
#include <memory>
#include <vector>

namespace {

struct Options {
    QString url;
    QString channel = QStringLiteral("bench:ingest");
    QString pattern;
    QString latencyFile;
    qint64 count = 200'000;
    qint64 startTimeoutMs = 60'000;
    qint64 idleTimeoutMs = 5'000;
    bool linger = false; // stay connected after RESULT until stopped
};

bool parseOptions(const QStringList& args, Options* o)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (i + 1 >= args.size())
            return false;
        const QString& a = args[i];
        const QString& v = args[++i];
        bool ok = true;
        if (a == QLatin1String("--url"))
            o->url = v;
        else if (a == QLatin1String("--channel"))
            o->channel = v;
        else if (a == QLatin1String("--pattern"))
            o->pattern = v;
        else if (a == QLatin1String("--latency-file"))
            o->latencyFile = v;
        else if (a == QLatin1String("--count"))
            o->count = v.toLongLong(&ok);
        else if (a == QLatin1String("--start-timeout-ms"))
            o->startTimeoutMs = v.toLongLong(&ok);
        else if (a == QLatin1String("--idle-timeout-ms"))
            o->idleTimeoutMs = v.toLongLong(&ok);
        else if (a == QLatin1String("--linger"))
            o->linger = v == QLatin1String("1");
        else
            return false;
        if (!ok)
            return false;
    }
    return !o->url.isEmpty() && o->count > 0;
}

// The publisher's ids are decimal; anything else is -1. Cheaper than QString::toLongLong, so the
// check adds as little as possible to what is measured.
qint64 sequenceOf(const QString& id)
{
    if (id.isEmpty() || id.size() > 18)
        return -1;
    qint64 value = 0;
    for (const QChar ch : id) {
        const char16_t u = ch.unicode();
        if (u < u'0' || u > u'9')
            return -1;
        value = value * 10 + (u - u'0');
    }
    return value;
}

// The publisher's "sent_ns":"<digits>" stamp in a raw payload, or 0.
qint64 sentNsOf(const QByteArray& raw)
{
    static const QByteArray key = QByteArrayLiteral("\"sent_ns\":\"");
    const qsizetype at = raw.indexOf(key);
    if (at < 0)
        return 0;
    qint64 value = 0;
    for (qsizetype i = at + key.size(); i < raw.size() && raw[i] >= '0' && raw[i] <= '9'; ++i)
        value = value * 10 + (raw[i] - '0');
    return value;
}

void writeLatencies(const QString& path, const std::vector<qint64>& latencies)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "herald-bench-ingest: cannot write %s\n", qPrintable(path));
        return;
    }
    QByteArray text;
    for (const qint64 ns : latencies)
        text += QByteArray::number(ns) + '\n';
    file.write(text);
}

QByteArray jsonString(const QString& s)
{
    QByteArray out = "\"";
    for (const char c : s.toUtf8()) {
        if (c == '"' || c == '\\')
            out += '\\';
        if (static_cast<unsigned char>(c) < 0x20)
            continue;
        out += c;
    }
    return out + '"';
}

class IngestCounter : public QObject {
public:
    IngestCounter(const Options& options, Source* source)
        : m_options(options)
        , m_source(source)
        , m_seen(static_cast<size_t>(options.count), 0)
    {
        connect(source, &Source::statusChanged, this, &IngestCounter::onStatus);
        connect(source, &Source::notificationsReceived, this, &IngestCounter::onBatch);
        connect(&m_watchdog, &QTimer::timeout, this, &IngestCounter::onWatchdog);
        m_watchdog.start(50);
        m_startedNs = bench_now_ns();
    }

private:
    void onStatus(const SourceStatus& status)
    {
        if (m_finished)
            return; // stop() at the end reports Idle; that is no disconnect
        const bool connected = status.state == SourceStatus::State::Connected;
        if (connected && !m_everConnected) {
            m_everConnected = true;
            m_cpuReady = bench_cpu_s();
            std::printf("READY\n");
            std::fflush(stdout);
        } else if (!connected && m_wasConnected) {
            ++m_disconnects;
            m_lastStatus = status.describe();
            std::fprintf(stderr, "herald-bench-ingest: left Connected: %s\n",
                         qPrintable(m_lastStatus));
        }
        m_wasConnected = connected;
    }

    void onBatch(const QList<Notification>& batch)
    {
        const qint64 now = bench_now_ns();
        if (m_received == 0) {
            m_firstNs = now;
            m_cpuFirst = bench_cpu_s();
            m_firstBatch = batch.size();
        }
        m_lastNs = now;
        ++m_batches;
        m_largestBatch = std::max(m_largestBatch, batch.size());
        for (const Notification& n : batch) {
            ++m_received;
            if (!m_options.latencyFile.isEmpty()) {
                if (const qint64 sent = sentNsOf(n.raw))
                    m_latencies.push_back(now - sent);
            }
            const qint64 seq = sequenceOf(n.id);
            if (seq < 0 || seq >= m_options.count) {
                ++m_foreign;
                continue;
            }
            char& seen = m_seen[static_cast<size_t>(seq)];
            if (seen) {
                ++m_duplicates;
                continue;
            }
            seen = 1;
            ++m_unique;
            if (seq < m_highest)
                ++m_outOfOrder;
            else
                m_highest = seq;
        }
        if (m_unique == m_options.count)
            finish(QStringLiteral("complete"), false);
    }

    void onWatchdog()
    {
        const qint64 now = bench_now_ns();
        if (m_received == 0) {
            if (now - m_startedNs > m_options.startTimeoutMs * 1'000'000)
                finish(m_everConnected ? QStringLiteral("no message before the start timeout")
                                       : QStringLiteral("never connected"),
                       true);
        } else if (now - m_lastNs > m_options.idleTimeoutMs * 1'000'000) {
            finish(QStringLiteral("idle timeout: the rest never came"), true);
        }
    }

    void finish(const QString& why, bool timedOut)
    {
        if (m_finished)
            return;
        m_finished = true;
        m_watchdog.stop();
        const double cpuEnd = bench_cpu_s();
        const double elapsed = m_received > 0 ? double(m_lastNs - m_firstNs) / 1e9 : 0.0;
        // Share of one core used between the first and the last batch: near 1 means the core is
        // the bottleneck; well below 1 means it waited (for data, or for a CPU).
        const double busy = elapsed > 0 ? (cpuEnd - m_cpuFirst) / elapsed : 0.0;
        const double rate = elapsed > 0 ? double(m_received - m_firstBatch) / elapsed : 0.0;
        std::printf(
            "RESULT {\"contender\":\"herald\",\"expected\":%lld,\"received\":%lld,"
            "\"unique\":%lld,\"lost\":%lld,\"duplicates\":%lld,\"out_of_order\":%lld,"
            "\"foreign\":%lld,\"first_batch\":%lld,\"batches\":%lld,\"largest_batch\":%lld,"
            "\"t_first_ns\":%lld,\"t_last_ns\":%lld,\"elapsed_s\":%.6f,\"msgs_per_s\":%.1f,"
            "\"cpu_s\":%.3f,\"cpu_ready_s\":%.3f,\"cpu_busy\":%.3f,\"vmhwm_kib\":%ld,"
            "\"disconnected\":%s,"
            "\"disconnects\":%d,\"timed_out\":%s,"
            "\"last_status\":%s,\"status\":%s}\n",
            static_cast<long long>(m_options.count), static_cast<long long>(m_received),
            static_cast<long long>(m_unique), static_cast<long long>(m_options.count - m_unique),
            static_cast<long long>(m_duplicates), static_cast<long long>(m_outOfOrder),
            static_cast<long long>(m_foreign), static_cast<long long>(m_firstBatch),
            static_cast<long long>(m_batches), static_cast<long long>(m_largestBatch),
            static_cast<long long>(m_firstNs), static_cast<long long>(m_lastNs), elapsed, rate,
            cpuEnd, m_cpuReady, busy, bench_vmhwm_kib(), m_disconnects > 0 ? "true" : "false",
            m_disconnects, timedOut ? "true" : "false", jsonString(m_lastStatus).constData(),
            jsonString(why).constData());
        std::fflush(stdout);
        const bool clean = !timedOut && m_duplicates == 0 && m_foreign == 0 && m_disconnects == 0 &&
                           m_unique == m_options.count;
        if (!m_options.latencyFile.isEmpty())
            writeLatencies(m_options.latencyFile, m_latencies);
        if (m_options.linger)
            return; // the harness reads /proc first, then stops the process
        m_source->stop();
        QCoreApplication::exit(clean ? 0 : 1);
    }

    Options m_options;
    Source* m_source;
    QTimer m_watchdog;
    std::vector<char> m_seen;
    std::vector<qint64> m_latencies;
    qint64 m_startedNs = 0;
    qint64 m_firstNs = 0;
    qint64 m_lastNs = 0;
    qint64 m_firstBatch = 0;
    double m_cpuFirst = 0;
    double m_cpuReady = 0; // start-up is not the ingest's cost
    qint64 m_received = 0;
    qint64 m_unique = 0;
    qint64 m_duplicates = 0;
    qint64 m_outOfOrder = 0;
    qint64 m_foreign = 0;
    qint64 m_highest = -1;
    qint64 m_batches = 0;
    qsizetype m_largestBatch = 0;
    int m_disconnects = 0;
    QString m_lastStatus;
    bool m_everConnected = false;
    bool m_wasConnected = false;
    bool m_finished = false;
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    Options options;
    if (!parseOptions(app.arguments(), &options)) {
        std::fprintf(stderr, "usage: herald-bench-ingest --url redis://HOST:PORT (--channel C | "
                             "--pattern GLOB) --count N [--start-timeout-ms MS] "
                             "[--idle-timeout-ms MS] [--latency-file FILE] [--linger 0|1]\n");
        return 2;
    }
    QString error;
    std::unique_ptr<Source> source;
    if (options.url.startsWith(QLatin1String("redis"))) {
        RedisEndpoint endpoint;
        if (!RedisEndpoint::parse(options.url, &endpoint, &error)) {
            std::fprintf(stderr, "herald-bench-ingest: %s\n", qPrintable(error));
            return 2;
        }
        endpoint.clientName = QStringLiteral("herald-bench-ingest");
        source = std::make_unique<RedisSource>(endpoint);
        if (options.pattern.isEmpty())
            source->setChannels({options.channel});
        else
            source->setPatterns({options.pattern});
    } else {
        QHash<QString, QString> secrets;
        const QList<ConnectionProfile> profiles =
            CommandLineProfiles{}.build({options.url}, &secrets);
        if (!profiles.isEmpty())
            source.reset(SourceFactory::create(profiles.first(), secrets.value(profiles.first().id),
                                               nullptr, &error));
        if (!source) {
            std::fprintf(stderr, "herald-bench-ingest: %s\n", qPrintable(error));
            return 2;
        }
    }
    IngestCounter counter(options, source.get());
    source->start();
    return app.exec();
}
