#include "NchanServer.h"

#include "TestServices.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QThread>

namespace {

// Where distributions put nginx's dynamic modules, for an nginx that does not name its own.
const char* const ModuleDirs[] = {"/usr/lib/nginx/modules", "/usr/lib64/nginx/modules",
                                  "/usr/share/nginx/modules", "/usr/local/nginx/modules",
                                  "/usr/local/lib/nginx/modules"};
const QString ModuleFile = QStringLiteral("ngx_nchan_module.so");

// Reads one HTTP/1.1 response (the server closes the connection after it).
NchanServer::Response readResponse(QTcpSocket& socket, QDeadlineTimer deadline)
{
    QByteArray data;
    while (socket.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
        if (socket.waitForReadyRead(static_cast<int>(qMax<qint64>(1, deadline.remainingTime()))))
            data += socket.readAll();
    }
    data += socket.readAll();
    NchanServer::Response response;
    const qsizetype headerEnd = data.indexOf("\r\n\r\n");
    if (!data.startsWith("HTTP/1.") || headerEnd < 0)
        return response;
    const QList<QByteArray> lines = data.left(headerEnd).split('\n');
    response.status = lines.first().split(' ').value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            response.headers.append(
                {lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed()});
    }
    response.body = data.mid(headerEnd + 4);
    return response;
}

} // namespace

QByteArray NchanServer::Response::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

NchanServer::NchanServer(int redisPort, Options options)
    : m_redisPort(redisPort)
    , m_options(options)
{
}

NchanServer::NchanServer(int redisPort)
    : NchanServer(redisPort, Options{})
{
}

NchanServer::~NchanServer()
{
    stop();
}

QString NchanServer::findModule(const QString& nginx, QString* error)
{
    QProcess probe;
    probe.start(nginx, {QStringLiteral("-V")});
    probe.waitForFinished(10'000);
    const QString configure = QString::fromLocal8Bit(probe.readAllStandardError());
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("--modules-path=(\\S+)")).match(configure);
    QStringList dirs;
    if (match.hasMatch())
        dirs << match.captured(1);
    for (const char* dir : ModuleDirs)
        dirs << QString::fromLatin1(dir);
    for (const QString& dir : std::as_const(dirs)) {
        const QString path = QDir(dir).filePath(ModuleFile);
        if (QFile::exists(path))
            return path;
    }
    *error = QStringLiteral("%1 not found in %2 (install libnginx-mod-nchan)")
                 .arg(ModuleFile, dirs.join(QStringLiteral(", ")));
    return {};
}

QString NchanServer::config(const QString& module) const
{
    const QString dir = m_dir.path();
    const QString buffer = QStringLiteral("nchan_redis_pass herald_redis; "
                                          "nchan_message_buffer_length %1; "
                                          "nchan_message_timeout %2;")
                               .arg(m_options.bufferLength)
                               .arg(m_options.messageTimeoutSeconds);
    return QStringLiteral(R"(load_module %1;
daemon off;
master_process off;
pid %2/nginx.pid;
error_log %2/error.log notice;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path %2/tmp/body;
    proxy_temp_path %2/tmp/proxy;
    fastcgi_temp_path %2/tmp/fastcgi;
    uwsgi_temp_path %2/tmp/uwsgi;
    scgi_temp_path %2/tmp/scgi;
    client_max_body_size 16m;
    upstream herald_redis { nchan_redis_server redis://127.0.0.1:%3; }
    server {
        listen 127.0.0.1:%4;
        location ~ ^/pub/(.+)$ { nchan_publisher; nchan_channel_id $1; %5 }
        location ~ ^/sub/(.+)$ { nchan_subscriber; nchan_channel_id $1; %5 }
    }
}
)")
        .arg(module, dir)
        .arg(m_redisPort)
        .arg(m_port)
        .arg(buffer);
}

bool NchanServer::start(QString* error)
{
    return startWithoutWaiting(error) && waitUntilReady(error);
}

bool NchanServer::startWithoutWaiting(QString* error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("cannot create a temporary folder");
        return false;
    }
    m_nginx = TestServices::findProgram(QStringLiteral("nginx"));
    const QString module = findModule(m_nginx, error);
    if (module.isEmpty())
        return false;
    m_port = TestServices::freePort();
    QDir(m_dir.path()).mkpath(QStringLiteral("tmp"));
    QFile file(m_dir.filePath(QStringLiteral("nginx.conf")));
    if (!file.open(QIODevice::WriteOnly) || file.write(config(module).toUtf8()) < 0) {
        *error = QStringLiteral("cannot write nginx.conf: ") + file.errorString();
        return false;
    }
    file.close();
    return launch(error);
}

bool NchanServer::launch(QString* error)
{
    m_process.setProgram(m_nginx);
    m_process.setArguments({QStringLiteral("-p"), m_dir.path(), QStringLiteral("-c"),
                            m_dir.filePath(QStringLiteral("nginx.conf")), QStringLiteral("-e"),
                            m_dir.filePath(QStringLiteral("error.log"))});
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.setStandardOutputFile(QProcess::nullDevice());
    m_process.start();
    if (!m_process.waitForStarted(5000)) {
        *error = QStringLiteral("nginx did not start: ") + m_process.errorString();
        return false;
    }
    return true;
}

bool NchanServer::waitUntilReady(QString* error)
{
    // Nchan answers 503 until its Redis upstream is connected; a channel that does not exist
    // answers 404 once it is.
    QDeadlineTimer deadline(15'000);
    while (!deadline.hasExpired()) {
        if (m_process.state() != QProcess::Running) {
            QFile log(m_dir.filePath(QStringLiteral("error.log")));
            log.open(QIODevice::ReadOnly);
            *error = QStringLiteral("nginx exited with code %1: %2")
                         .arg(m_process.exitCode())
                         .arg(QString::fromUtf8(log.readAll().right(2000)));
            return false;
        }
        const int status = request("GET", "/pub/herald-ready-probe").status;
        if (status != 0 && status != 503)
            return true;
        QThread::msleep(20); // polling a child process that has no readiness signal
    }
    *error = QStringLiteral("Nchan's Redis upstream was not ready within 15 s");
    return false;
}

void NchanServer::stop()
{
    TestServices::stopProcess(m_process);
}

void NchanServer::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
}

bool NchanServer::restart(QString* error)
{
    return launch(error) && waitUntilReady(error);
}

QString NchanServer::sourceUrl() const
{
    return QStringLiteral("nchan+ws://127.0.0.1:%1/sub/").arg(m_port);
}

NchanServer::Response NchanServer::request(const QByteArray& method, const QByteArray& path,
                                           const QByteArray& body,
                                           const QByteArray& contentType) const
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), static_cast<quint16>(m_port));
    if (!socket.waitForConnected(2000))
        return {};
    QByteArray head = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" +
                      "Accept: application/json\r\nConnection: close\r\n";
    if (!body.isNull() || method == "POST") {
        if (!contentType.isEmpty())
            head += "Content-Type: " + contentType + "\r\n";
        head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    }
    socket.write(head + "\r\n" + body);
    return readResponse(socket, QDeadlineTimer(10'000));
}

QString NchanServer::publish(const QString& channel, const QByteArray& body, QString* error,
                             const QByteArray& contentType) const
{
    const Response response = request("POST", "/pub/" + channel.toUtf8(), body, contentType);
    const QString id = QJsonDocument::fromJson(response.body)
                           .object()
                           .value(QStringLiteral("last_message_id"))
                           .toString();
    if ((response.status != 201 && response.status != 202) || id.isEmpty()) {
        *error = QStringLiteral("publish to %1 answered %2: %3")
                     .arg(channel)
                     .arg(response.status)
                     .arg(QString::fromUtf8(response.body.left(200)));
        return {};
    }
    return id;
}
