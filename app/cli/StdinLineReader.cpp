#include "StdinLineReader.h"

#include <QMutex>
#include <QSemaphore>
#include <QString>
#include <cerrno>
#include <cstring>
#include <functional>
#include <thread>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

// What the reading thread and the reader object share; it outlives whichever ends first.
struct StdinLineReader::Shared {
    int linesPerBatch = 1000;
    qint64 maxLineBytes = DefaultMaxLineBytes;
    QSemaphore credits;
    QMutex mutex;
    StdinLineReader* target = nullptr; // null once the reader object is gone

    // Runs `emitter` on the reader object's thread; false when that object is gone.
    bool post(std::function<void(StdinLineReader*)> emitter)
    {
        const QMutexLocker lock(&mutex);
        if (!target)
            return false;
        // A queued call posted to an object is dropped if the object is destroyed first.
        StdinLineReader* reader = target;
        QMetaObject::invokeMethod(
            reader, [reader, emitter = std::move(emitter)] { emitter(reader); },
            Qt::QueuedConnection);
        return true;
    }
};

namespace {

// One read(2) of what is available: QFile would wait until the whole buffer is full, which holds
// back the lines a slow producer has already written.
qint64 readSome(char* buffer, int size)
{
    for (;;) {
#ifdef Q_OS_WIN
        const qint64 n = _read(0, buffer, static_cast<unsigned>(size));
#else
        const qint64 n = ::read(0, buffer, static_cast<size_t>(size));
#endif
        if (n >= 0 || errno != EINTR)
            return n;
    }
}

void appendLine(QByteArray line, QList<QByteArray>* lines)
{
    if (line.endsWith('\r'))
        line.chop(1);
    if (!line.trimmed().isEmpty())
        lines->append(std::move(line));
}

} // namespace

StdinLineReader::StdinLineReader(int linesPerBatch, int batchesAhead, QObject* parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
{
    m_shared->linesPerBatch = linesPerBatch;
    m_shared->credits.release(batchesAhead);
    m_shared->target = this;
}

StdinLineReader::~StdinLineReader()
{
    const QMutexLocker lock(&m_shared->mutex);
    m_shared->target = nullptr;
    m_shared->credits.release(1); // wake a thread waiting for room, so that it sees we are gone
}

void StdinLineReader::setMaxLineBytes(qint64 bytes)
{
    m_shared->maxLineBytes = bytes;
}

qint64 StdinLineReader::maxLineBytes() const
{
    return m_shared->maxLineBytes;
}

void StdinLineReader::start()
{
    std::thread(&StdinLineReader::run, m_shared).detach();
}

void StdinLineReader::batchConsumed()
{
    m_shared->credits.release(1);
}

void StdinLineReader::run(std::shared_ptr<Shared> shared)
{
    const auto deliver = [&shared](QList<QByteArray> lines) {
        shared->credits.acquire(1);
        return shared->post(
            [lines = std::move(lines)](StdinLineReader* reader) { emit reader->linesRead(lines); });
    };
    QByteArray partial;
    QList<QByteArray> lines;
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    qint64 lineNumber = 1; // of the line `partial` begins
    const auto tooLong = [&]() {
        // What came before goes first, so the consumer's count of lines written is right.
        if (!lines.isEmpty() && !deliver(std::exchange(lines, {})))
            return;
        const QString reason = tr("line %1 is longer than %2 MiB (a notification is one line)")
                                   .arg(lineNumber)
                                   .arg(shared->maxLineBytes / (1024 * 1024));
        shared->post([reason](StdinLineReader* reader) { emit reader->failed(reason); });
    };
    for (;;) {
        const qint64 n = readSome(buffer.data(), static_cast<int>(buffer.size()));
        if (n < 0) {
            const QString reason = QString::fromLocal8Bit(std::strerror(errno));
            shared->post([reason](StdinLineReader* reader) { emit reader->failed(reason); });
            return;
        }
        if (n == 0)
            break;
        // Only the bytes just read can hold a line end: the partial line before them has none.
        qsizetype searchFrom = partial.size();
        partial.append(buffer.constData(), n);
        qsizetype start = 0;
        for (qsizetype end; (end = partial.indexOf('\n', searchFrom)) >= 0;
             start = searchFrom = end + 1) {
            if (end - start > shared->maxLineBytes) {
                tooLong();
                return;
            }
            appendLine(partial.mid(start, end - start), &lines);
            ++lineNumber;
            if (lines.size() >= shared->linesPerBatch && !deliver(std::exchange(lines, {})))
                return;
        }
        partial.remove(0, start);
        if (partial.size() > shared->maxLineBytes + 1) { // + 1: a "\r" before its "\n"
            tooLong();
            return;
        }
        // Whatever complete lines this read brought go now: a slow producer's lines must not
        // wait for a full batch.
        if (!lines.isEmpty() && !deliver(std::exchange(lines, {})))
            return;
    }
    if (partial.size() > shared->maxLineBytes) {
        tooLong();
        return;
    }
    appendLine(partial, &lines); // a last line without a line end still counts
    if (!lines.isEmpty() && !deliver(std::move(lines)))
        return;
    shared->post([](StdinLineReader* reader) { emit reader->finished(); });
}
