#include "sources/gateway/NchanSource.h"

#include "sources/gateway/NchanChannel.h"

#include <QLoggingCategory>
#include <algorithm>

Q_LOGGING_CATEGORY(lcNchan, "herald.gateway.nchan", QtWarningMsg)

namespace {

using State = SourceStatus::State;
using Cause = SourceStatus::Cause;

// How bad a channel's state is for the source as a whole.
int severity(State state)
{
    switch (state) {
    case State::Connected:
        return 0;
    case State::Idle:
    case State::Connecting:
        return 1;
    case State::Reconnecting:
        return 2;
    case State::Error:
        return 3;
    }
    return 0;
}

} // namespace

NchanSource::NchanSource(const GatewayEndpoint& endpoint, QObject* parent)
    : Source(parent)
    , m_endpoint(endpoint)
    , m_name(endpoint.displayName())
{
    m_channels = endpoint.channels;
    m_channels.removeDuplicates();
    m_channels.removeAll(QString());
    rebuildChannels();
}

NchanSource::~NchanSource() = default;

void NchanSource::setTiming(const WebSocketConnection::Timing& timing)
{
    m_timing = timing;
    for (NchanChannel* channel : std::as_const(m_subscriptions))
        channel->setTiming(timing);
}

void NchanSource::setReconnectBackoff(const BackoffPolicy::Settings& settings)
{
    WebSocketConnection::Timing timing = m_timing;
    timing.backoff = settings;
    setTiming(timing);
}

void NchanSource::start()
{
    if (m_running)
        return;
    m_running = true;
    m_refused.clear();
    for (NchanChannel* channel : std::as_const(m_subscriptions))
        channel->open();
    updateStatus();
}

void NchanSource::stop()
{
    if (!m_running)
        return;
    m_running = false;
    for (NchanChannel* channel : std::as_const(m_subscriptions))
        channel->close();
    flushBatch();
    setStatus({});
}

void NchanSource::retryNow()
{
    for (NchanChannel* channel : std::as_const(m_subscriptions))
        channel->retryNow();
}

void NchanSource::reconnectNow()
{
    if (!m_running)
        return;
    flushBatch();
    for (NchanChannel* channel : std::as_const(m_subscriptions))
        channel->reconnectNow();
}

// The channel ids: the ones given, or the location's own (the last segment of its path).
QStringList NchanSource::channelIds() const
{
    if (!m_channels.isEmpty())
        return m_channels;
    const QString own = m_endpoint.url.path(QUrl::FullyDecoded).section(QLatin1Char('/'), -1);
    return own.isEmpty() ? QStringList() : QStringList{own};
}

QUrl NchanSource::locationOf(const QString& channelId) const
{
    if (m_channels.isEmpty())
        return m_endpoint.url;
    QUrl url = m_endpoint.url;
    QString prefix = url.path(QUrl::FullyDecoded);
    if (!prefix.endsWith(QLatin1Char('/')))
        prefix += QLatin1Char('/');
    url.setPath(prefix + channelId, QUrl::DecodedMode);
    return url;
}

NchanChannel* NchanSource::channelFor(const QString& channelId) const
{
    for (NchanChannel* channel : m_subscriptions) {
        if (channel->channelId() == channelId)
            return channel;
    }
    return nullptr;
}

QList<DurableChannel> NchanSource::durableChannels() const
{
    QList<DurableChannel> durable;
    for (const QString& id : channelIds())
        durable.append({id, NchanChannel::streamKeyFor(id)});
    return durable;
}

void NchanSource::setChannels(const QStringList& channels)
{
    QStringList wanted = channels;
    wanted.removeDuplicates();
    wanted.removeAll(QString());
    if (wanted == m_channels)
        return;
    // Between the location's own channel and listed ones the locations themselves change.
    const bool sameLocations = !wanted.isEmpty() && !m_channels.isEmpty();
    m_channels = wanted;
    if (!sameLocations) {
        for (NchanChannel* channel : std::exchange(m_subscriptions, {}))
            removeChannel(channel);
    }
    rebuildChannels();
}

// Opens what is wanted and not there, closes what is there and not wanted; the others are not
// touched, so a change of channels never interrupts the rest.
void NchanSource::rebuildChannels()
{
    const QStringList ids = channelIds();
    for (NchanChannel* channel : QList<NchanChannel*>(m_subscriptions)) {
        if (!ids.contains(channel->channelId())) {
            m_subscriptions.removeOne(channel);
            removeChannel(channel);
        }
    }
    for (const QString& id : ids) {
        if (!channelFor(id))
            addChannel(id);
    }
    // Channel order, as the settings list them.
    std::sort(m_subscriptions.begin(), m_subscriptions.end(),
              [&ids](const NchanChannel* a, const NchanChannel* b) {
                  return ids.indexOf(a->channelId()) < ids.indexOf(b->channelId());
              });
    updateStatus();
}

void NchanSource::addChannel(const QString& channelId)
{
    auto* channel = new NchanChannel(m_endpoint, m_name, channelId, locationOf(channelId), this);
    channel->setTiming(m_timing);
    channel->setCursor(m_cursors.value(channel->streamKey()));
    connect(channel, &NchanChannel::received, this, &NchanSource::enqueue);
    connect(channel, &NchanChannel::statusChanged, this,
            [this, channel] { onChannelStatus(channel); });
    connect(channel, &NchanChannel::subscribed, this,
            [this, channel] { emit subscribed(channel->channelId()); });
    connect(channel, &NchanChannel::firstContact, this, &NchanSource::onFirstContact);
    m_subscriptions.append(channel);
    if (m_running)
        channel->open();
}

void NchanSource::removeChannel(NchanChannel* channel)
{
    // Delivered first: a removed channel's last messages still count, and its cursor with them.
    flushBatch();
    m_cursors.insert(channel->streamKey(), channel->cursor());
    m_refused.remove(channel);
    channel->disconnect(this);
    channel->close();
    channel->deleteLater();
}

void NchanSource::setCursors(const QList<StreamCursor>& cursors)
{
    for (const StreamCursor& cursor : cursors) {
        if (cursor.source != m_name)
            continue;
        m_cursors.insert(cursor.streamKey, cursor.lastId);
        for (NchanChannel* channel : std::as_const(m_subscriptions)) {
            if (channel->streamKey() == cursor.streamKey)
                channel->setCursor(cursor.lastId); // reads again from there when running
        }
    }
}

QList<StreamCursor> NchanSource::cursors() const
{
    QList<StreamCursor> result;
    for (const NchanChannel* channel : m_subscriptions) {
        if (!channel->cursor().isEmpty())
            result.append({m_name, channel->streamKey(), channel->cursor()});
    }
    return result;
}

void NchanSource::onFirstContact(const QString& streamKey, const QString& streamId)
{
    flushBatch();
    emit cursorsReached({{m_name, streamKey, streamId}});
}

void NchanSource::enqueue(const Notification& notification)
{
    m_batch.append(notification);
    // Frames that arrived in one read are all delivered before the flush runs: one batch.
    m_flush.request();
}

void NchanSource::flushBatch()
{
    m_flush.cancel();
    if (m_batch.isEmpty())
        return;
    emit notificationsReceived(m_batch);
    m_batch.clear();
}

void NchanSource::onChannelStatus(NchanChannel* channel)
{
    const SourceStatus status = channel->status();
    if (status.state == State::Reconnecting || status.state == State::Error)
        flushBatch(); // what arrived before the failure is not held back by it
    if (status.state == State::Error && !m_refused.contains(channel)) {
        m_refused.insert(channel);
        emit subscriptionFailed(channel->channelId(), channelStatus(channel).reason);
    } else if (status.state == State::Connected) {
        m_refused.remove(channel);
    }
    updateStatus();
}

void NchanSource::updateStatus()
{
    if (m_running)
        setStatus(combinedStatus());
}

SourceStatus NchanSource::combinedStatus() const
{
    if (m_subscriptions.isEmpty())
        return {State::Error, Cause::Protocol,
                tr("%1 names no Nchan channel id: end the path with one, or add "
                   "?channel=<id> for each channel")
                    .arg(m_name),
                -1};
    const NchanChannel* worst = m_subscriptions.first();
    for (const NchanChannel* channel : m_subscriptions) {
        if (severity(channel->status().state) > severity(worst->status().state))
            worst = channel;
    }
    return channelStatus(worst);
}

// One channel's status in this source's words.
SourceStatus NchanSource::channelStatus(const NchanChannel* channel) const
{
    SourceStatus status = channel->status();
    switch (status.state) {
    case State::Connected:
        status.reason = tr("Connected to %1").arg(m_name);
        break;
    case State::Idle:
    case State::Connecting:
        status.state = State::Connecting;
        if (status.reason.isEmpty())
            status.reason = tr("Connecting to %1").arg(m_name);
        break;
    case State::Reconnecting:
    case State::Error:
        break;
    }
    // Nchan answers 503 to every subscriber while its Redis upstream is not connected; a retry
    // in progress (Connecting) still names the last failure, with the same hint.
    if (status.state != State::Connected && status.reason.contains(QLatin1String("HTTP 503")))
        status.reason +=
            QStringLiteral(" ") + tr("(Nchan answers 503 while it cannot reach its Redis server)");
    return status;
}
