#pragma once

#include "storage/SecretStore.h"

#include <functional>

// Secrets in the platform keychain through QtKeychain (Secret Service over D-Bus on Linux,
// Keychain on macOS, Credential Manager on Windows), stored under the service name "Herald" with
// the profile id as the key.
//
// Every call starts one QtKeychain job that deletes itself when done; its result is turned into
// the SecretStore signals. QtKeychain runs jobs one at a time in the order they were started, so
// results for the same key keep the order of the calls. A keychain can answer late (the user
// may be asked to unlock it); results that arrive after the store is destroyed are dropped.
class KeychainSecretStore : public SecretStore {
    Q_OBJECT
public:
    // available: a keychain service answered. why: the keychain's error when it did not.
    using ProbeCallback = std::function<void(bool available, QString why)>;

    explicit KeychainSecretStore(QObject* parent = nullptr);

    void read(const QString& key) override;
    void write(const QString& key, const QString& secret) override;
    void remove(const QString& key) override;

    bool isPersistent() const override { return true; }
    QString description() const override;

    // Learns, without blocking, whether a keychain service works here by reading an entry that
    // need not exist. Calls `done` exactly once, from the event loop, unless `context` is
    // destroyed first: when the keychain answers, or with available=false after `timeoutMs` if
    // it does not (a service that hangs must not keep the application from starting).
    static void probe(QObject* context, ProbeCallback done, int timeoutMs = 10'000);

    static QString serviceName();
};
