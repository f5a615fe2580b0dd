#include "SocketIoServer.h"

#include "TestServices.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>
#include <algorithm>

SocketIoServer::SocketIoServer(Options options)
    : m_options(std::move(options))
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process,
                     [this] { readOutput(); });
}

SocketIoServer::~SocketIoServer()
{
    stop();
}

QStringList SocketIoServer::arguments() const
{
    QStringList args{QDir(m_options.peersDir).filePath(QStringLiteral("seed-server.js")),
                     QStringLiteral("--port"), QString::number(m_port), QStringLiteral("--redis"),
                     m_options.redisUrl};
    for (const QString& channel : m_options.channels)
        args << QStringLiteral("--channel") << channel;
    if (!m_options.nsp.isEmpty())
        args << QStringLiteral("--namespace") << m_options.nsp;
    if (!m_options.token.isEmpty())
        args << QStringLiteral("--token") << m_options.token;
    if (m_options.pingIntervalMs > 0)
        args << QStringLiteral("--ping-interval") << QString::number(m_options.pingIntervalMs);
    if (m_options.pingTimeoutMs > 0)
        args << QStringLiteral("--ping-timeout") << QString::number(m_options.pingTimeoutMs);
    if (m_options.recovery)
        args << QStringLiteral("--recovery");
    if (m_options.pollingOnly)
        args << QStringLiteral("--polling-only");
    if (m_options.rooms)
        args << QStringLiteral("--rooms");
    return args;
}

bool SocketIoServer::start(QString* error)
{
    m_port = 0; // the server binds port 0 and prints the one it got
    return restart(error);
}

bool SocketIoServer::restart(QString* error)
{
    const QString modules = QDir(m_options.peersDir).filePath(QStringLiteral("node_modules"));
    if (!QFileInfo::exists(QDir(modules).filePath(QStringLiteral("socket.io")))) {
        *error = QStringLiteral("%1 is missing: run npm ci --prefix tests/peers").arg(modules);
        return false;
    }
    m_lines.clear();
    m_partial.clear();
    m_process.setProgram(TestServices::findProgram(QStringLiteral("node")));
    m_process.setArguments(arguments());
    m_process.setWorkingDirectory(m_options.peersDir);
    m_process.start();
    if (!m_process.waitForStarted(5000)) {
        *error = QStringLiteral("node did not start: ") + m_process.errorString();
        return false;
    }
    // Ready once ioredis confirmed the subscription: what is published from now on is emitted.
    if (!waitForLine(QStringLiteral("ready"), 20'000)) {
        *error = QStringLiteral("seed-server.js did not get ready; it printed: ") +
                 m_lines.join(QLatin1String(" | "));
        stop();
        return false;
    }
    m_port = m_lines.value(0).toInt();
    if (m_port > 0)
        return true;
    *error = QStringLiteral("seed-server.js printed no port");
    return false;
}

void SocketIoServer::stop()
{
    TestServices::stopProcess(m_process);
}

void SocketIoServer::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
}

QString SocketIoServer::url(const QString& query) const
{
    QString url = QStringLiteral("socketio+ws://127.0.0.1:%1").arg(m_port);
    if (!m_options.nsp.isEmpty() && m_options.nsp != QLatin1String("/"))
        url += m_options.nsp;
    if (!query.isEmpty())
        url += u'?' + query;
    return url;
}

void SocketIoServer::readOutput()
{
    m_partial += m_process.readAllStandardOutput();
    qsizetype newline;
    while ((newline = m_partial.indexOf('\n')) >= 0) {
        m_lines.append(QString::fromUtf8(m_partial.left(newline)));
        m_partial.remove(0, newline + 1);
    }
}

int SocketIoServer::countLines(const QString& prefix) const
{
    return int(std::count_if(m_lines.cbegin(), m_lines.cend(),
                             [&](const QString& line) { return line.startsWith(prefix); }));
}

bool SocketIoServer::waitForLine(const QString& prefix, int timeoutMs)
{
    return QTest::qWaitFor(
               [&] {
                   readOutput();
                   return countLines(prefix) > 0 || m_process.state() == QProcess::NotRunning;
               },
               timeoutMs) &&
           countLines(prefix) > 0;
}

bool SocketIoServer::command(const QString& line, QString* error)
{
    const QString verb = line.section(u' ', 0, 0);
    const int before = countLines(QStringLiteral("done ") + verb);
    m_process.write(line.toUtf8() + '\n');
    const bool applied = QTest::qWaitFor(
        [&] {
            readOutput();
            return countLines(QStringLiteral("done ") + verb) > before ||
                   countLines(QStringLiteral("error ")) > 0;
        },
        10'000);
    if (applied && countLines(QStringLiteral("error ")) == 0)
        return true;
    *error = QStringLiteral("seed-server.js did not apply \"%1\": %2")
                 .arg(line, m_lines.filter(QStringLiteral("error ")).join(QLatin1String(" | ")));
    return false;
}
