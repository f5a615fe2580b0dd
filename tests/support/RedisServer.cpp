#include "RedisServer.h"

#include "TestCertificates.h"
#include "TestServices.h"

#include <QDeadlineTimer>
#include <QTcpSocket>
#include <QThread>

RedisServer::RedisServer()
    : RedisServer(Options{})
{
}

RedisServer::RedisServer(Options options)
    : m_options(std::move(options))
{
}

RedisServer::~RedisServer()
{
    stop();
}

QStringList RedisServer::arguments() const
{
    QStringList args{"--bind",      "127.0.0.1", "--port",       QString::number(m_port),
                     "--save",      "",          "--appendonly", "no",
                     "--daemonize", "no",        "--dir",        m_dir.path(),
                     "--loglevel",  "warning"};
    if (!m_options.password.isEmpty())
        args << "--requirepass" << m_options.password;
    if (m_options.tls) {
        const bool wrong = m_options.wrongNameCertificate;
        args << "--tls-port" << QString::number(m_tlsPort) << "--tls-cert-file"
             << (wrong ? m_options.tls->wrongNameCert() : m_options.tls->serverCert())
             << "--tls-key-file"
             << (wrong ? m_options.tls->wrongNameKey() : m_options.tls->serverKey())
             << "--tls-ca-cert-file" << m_options.tls->caCert() << "--tls-auth-clients"
             << (m_options.requireClientCertificates ? "yes" : "no");
    }
    return args + m_options.extraArguments;
}

bool RedisServer::start(QString* error)
{
    m_port = TestServices::freePort();
    if (m_options.tls)
        m_tlsPort = TestServices::freePort();
    return restart(error);
}

bool RedisServer::restart(QString* error)
{
    m_process.setProgram(TestServices::findProgram(QStringLiteral("redis-server")));
    m_process.setArguments(arguments());
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.setStandardOutputFile(QProcess::nullDevice());
    m_process.start();
    if (!m_process.waitForStarted(5000)) {
        *error = QStringLiteral("redis-server did not start: ") + m_process.errorString();
        return false;
    }
    return waitUntilReady(error);
}

bool RedisServer::waitUntilReady(QString* error)
{
    // Ready in about 0.1 s; poll with PING (NOAUTH also proves it is listening).
    QDeadlineTimer deadline(10'000);
    while (!deadline.hasExpired()) {
        if (m_process.state() != QProcess::Running) {
            *error = QStringLiteral("redis-server exited with code %1").arg(m_process.exitCode());
            return false;
        }
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), static_cast<quint16>(m_port));
        if (socket.waitForConnected(200)) {
            socket.write("PING\r\n");
            if (socket.waitForReadyRead(500) && !socket.readAll().startsWith("-LOADING"))
                return true;
        }
        QThread::msleep(20); // polling a child process that has no readiness signal
    }
    *error = QStringLiteral("redis-server did not answer PING within 10 s");
    return false;
}

void RedisServer::stop()
{
    TestServices::stopProcess(m_process);
}

void RedisServer::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
}

QString RedisServer::url() const
{
    const QString auth =
        m_options.password.isEmpty() ? QString() : u':' + m_options.password + u'@';
    return QStringLiteral("redis://") + auth + QStringLiteral("127.0.0.1:") +
           QString::number(m_port);
}

QString RedisServer::tlsUrl() const
{
    return QStringLiteral("rediss://localhost:%1").arg(m_tlsPort);
}

QStringList RedisServer::cliAuth() const
{
    QStringList args{"-h", "127.0.0.1", "-p", QString::number(m_port)};
    if (!m_options.password.isEmpty())
        args << "-a" << m_options.password << "--no-auth-warning";
    return args;
}

QByteArray RedisServer::cli(const QStringList& arguments) const
{
    QProcess process;
    process.start(TestServices::findProgram(QStringLiteral("redis-cli")), cliAuth() + arguments);
    process.waitForFinished(30'000);
    return process.readAllStandardOutput().trimmed();
}

bool RedisServer::pipe(const QByteArray& commands, QString* error) const
{
    QProcess process;
    process.start(TestServices::findProgram(QStringLiteral("redis-cli")),
                  cliAuth() << QStringLiteral("--pipe"));
    process.write(commands);
    process.closeWriteChannel();
    if (!process.waitForFinished(120'000) || process.exitCode() != 0) {
        *error =
            QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
        return false;
    }
    return true;
}

qint64 RedisServer::publish(const QString& channel, const QByteArray& payload) const
{
    return cli({QStringLiteral("PUBLISH"), channel, QString::fromUtf8(payload)}).toLongLong();
}

QByteArray RedisServer::numsub(const QString& channel) const
{
    return cli({"PUBSUB", "NUMSUB", channel}).split('\n').value(1);
}

RedisEndpoint RedisServer::endpoint() const
{
    RedisEndpoint endpoint;
    QString error;
    RedisEndpoint::parse(url(), &endpoint, &error);
    return endpoint;
}
