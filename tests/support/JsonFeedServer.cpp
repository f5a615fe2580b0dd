#include "JsonFeedServer.h"

#include "TestCertificates.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTcpServer>
#include <QTcpSocket>
#include <QWebSocket>
#include <QWebSocketServer>

namespace {

QString json(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// RFC 6455 section 4.2.2: the key with the protocol's GUID, SHA-1, base64.
QByteArray acceptFor(const QByteArray& key)
{
    return QCryptographicHash::hash(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11",
                                    QCryptographicHash::Sha1)
        .toBase64();
}

} // namespace

QByteArray JsonFeedServer::Handshake::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

JsonFeedServer::JsonFeedServer(QObject* parent)
    : QObject(parent)
{
}

JsonFeedServer::~JsonFeedServer()
{
    abortClients();
}

bool JsonFeedServer::listen(QString* error)
{
    // Connections are accepted here and handed to the WebSocket server, so a deaf client can be
    // answered by hand instead.
    m_server = std::make_unique<QWebSocketServer>(QStringLiteral("herald-test"),
                                                  QWebSocketServer::NonSecureMode);
    connect(m_server.get(), &QWebSocketServer::newConnection, this, &JsonFeedServer::onWebSocket);
    m_tcp = new QTcpServer(this);
    connect(m_tcp, &QTcpServer::newConnection, this, &JsonFeedServer::onTcpConnection);
    if (!m_tcp->listen(QHostAddress::LocalHost, 0)) {
        *error = m_tcp->errorString();
        return false;
    }
    m_host = QStringLiteral("127.0.0.1");
    m_port = m_tcp->serverPort();
    return true;
}

bool JsonFeedServer::listenTls(const TestCertificates& certificates, QString* error)
{
    m_server = std::make_unique<QWebSocketServer>(QStringLiteral("herald-test"),
                                                  QWebSocketServer::SecureMode);
    QFile keyFile(certificates.serverKey());
    keyFile.open(QIODevice::ReadOnly);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(QSslCertificate::fromPath(certificates.serverCert()));
    tls.setPrivateKey(QSslKey(&keyFile, QSsl::Rsa));
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_server->setSslConfiguration(tls);
    connect(m_server.get(), &QWebSocketServer::newConnection, this, &JsonFeedServer::onWebSocket);
    if (!m_server->listen(QHostAddress::LocalHost, 0)) {
        *error = m_server->errorString();
        return false;
    }
    m_host = QStringLiteral("localhost");
    m_port = m_server->serverPort();
    return true;
}

QString JsonFeedServer::url(const QString& path) const
{
    const bool tls = m_server && m_server->secureMode() == QWebSocketServer::SecureMode;
    return QStringLiteral("%1://%2:%3/%4")
        .arg(tls ? QStringLiteral("wss") : QStringLiteral("ws"), m_host)
        .arg(m_port)
        .arg(path);
}

void JsonFeedServer::onTcpConnection()
{
    while (QTcpSocket* socket = m_tcp->nextPendingConnection()) {
        if (m_deaf)
            answerByHand(socket);
        else
            m_server->handleConnection(socket);
    }
}

void JsonFeedServer::onWebSocket()
{
    while (QWebSocket* socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        Handshake handshake;
        const QNetworkRequest request = socket->request();
        handshake.path = request.url().path(QUrl::FullyEncoded).toUtf8();
        if (request.url().hasQuery())
            handshake.path += '?' + request.url().query(QUrl::FullyEncoded).toUtf8();
        for (const QByteArray& name : request.rawHeaderList())
            handshake.headers.append({name, request.rawHeader(name)});
        m_clients.append(socket);
        connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
        record(handshake);
    }
}

void JsonFeedServer::answerByHand(QTcpSocket* socket)
{
    socket->setParent(this);
    connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
        // The whole request arrives in one segment on loopback; a deaf peer needs no more.
        const QByteArray request = socket->peek(64 * 1024);
        if (!request.contains("\r\n\r\n"))
            return;
        QObject::disconnect(socket, &QTcpSocket::readyRead, nullptr, nullptr); // never read again
        Handshake handshake;
        const QList<QByteArray> lines = request.left(request.indexOf("\r\n\r\n")).split('\n');
        handshake.path = lines.first().split(' ').value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                handshake.headers.append(
                    {lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed()});
        }
        socket->write("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                      "Connection: Upgrade\r\nSec-WebSocket-Accept: " +
                      acceptFor(handshake.header("Sec-WebSocket-Key")) + "\r\n\r\n");
        m_deafClients.append(socket);
        record(handshake);
    });
}

void JsonFeedServer::record(const Handshake& handshake)
{
    m_handshakes.append(handshake);
    ++m_accepted;
    emit clientConnected();
}

int JsonFeedServer::clientCount() const
{
    int count = 0;
    for (const QPointer<QWebSocket>& client : m_clients)
        count += client && client->state() == QAbstractSocket::ConnectedState;
    for (const QPointer<QTcpSocket>& client : m_deafClients)
        count += client && client->state() == QAbstractSocket::ConnectedState;
    return count;
}

void JsonFeedServer::sendText(const QString& text)
{
    for (const QPointer<QWebSocket>& client : std::as_const(m_clients)) {
        if (client)
            client->sendTextMessage(text);
    }
}

void JsonFeedServer::sendBinary(const QByteArray& data)
{
    for (const QPointer<QWebSocket>& client : std::as_const(m_clients)) {
        if (client)
            client->sendBinaryMessage(data);
    }
}

void JsonFeedServer::abortClients()
{
    for (const QPointer<QWebSocket>& client : std::exchange(m_clients, {})) {
        if (client)
            client->abort();
    }
    for (const QPointer<QTcpSocket>& client : std::exchange(m_deafClients, {})) {
        if (client)
            client->abort();
    }
}

QString JsonFeedServer::ntfyEvent(const QString& event, const QString& topic)
{
    return json({{"id", QStringLiteral("ev%1").arg(QDateTime::currentMSecsSinceEpoch())},
                 {"time", QDateTime::currentSecsSinceEpoch()},
                 {"event", event},
                 {"topic", topic}});
}

QString JsonFeedServer::ntfyMessage(const QString& topic, const QString& title,
                                    const QString& message, int priority, const QStringList& tags)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    return json({{"id", QStringLiteral("nt-") + title},
                 {"time", now},
                 {"expires", now + 43200},
                 {"event", "message"},
                 {"topic", topic},
                 {"title", title},
                 {"message", message},
                 {"priority", priority},
                 {"tags", QJsonArray::fromStringList(tags)}});
}

QString JsonFeedServer::gotifyMessage(int id, const QString& title, const QString& message,
                                      int priority)
{
    return json(
        {{"id", id},
         {"appid", 3},
         {"title", title},
         {"message", message},
         {"priority", priority},
         {"extras", QJsonObject{{"client::display", QJsonObject{{"contentType", "text/plain"}}}}},
         {"date", QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}});
}
