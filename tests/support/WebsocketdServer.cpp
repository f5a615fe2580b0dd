#include "WebsocketdServer.h"

#include "TestServices.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QTcpSocket>
#include <QThread>

WebsocketdServer::~WebsocketdServer()
{
    stop();
}

bool WebsocketdServer::start(const QByteArrayList& lines, QString* error)
{
    QFile feed(m_dir.filePath(QStringLiteral("feed.jsonl")));
    if (!m_dir.isValid() || !feed.open(QIODevice::WriteOnly) ||
        feed.write(lines.join('\n') + '\n') < 0) {
        *error = QStringLiteral("cannot write the feed file: ") + feed.errorString();
        return false;
    }
    feed.close();
    m_port = TestServices::freePort();
    m_process.setProgram(TestServices::findProgram(QStringLiteral("websocketd")));
    m_process.setArguments({QStringLiteral("--port=%1").arg(m_port),
                            QStringLiteral("--address=127.0.0.1"),
                            QStringLiteral("--loglevel=error"), QStringLiteral("sh"),
                            QStringLiteral(HERALD_WEBSOCKETD_SCRIPT), feed.fileName()});
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.setStandardOutputFile(QProcess::nullDevice());
    m_process.start();
    if (!m_process.waitForStarted(5000)) {
        *error = QStringLiteral("websocketd did not start: ") + m_process.errorString();
        return false;
    }
    return waitUntilListening(error);
}

bool WebsocketdServer::waitUntilListening(QString* error)
{
    QDeadlineTimer deadline(10'000);
    while (!deadline.hasExpired()) {
        if (m_process.state() != QProcess::Running) {
            *error = QStringLiteral("websocketd exited with code %1").arg(m_process.exitCode());
            return false;
        }
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), static_cast<quint16>(m_port));
        if (socket.waitForConnected(200))
            return true;
        QThread::msleep(20); // polling a child process that has no readiness signal
    }
    *error = QStringLiteral("websocketd did not listen within 10 s");
    return false;
}

bool WebsocketdServer::hasChildren() const
{
    // Linux lists each thread's children; websocketd (Go) may start a script from any thread.
    const QString tasks = QStringLiteral("/proc/%1/task").arg(m_process.processId());
    const QStringList threads = QDir(tasks).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& thread : threads) {
        QFile children(tasks + u'/' + thread + QStringLiteral("/children"));
        if (children.open(QIODevice::ReadOnly) && !children.readAll().trimmed().isEmpty())
            return true;
    }
    return false;
}

void WebsocketdServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    // Stopped, websocketd leaves the scripts it runs behind as orphans: give it a moment to end
    // and reap those of clients that just left.
    QDeadlineTimer deadline(3000);
    while (hasChildren() && !deadline.hasExpired())
        QThread::msleep(20); // polling: a child process has no signal for this
    TestServices::stopProcess(m_process);
}

QString WebsocketdServer::url(const QString& path) const
{
    return QStringLiteral("ws://127.0.0.1:%1/%2").arg(m_port).arg(path);
}
