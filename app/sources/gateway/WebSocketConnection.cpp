#include "WebSocketConnection.h"

#include <QCoreApplication>
#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>
#include <algorithm>

namespace {
// The HTTP status of a refused opening handshake, which Qt only puts into its error text.
int handshakeStatus(const QString& errorText)
{
    static const QRegularExpression pattern(QStringLiteral("status code: (\\d{3})"));
    const QRegularExpressionMatch match = pattern.match(errorText);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

} // namespace

WebSocketConnection::WebSocketConnection(const GatewayEndpoint& endpoint, QObject* parent)
    : QObject(parent)
    , m_endpoint(endpoint)
    , m_url(endpoint.url)
    , m_displayName(endpoint.displayName())
{
    m_retryTimer.setSingleShot(true);
    m_connectTimer.setSingleShot(true);
    // Coarse, not very coarse: tests and Socket.IO servers use sub-second keepalive intervals.
    m_keepaliveTimer.setTimerType(Qt::CoarseTimer);
    connect(&m_retryTimer, &QTimer::timeout, this, &WebSocketConnection::connectNow);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        scheduleRetry(SourceStatus::Cause::Unreachable,
                      tr("%1 did not complete the WebSocket handshake within %2 s")
                          .arg(m_displayName)
                          .arg((m_endpoint.connectTimeoutMs + 999) / 1000));
    });
    connect(&m_keepaliveTimer, &QTimer::timeout, this, &WebSocketConnection::onKeepaliveTick);
}

WebSocketConnection::~WebSocketConnection()
{
    dropSocket();
}

void WebSocketConnection::setTiming(const Timing& timing)
{
    m_timing = timing;
    m_backoff.setSettings(timing.backoff);
}

void WebSocketConnection::setSilenceLimitMs(int ms)
{
    m_silenceLimitMs = std::max(0, ms);
    if (isOpen()) {
        onFrame(); // the limit counts from now
        startKeepalive();
    }
}

void WebSocketConnection::startKeepalive()
{
    const int intervals[] = {m_timing.pingIntervalMs, m_timing.deadPeerTimeoutMs, m_silenceLimitMs};
    int shortest = 0;
    for (int interval : intervals)
        if (interval > 0 && (shortest == 0 || interval < shortest))
            shortest = interval;
    // A quarter of the shortest interval: a dead peer is noticed within 25% of its limit, and an
    // idle connection wakes the process only a few times a minute.
    if (shortest > 0)
        m_keepaliveTimer.start(std::max(25, shortest / 4));
    else
        m_keepaliveTimer.stop();
}

void WebSocketConnection::open()
{
    if (m_running)
        return;
    m_running = true;
    m_backoff.reset();
    connectNow();
}

void WebSocketConnection::close()
{
    const bool wasRunning = m_running;
    m_running = false;
    m_retryTimer.stop();
    dropSocket();
    // Closing a session that is up loses nothing; one lost earlier and not yet back did.
    m_up = false;
    if (m_lostAt.isValid()) {
        const QDateTime from = std::exchange(m_lostAt, QDateTime());
        emit outage(from, QDateTime::currentDateTimeUtc());
    }
    if (wasRunning)
        setStatus({});
}

void WebSocketConnection::retryNow()
{
    if (m_running && m_retryTimer.isActive()) {
        m_retryTimer.stop();
        connectNow();
    }
}

void WebSocketConnection::reconnectNow()
{
    if (!m_running)
        return;
    m_retryTimer.stop();
    if (m_up)
        m_lostAt = QDateTime::currentDateTimeUtc();
    m_up = false;
    connectNow();
}

void WebSocketConnection::markUp()
{
    if (m_up || !isOpen())
        return;
    m_up = true;
    m_backoff.connected();
    setStatus({SourceStatus::State::Connected, SourceStatus::Cause::None, QString(), -1});
    if (m_lostAt.isValid()) {
        const QDateTime from = std::exchange(m_lostAt, QDateTime());
        emit outage(from, QDateTime::currentDateTimeUtc());
    }
}

void WebSocketConnection::fail(SourceStatus::Cause cause, const QString& reason)
{
    if (m_running)
        scheduleRetry(cause, reason);
}

bool WebSocketConnection::sendText(const QString& text)
{
    if (!isOpen())
        return false;
    m_socket->sendTextMessage(text);
    return true;
}

bool WebSocketConnection::isOpen() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

QString WebSocketConnection::acceptedSubprotocol() const
{
    return m_socket ? m_socket->subprotocol() : QString();
}

QNetworkRequest WebSocketConnection::request() const
{
    return m_endpoint.request(m_url);
}

void WebSocketConnection::connectNow()
{
    dropSocket();
    m_tlsError.clear();
    // A retry keeps saying why the last attempt failed, without the countdown that has run out.
    if (m_status.state == SourceStatus::State::Idle ||
        m_status.state == SourceStatus::State::Connected)
        setStatus({SourceStatus::State::Connecting, SourceStatus::Cause::None, QString(), -1});
    else
        setStatus({m_status.state, m_status.cause, m_status.reason, -1});
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    // A hostile server could announce a frame of gigabytes: Qt would try to buffer it.
    m_socket->setMaxAllowedIncomingFrameSize(quint64(m_endpoint.maxMessageBytes));
    m_socket->setMaxAllowedIncomingMessageSize(quint64(m_endpoint.maxMessageBytes));
    m_socket->setProxy(m_endpoint.proxyFor(m_url));
    if (m_endpoint.isTls())
        m_socket->setSslConfiguration(request().sslConfiguration());
    connect(m_socket, &QWebSocket::connected, this, &WebSocketConnection::onConnected);
    connect(m_socket, &QWebSocket::disconnected, this, &WebSocketConnection::onDisconnected);
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    connect(m_socket, &QWebSocket::errorOccurred, this, &WebSocketConnection::onSocketError);
#else
    connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            &WebSocketConnection::onSocketError);
#endif
    connect(m_socket, &QWebSocket::sslErrors, this, &WebSocketConnection::onSslErrors);
    connect(m_socket, &QWebSocket::textMessageReceived, this, [this](const QString& text) {
        onFrame();
        emit textReceived(text);
    });
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray& data) {
        onFrame();
        emit binaryReceived(data);
    });
    connect(m_socket, &QWebSocket::pong, this, &WebSocketConnection::onFrame);
    if (!m_endpoint.caFile.isEmpty() && QSslCertificate::fromPath(m_endpoint.caFile).isEmpty()) {
        scheduleRetry(SourceStatus::Cause::Tls,
                      tr("The CA file %1 holds no PEM certificate").arg(m_endpoint.caFile));
        return;
    }
    m_connectTimer.start(m_endpoint.connectTimeoutMs);
    QWebSocketHandshakeOptions options;
    options.setSubprotocols(m_subprotocols);
    m_socket->open(request(), options);
}

void WebSocketConnection::onConnected()
{
    m_connectTimer.stop();
    if (!m_subprotocols.isEmpty() && !m_subprotocols.contains(m_socket->subprotocol())) {
        scheduleRetry(SourceStatus::Cause::Protocol,
                      tr("%1 does not speak the %2 WebSocket subprotocol")
                          .arg(m_displayName, m_subprotocols.join(QLatin1String(", "))));
        return;
    }
    onFrame();
    startKeepalive();
    emit opened();
}

void WebSocketConnection::onFrame()
{
    m_lastFrame.start();
    m_pingSent = false;
}

void WebSocketConnection::onKeepaliveTick()
{
    if (!isOpen())
        return;
    const qint64 silence = m_lastFrame.elapsed();
    const bool silent = m_silenceLimitMs > 0 && silence > m_silenceLimitMs;
    const bool pingUnanswered =
        m_pingSent && silence > qint64(m_timing.pingIntervalMs) + m_timing.deadPeerTimeoutMs;
    if (silent || pingUnanswered) {
        scheduleRetry(SourceStatus::Cause::Unreachable,
                      tr("%1 stopped answering for %2 s: the connection is dead")
                          .arg(m_displayName)
                          .arg(double(silence) / 1000.0, 0, 'f', 1));
        return;
    }
    if (m_timing.pingIntervalMs > 0 && !m_pingSent && silence >= m_timing.pingIntervalMs) {
        m_socket->ping();
        m_pingSent = true;
    }
}

void WebSocketConnection::onSslErrors(const QList<QSslError>& errors)
{
    // Never ignored: the errors are only named, and the handshake fails.
    QStringList texts;
    for (const QSslError& error : errors)
        texts << error.errorString();
    m_tlsError = texts.join(QLatin1String("; "));
}

void WebSocketConnection::onSocketError()
{
    if (!m_socket)
        return;
    const QAbstractSocket::SocketError error = m_socket->error();
    const QString text = m_socket->errorString();
    const int status = handshakeStatus(text);
    if (!m_tlsError.isEmpty() || error == QAbstractSocket::SslHandshakeFailedError) {
        scheduleRetry(SourceStatus::Cause::Tls,
                      tr("The TLS certificate of %1 was not accepted: %2")
                          .arg(m_displayName, m_tlsError.isEmpty() ? text : m_tlsError));
    } else if (status == 401 || status == 403) {
        scheduleRetry(SourceStatus::Cause::Authentication,
                      tr("%1 refused the connection (HTTP %2): check the token or headers")
                          .arg(m_displayName)
                          .arg(status));
    } else if (status == 404) {
        scheduleRetry(
            SourceStatus::Cause::Protocol,
            tr("%1 has no WebSocket endpoint at this path (HTTP 404)").arg(m_displayName));
    } else if (status != 0) {
        scheduleRetry(
            status >= 500 ? SourceStatus::Cause::Unreachable : SourceStatus::Cause::Protocol,
            tr("%1 answered the WebSocket handshake with HTTP %2").arg(m_displayName).arg(status));
    } else if (text.contains(QLatin1String("processHandshake"))) {
        // Qt names no status for some refusals (e.g. a chunked 400): say what is known.
        scheduleRetry(SourceStatus::Cause::Protocol,
                      tr("%1 refused the WebSocket handshake").arg(m_displayName));
    } else {
        scheduleRetry(SourceStatus::Cause::Unreachable,
                      tr("Could not reach %1: %2").arg(m_displayName, text));
    }
}

void WebSocketConnection::onDisconnected()
{
    if (!m_socket || !m_running)
        return;
    const QWebSocketProtocol::CloseCode code = m_socket->closeCode();
    if (code == QWebSocketProtocol::CloseCodeTooMuchData) {
        scheduleRetry(SourceStatus::Cause::TooLarge,
                      tr("%1 sent a message larger than the limit of %2 KiB; it was refused")
                          .arg(m_displayName)
                          .arg(m_endpoint.maxMessageBytes / 1024));
        return;
    }
    const QString why = m_socket->closeReason().left(200);
    scheduleRetry(SourceStatus::Cause::Unreachable,
                  why.isEmpty() ? tr("%1 closed the connection").arg(m_displayName)
                                : tr("%1 closed the connection: %2").arg(m_displayName, why));
}

void WebSocketConnection::scheduleRetry(SourceStatus::Cause cause, const QString& reason)
{
    dropSocket();
    if (m_up)
        m_lostAt = QDateTime::currentDateTimeUtc();
    if (m_up)
        m_backoff.disconnected();
    m_up = false;
    if (!m_running)
        return;
    const int delay = m_backoff.nextDelayMs();
    m_retryTimer.start(delay);
    const SourceStatus probe{SourceStatus::State::Error, cause, reason, delay};
    setStatus({probe.isPermanent() ? SourceStatus::State::Error : SourceStatus::State::Reconnecting,
               cause, reason, delay});
}

void WebSocketConnection::dropSocket()
{
    m_connectTimer.stop();
    m_keepaliveTimer.stop();
    if (!m_socket)
        return;
    QWebSocket* socket = std::exchange(m_socket, nullptr);
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

void WebSocketConnection::setStatus(const SourceStatus& status)
{
    if (status == m_status)
        return;
    m_status = status;
    emit statusChanged(status);
}
