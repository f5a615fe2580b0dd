#pragma once

#include <QByteArray>
#include <QFile>
#include <QObject>
#include <QString>
#include <QTimer>
#include <array>
#include <cstdint>
#include <vector>

class Application;
class QFileSystemWatcher;
struct Notification;

// What bench/run measures inside the tray app, and nothing else: off unless the environment
// variable HERALD_BENCH_PROBE names a file, so a normal run has no probe, no timer, no watcher.
// bench/README.md ("The tray app's probe") describes the file and how the scenarios read it.
//
// Environment (read once, when main() attaches the probe after Application::start()):
//   HERALD_BENCH_PROBE=FILE   JSON lines are appended to FILE; snapshot requests are lines
//                             appended to FILE.request ("snapshot N" or "reset N"); model
//                             latencies go to FILE.latency
//   HERALD_BENCH_T0=S.US      wall-clock time the harness started the process (bash's
//                             EPOCHREALTIME), so "ready" can say how long start-up took
//   HERALD_BENCH_EXPECT=N     write a "done" line once N messages are stored
//   HERALD_BENCH_STALL_MS=MS  run a timer every MS ms that measures its own lateness: how long
//                             the event loop was busy elsewhere (no timer when unset or 0)
//
// Times are steady_clock nanoseconds (CLOCK_MONOTONIC on Linux, the clock the benchmark
// publisher stamps into "sent_ns"), except the wall-clock start-up figure.
class BenchProbe : public QObject {
    Q_OBJECT

public:
    static void attachIfEnabled(Application* app);

private:
    BenchProbe(Application* app, const QString& path);

    void connectHooks();
    void startStallTimer(int intervalMs);
    void onReady();
    void onStored(const QList<Notification>& notifications);
    void onRowsInserted(int first, int last);
    void onStallTick();
    void onRequest();
    void writeSnapshot(const QByteArray& event, const QByteArray& request);
    void writeLatencies();
    void resetStalls();
    QByteArray stallJson() const;
    void writeLine(const QByteArray& json);

    // Upper bounds (ms) of the stall histogram's buckets; the last bucket is everything above.
    static constexpr std::array<int, 10> StallBucketsMs{1, 2, 5, 10, 20, 50, 100, 200, 500, 1000};

    Application* m_app;
    QFile m_out;
    QFile m_requests;
    QString m_latencyPath;
    QFileSystemWatcher* m_watcher = nullptr;
    qint64 m_expected = 0;
    bool m_doneWritten = false;

    qint64 m_stored = 0;
    qint64 m_gaps = 0;
    qint64 m_storeBatches = 0;
    qint64 m_firstBatch = 0; // its notifications were stored before the clock started
    int64_t m_firstStoredNs = 0;
    int64_t m_lastStoredNs = 0;
    qint64 m_modelRows = 0;
    int64_t m_firstModelNs = 0;
    int64_t m_lastModelNs = 0;
    int64_t m_rowsInsertedNs = 0;          // set by onRowsInserted(), taken by onStored()
    std::vector<int64_t> m_modelLatencyNs; // publish ("sent_ns" in the payload) -> model row

    QTimer m_stallTimer;
    int m_stallIntervalMs = 0;
    int64_t m_lastTickNs = 0;
    double m_maxStallMs = 0;
    qint64 m_ticks = 0;
    std::array<qint64, StallBucketsMs.size() + 1> m_stallHistogram{};
};
