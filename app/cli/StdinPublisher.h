#pragma once

#include "cli/StdinLineReader.h"
#include "sources/BackoffPolicy.h"
#include "sources/SourceStatus.h"
#include "sources/redis/RedisCommandClient.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <deque>

struct RespReply;

// herald-cli publish --stdin: one payload per input line, pipelined over one connection.
//
// At most MaxInFlight commands wait for their replies; more lines are read only as replies
// come back, so any input size works in bounded memory. Replies arrive in order, so the
// lines acknowledged so far are always a prefix of the input: on the first failure (an error
// reply, the connection lost) it stops and says how many lines that prefix holds, and a caller
// can resend the rest. finished() carries the exit code.
//
// --durable sends the script's text once, then its hash (EVALSHA). When the server has lost the
// script (SCRIPT FLUSH, a failover) the replies say NOSCRIPT: the publisher waits for what is
// still in flight, resends the refused lines in order, the first with the script's text, then
// goes on.
class StdinPublisher : public QObject {
    Q_OBJECT

public:
    static constexpr int MaxInFlight = 1000;

    struct Target {
        QByteArray channel;
        bool durable = false;
        QByteArray streamKey; // durable only
        qint64 maxLength = 0; // durable only; 0 = the publisher's default
    };

    StdinPublisher(const RedisEndpoint& endpoint, const Target& target, QObject* parent = nullptr);

    // Connects (retrying transient failures for up to connectTimeoutMs), then reads the input.
    void start(int connectTimeoutMs, const BackoffPolicy::Settings& backoff);

signals:
    void finished(int exitCode);

private:
    void onLines(const QList<QByteArray>& lines);
    void pump();
    void send(const QByteArray& payload);
    void onReply(const QByteArray& payload, const RespReply& reply);
    bool allDone() const;
    void onInputEnded();
    void onConnectionFailed(const SourceStatus& status);
    void stop(SourceStatus::Cause cause, const QString& reason);
    void conclude();
    QList<QByteArray> command(const QByteArray& payload);

    Target m_target;
    RedisCommandClient m_client;
    StdinLineReader m_reader;
    std::deque<QList<QByteArray>> m_batches; // read, not yet sent; the front one partly
    qsizetype m_nextInFront = 0;
    std::deque<QByteArray> m_resend; // refused with NOSCRIPT, to be sent again first
    bool m_awaitingNoScript = false; // until the commands sent before the NOSCRIPT replied
    int m_inFlight = 0;
    qint64 m_written = 0;
    bool m_scriptSent = false;
    bool m_inputEnded = false;
    bool m_stopping = false;
    bool m_concluded = false;
    SourceStatus::Cause m_cause = SourceStatus::Cause::None;
    QString m_reason;
};
