#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <memory>
#include <utility>

class QTcpServer;
class QTcpSocket;
class QWebSocket;
class QWebSocketServer;
class TestCertificates;

// An in-process WebSocket server for the JSON WebSocket source: it sends what a test tells it to
// (ntfy- and Gotify-shaped messages, text that is not JSON, oversized and binary frames), can drop
// its clients without a close frame, and can play a dead peer. It records each client's opening
// handshake, so tests can check the headers Herald sent.
class JsonFeedServer : public QObject {
    Q_OBJECT

public:
    struct Handshake {
        QByteArray path; // with its query
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray header(const QByteArray& name) const;
    };

    explicit JsonFeedServer(QObject* parent = nullptr);
    ~JsonFeedServer() override;

    // ws://127.0.0.1:<port>
    bool listen(QString* error);
    // wss://localhost:<port>, with the server certificate of `certificates` (signed by its CA).
    bool listenTls(const TestCertificates& certificates, QString* error);
    QString url(const QString& path = QStringLiteral("feed")) const;

    // Clients that connect from now on (plain listener only) get the handshake answered by hand
    // and are then never read again: the connection looks open, but no ping is ever answered.
    void setDeaf(bool deaf) { m_deaf = deaf; }

    int clientCount() const; // connected now, deaf ones included
    int connectionsAccepted() const { return m_accepted; }
    QList<Handshake> handshakes() const { return m_handshakes; }

    void sendText(const QString& text);
    void sendBinary(const QByteArray& data);
    // Every client's TCP connection is cut without a close frame.
    void abortClients();

    // What ntfy's /ws sends: {"event":"open"|"keepalive"|"message", "topic", ...}.
    static QString ntfyEvent(const QString& event, const QString& topic);
    static QString ntfyMessage(const QString& topic, const QString& title, const QString& message,
                               int priority, const QStringList& tags);
    // What Gotify's /stream sends for one message (priority on its 0..10 scale).
    static QString gotifyMessage(int id, const QString& title, const QString& message,
                                 int priority);

signals:
    void clientConnected();

private:
    void onTcpConnection();
    void onWebSocket();
    void answerByHand(QTcpSocket* socket);
    void record(const Handshake& handshake);

    std::unique_ptr<QWebSocketServer> m_server;
    QTcpServer* m_tcp = nullptr;
    QList<QPointer<QWebSocket>> m_clients;
    QList<QPointer<QTcpSocket>> m_deafClients;
    QList<Handshake> m_handshakes;
    QString m_host;
    int m_port = -1;
    int m_accepted = 0;
    bool m_deaf = false;
};
