#include "SocketIoSource.h"

#include "notifications/NotificationParser.h"
#include "notifications/TextSanitizer.h"
#include "sources/gateway/WebSocketConnection.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QUrlQuery>
#include <algorithm>

Q_LOGGING_CATEGORY(lcSocketIo, "herald.gateway.socketio", QtWarningMsg)

namespace {

using Cause = SourceStatus::Cause;
using State = SourceStatus::State;

constexpr qsizetype MaxServerMessageChars = 200;
constexpr qint64 MaxProbeBytes = 4096;
constexpr int MaxAttachmentsPending = 1 << 20;

bool isFailure(const SourceStatus& status)
{
    return status.state == State::Reconnecting || status.state == State::Error;
}

// What a CONNECT_ERROR is about, judged by the words of its message (socket.io middlewares
// pass any Error's message; there is no code to go by).
Cause causeOf(const QString& message)
{
    static const QRegularExpression authentication(
        QStringLiteral(
            "auth|token|unauthori[sz]ed|credential|password|jwt|login|expired|signature"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression permission(
        QStringLiteral("forbidden|permission|not allowed|denied"),
        QRegularExpression::CaseInsensitiveOption);
    if (message.contains(authentication))
        return Cause::Authentication;
    if (message.contains(permission))
        return Cause::Permission;
    return Cause::Protocol;
}

// engine.io answers a request for a transport it does not offer with HTTP 400 and
// {"code":0,"message":"Transport unknown"}; with websocket on offer, a plain GET for it gets
// {"code":3,"message":"Bad request"} instead.
bool saysTransportUnknown(const QByteArray& body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    return object.value(QLatin1String("code")).toInt(-1) == 0 ||
           object.value(QLatin1String("message")).toString() == QLatin1String("Transport unknown");
}

} // namespace

SocketIoSource::SocketIoSource(const GatewayEndpoint& endpoint, QObject* parent)
    : Source(parent)
    , m_endpoint(endpoint)
    , m_name(endpoint.displayName())
    , m_connection(new WebSocketConnection(endpoint, this))
{
    setChannels(endpoint.channels);
    m_connection->setUrl(connectUrl());
    m_connection->setDisplayName(m_name);
    setReconnectBackoff(BackoffPolicy::Settings{});
    connect(m_connection, &WebSocketConnection::opened, this, &SocketIoSource::onOpened);
    connect(m_connection, &WebSocketConnection::textReceived, this, &SocketIoSource::onText);
    connect(m_connection, &WebSocketConnection::binaryReceived, this, &SocketIoSource::onBinary);
    connect(m_connection, &WebSocketConnection::statusChanged, this,
            &SocketIoSource::onConnectionStatus);
    connect(m_connection, &WebSocketConnection::outage, this, &SocketIoSource::onOutage);
    m_silenceTimer.setSingleShot(true);
    connect(&m_silenceTimer, &QTimer::timeout, this, &SocketIoSource::onSilenceCheck);
    m_handshakeTimer.setSingleShot(true);
    connect(&m_handshakeTimer, &QTimer::timeout, this, &SocketIoSource::onHandshakeTimeout);
}

SocketIoSource::~SocketIoSource()
{
    // The connection and the probe are children, destroyed after this class's members: nothing
    // they emit on the way out may reach them.
    m_connection->disconnect(this);
    if (m_probe)
        m_probe->disconnect(this);
}

QUrl SocketIoSource::connectUrl() const
{
    QUrl url = m_endpoint.url;
    url.setPath(m_endpoint.socketIoPath);
    QUrlQuery query(m_endpoint.url);
    query.removeAllQueryItems(QStringLiteral("EIO"));
    query.removeAllQueryItems(QStringLiteral("transport"));
    query.addQueryItem(QStringLiteral("EIO"), QStringLiteral("4"));
    query.addQueryItem(QStringLiteral("transport"), QStringLiteral("websocket"));
    url.setQuery(query);
    return url;
}

void SocketIoSource::setReconnectBackoff(const BackoffPolicy::Settings& settings)
{
    // No WebSocket pings and no dead-peer timeout: the server pings, and the silence limit its
    // open packet implies is kept here (see onSilenceCheck).
    m_connection->setTiming({settings, 0, 0});
}

void SocketIoSource::start()
{
    if (m_running)
        return;
    m_running = true;
    m_pollingOnly = false;
    setStatus({State::Connecting, Cause::None, tr("Connecting to %1").arg(m_name), -1});
    m_connection->open();
}

void SocketIoSource::stop()
{
    if (!m_running)
        return;
    m_running = false;
    if (m_probe)
        m_probe->abort();
    flushBatch();
    // Closing a session that is up loses nothing, but WebSocketConnection::close() reports it
    // as an outage ending now; an outage that began earlier is still reported.
    m_closingWhileUp = m_connected;
    endSession();
    m_connection->close();
    m_closingWhileUp = false;
    setStatus({});
}

void SocketIoSource::retryNow()
{
    m_connection->retryNow();
}

void SocketIoSource::reconnectNow()
{
    if (!m_running)
        return;
    flushBatch();
    endSession();
    m_opened = false;
    m_connection->reconnectNow();
}

void SocketIoSource::setChannels(const QStringList& channels)
{
    QStringList events = channels;
    events.removeDuplicates();
    events.removeAll(QString());
    const QSet<QString> before =
        std::exchange(m_events, QSet<QString>(events.begin(), events.end()));
    m_channels = events;
    // Events are filtered here, so a new one is "subscribed" as soon as the session is up.
    if (m_connected)
        for (const QString& event : std::as_const(m_channels))
            if (!before.contains(event))
                emit subscribed(event);
}

void SocketIoSource::onOpened()
{
    m_opened = true;
    m_pollingOnly = false;
    m_engineOpen = false;
    m_connected = false;
    m_warnedBinary = false;
    m_warnedMalformed = false;
    m_binaryFramesToSkip = 0;
    m_pendingAcks.clear();
    m_lastFrame.start();
    // The open packet and the CONNECT reply follow at once on a working server.
    m_handshakeTimer.start(m_endpoint.connectTimeoutMs);
}

void SocketIoSource::onText(const QString& text)
{
    m_lastFrame.start();
    const QByteArray frame = text.toUtf8();
    const SocketIoPacket packet = SocketIoPacket::decode(frame);
    if (!packet.isValid())
        return noteMalformed(packet.error);
    if (!m_engineOpen && packet.type != SocketIoPacket::Type::Open)
        return failWith(Cause::Protocol,
                        tr("%1 does not speak Socket.IO 4: its first message was not an "
                           "Engine.IO open packet")
                            .arg(m_name));
    switch (packet.type) {
    case SocketIoPacket::Type::Open:
        return onEngineOpen(packet);
    case SocketIoPacket::Type::Ping:
        m_connection->sendText(QString::fromUtf8(SocketIoPacket::encodePong(packet.data)));
        return;
    case SocketIoPacket::Type::Close:
        return failWith(Cause::Unreachable, tr("%1 closed the connection").arg(m_name));
    case SocketIoPacket::Type::Pong:
    case SocketIoPacket::Type::Upgrade:
    case SocketIoPacket::Type::Noop:
    case SocketIoPacket::Type::Invalid:
        return;
    default:
        return onSocketIoPacket(packet);
    }
}

void SocketIoSource::onBinary()
{
    m_lastFrame.start();
    if (m_binaryFramesToSkip > 0)
        --m_binaryFramesToSkip;
    else
        noteMalformed(QStringLiteral("a binary frame that no packet announced"));
}

void SocketIoSource::onEngineOpen(const SocketIoPacket& packet)
{
    if (m_engineOpen)
        return noteMalformed(QStringLiteral("a second open packet"));
    SocketIoPacket::Handshake handshake;
    QString error;
    if (!SocketIoPacket::parseHandshake(packet.data, &handshake, &error))
        return failWith(Cause::Protocol,
                        tr("%1 does not speak Socket.IO 4: %2").arg(m_name, error));
    m_engineOpen = true;
    // What socket.io-client allows as well: a ping is due every pingInterval, and may take
    // pingTimeout to arrive.
    m_silenceLimitMs = handshake.pingIntervalMs + handshake.pingTimeoutMs;
    m_silenceTimer.start(m_silenceLimitMs);
    sendConnect();
}

void SocketIoSource::sendConnect()
{
    QJsonObject auth;
    if (!m_endpoint.token.isEmpty())
        auth.insert(QLatin1String("token"), m_endpoint.token);
    if (!m_pid.isEmpty()) {
        auth.insert(QLatin1String("pid"), m_pid);
        if (!m_offset.isEmpty())
            auth.insert(QLatin1String("offset"), m_offset);
    }
    const QByteArray json =
        auth.isEmpty() ? QByteArray() : QJsonDocument(auth).toJson(QJsonDocument::Compact);
    m_connection->sendText(
        QString::fromUtf8(SocketIoPacket::encodeConnect(m_endpoint.socketIoNamespace, json)));
}

void SocketIoSource::onSocketIoPacket(const SocketIoPacket& packet)
{
    // Only one namespace is ever connected; anything for another one is not ours.
    if (packet.nsp != m_endpoint.socketIoNamespace)
        return;
    switch (packet.type) {
    case SocketIoPacket::Type::Connect:
        return onConnectReply(packet);
    case SocketIoPacket::Type::ConnectError:
        return onConnectError(packet);
    case SocketIoPacket::Type::Disconnect:
        return onServerDisconnect();
    case SocketIoPacket::Type::Event:
        return onEvent(packet);
    case SocketIoPacket::Type::BinaryEvent:
    case SocketIoPacket::Type::BinaryAck:
        return onBinaryEvent(packet);
    default: // ACK: we never ask for one
        return;
    }
}

void SocketIoSource::onConnectReply(const SocketIoPacket& packet)
{
    if (m_connected)
        return noteMalformed(QStringLiteral("a second CONNECT reply"));
    SocketIoPacket::ConnectReply reply;
    QString error;
    if (!SocketIoPacket::parseConnectReply(packet.data, &reply, &error))
        return failWith(Cause::Protocol, tr("%1 sent a malformed CONNECT reply").arg(m_name));
    m_handshakeTimer.stop();
    m_lastRefusal.clear();
    // The server recovered the session when it kept the id we offered (socket.io-client's rule).
    m_recovered = !reply.pid.isEmpty() && reply.pid == m_pid;
    m_pid = reply.pid;
    if (m_pid.isEmpty())
        m_offset.clear();
    m_connected = true;
    m_connection->markUp(); // Connected, and an outage through onOutage() unless recovered
    for (const QString& event : std::as_const(m_channels))
        emit subscribed(event);
    askForRooms();
}

void SocketIoSource::askForRooms()
{
    if (m_endpoint.subscribeEvent.isEmpty())
        return;
    for (const QString& room : std::as_const(m_endpoint.rooms))
        m_connection->sendText(QString::fromUtf8(SocketIoPacket::encodeEvent(
            m_endpoint.socketIoNamespace, {m_endpoint.subscribeEvent, room})));
}

void SocketIoSource::onConnectError(const SocketIoPacket& packet)
{
    QString message = SocketIoPacket::connectErrorMessage(packet.data);
    // The server's words, shown as plain text: one line, capped, and never the token even if
    // the server echoes it.
    if (!m_endpoint.token.isEmpty())
        message.replace(m_endpoint.token, QStringLiteral("[token]"));
    message = TextSanitizer::singleLine(message, MaxServerMessageChars);
    if (message.isEmpty())
        message = tr("no reason given");
    m_pid.clear(); // a refused session is not resumed
    const QString reason = tr("%1 refused the connection: %2").arg(m_name, message);
    if (std::exchange(m_lastRefusal, reason) != reason)
        qCWarning(lcSocketIo).noquote() << reason;
    failWith(causeOf(message), reason);
}

void SocketIoSource::onServerDisconnect()
{
    // The server ended the session on purpose: it keeps nothing to recover, and reconnecting
    // at once could loop, so the next attempt waits for the backoff like any other.
    m_pid.clear();
    m_offset.clear();
    failWith(Cause::Unreachable, tr("%1: the server closed the session").arg(m_name));
}

void SocketIoSource::onEvent(const SocketIoPacket& packet)
{
    SocketIoPacket::Event event;
    QString error;
    if (!SocketIoPacket::parseEvent(packet.data, &event, &error))
        return noteMalformed(error);
    rememberOffset(event);
    if (!m_events.contains(event.name))
        return;
    const NotificationParser::Context context{m_name, event.name, QString(),
                                              QDateTime::currentDateTimeUtc()};
    const QByteArray payload =
        event.arguments.isEmpty() ? QByteArray() : SocketIoPacket::payloadOf(event.arguments[0]);
    m_batch.append(NotificationParser::parse(payload, context));
    if (packet.ackId >= 0)
        m_pendingAcks.append(packet.ackId);
    // Frames that arrived in one read are all delivered before the flush runs: one batch.
    m_flush.request();
}

void SocketIoSource::rememberOffset(const SocketIoPacket::Event& event)
{
    // With recovery on, the server appends each broadcast's offset as its last argument.
    if (m_pid.isEmpty() || event.arguments.isEmpty())
        return;
    const QString offset = SocketIoPacket::stringOf(event.arguments.back());
    if (!offset.isNull())
        m_offset = offset;
}

void SocketIoSource::onBinaryEvent(const SocketIoPacket& packet)
{
    // Capped: a hostile count must not overflow; frames past the cap count as stray.
    m_binaryFramesToSkip = int(
        std::min<qint64>(qint64(m_binaryFramesToSkip) + packet.attachments, MaxAttachmentsPending));
    if (packet.type != SocketIoPacket::Type::BinaryEvent)
        return;
    ++m_binaryEventsRefused;
    if (m_warnedBinary)
        return;
    m_warnedBinary = true;
    SocketIoPacket::Event event;
    QString error;
    SocketIoPacket::parseEvent(packet.data, &event, &error);
    qCWarning(lcSocketIo).noquote()
        << tr("%1 sent a binary event \"%2\": Herald reads text events only, so binary events "
              "on this connection are skipped")
               .arg(m_name, TextSanitizer::singleLine(event.name, MaxServerMessageChars));
}

void SocketIoSource::flushBatch()
{
    m_flush.cancel();
    // Taken out first: a receiver may stop() this source, which flushes again.
    const QList<Notification> batch = std::exchange(m_batch, {});
    const QList<qint64> acks = std::exchange(m_pendingAcks, {});
    if (!batch.isEmpty())
        emit notificationsReceived(batch);
    // Acknowledged only now that they were handed on.
    for (const qint64 id : acks)
        m_connection->sendText(
            QString::fromUtf8(SocketIoPacket::encodeAck(m_endpoint.socketIoNamespace, id)));
}

// The connection is gone (or going): what belongs to it stops.
void SocketIoSource::endSession()
{
    m_silenceTimer.stop();
    m_handshakeTimer.stop();
    m_pendingAcks.clear();
    m_engineOpen = false;
    m_connected = false;
}

void SocketIoSource::onSilenceCheck()
{
    const qint64 silence = m_lastFrame.elapsed();
    if (silence < m_silenceLimitMs) {
        m_silenceTimer.start(int(m_silenceLimitMs - silence));
        return;
    }
    failWith(Cause::Unreachable,
             tr("%1 sent nothing for %2 s, not even its pings: the connection is dead")
                 .arg(m_name)
                 .arg(double(silence) / 1000.0, 0, 'f', 1));
}

void SocketIoSource::onHandshakeTimeout()
{
    const int seconds = (m_endpoint.connectTimeoutMs + 999) / 1000;
    if (m_engineOpen)
        failWith(
            Cause::Unreachable,
            tr("%1 did not answer the Socket.IO CONNECT within %2 s").arg(m_name).arg(seconds));
    else
        failWith(Cause::Protocol, tr("%1 sent no Engine.IO open packet within %2 s: is it a "
                                     "Socket.IO 4 server?")
                                      .arg(m_name)
                                      .arg(seconds));
}

void SocketIoSource::failWith(SourceStatus::Cause cause, const QString& reason)
{
    // Delivered first: whatever arrived before the failure is not lost with the connection.
    flushBatch();
    endSession();
    m_connection->fail(cause, reason);
}

void SocketIoSource::noteMalformed(const QString& why)
{
    ++m_malformedPackets;
    // One warning per connection: a broken server must not flood the log.
    if (std::exchange(m_warnedMalformed, true))
        qCDebug(lcSocketIo).noquote() << m_name << "sent a malformed packet:" << why;
    else
        qCWarning(lcSocketIo).noquote()
            << tr("%1 sent a malformed Socket.IO packet (%2); it was skipped").arg(m_name, why);
}

void SocketIoSource::onConnectionStatus(const SourceStatus& status)
{
    if (status.state != State::Connected)
        endSession();
    if (isFailure(status) && status.retryInMs >= 0) {
        flushBatch();
        // A refused WebSocket handshake: ask the server over plain HTTP whether it would have
        // taken long-polling instead, to say so rather than quote an HTTP status. (Qt 6.4 reports
        // engine.io's chunked 400 answer as an unknown error, not as a status: hence Unreachable.)
        const bool refusedBeforeOpen =
            !std::exchange(m_opened, false) &&
            (status.cause == Cause::Protocol || status.cause == Cause::Unreachable);
        if (refusedBeforeOpen && !m_pollingOnly)
            probeTransport();
    }
    if (m_running || status.state == State::Idle)
        setStatus(shownStatus(status));
}

// The connection's status in this source's words.
SourceStatus SocketIoSource::shownStatus(SourceStatus status) const
{
    switch (status.state) {
    case State::Connected:
        status.reason =
            m_recovered ? tr("Connected to %1 (session recovered: nothing was missed)").arg(m_name)
                        : tr("Connected to %1").arg(m_name);
        break;
    case State::Connecting:
        if (status.reason.isEmpty())
            status.reason = tr("Connecting to %1").arg(m_name);
        break;
    case State::Reconnecting:
    case State::Error:
        if (m_pollingOnly) {
            status.state = State::Error;
            status.cause = Cause::Protocol;
            status.reason = tr("%1: this server allows only HTTP long-polling; Herald needs the "
                               "websocket transport")
                                .arg(m_name);
        }
        break;
    case State::Idle:
        break;
    }
    return status;
}

void SocketIoSource::onOutage(const QDateTime& from, const QDateTime& to)
{
    if (m_closingWhileUp)
        return;
    // The server replayed what was emitted meanwhile: nothing was missed.
    if (m_recovered && m_connected) {
        qCInfo(lcSocketIo).noquote() << m_name << "recovered its session after an outage from"
                                     << from.toString(Qt::ISODateWithMs);
        return;
    }
    emit disconnected(from, to);
}

void SocketIoSource::probeTransport()
{
    if (m_probe)
        return;
    QUrl url = connectUrl();
    url.setScheme(m_endpoint.isTls() ? QStringLiteral("https") : QStringLiteral("http"));
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    // The same proxy, headers and CA as the WebSocket: the probe takes the same path.
    m_network->setProxy(m_endpoint.proxyFor(url));
    QNetworkReply* reply = m_network->get(m_endpoint.request(url));
    m_probe = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onProbeFinished(reply); });
}

void SocketIoSource::onProbeFinished(QNetworkReply* reply)
{
    reply->deleteLater();
    m_probe = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->read(MaxProbeBytes);
    if (!m_running || status != 400 || !saysTransportUnknown(body))
        return;
    m_pollingOnly = true;
    const SourceStatus current = m_connection->status();
    qCWarning(lcSocketIo).noquote() << shownStatus(current).reason;
    if (isFailure(current))
        setStatus(shownStatus(current));
}
