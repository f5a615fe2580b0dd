#pragma once

#include <QObject>
#include <QString>
#include <memory>

class QLocalServer;
class QLocalSocket;
class QLockFile;

// One running Herald per user and settings file.
//
// The instance key is a hash of the user name and the absolute path of the settings file, so
// instances with different settings files (or different HOMEs, as in parallel tests) never
// collide. Ownership is a QLockFile in the runtime directory (the temp directory when there is
// none); a lock left by a crashed instance is recovered because QLockFile sees that its owner
// is gone. The first instance also listens on a QLocalServer, accessible only to the same user,
// through which later instances ask it to show itself.
class SingleInstance : public QObject {
    Q_OBJECT
public:
    explicit SingleInstance(const QString& settingsFile, QObject* parent = nullptr);
    ~SingleInstance() override;

    // Tries to become the running instance. True when we are the first (or already claimed):
    // the lock is held until destruction and activation requests are accepted. False when
    // another live instance holds it; call notifyRunning() then. Also true, with a warning and
    // isClaimed() false, when the lock file cannot be created at all: better a second instance
    // than none.
    bool claim();

    // For an instance whose claim() failed: asks the running one to show itself and returns
    // whether it acknowledged within `timeoutMs`. This blocks on the socket's waitFor* calls:
    // it is meant for main() before the event loop starts, where there is nothing else to serve
    // and the process is about to exit.
    bool notifyRunning(int timeoutMs = 2000);

    // The lock and server name, derived from the user and the settings file.
    QString key() const { return m_key; }
    QString lockFilePath() const;
    bool isClaimed() const;

signals:
    // Another instance was started for the same settings file: the UI should come forward.
    void activationRequested();

private:
    void acceptConnections();
    void readRequest(QLocalSocket* socket);
    bool listen();

    QString m_key;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer* m_server = nullptr;
};
