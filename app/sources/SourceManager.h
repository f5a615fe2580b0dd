#pragma once

#include "sources/SourceStatus.h"
#include "sources/redis/RedisEndpoint.h"
#include "storage/ConnectionProfile.h"

#include <QHash>
#include <QObject>
#include <functional>

class SecretStore;
class Source;
struct Notification;

// Keeps one running Source per enabled connection profile and follows the settings: a profile
// whose address or credentials changed is reconnected, one whose channels changed subscribes and
// unsubscribes live, one that was removed or disabled is stopped. Passwords come from the
// SecretStore, asynchronously, before a source starts.
//
// Every source's signals are forwarded with the connection's display name, so the UI and the
// notification pipeline need not know how many connections there are.
class SourceManager : public QObject {
    Q_OBJECT

public:
    using SourceFactory = std::function<Source*(const RedisEndpoint& endpoint, QObject* parent)>;

    SourceManager(SecretStore* secrets, SourceFactory factory, QObject* parent = nullptr);
    ~SourceManager() override;

    // Applies `profiles`. Profiles with an entry in `passwords` use it instead of the secret
    // store (command-line sources, which must never be written anywhere).
    void setProfiles(const QList<ConnectionProfile>& profiles,
                     const QHash<QString, QString>& passwords = {});
    // Switches to another secret store (the keychain turned out to be unavailable) and reads
    // again the passwords still waiting.
    void setSecretStore(SecretStore* secrets);
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    void retryAll();

    QList<Source*> sources() const;
    Source* source(const QString& profileId) const;
    QString nameOf(const QString& profileId) const;
    // A sentence for the empty list: what is subscribed where.
    QString subscriptionSummary() const;

signals:
    void statusChanged(const QString& connection, const SourceStatus& status);
    void notificationsReceived(const QList<Notification>& notifications);
    void subscribed(const QString& connection, const QString& channelOrPattern);
    void subscriptionFailed(const QString& connection, const QString& channelOrPattern,
                            const QString& reason);
    void disconnected(const QString& connection, const QDateTime& from, const QDateTime& to);
    void connectionRemoved(const QString& connection);
    void configurationError(const QString& connection, const QString& reason);

private:
    struct Running {
        ConnectionProfile profile;
        QString password;
        Source* source = nullptr;
    };

    void onPasswordRead(const QString& key, const QString& secret, const QString& error);
    void apply(const ConnectionProfile& profile, const QString& password);
    void startSource(Running& running);
    void stopSource(const QString& profileId);
    static bool sameConnection(const ConnectionProfile& a, const ConnectionProfile& b);

    SecretStore* m_secrets = nullptr;
    SourceFactory m_factory;
    QHash<QString, Running> m_running;           // by profile id
    QHash<QString, ConnectionProfile> m_waiting; // profiles waiting for their password
    QHash<QString, QString> m_overrides;
    bool m_paused = false;
};
