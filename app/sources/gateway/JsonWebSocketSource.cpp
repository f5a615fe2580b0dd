#include "sources/gateway/JsonWebSocketSource.h"

#include "notifications/JsonScanner.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcJsonWebSocket, "herald.gateway.json", QtWarningMsg)

namespace {

using State = SourceStatus::State;

struct Peek {
    bool control = false; // one of ntfy's events that is not a message
    QString topic;        // ntfy's topic, when the message names one
};

// Only a payload that mentions "event" is scanned: ntfy always sends one, and everyone else
// then costs a substring search rather than a second JSON pass.
Peek peek(const QByteArray& payload)
{
    Peek result;
    if (!payload.contains("\"event\""))
        return result;
    const JsonScanner json(payload);
    const JsonScanner::Value event = JsonScanner::member(json.root(), "event");
    if (!event.isString())
        return result;
    // ntfy's envelope: an event, a topic and a numeric time. Only its "message" events are
    // messages; "open" (subscribed), "keepalive" (every 45 s), "poll_request" and whatever a
    // later ntfy adds are not. Without the envelope, "event" is a field of the publisher's.
    const JsonScanner::Value topic = JsonScanner::member(json.root(), "topic");
    if (!topic.isString() || !JsonScanner::member(json.root(), "time").isNumber())
        return result;
    if (event.toString() == QLatin1String("message"))
        result.topic = topic.toString();
    else
        result.control = true;
    return result;
}

// The last segment of the URL's path, or its host when the path has none.
QString labelOf(const QUrl& url)
{
    const QString segment = url.path(QUrl::FullyDecoded).section(QLatin1Char('/'), -1);
    return segment.isEmpty() ? url.host() : segment;
}

} // namespace

JsonWebSocketSource::JsonWebSocketSource(const GatewayEndpoint& endpoint, QObject* parent)
    : Source(parent)
    , m_endpoint(endpoint)
    , m_name(endpoint.displayName())
    , m_connection(new WebSocketConnection(endpoint, this))
{
    m_connection->setDisplayName(m_name);
    m_context.source = m_name;
    m_context.channel = labelOf(endpoint.url);
    connect(m_connection, &WebSocketConnection::opened, this, &JsonWebSocketSource::onOpened);
    connect(m_connection, &WebSocketConnection::textReceived, this, &JsonWebSocketSource::onText);
    connect(m_connection, &WebSocketConnection::binaryReceived, this,
            &JsonWebSocketSource::onBinary);
    connect(m_connection, &WebSocketConnection::statusChanged, this,
            &JsonWebSocketSource::onConnectionStatus);
    // A feed keeps nothing for later: what it sent while we were away is gone.
    connect(m_connection, &WebSocketConnection::outage, this, &Source::disconnected);
    setTiming(m_timing);
}

JsonWebSocketSource::~JsonWebSocketSource() = default;

void JsonWebSocketSource::setTiming(const WebSocketConnection::Timing& timing)
{
    m_timing = timing;
    m_connection->setTiming(timing);
}

void JsonWebSocketSource::setReconnectBackoff(const BackoffPolicy::Settings& settings)
{
    WebSocketConnection::Timing timing = m_timing;
    timing.backoff = settings;
    setTiming(timing);
}

void JsonWebSocketSource::start()
{
    if (m_running)
        return;
    m_running = true;
    setStatus(shownStatus({State::Connecting, SourceStatus::Cause::None, {}, -1}));
    m_connection->open();
}

void JsonWebSocketSource::stop()
{
    if (!m_running)
        return;
    m_running = false;
    flushBatch();
    m_connection->close(); // reports an outage still open through disconnected()
    setStatus({});
}

void JsonWebSocketSource::retryNow()
{
    m_connection->retryNow();
}

void JsonWebSocketSource::reconnectNow()
{
    if (!m_running)
        return;
    flushBatch();
    m_connection->reconnectNow();
}

void JsonWebSocketSource::onOpened()
{
    m_binaryRefusedHere = false;
    m_connection->markUp();
    emit subscribed(m_context.channel);
}

void JsonWebSocketSource::onText(const QString& text)
{
    const QByteArray payload = text.toUtf8();
    const Peek seen = peek(payload);
    if (seen.control) {
        ++m_controlEventsSkipped;
        return;
    }
    if (m_batch.isEmpty())
        m_context.received = QDateTime::currentDateTimeUtc();
    Notification n = NotificationParser::parse(payload, m_context);
    if (!seen.topic.isEmpty())
        n.channel = seen.topic;
    m_batch.append(std::move(n));
    // Frames that arrived in one read are all delivered before the flush runs: one batch.
    m_flush.request();
}

void JsonWebSocketSource::onBinary(const QByteArray& data)
{
    ++m_binaryFramesRefused;
    if (std::exchange(m_binaryRefusedHere, true))
        return;
    qCWarning(lcJsonWebSocket).noquote()
        << tr("%1 sent a binary frame (%2 bytes): Herald reads text frames only, so binary "
              "frames on this connection are skipped")
               .arg(m_name)
               .arg(data.size());
    setStatus(shownStatus(m_connection->status()));
}

void JsonWebSocketSource::onConnectionStatus(const SourceStatus& status)
{
    if (status.state == State::Reconnecting || status.state == State::Error)
        flushBatch(); // what arrived before the failure is not lost with the connection
    if (m_running)
        setStatus(shownStatus(status));
}

void JsonWebSocketSource::flushBatch()
{
    m_flush.cancel();
    if (m_batch.isEmpty())
        return;
    emit notificationsReceived(m_batch);
    m_batch.clear();
}

// The connection's status in this source's words.
SourceStatus JsonWebSocketSource::shownStatus(SourceStatus status) const
{
    switch (status.state) {
    case State::Connected:
        status.reason = m_binaryRefusedHere
                            ? tr("Connected to %1; it sends binary frames, which are skipped: "
                                 "Herald reads text frames only")
                                  .arg(m_name)
                            : tr("Connected to %1").arg(m_name);
        break;
    case State::Connecting:
        if (status.reason.isEmpty())
            status.reason = tr("Connecting to %1").arg(m_name);
        break;
    case State::Idle:
    case State::Reconnecting:
    case State::Error:
        break;
    }
    return status;
}
