#include "RespConnection.h"

#include "sources/redis/RedisErrorText.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <hiredis/hiredis.h>
#include <vector>

// Debug output only when asked for with QT_LOGGING_RULES="herald.redis.debug=true".
Q_LOGGING_CATEGORY(lcResp, "herald.redis", QtWarningMsg)

namespace {
// How much to process per event-loop turn before letting the rest of the app run.
// 256 KiB is about a thousand typical notifications: enough to amortise the per-batch work,
// small enough to keep batches (and the memory they hold) modest.
constexpr qint64 ReadBudgetPerTurn = 256 * 1024;
constexpr qint64 ReadBlock = 64 * 1024;
constexpr qint64 ReadBufferBytes = 2 * 1024 * 1024;
// A subscriber cannot slow a publisher down: what it does not read piles up in Redis's output
// buffer, and Redis disconnects a Pub/Sub client whose buffer passes 32 MiB (the default
// client-output-buffer-limit), losing the rest of the burst. So a push connection takes a burst
// into its own memory too, up to this bound, and works through it at the pace it can store.
// With Redis's 32 MiB and the kernel's buffers, a burst of about 55 MB (some 210,000
// notifications of 200 bytes) arrives whole, while Herald's peak memory stays modest.
constexpr qint64 PushReadBufferBytes = 20 * 1024 * 1024;

bool isString(const redisReply* r, const char* text, size_t length)
{
    return (r->type == REDIS_REPLY_STRING || r->type == REDIS_REPLY_STATUS) && r->len == length &&
           memcmp(r->str, text, length) == 0;
}

QByteArrayView view(const redisReply* r)
{
    return QByteArrayView(r->str, static_cast<qsizetype>(r->len));
}

QByteArray bytes(const redisReply* r)
{
    return QByteArray(r->str, static_cast<qsizetype>(r->len));
}
} // namespace

RespConnection::RespConnection(QObject* parent)
    : QObject(parent)
{
    m_connectTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, &RespConnection::onConnectTimeout);
}

RespConnection::~RespConnection()
{
    // Handlers must not run during destruction: their owners may already be half gone.
    m_handlers.clear();
    close();
}

QByteArray RespConnection::encode(const QList<QByteArray>& args)
{
    std::vector<const char*> argv;
    std::vector<size_t> lengths;
    argv.reserve(static_cast<size_t>(args.size()));
    lengths.reserve(static_cast<size_t>(args.size()));
    for (const QByteArray& arg : args) {
        argv.push_back(arg.constData());
        lengths.push_back(static_cast<size_t>(arg.size()));
    }
    char* command = nullptr;
    const int length = redisFormatCommandArgv(&command, static_cast<int>(args.size()), argv.data(),
                                              lengths.data());
    if (length < 0)
        return {};
    QByteArray result(command, length);
    redisFreeCommand(command);
    return result;
}

bool RespConnection::isEncrypted() const
{
    return m_endpoint.tls && m_socket && static_cast<QSslSocket*>(m_socket)->isEncrypted();
}

bool RespConnection::isOpen() const
{
    return m_socket && m_socket->state() != QAbstractSocket::UnconnectedState;
}

void RespConnection::open(const RedisEndpoint& endpoint)
{
    close();
    m_endpoint = endpoint;
    m_failed = false;
    m_tlsReason.clear();
    m_decoder = std::make_unique<RespDecoder>(endpoint.maxReplyBytes);

    // A plain QTcpSocket unless TLS is asked for: a QSslSocket loads the TLS backend and its
    // CA store, several MiB that a plain connection never uses.
    QSslSocket* tlsSocket = endpoint.tls ? new QSslSocket(this) : nullptr;
    m_socket = tlsSocket ? tlsSocket : new QTcpSocket(this);
    // Qt's read buffer is unbounded by default: bounded, memory stays bounded through any
    // burst, and the rest waits in the kernel and in Redis's output buffer.
    m_socket->setReadBufferSize(m_pushMode ? PushReadBufferBytes : ReadBufferBytes);
    connect(m_socket, &QTcpSocket::readyRead, this, &RespConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &RespConnection::onSocketError);
    connect(m_socket, &QTcpSocket::disconnected, this, &RespConnection::onDisconnected);

    m_connectTimer.start(endpoint.connectTimeoutMs);
    if (endpoint.tls) {
        QString error;
        if (!configureTls(&error)) {
            // Reported from the event loop so callers see the same order as any other failure.
            QTimer::singleShot(0, this, [this, error] { fail(SourceStatus::Cause::Tls, error); });
            return;
        }
        connect(tlsSocket, &QSslSocket::sslErrors, this, &RespConnection::onSslErrors);
        connect(tlsSocket, &QSslSocket::encrypted, this, &RespConnection::startHandshake);
        tlsSocket->connectToHostEncrypted(endpoint.host, static_cast<quint16>(endpoint.port),
                                          endpoint.host);
    } else {
        connect(m_socket, &QTcpSocket::connected, this, &RespConnection::startHandshake);
        m_socket->connectToHost(endpoint.host, static_cast<quint16>(endpoint.port));
    }
}

bool RespConnection::configureTls(QString* error)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_endpoint.caFile.isEmpty()) {
        const QList<QSslCertificate> authorities = QSslCertificate::fromPath(m_endpoint.caFile);
        if (authorities.isEmpty()) {
            *error = tr("Cannot read a CA certificate from %1").arg(m_endpoint.caFile);
            return false;
        }
        config.setCaCertificates(authorities);
    }
    if (!m_endpoint.certFile.isEmpty()) {
        const QList<QSslCertificate> certs = QSslCertificate::fromPath(m_endpoint.certFile);
        if (certs.isEmpty()) {
            *error = tr("Cannot read a client certificate from %1").arg(m_endpoint.certFile);
            return false;
        }
        QFile keyFile(m_endpoint.keyFile.isEmpty() ? m_endpoint.certFile : m_endpoint.keyFile);
        if (!keyFile.open(QIODevice::ReadOnly)) {
            *error = tr("Cannot read the private key %1").arg(keyFile.fileName());
            return false;
        }
        const QByteArray pem = keyFile.readAll();
        QSslKey key(pem, QSsl::Rsa);
        if (key.isNull())
            key = QSslKey(pem, QSsl::Ec);
        if (key.isNull()) {
            *error = tr("The private key %1 is not an unencrypted RSA or EC key in PEM format")
                         .arg(keyFile.fileName());
            return false;
        }
        config.setLocalCertificate(certs.first());
        config.setPrivateKey(key);
    }
    auto* tlsSocket = static_cast<QSslSocket*>(m_socket);
    tlsSocket->setSslConfiguration(config);
    tlsSocket->setPeerVerifyName(m_endpoint.host);
    return true;
}

void RespConnection::dropSocket()
{
    if (!m_socket)
        return;
    // Deleted later: this may run inside one of the socket's own signals.
    QTcpSocket* socket = std::exchange(m_socket, nullptr);
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

void RespConnection::close()
{
    m_connectTimer.stop();
    m_ready = false;
    m_failed = true; // a deliberate close is not reported as a failure
    dropSocket();
    m_unsent.clear();
    failPendingHandlers("ERR connection closed");
}

void RespConnection::send(const QList<QByteArray>& args, ReplyHandler handler)
{
    if (!m_socket || m_failed) {
        if (handler)
            handler(RespReply::error("ERR not connected"));
        return;
    }
    m_handlers.push_back(std::move(handler));
    const QByteArray command = encode(args);
    const bool writable =
        m_endpoint.tls ? isEncrypted() : m_socket->state() == QAbstractSocket::ConnectedState;
    if (writable && m_unsent.isEmpty())
        m_socket->write(command);
    else
        m_unsent += command;
}

void RespConnection::onConnectTimeout()
{
    const QString seconds = QString::number(m_endpoint.connectTimeoutMs / 1000.0, 'g', 3);
    const bool tcpUp = m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
    // A plain server on a TLS port never answers the TLS hello: say so rather than "timed out".
    if (m_endpoint.tls && tcpUp && !isEncrypted()) {
        fail(SourceStatus::Cause::Tls,
             tr("No TLS handshake from %1 within %2 s (is TLS enabled on that port?)")
                 .arg(m_endpoint.hostAndPort(), seconds));
        return;
    }
    fail(SourceStatus::Cause::Unreachable,
         tcpUp
             ? tr("%1 accepted the connection but did not answer within %2 s")
                   .arg(m_endpoint.hostAndPort(), seconds)
             : tr("Timed out after %1 s connecting to %2").arg(seconds, m_endpoint.hostAndPort()));
}

void RespConnection::startHandshake()
{
    // The first commands go before anything queued by the owner; Redis answers in order.
    const QByteArray queued = std::exchange(m_unsent, QByteArray());
    auto queuedHandlers = std::move(m_handlers);
    m_handlers.clear();

    if (!m_endpoint.password.isEmpty()) {
        QList<QByteArray> auth{"AUTH"};
        if (!m_endpoint.username.isEmpty())
            auth << m_endpoint.username.toUtf8();
        auth << m_endpoint.password.toUtf8();
        send(auth, [this](const RespReply& reply) {
            if (reply.isError()) {
                const auto e = RedisErrorText::handshakeError("AUTH", reply.string, m_endpoint);
                fail(e.cause, e.reason);
            }
        });
    }
    send({"CLIENT", "SETNAME", m_endpoint.clientName.toUtf8()}, [](const RespReply& reply) {
        // A name only helps operators read CLIENT LIST; an ACL that forbids it is no failure.
        if (reply.isError())
            qCDebug(lcResp) << "CLIENT SETNAME refused:" << reply.text();
    });
    if (m_endpoint.database != 0)
        send({"SELECT", QByteArray::number(m_endpoint.database)}, [this](const RespReply& reply) {
            if (reply.isError()) {
                const auto e = RedisErrorText::handshakeError("SELECT", reply.string, m_endpoint);
                fail(e.cause, e.reason);
            }
        });
    send({"PING"}, [this](const RespReply& reply) {
        if (reply.isError()) {
            const auto e = RedisErrorText::handshakeError("PING", reply.string, m_endpoint);
            fail(e.cause, e.reason);
            return;
        }
        m_connectTimer.stop();
        m_ready = true;
        emit ready();
    });
    for (auto& handler : queuedHandlers)
        m_handlers.push_back(std::move(handler));
    if (m_socket && !queued.isEmpty())
        m_socket->write(queued);
}

void RespConnection::setReadingHeld(bool held)
{
    m_readingHeld = held;
    if (!held)
        scheduleRead();
}

// More is waiting: read on in the next turn, so timers and the UI are not starved.
void RespConnection::scheduleRead()
{
    if (m_socket && m_socket->bytesAvailable() > 0 && !m_readScheduled) {
        m_readScheduled = true;
        QTimer::singleShot(0, this, &RespConnection::onReadyRead);
    }
}

void RespConnection::onReadyRead()
{
    readAvailable(Hold::Respect);
}

// Hold::Ignore when the connection is closing: what it already received is all there will be,
// and it must be read before the socket goes. The hold never applies before the connection is
// ready, so the handshake (AUTH, PING) is never held up.
void RespConnection::readAvailable(Hold hold)
{
    m_readScheduled = false;
    if (!m_socket)
        return;
    if (m_readingHeld && m_ready && hold == Hold::Respect) {
        emit activity(); // bytes arriving: the peer is alive, only we are busy
        return;
    }
    QPointer<RespConnection> guard(this);
    if (m_readBuffer.size() < ReadBlock)
        m_readBuffer.resize(ReadBlock);
    qint64 budget = ReadBudgetPerTurn;
    while (m_socket && budget > 0) {
        const qint64 n = m_socket->read(m_readBuffer.data(), ReadBlock);
        if (n <= 0)
            break;
        budget -= n;
        if (!processChunk(m_readBuffer.constData(), n) || !guard)
            return;
    }
    if (!guard || !m_socket)
        return;
    emit activity();
    if (m_pushMode)
        emit pushBatchEnd();
    if (guard)
        scheduleRead();
}

bool RespConnection::processChunk(const char* data, qint64 length)
{
    QPointer<RespConnection> alive(this);
    const bool ok = m_decoder->decode(data, length, [this, &alive](const redisReply* reply) {
        // A handler may close or fail this connection; then stop decoding what is left.
        return dispatch(reply) && alive && m_socket && !m_failed;
    });
    if (!ok && alive && m_decoder->hasError())
        fail(m_decoder->exceededLimit() ? SourceStatus::Cause::TooLarge
                                        : SourceStatus::Cause::Protocol,
             m_decoder->error() + QStringLiteral(" [%1]").arg(m_endpoint.hostAndPort()));
    return ok;
}

bool RespConnection::dispatch(const redisReply* reply)
{
    if (m_pushMode && dispatchPush(reply))
        return true;
    if (m_handlers.empty()) {
        qCWarning(lcResp) << "Unexpected reply from" << m_endpoint.hostAndPort() << "ignored";
        return true;
    }
    ReplyHandler handler = std::move(m_handlers.front());
    m_handlers.pop_front();
    if (handler)
        handler(RespReply::fromHiredis(reply));
    return true;
}

bool RespConnection::dispatchPush(const redisReply* reply)
{
    if (reply->type != REDIS_REPLY_ARRAY || reply->elements < 3)
        return false;
    redisReply* const* e = reply->element;
    if (reply->elements == 3 && isString(e[0], "message", 7)) {
        if (m_pushHandler)
            m_pushHandler(view(e[1]), bytes(e[2]), QByteArrayView());
        return true;
    }
    if (reply->elements == 4 && isString(e[0], "pmessage", 8)) {
        if (m_pushHandler)
            m_pushHandler(view(e[2]), bytes(e[3]), view(e[1]));
        return true;
    }
    return false;
}

void RespConnection::onSslErrors()
{
    m_tlsReason = RedisErrorText::sslErrors(
        static_cast<QSslSocket*>(m_socket)->sslHandshakeErrors(), m_endpoint);
}

// Everything the peer sent before it closed, not only one turn's budget.
void RespConnection::drainOnClose()
{
    QPointer<RespConnection> alive(this);
    while (alive && m_socket && m_socket->bytesAvailable() > 0) {
        const qint64 before = m_socket->bytesAvailable();
        readAvailable(Hold::Ignore);
        if (alive && m_socket && m_socket->bytesAvailable() >= before)
            return; // nothing consumed: a failed decode already dropped the connection
    }
}

void RespConnection::onSocketError()
{
    if (!m_socket)
        return;
    const auto error = m_socket->error();
    if (!m_tlsReason.isEmpty()) {
        fail(SourceStatus::Cause::Tls, m_tlsReason);
        return;
    }
    if (error == QAbstractSocket::RemoteHostClosedError && m_socket->bytesAvailable() > 0)
        drainOnClose();
    if (!m_socket)
        return;
    const auto explained =
        RedisErrorText::socketError(error, m_socket->errorString(), m_endpoint, isEncrypted());
    fail(explained.cause, explained.reason);
}

void RespConnection::onDisconnected()
{
    if (m_socket && m_socket->bytesAvailable() > 0)
        drainOnClose();
    if (m_socket && !m_failed)
        fail(SourceStatus::Cause::Unreachable,
             tr("%1 closed the connection").arg(m_endpoint.hostAndPort()));
}

void RespConnection::fail(SourceStatus::Cause cause, const QString& reason)
{
    if (m_failed)
        return;
    m_failed = true;
    m_ready = false;
    m_connectTimer.stop();
    qCDebug(lcResp) << "connection to" << m_endpoint.displayName() << "failed:" << reason;
    dropSocket();
    failPendingHandlers("ERR connection lost");
    emit failed(cause, reason);
}

void RespConnection::failPendingHandlers(const QByteArray& message)
{
    auto handlers = std::move(m_handlers);
    m_handlers.clear();
    const RespReply error = RespReply::error(message);
    for (auto& handler : handlers)
        if (handler)
            handler(error);
}
