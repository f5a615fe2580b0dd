#pragma once

#include <QByteArrayList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

// websocketd on a free loopback port, wrapping tests/peers/websocketd/json-lines.sh: each client
// that connects receives the lines given to start(), one text frame per line, and the connection
// then stays open. websocketd is a direct child of the test, stopped by its PID.
//
// websocketd runs the script once per client, as its own child: stop the clients before stop(),
// which then waits (briefly) until websocketd has reaped the scripts itself.
class WebsocketdServer {
public:
    WebsocketdServer() = default;
    ~WebsocketdServer();

    bool start(const QByteArrayList& lines, QString* error);
    void stop();

    int port() const { return m_port; }
    // "ws://127.0.0.1:<port>/<path>" (websocketd serves the script on every path).
    QString url(const QString& path = QStringLiteral("feed")) const;

private:
    bool waitUntilListening(QString* error);
    bool hasChildren() const;

    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = -1;
};
