#include "StdinPublisher.h"

#include "cli/CliOptions.h"
#include "cli/ExitCode.h"
#include "sources/redis/RedisPublisher.h"

#include <QTimer>
#include <cstdio>
#include <utility>

StdinPublisher::StdinPublisher(const RedisEndpoint& endpoint, const Target& target, QObject* parent)
    : QObject(parent)
    , m_target(target)
    , m_client(endpoint)
{
    connect(&m_client, &RedisCommandClient::ready, &m_reader, &StdinLineReader::start);
    connect(&m_client, &RedisCommandClient::retrying, this,
            [](const SourceStatus& status) { CliOptions::printLine(status.describe()); });
    connect(&m_client, &RedisCommandClient::failed, this, &StdinPublisher::onConnectionFailed);
    connect(&m_reader, &StdinLineReader::linesRead, this, &StdinPublisher::onLines);
    connect(&m_reader, &StdinLineReader::finished, this, &StdinPublisher::onInputEnded);
    connect(&m_reader, &StdinLineReader::failed, this, [this](const QString& reason) {
        stop(SourceStatus::Cause::None, tr("Cannot read the standard input: %1").arg(reason));
    });
}

void StdinPublisher::start(int connectTimeoutMs, const BackoffPolicy::Settings& backoff)
{
    m_client.setBackoff(backoff);
    m_client.open(connectTimeoutMs);
}

void StdinPublisher::onLines(const QList<QByteArray>& lines)
{
    m_batches.push_back(lines);
    pump();
}

void StdinPublisher::pump()
{
    // Nothing new while replies to commands sent before a NOSCRIPT may still refuse theirs:
    // the refused lines go out again first, in their order.
    while (!m_stopping && !m_awaitingNoScript && m_inFlight < MaxInFlight) {
        if (!m_resend.empty()) {
            send(m_resend.front());
            m_resend.pop_front();
            continue;
        }
        if (m_batches.empty())
            break;
        const QList<QByteArray>& front = m_batches.front();
        send(front.at(m_nextInFront));
        if (++m_nextInFront == front.size()) {
            m_batches.pop_front();
            m_nextInFront = 0;
            m_reader.batchConsumed();
        }
    }
}

void StdinPublisher::send(const QByteArray& payload)
{
    ++m_inFlight;
    m_client.send(command(payload),
                  [this, payload](const RespReply& reply) { onReply(payload, reply); });
}

bool StdinPublisher::allDone() const
{
    return m_inputEnded && m_inFlight == 0 && m_batches.empty() && m_resend.empty();
}

QList<QByteArray> StdinPublisher::command(const QByteArray& payload)
{
    if (!m_target.durable)
        return {"PUBLISH", m_target.channel, payload};
    // The server runs pipelined commands in order: after the first EVAL the script is cached,
    // so the rest name it by its hash and only the first carries its text.
    const auto call = std::exchange(m_scriptSent, true) ? RedisPublisher::ScriptCall::EvalSha
                                                        : RedisPublisher::ScriptCall::Eval;
    return RedisPublisher::durableCommand(m_target.channel, payload, m_target.streamKey,
                                          m_target.maxLength, call);
}

void StdinPublisher::onReply(const QByteArray& payload, const RespReply& reply)
{
    --m_inFlight;
    if (m_stopping)
        return; // only the prefix before the first failure counts as written
    if (m_target.durable && reply.isError() && reply.errorCode() == "NOSCRIPT") {
        // The server lost the cached script: send it again with its text (EVAL), then its hash.
        m_resend.push_back(payload);
        m_awaitingNoScript = true;
        m_scriptSent = false;
    } else if (reply.isError()) {
        const bool refused = reply.errorCode() == "NOPERM";
        stop(refused ? SourceStatus::Cause::Permission : SourceStatus::Cause::Protocol,
             tr("Publishing on \"%1\" failed: %2")
                 .arg(QString::fromUtf8(m_target.channel), reply.text()));
        return;
    } else {
        ++m_written;
    }
    if (m_awaitingNoScript && m_inFlight == 0)
        m_awaitingNoScript = false;
    pump();
    if (allDone())
        conclude();
}

void StdinPublisher::onInputEnded()
{
    m_inputEnded = true;
    if (allDone())
        conclude();
}

void StdinPublisher::onConnectionFailed(const SourceStatus& status)
{
    // A lost connection fails its pending commands with error replies first and says why only
    // afterwards: its reason wins over theirs (the conclusion waits for the event loop).
    stop(status.cause, status.reason);
    m_cause = status.cause;
    m_reason = status.reason;
}

void StdinPublisher::stop(SourceStatus::Cause cause, const QString& reason)
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_cause = cause;
    m_reason = reason;
    QTimer::singleShot(0, this, &StdinPublisher::conclude);
}

void StdinPublisher::conclude()
{
    if (m_concluded)
        return;
    m_concluded = true;
    m_client.close();
    if (!m_stopping) {
        const QByteArray line = tr("Published %1 notifications.").arg(m_written).toUtf8() + '\n';
        std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stdout);
        std::fflush(stdout);
        emit finished(ExitOk);
        return;
    }
    CliOptions::printError(m_reason);
    CliOptions::printLine(tr("written before the failure: the first %1 lines of the input; later "
                             "lines may or may not have been written")
                              .arg(m_written));
    emit finished(m_cause == SourceStatus::Cause::None ? ExitFailure : exitCodeFor(m_cause));
}
