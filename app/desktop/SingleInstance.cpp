#include "SingleInstance.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QLoggingCategory>
#include <QStandardPaths>

namespace {

Q_LOGGING_CATEGORY(lcSingleInstance, "herald.desktop.singleinstance", QtWarningMsg)

const QByteArray activateRequest = QByteArrayLiteral("activate\n");
const QByteArray acknowledgement = QByteArrayLiteral("ok\n");
constexpr qint64 maxRequestBytes = 64; // a peer is the same user, but never buffer without bound

// USER is missing in some containers and services; the home directory still tells users apart.
QString userName()
{
    for (const char* variable : {"USER", "LOGNAME", "USERNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
    return QDir::homePath();
}

QString instanceKey(const QString& settingsFile)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(userName().toUtf8());
    hash.addData(QByteArrayView("\n", 1));
    hash.addData(QFileInfo(settingsFile).absoluteFilePath().toUtf8());
    // Short enough for the 108-byte limit of a Unix socket path under any temp directory.
    return QStringLiteral("herald-") + QString::fromLatin1(hash.result().toHex().left(24));
}

int remainingMs(const QDeadlineTimer& deadline)
{
    return int(qMax<qint64>(0, deadline.remainingTime()));
}

} // namespace

SingleInstance::SingleInstance(const QString& settingsFile, QObject* parent)
    : QObject(parent)
    , m_key(instanceKey(settingsFile))
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::lockFilePath() const
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (dir.isEmpty())
        dir = QDir::tempPath();
    return dir + u'/' + m_key + QStringLiteral(".lock");
}

bool SingleInstance::isClaimed() const
{
    return m_lock && m_lock->isLocked();
}

bool SingleInstance::claim()
{
    if (isClaimed())
        return true;
    m_lock = std::make_unique<QLockFile>(lockFilePath());
    // Never judge a lock by its age: a Herald running for weeks still owns it. tryLock() removes
    // a lock whose owner process is gone (same host, PID no longer running that program).
    m_lock->setStaleLockTime(0);
    if (m_lock->tryLock(0)) {
        if (!listen())
            qCWarning(lcSingleInstance) << "no activation channel:" << m_server->errorString();
        return true;
    }
    if (m_lock->error() == QLockFile::LockFailedError)
        return false;
    // An unwritable runtime directory must not keep Herald from starting at all: run without
    // the guarantee, and without touching a server name that may belong to another instance.
    qCWarning(lcSingleInstance) << "cannot create" << lockFilePath() << m_lock->error();
    return true;
}

bool SingleInstance::listen()
{
    // We hold the lock, so a socket with our name is a leftover of a crashed instance.
    QLocalServer::removeServer(m_key);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::acceptConnections);
    return m_server->listen(m_key);
}

void SingleInstance::acceptConnections()
{
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readRequest(socket); });
        readRequest(socket); // the request may have arrived with the connection
    }
}

void SingleInstance::readRequest(QLocalSocket* socket)
{
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > maxRequestBytes)
            socket->disconnectFromServer();
        return;
    }
    if (socket->readLine(maxRequestBytes) == activateRequest) {
        socket->write(acknowledgement);
        emit activationRequested();
    }
    socket->disconnectFromServer();
}

bool SingleInstance::notifyRunning(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    QLocalSocket socket;
    socket.connectToServer(m_key);
    if (!socket.waitForConnected(remainingMs(deadline))) {
        qCWarning(lcSingleInstance) << "cannot reach the running instance:" << socket.errorString();
        return false;
    }
    socket.write(activateRequest);
    socket.flush();
    // The acknowledgement proves the running instance read the request, not just the kernel.
    while (!socket.canReadLine() && socket.waitForReadyRead(remainingMs(deadline))) {
    }
    return socket.readLine() == acknowledgement;
}
