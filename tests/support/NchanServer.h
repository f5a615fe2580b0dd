#pragma once

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <utility>

// A real Nchan (nginx with Debian's libnginx-mod-nchan) for one test, storing its messages in a
// Redis server the test started: a publisher location /pub/<channel id> and a subscriber location
// /sub/<channel id>, both with a message buffer.
//
// nginx runs in the foreground as a single process (no master, no workers), so it is a direct
// child of the test, stopped by its PID, with its own prefix, configuration, pid file, temp and
// log paths in a temporary folder.
class NchanServer {
public:
    struct Options {
        int bufferLength = 200;        // nchan_message_buffer_length
        int messageTimeoutSeconds = 0; // nchan_message_timeout; 0 keeps messages until pushed out
    };

    struct Response {
        int status = 0; // 0: no HTTP answer
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray header(const QByteArray& name) const;
    };

    NchanServer(int redisPort, Options options);
    explicit NchanServer(int redisPort);
    ~NchanServer();

    // Finds nginx and the module, writes the configuration, starts nginx on a free port and waits
    // until its Redis upstream is ready (until then Nchan answers 503).
    bool start(QString* error);
    // Starts nginx without waiting for the Redis upstream: subscribers may meet 503s.
    bool startWithoutWaiting(QString* error);
    bool waitUntilReady(QString* error);
    void stop();
    void kill();                  // SIGKILL: nginx vanishes without closing anything
    bool restart(QString* error); // same port, after stop() or kill()

    int port() const { return m_port; }
    // "nchan+ws://127.0.0.1:<port>/sub/": append "?channel=a" or a channel id.
    QString sourceUrl() const;

    // POSTs `body` to /pub/<channel>; returns Nchan's message id ("<time>:<tag>"), or an empty
    // string and the reason in *error.
    QString publish(const QString& channel, const QByteArray& body, QString* error,
                    const QByteArray& contentType = "application/json") const;
    // A blocking HTTP/1.1 request to nginx (Connection: close).
    Response request(const QByteArray& method, const QByteArray& path, const QByteArray& body = {},
                     const QByteArray& contentType = "application/json") const;

    // The module's path: from `nginx -V`'s --modules-path, else a list of usual places.
    static QString findModule(const QString& nginx, QString* error);

private:
    QString config(const QString& module) const;
    bool launch(QString* error);

    int m_redisPort;
    Options m_options;
    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_nginx;
    int m_port = -1;
};
