#include "sources/gateway/NchanChannel.h"

#include "notifications/TimeFormat.h"
#include "sources/StreamCursor.h"
#include "sources/gateway/NchanFrame.h"
#include "sources/gateway/NchanMessageFetch.h"

#include <QLoggingCategory>
#include <QUrlQuery>

Q_DECLARE_LOGGING_CATEGORY(lcNchan)

namespace {

using State = SourceStatus::State;
using Cause = SourceStatus::Cause;

const QString MetaSubprotocol = QStringLiteral("ws+meta.nchan");
// A message that kills the WebSocket comes first after a resume, so the connection fails right
// after opening; one that fails later was stopped by something else.
constexpr qint64 BlockedWithinMs = 5000;

bool isFailure(const SourceStatus& status)
{
    return status.state == State::Reconnecting || status.state == State::Error;
}

QString clockTime(const QDateTime& time)
{
    return TimeFormat::dateTime(time, TimeFormat::Seconds::Shown);
}

// Herald's own note in the history, never popped up.
Notification marker(const QString& source, const QString& channel, const QString& streamKey,
                    const QDateTime& at)
{
    Notification n;
    n.kind = Notification::Kind::Gap;
    n.source = source;
    n.channel = channel;
    n.streamKey = streamKey;
    n.priority = Notification::Normal;
    n.read = true;
    n.time = at.isValid() ? at : QDateTime::currentDateTimeUtc();
    n.received = QDateTime::currentDateTimeUtc();
    n.delivery = Notification::Delivery::CatchUp;
    return n;
}

} // namespace

NchanChannel::NchanChannel(const GatewayEndpoint& endpoint, const QString& sourceName,
                           const QString& channelId, const QUrl& location, QObject* parent)
    : QObject(parent)
    , m_endpoint(endpoint)
    , m_sourceName(sourceName)
    , m_channelId(channelId)
    , m_location(location)
    , m_connection(new WebSocketConnection(endpoint, this))
{
    m_connection->setSubprotocols({MetaSubprotocol});
    QUrl shown = location.adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
    m_connection->setDisplayName(QStringLiteral("nchan+") + shown.toString(QUrl::FullyEncoded));
    m_connection->setUrl(connectUrl());
    m_context.source = sourceName;
    m_context.channel = channelId;
    connect(m_connection, &WebSocketConnection::opened, this, &NchanChannel::onOpened);
    connect(m_connection, &WebSocketConnection::textReceived, this, &NchanChannel::onText);
    connect(m_connection, &WebSocketConnection::binaryReceived, this, &NchanChannel::onBinary);
    connect(m_connection, &WebSocketConnection::statusChanged, this,
            &NchanChannel::onConnectionStatus);
    // No outage is reported: what Nchan buffered meanwhile comes after the reconnect.
}

NchanChannel::~NchanChannel() = default;

QString NchanChannel::streamKeyFor(const QString& channelId)
{
    return QStringLiteral("nchan:") + channelId;
}

void NchanChannel::setTiming(const WebSocketConnection::Timing& timing)
{
    m_connection->setTiming(timing);
}

void NchanChannel::setCursor(const QString& streamId)
{
    const QString nchanId = NchanFrame::toNchanId(streamId);
    // A cursor that is no stream id cannot be sent back to Nchan: start as on first contact.
    m_cursor = nchanId.isEmpty() ? QString() : streamId;
    m_lastEventId = nchanId;
    m_connection->setUrl(connectUrl());
    if (m_connection->status().state != State::Idle)
        m_connection->reconnectNow();
}

QUrl NchanChannel::connectUrl() const
{
    QUrl url = m_location;
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("last_event_id"));
    if (!m_lastEventId.isEmpty())
        query.addQueryItem(QStringLiteral("last_event_id"), m_lastEventId);
    url.setQuery(query);
    return url;
}

void NchanChannel::open()
{
    m_connection->open();
}

void NchanChannel::close()
{
    if (m_fetch)
        m_fetch->abort();
    m_connection->close();
}

void NchanChannel::retryNow()
{
    m_connection->retryNow();
}

void NchanChannel::reconnectNow()
{
    m_connection->reconnectNow();
}

void NchanChannel::onOpened()
{
    m_firstContact = m_cursor.isEmpty() && m_lastEventId.isEmpty();
    m_awaitingFirst = true;
    m_openedAtSecs = QDateTime::currentSecsSinceEpoch();
    m_openedClock.start();
    m_warnedMalformed = false;
    m_connection->markUp();
    if (m_firstContact) {
        // Nothing read yet: a restart before the first message asks for the whole buffer.
        m_cursor = QStringLiteral("0-0");
        m_lastEventId = NchanFrame::toNchanId(m_cursor);
        m_connection->setUrl(connectUrl());
        emit firstContact(streamKey(), m_cursor);
    }
    emit subscribed();
}

void NchanChannel::onText(const QString& text)
{
    onFrame(text.toUtf8());
}

void NchanChannel::onBinary(const QByteArray& data)
{
    // Nchan sends a message published as application/octet-stream in a binary frame.
    onFrame(data);
}

void NchanChannel::onFrame(QByteArrayView bytes)
{
    const std::optional<NchanFrame> frame = NchanFrame::parse(bytes);
    if (frame) {
        deliver(*frame, QDateTime::currentDateTimeUtc());
        return;
    }
    // Without an id the message can neither be resumed from nor told apart from a repeat.
    if (!std::exchange(m_warnedMalformed, true))
        qCWarning(lcNchan).noquote()
            << tr("%1 sent a message without Nchan's id header (is the location an Nchan "
                  "subscriber?); it was skipped")
                   .arg(m_connection->url().toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo));
}

void NchanChannel::deliver(const NchanFrame& frame, const QDateTime& receivedAt)
{
    const QString streamId = NchanFrame::toStreamId(frame.id);
    if (!streamId.isEmpty() && isHandedOn(streamId))
        return;
    if (std::exchange(m_awaitingFirst, false) && !streamId.isEmpty())
        checkForGap(streamId);
    m_context.received = receivedAt;
    m_context.defaultId =
        m_channelId + QLatin1Char('/') + (streamId.isEmpty() ? frame.id : streamId);
    m_context.defaultTime = NchanFrame::timeOf(frame.id);
    Notification n = NotificationParser::parse(frame.payload, m_context);
    if (!streamId.isEmpty()) {
        n.streamKey = streamKey();
        n.streamId = streamId;
    }
    n.delivery = deliveryOf(frame.id);
    emit received(n);
    advanceTo(frame.id, streamId);
}

bool NchanChannel::isHandedOn(const QString& streamId) const
{
    return !m_cursor.isEmpty() && StreamCursor::compareIds(streamId, m_cursor) <= 0;
}

Notification::Delivery NchanChannel::deliveryOf(const QString& nchanId) const
{
    const QDateTime published = NchanFrame::timeOf(nchanId);
    if (!published.isValid() || published.toSecsSinceEpoch() >= m_openedAtSecs)
        return Notification::Delivery::Live;
    return m_firstContact ? Notification::Delivery::Backfill : Notification::Delivery::CatchUp;
}

// Within one second Nchan numbers a channel's messages 0, 1, 2...: a first message after the
// cursor with a higher tag than the next one proves that messages in between are gone. A first
// message in a later second with tag 0 proves nothing either way.
void NchanChannel::checkForGap(const QString& streamId)
{
    if (m_firstContact || m_cursor == QLatin1String("0-0"))
        return;
    const auto last = NchanFrame::parts(m_cursor);
    const auto next = NchanFrame::parts(streamId);
    if (!last || !next)
        return;
    qint64 lost = 0;
    bool atLeast = false;
    if (next->first == last->first && next->second > last->second + 1) {
        lost = next->second - last->second - 1;
    } else if (next->first > last->first && next->second > 0) {
        lost = next->second;
        atLeast = true;
    } else {
        return;
    }
    Notification n = marker(m_sourceName, m_channelId, streamKey(), NchanFrame::timeOf(streamId));
    n.id = QStringLiteral("gap-nchan:%1:%2").arg(streamKey(), m_cursor);
    n.title = tr("Missed notifications on %1").arg(m_channelId);
    n.body = (atLeast ? tr("At least %n notifications published on %1 between %2 and %3 were "
                           "pushed out of Nchan's message buffer or expired before Herald read "
                           "them, and are lost.",
                           nullptr, int(lost))
                      : tr("%n notifications published on %1 between %2 and %3 were pushed out "
                           "of Nchan's message buffer or expired before Herald read them, and "
                           "are lost.",
                           nullptr, int(lost)))
                 .arg(m_channelId, clockTime(NchanFrame::timeOf(m_cursor)),
                      clockTime(NchanFrame::timeOf(streamId)));
    emit received(n);
}

void NchanChannel::advanceTo(const QString& nchanId, const QString& streamId)
{
    if (!streamId.isEmpty())
        m_cursor = streamId;
    m_lastEventId = nchanId;
    // Read by the next attempt, whenever the WebSocket is lost.
    m_connection->setUrl(connectUrl());
}

void NchanChannel::onConnectionStatus(const SourceStatus& status)
{
    const bool wasUp = std::exchange(m_wasUp, status.state == State::Connected);
    if (wasUp && isFailure(status) &&
        (status.cause == Cause::TooLarge ||
         (m_awaitingFirst && m_openedClock.elapsed() < BlockedWithinMs)))
        fetchBlockingMessage();
    emit statusChanged();
}

void NchanChannel::fetchBlockingMessage()
{
    if (m_fetch && m_fetch->isRunning())
        return;
    if (!m_fetch) {
        m_fetch = new NchanMessageFetch(m_endpoint, this);
        connect(m_fetch, &NchanMessageFetch::finished, this, &NchanChannel::onFetched);
    }
    m_fetch->start(connectUrl(), m_lastEventId, m_endpoint.connectTimeoutMs);
}

void NchanChannel::onFetched()
{
    const NchanMessageFetch::Result& result = m_fetch->result();
    if (!result.found) {
        qCDebug(lcNchan).noquote()
            << m_channelId << "no message fetched over HTTP:" << result.error;
        return;
    }
    const QString streamId = NchanFrame::toStreamId(result.id);
    if (streamId.isEmpty() || isHandedOn(streamId))
        return;
    if (result.tooLarge) {
        stepOver(result.id, streamId);
    } else if (!m_connection->isUp()) {
        // (Up again, the WebSocket carries it, or fails on it again and it is fetched again.)
        qCWarning(lcNchan).noquote()
            << tr("The WebSocket for %1 failed on message %2 (a text frame that is not UTF-8?); "
                  "it was fetched over HTTP instead")
                   .arg(m_channelId, result.id);
        NchanFrame frame;
        frame.id = result.id;
        frame.contentType = result.contentType;
        frame.payload = result.payload;
        deliver(frame, QDateTime::currentDateTimeUtc());
    }
    m_connection->retryNow();
}

// A message too large to load: a marker takes its place, and stored, moves the cursor past it.
void NchanChannel::stepOver(const QString& nchanId, const QString& streamId)
{
    if (std::exchange(m_awaitingFirst, false))
        checkForGap(streamId);
    Notification n = marker(m_sourceName, m_channelId, streamKey(), NchanFrame::timeOf(nchanId));
    n.id = QStringLiteral("gap-oversized:%1:%2").arg(streamKey(), streamId);
    n.streamId = streamId;
    n.title = tr("Notification too large on %1").arg(m_channelId);
    n.body = tr("A message on %1 (%2) was larger than the limit of %3 KiB and was not loaded; it "
                "is still in Nchan's message buffer.")
                 .arg(m_channelId, nchanId)
                 .arg(m_endpoint.maxMessageBytes / 1024);
    qCWarning(lcNchan).noquote() << n.body;
    emit received(n);
    advanceTo(nchanId, streamId);
}
