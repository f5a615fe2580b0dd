#include "BenchProbe.h"

#include "Application.h"
#include "NotificationWindow.h"
#include "TrayIcon.h"
#include "notifications/NotificationModel.h"
#include "storage/HistoryStore.h"

#include <QFileSystemWatcher>
#include <QSystemTrayIcon>
#include <algorithm>
#include <chrono>
#include <utility>

namespace {

int64_t monotonicNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

int64_t wallClockUs()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

// The publisher's send time, "sent_ns":"<digits>" in the raw payload; 0 when absent. The
// paced publisher writes it as the last field, so only the payload's tail is searched, as bytes:
// the probe must not add a JSON parse, or a scan of every payload, to the path it measures.
int64_t sentNsOf(const QByteArray& raw)
{
    static const QByteArray key = QByteArrayLiteral("\"sent_ns\":\"");
    constexpr qsizetype Tail = 48; // the key, 19 digits, the closing quote and brace, and slack
    const qsizetype at = raw.indexOf(key, std::max<qsizetype>(0, raw.size() - Tail));
    if (at < 0)
        return 0;
    int64_t value = 0;
    for (qsizetype i = at + key.size(); i < raw.size() && raw[i] >= '0' && raw[i] <= '9'; ++i)
        value = value * 10 + (raw[i] - '0');
    return value;
}

QByteArray number(int64_t value)
{
    return QByteArray::number(static_cast<qlonglong>(value));
}

QByteArray boolean(bool value)
{
    return value ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
}

} // namespace

void BenchProbe::attachIfEnabled(Application* app)
{
    const QString path = qEnvironmentVariable("HERALD_BENCH_PROBE");
    if (!path.isEmpty())
        new BenchProbe(app, path); // owned by the app
}

BenchProbe::BenchProbe(Application* app, const QString& path)
    : QObject(app)
    , m_app(app)
    , m_out(path)
    , m_requests(path + QStringLiteral(".request"))
    , m_latencyPath(path + QStringLiteral(".latency"))
{
    if (!m_out.open(QIODevice::WriteOnly | QIODevice::Append))
        qWarning("bench probe: cannot write %s", qPrintable(path));
    // Created empty here, so the watcher has a file to watch before the first request.
    if (m_requests.open(QIODevice::WriteOnly | QIODevice::Truncate))
        m_requests.close();
    if (m_requests.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        m_watcher = new QFileSystemWatcher({m_requests.fileName()}, this);
        connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &BenchProbe::onRequest);
    }
    m_expected = qEnvironmentVariableIntValue("HERALD_BENCH_EXPECT");
    connectHooks();
    startStallTimer(qEnvironmentVariableIntValue("HERALD_BENCH_STALL_MS"));
    // The first turn of the event loop: start() has returned and the tray icon is up.
    QTimer::singleShot(0, this, &BenchProbe::onReady);
}

void BenchProbe::connectHooks()
{
    connect(m_app->store(), &HistoryStore::inserted, this, &BenchProbe::onStored);
    const auto* model = m_app->findChild<NotificationModel*>();
    if (!model)
        return;
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex&, int first, int last) { onRowsInserted(first, last); });
}

void BenchProbe::startStallTimer(int intervalMs)
{
    if (intervalMs <= 0)
        return;
    m_stallIntervalMs = intervalMs;
    m_stallTimer.setTimerType(Qt::PreciseTimer);
    m_stallTimer.setInterval(intervalMs);
    connect(&m_stallTimer, &QTimer::timeout, this, &BenchProbe::onStallTick);
    m_stallTimer.start();
}

void BenchProbe::onReady()
{
    const int64_t readyUs = wallClockUs();
    const int64_t readyNs = monotonicNs();
    bool hasT0 = false;
    const double t0 = qEnvironmentVariable("HERALD_BENCH_T0").toDouble(&hasT0);
    const int64_t t0Us = hasT0 ? static_cast<int64_t>(t0 * 1e6) : 0;
    const bool tray = m_app->tray() && m_app->tray()->systemTrayIcon()->isVisible();
    QByteArray json = "{\"event\":\"ready\",\"t_ns\":" + number(readyNs) +
                      ",\"wall_us\":" + number(readyUs) + ",\"t0_wall_us\":" + number(t0Us);
    json += ",\"startup_ms\":" +
            (hasT0 ? QByteArray::number(double(readyUs - t0Us) / 1000.0, 'f', 3) : "null");
    // Counted after the ready stamp: the count is the probe's cost, not the app's.
    json += ",\"stored_at_start\":" + QByteArray::number(m_app->store()->count({}));
    json += ",\"tray\":" + boolean(tray) +
            ",\"window\":" + boolean(m_app->window() && m_app->window()->isVisible()) + '}';
    writeLine(json);
}

// The model's slot is connected to HistoryStore::inserted before this one (it is built in
// Application::start()), so the rows are in the model by now; onRowsInserted() noted when.
void BenchProbe::onStored(const QList<Notification>& notifications)
{
    const int64_t now = monotonicNs();
    const int64_t inModel = std::exchange(m_rowsInsertedNs, 0);
    for (const Notification& n : notifications) {
        if (n.isGap()) {
            ++m_gaps;
            continue;
        }
        ++m_stored;
        if (const int64_t sent = inModel ? sentNsOf(n.raw) : 0)
            m_modelLatencyNs.push_back(inModel - sent);
    }
    if (m_storeBatches++ == 0) {
        m_firstStoredNs = now;
        m_firstBatch = notifications.size();
    }
    m_lastStoredNs = now;
    if (m_expected > 0 && !m_doneWritten && m_stored >= m_expected) {
        m_doneWritten = true;
        writeSnapshot("done", "null");
    }
}

// New notifications enter the model at row 0; pages read while scrolling are appended below
// and are not new, so they are not counted. Only the time is taken here: onStored() has the
// same notifications without copying them out of the model.
void BenchProbe::onRowsInserted(int first, int last)
{
    if (first != 0)
        return;
    const int64_t now = monotonicNs();
    if (m_modelRows == 0)
        m_firstModelNs = now;
    m_lastModelNs = now;
    m_rowsInsertedNs = now;
    m_modelRows += last - first + 1;
}

void BenchProbe::onStallTick()
{
    const int64_t now = monotonicNs();
    if (m_lastTickNs != 0) {
        const double late = double(now - m_lastTickNs) / 1e6 - m_stallIntervalMs;
        const double stall = late > 0 ? late : 0;
        m_maxStallMs = std::max(m_maxStallMs, stall);
        size_t bucket = 0;
        while (bucket < StallBucketsMs.size() && stall >= StallBucketsMs[bucket])
            ++bucket;
        ++m_stallHistogram[bucket];
        ++m_ticks;
    }
    m_lastTickNs = now;
}

// Each line appended to FILE.request asks for one snapshot: "snapshot N", or "reset N" to start
// the stall statistics afresh after it (so a scenario measures only its burst).
void BenchProbe::onRequest()
{
    const QList<QByteArray> lines = m_requests.readAll().split('\n');
    for (const QByteArray& line : lines) {
        const QList<QByteArray> words = line.trimmed().split(' ');
        if (words.size() != 2)
            continue;
        writeSnapshot("snapshot", '"' + words[1] + '"');
        if (words[0] == "reset")
            resetStalls();
    }
    // Some editors replace a file rather than append to it; keep watching the new one.
    if (m_watcher && !m_watcher->files().contains(m_requests.fileName()))
        m_watcher->addPath(m_requests.fileName());
}

void BenchProbe::writeSnapshot(const QByteArray& event, const QByteArray& request)
{
    writeLatencies(); // before the line that announces them
    QByteArray json = "{\"event\":\"" + event + "\",\"request\":" + request +
                      ",\"t_ns\":" + number(monotonicNs());
    json += ",\"stored\":" + number(m_stored) + ",\"gaps\":" + number(m_gaps) +
            ",\"store_batches\":" + number(m_storeBatches) +
            ",\"first_batch\":" + number(m_firstBatch) +
            ",\"first_stored_ns\":" + number(m_firstStoredNs) +
            ",\"last_stored_ns\":" + number(m_lastStoredNs);
    json += ",\"model_rows\":" + number(m_modelRows) +
            ",\"first_model_ns\":" + number(m_firstModelNs) +
            ",\"last_model_ns\":" + number(m_lastModelNs) +
            ",\"latency_n\":" + number(static_cast<int64_t>(m_modelLatencyNs.size()));
    json += ",\"stall\":" + stallJson() + '}';
    writeLine(json);
}

void BenchProbe::writeLatencies()
{
    QFile file(m_latencyPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return;
    QByteArray text;
    text.reserve(static_cast<qsizetype>(m_modelLatencyNs.size()) * 10);
    for (const int64_t ns : m_modelLatencyNs)
        text += number(ns) + '\n';
    file.write(text);
}

void BenchProbe::resetStalls()
{
    m_maxStallMs = 0;
    m_ticks = 0;
    m_stallHistogram.fill(0);
    m_lastTickNs = 0;
}

QByteArray BenchProbe::stallJson() const
{
    if (m_stallIntervalMs <= 0)
        return "null";
    QByteArray json = "{\"interval_ms\":" + QByteArray::number(m_stallIntervalMs) +
                      ",\"ticks\":" + number(m_ticks) +
                      ",\"max_ms\":" + QByteArray::number(m_maxStallMs, 'f', 3) + ",\"hist_ms\":{";
    for (size_t i = 0; i < m_stallHistogram.size(); ++i) {
        const QByteArray bound =
            i < StallBucketsMs.size() ? QByteArray::number(StallBucketsMs[i]) : "inf";
        json += (i ? ",\"<" : "\"<") + bound + "\":" + number(m_stallHistogram[i]);
    }
    return json + "}}";
}

void BenchProbe::writeLine(const QByteArray& json)
{
    m_out.write(json + '\n');
    m_out.flush();
}
