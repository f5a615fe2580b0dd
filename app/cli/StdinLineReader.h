#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <memory>

// Reads standard input on a thread of its own and hands its lines to the event loop in batches.
//
// Qt has no asynchronous standard input on every platform, and a blocking read on the event
// loop's thread would stall replies and timers while a slow producer thinks. The thread stays at
// most `batchesAhead` batches ahead of the consumer, who calls batchConsumed() for each batch it
// has taken: a huge input is read as fast as it is used, never held in memory whole.
//
// linesRead() carries up to `linesPerBatch` lines without their line ends ("\n" or "\r\n"),
// as soon as a read brings them (a batch is not held back until it is full); blank lines are
// skipped. finished() follows the last batch at the end of the input; failed()
// reports a read error instead, or a line longer than maxLineBytes() (naming its line number,
// after the lines before it were delivered): one line is one notification, and a reader that
// held an endless line in memory would only run out of it.
class StdinLineReader : public QObject {
    Q_OBJECT

public:
    static constexpr qint64 DefaultMaxLineBytes = 64LL * 1024 * 1024;

    explicit StdinLineReader(int linesPerBatch = 1000, int batchesAhead = 4,
                             QObject* parent = nullptr);
    // Before start().
    void setMaxLineBytes(qint64 bytes);
    qint64 maxLineBytes() const;
    // Never waits for the thread: it may be blocked reading an input that never ends. It stops
    // on its next line, or with the process.
    ~StdinLineReader() override;

    void start();
    void batchConsumed();

signals:
    void linesRead(const QList<QByteArray>& lines);
    void finished();
    void failed(const QString& reason);

private:
    struct Shared;
    static void run(std::shared_ptr<Shared> shared);

    std::shared_ptr<Shared> m_shared;
};
