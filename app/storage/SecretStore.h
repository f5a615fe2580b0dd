#pragma once

#include <QObject>
#include <QString>

// Where connection passwords and tokens live, keyed by a connection profile id.
//
// Every operation is asynchronous: the call returns at once and its result arrives later, always
// through the matching signal and never from inside the call itself, so a caller can connect
// after calling and the UI never blocks on a keychain that is slow to answer or waits for the
// user to unlock it. Each call produces exactly one finished signal carrying the key it was
// made for. Calls may overlap; callers match results by key. Results for the same key arrive
// in the order the calls were made.
//
// Errors are human-readable sentences (empty on success). A missing entry is not an error: a
// read of a key that was never written, or was removed, succeeds with an empty secret, and
// removing a missing key succeeds.
class SecretStore : public QObject {
    Q_OBJECT
public:
    explicit SecretStore(QObject* parent = nullptr);
    ~SecretStore() override;

    // Looks up the secret of `key`; answers with readFinished.
    virtual void read(const QString& key) = 0;
    // Stores `secret` under `key`, replacing any previous one; answers with writeFinished.
    virtual void write(const QString& key, const QString& secret) = 0;
    // Forgets the secret of `key`; answers with removeFinished.
    virtual void remove(const QString& key) = 0;

    // True when secrets survive a restart of the application; false when they are kept in
    // memory for this session only (the user is asked again after a restart).
    virtual bool isPersistent() const = 0;
    // One sentence for the settings dialog saying where secrets are kept.
    virtual QString description() const = 0;

signals:
    void readFinished(const QString& key, const QString& secret, const QString& error);
    void writeFinished(const QString& key, const QString& error);
    void removeFinished(const QString& key, const QString& error);
};
