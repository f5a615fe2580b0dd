#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

// The seed article's gateway (tests/peers/seed-server.js: ioredis subscribed to Redis, socket.io
// emitting each message as a `notification` event) for one test: `node` started as a direct child
// on a free loopback port, ready once it has subscribed to Redis, stopped by its PID.
//
// The server prints what it sees (connections, acknowledgements) one line each, and takes
// commands on its standard input (emit an event, stop pinging, close the transport, ...); see
// the comment at the top of seed-server.js.
class SocketIoServer {
public:
    struct Options {
        QString peersDir; // holds seed-server.js and its node_modules
        QString redisUrl;
        QStringList channels{QStringLiteral("notifications")};
        QString nsp;   // empty: "/"
        QString token; // required in the CONNECT auth when set
        int pingIntervalMs = 0;
        int pingTimeoutMs = 0; // 0: socket.io's defaults
        bool recovery = false;
        bool pollingOnly = false;
        bool rooms = false;
    };

    explicit SocketIoServer(Options options);
    ~SocketIoServer();

    // The first start picks a free port; restart() reuses it.
    bool start(QString* error);
    bool restart(QString* error);
    void stop(); // SIGTERM, SIGKILL after a grace period
    void kill(); // SIGKILL: the server vanishes without closing anything

    int port() const { return m_port; }
    // socketio+ws://127.0.0.1:port[/namespace][?query]
    QString url(const QString& query = QString()) const;

    // Sends one command and waits until the server applied it; false (with the server's words
    // in *error) when it did not within 10 s.
    bool command(const QString& line, QString* error);
    // The lines the server printed since it started (the port and "ready" included).
    QStringList lines() const { return m_lines; }
    int countLines(const QString& prefix) const;
    // Waits (processing events) until a line starting with `prefix` is printed.
    bool waitForLine(const QString& prefix, int timeoutMs = 10'000);

private:
    QStringList arguments() const;
    void readOutput();

    Options m_options;
    QProcess m_process;
    QByteArray m_partial;
    QStringList m_lines;
    int m_port = 0;
};
