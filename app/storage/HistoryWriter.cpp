#include "storage/HistoryWriter.h"

#include "storage/HistorySchema.h"
#include "storage/HistoryStore.h"

#include <QMetaObject>
#include <algorithm>
#include <utility>

HistoryWriter::HistoryWriter(HistoryStore* store, QObject* parent)
    : QObject(parent)
    , m_store(store)
{
    m_thread.setObjectName(QStringLiteral("herald-history-writer"));
}

HistoryWriter::~HistoryWriter()
{
    stopWorker();
}

void HistoryWriter::start()
{
    stopWorker();
    if (!m_store->isOpen() || !HistorySchema::isOnDisk(m_store->path()))
        return; // inline: see the contract
    if (!openWorker())
        stopWorker();
}

bool HistoryWriter::openWorker()
{
    m_thread.start();
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    bool opened = false;
    const QString path = m_store->path();
    const bool fts = m_store->usesFullTextSearch();
    QMetaObject::invokeMethod(
        m_context,
        [this, path, fts, &opened] {
            m_worker = new HistoryStore;
            m_worker->setFullTextSearchEnabled(fts);
            // The main thread's long writes (retention over a large history, clearing it) must
            // not make a batch fail: Pub/Sub messages in it could not be read again.
            m_worker->setBusyTimeoutMs(WorkerBusyTimeoutMs);
            // Queued to the caller's thread, where the user is told.
            connect(m_worker, &HistoryStore::error, m_store, &HistoryStore::error);
            QString error;
            opened = m_worker->open(path, &error);
        },
        Qt::BlockingQueuedConnection);
    return opened;
}

void HistoryWriter::finish()
{
    if (!m_worker)
        return;
    // Whatever is queued is stored now; its results are delivered as usual, if anyone is left.
    QMetaObject::invokeMethod(
        m_context, [this] { storeQueued(); }, Qt::BlockingQueuedConnection);
}

void HistoryWriter::stopWorker()
{
    if (m_context) {
        finish();
        // The worker's connection is closed on the thread that opened it.
        QMetaObject::invokeMethod(
            m_context,
            [this] {
                delete m_worker;
                m_worker = nullptr;
            },
            Qt::BlockingQueuedConnection);
    }
    m_thread.quit();
    m_thread.wait();
    delete m_context;
    m_context = nullptr;
    m_worker = nullptr;
}

void HistoryWriter::write(const QList<Notification>& notifications,
                          const QList<StreamCursor>& cursors)
{
    if (notifications.isEmpty() && cursors.isEmpty())
        return;
    m_pending += static_cast<int>(notifications.size());
    if (!m_behind && m_pending > HighWater) {
        m_behind = true;
        emit behindChanged(true);
    }
    if (!m_worker) {
        Batch batch{notifications, cursors};
        Batch held = holdBack(&batch);
        if (!held.notifications.isEmpty() || !held.cursors.isEmpty())
            deliver({std::move(held), {}, false}, false);
        if (!batch.notifications.isEmpty() || !batch.cursors.isEmpty())
            deliver(store(m_store, std::move(batch)), false);
        return;
    }
    bool schedule = false;
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_queue.push_back({notifications, cursors});
        schedule = !std::exchange(m_scheduled, true);
    }
    if (schedule)
        QMetaObject::invokeMethod(
            m_context, [this] { storeQueued(); }, Qt::QueuedConnection);
}

void HistoryWriter::clearFailed(const QString& source)
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    m_failedSources.remove(source);
}

// On the writer's thread: stores what is queued, a transaction of up to MaxPerTransaction
// notifications at a time, until nothing is left.
void HistoryWriter::storeQueued()
{
    for (;;) {
        std::deque<Batch> batches = takeQueued();
        if (batches.empty())
            return;
        // Outcomes are reported in the order the batches were written: what is held back waits
        // for the result of the batches queued before it.
        Batch combined;
        const auto storeCombined = [this, &combined] {
            if (combined.notifications.isEmpty() && combined.cursors.isEmpty())
                return;
            post(store(m_worker, std::exchange(combined, {})));
        };
        for (Batch& batch : batches) {
            Batch held = holdBack(&batch);
            if (!held.notifications.isEmpty() || !held.cursors.isEmpty()) {
                storeCombined();
                post({std::move(held), {}, false});
            }
            combined.notifications += batch.notifications;
            combined.cursors += batch.cursors;
        }
        storeCombined();
    }
}

void HistoryWriter::post(const Outcome& outcome)
{
    QMetaObject::invokeMethod(
        this, [this, outcome] { deliver(outcome, true); }, Qt::QueuedConnection);
}

std::deque<HistoryWriter::Batch> HistoryWriter::takeQueued()
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    std::deque<Batch> taken;
    qsizetype count = 0;
    while (!m_queue.empty() && (taken.empty() || count < MaxPerTransaction)) {
        count += m_queue.front().notifications.size();
        taken.push_back(std::move(m_queue.front()));
        m_queue.pop_front();
    }
    if (taken.empty())
        m_scheduled = false;
    return taken;
}

// Runs on the thread `store` belongs to.
HistoryWriter::Outcome HistoryWriter::store(HistoryStore* store, Batch batch)
{
    Outcome outcome;
    outcome.stored = store->insert(batch.notifications, batch.cursors, &outcome.ok);
    if (!outcome.ok) {
        const std::lock_guard<std::mutex> lock(m_mutex);
        for (const StreamCursor& cursor : batch.cursors)
            m_failedSources.insert(cursor.source);
    }
    outcome.batch = std::move(batch);
    return outcome;
}

// Takes out of `batch` the stream entries, and the cursors, of sources whose storing failed:
// stored now, they would move the cursor past the entries that failed. They are read again
// from the saved cursors once the caller calls clearFailed(). The rest (Pub/Sub messages,
// other sources) goes on.
HistoryWriter::Batch HistoryWriter::holdBack(Batch* batch)
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    Batch held;
    if (m_failedSources.isEmpty())
        return held;
    const auto failed = [this](const QString& source) { return m_failedSources.contains(source); };
    for (const Notification& n : std::as_const(batch->notifications))
        if (!n.streamKey.isEmpty() && failed(n.source))
            held.notifications.append(n);
    for (const StreamCursor& cursor : std::as_const(batch->cursors))
        if (failed(cursor.source))
            held.cursors.append(cursor);
    batch->notifications.removeIf(
        [&](const Notification& n) { return !n.streamKey.isEmpty() && failed(n.source); });
    batch->cursors.removeIf([&](const StreamCursor& cursor) { return failed(cursor.source); });
    return held;
}

// On the caller's thread. `announce`: the rows were stored through the worker's connection, so
// the caller's store has not told its listeners yet.
void HistoryWriter::deliver(const Outcome& outcome, bool announce)
{
    m_pending -= static_cast<int>(outcome.batch.notifications.size());
    if (m_behind && m_pending < LowWater) {
        m_behind = false;
        emit behindChanged(false);
    }
    if (!outcome.ok) {
        emit failed(outcome.batch.notifications, outcome.batch.cursors);
        return;
    }
    if (announce)
        m_store->announceInserted(outcome.stored);
    emit written(outcome.stored, outcome.batch.cursors);
}
