#pragma once

#include "notifications/Notification.h"
#include "sources/StreamCursor.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QThread>
#include <deque>
#include <mutex>

class HistoryStore;

// Stores batches of notifications on a thread of its own, through a second connection to the
// history file, so that the SQLite work of a burst (tens of microseconds a notification with the
// search index) never holds up the event loop that reads the sockets and draws the window.
//
// Contract:
// - write() queues a batch and returns at once. Batches are stored in the order written, those
//   queued together in one transaction. For each transaction the caller's store first announces
//   the rows stored (HistoryStore::announceInserted(): inserted(), the unread count), then
//   written() follows, both on the thread that called write().
// - A transaction that fails is reported by failed() with what it held, after the store's
//   error() has said why. From then on, the stream entries and cursors of a source whose
//   cursors were in it are reported by failed() without being tried, until clearFailed(source):
//   stored, they would move the cursor past entries that were never stored. Everything else in
//   their batches is stored as usual.
// - behindChanged(true) when more than HighWater notifications wait to be reported, (false)
//   once fewer than LowWater do: the caller holds reading meanwhile, so a burst waits as bytes
//   in the socket's buffer, not as parsed notifications here.
// - A history in memory (a second connection would be another, empty database) and a file the
//   second connection cannot open are written inline, synchronously, with the same signals.
// - start() follows every (re)opening of the store; the destructor stores whatever is queued
//   before it returns, so quitting loses nothing already received.
class HistoryWriter : public QObject {
    Q_OBJECT

public:
    static constexpr int HighWater = 2000;
    static constexpr int LowWater = 500;
    // Enough to amortise a transaction, few enough that results (popups, the list) keep flowing.
    static constexpr int MaxPerTransaction = 4000;
    static constexpr int WorkerBusyTimeoutMs = 120'000;

    explicit HistoryWriter(HistoryStore* store, QObject* parent = nullptr);
    ~HistoryWriter() override;

    void start();
    bool isThreaded() const { return m_worker != nullptr; }

    void write(const QList<Notification>& notifications, const QList<StreamCursor>& cursors);
    int pending() const { return m_pending; }
    void clearFailed(const QString& source);

signals:
    void written(const QList<Notification>& stored, const QList<StreamCursor>& cursors);
    void failed(const QList<Notification>& notifications, const QList<StreamCursor>& cursors);
    void behindChanged(bool behind);

private:
    struct Batch {
        QList<Notification> notifications;
        QList<StreamCursor> cursors;
    };
    struct Outcome {
        Batch batch;
        QList<Notification> stored;
        bool ok = false;
    };

    bool openWorker();
    void finish();
    void stopWorker();
    void storeQueued();
    std::deque<Batch> takeQueued();
    Outcome store(HistoryStore* store, Batch batch);
    Batch holdBack(Batch* batch);
    void post(const Outcome& outcome);
    void deliver(const Outcome& outcome, bool announce);

    HistoryStore* m_store;
    QThread m_thread;
    QObject* m_context = nullptr;     // lives on m_thread: what queued work runs against
    HistoryStore* m_worker = nullptr; // lives on m_thread
    std::mutex m_mutex;               // guards the three below
    std::deque<Batch> m_queue;
    bool m_scheduled = false; // a storeQueued() run is on its way
    QSet<QString> m_failedSources;
    int m_pending = 0; // the caller's thread only, as is the next
    bool m_behind = false;
};
