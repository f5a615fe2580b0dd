#pragma once

#include "sources/SourceStatus.h"
#include "sources/StreamCursor.h"
#include "storage/ConnectionProfile.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <functional>
#include <optional>

class SecretStore;
class Source;
struct Notification;

// Keeps one running Source per enabled connection profile and follows the settings: a profile
// whose address or credentials changed is reconnected, one whose channels changed subscribes and
// unsubscribes live, one that was removed or disabled is stopped. Passwords come from the
// SecretStore, asynchronously, before a source starts (a gateway's token the same way).
//
// Every source's signals are forwarded with the connection's display name, so the UI and the
// notification pipeline need not know how many connections there are.
//
// Durable channels are read from cursors the history keeps: before every start() a source is
// given the saved cursors through the CursorProvider (asked with Source::name(), which is what
// Notification::source and StreamCursor::source hold), and changed durable channels apply live
// through Source::setDurableChannels().
//
// When the provider cannot read the cursors (std::nullopt), a source with durable channels is
// not started (and one asked to re-read is stopped): with no cursors every stream would look new
// and be read from its newest entry on, skipping the backlog. Its status says the history could
// not be read, and the start is tried again every cursorRetryIntervalMs() until it can.
class SourceManager : public QObject {
    Q_OBJECT

public:
    // Makes the source of a profile (SourceFactory::create() in the app; fakes in tests).
    using Factory = std::function<Source*(const ConnectionProfile& profile, const QString& secret,
                                          QObject* parent)>;
    // The saved stream cursors of one source (by Source::name()); empty when none are saved,
    // std::nullopt when they could not be read.
    using CursorProvider =
        std::function<std::optional<QList<StreamCursor>>(const QString& sourceName)>;
    static constexpr int DefaultCursorRetryMs = 5000;

    SourceManager(SecretStore* secrets, Factory factory, QObject* parent = nullptr);
    ~SourceManager() override;

    // Applies `profiles`. Profiles with an entry in `passwords` use it instead of the secret
    // store (command-line sources, which must never be written anywhere).
    void setProfiles(const QList<ConnectionProfile>& profiles,
                     const QHash<QString, QString>& passwords = {});
    // Switches to another secret store (the keychain turned out to be unavailable) and reads
    // again the passwords still waiting.
    void setSecretStore(SecretStore* secrets);
    // Where sources resume their durable channels; set it before the first setProfiles().
    void setCursorProvider(CursorProvider cursors) { m_cursors = std::move(cursors); }
    // Gives the source named `sourceName` its saved cursors again, so it re-reads its streams
    // from what the history holds (storing what it read last failed).
    void rereadFromSavedCursors(const QString& sourceName);
    void setPaused(bool paused);
    // Holds reading on every source that can wait (Source::setReadingHeld), now and as started.
    void setReadingHeld(bool held);
    bool isPaused() const { return m_paused; }
    void retryAll();
    // Drops and reopens every source's connections (after a suspend they may be half-open).
    void reconnectAll();
    // How long a source whose cursors could not be read waits before the next try.
    void setCursorRetryIntervalMs(int ms) { m_cursorRetry.setInterval(ms); }
    int cursorRetryIntervalMs() const { return m_cursorRetry.interval(); }
    // Whether the source of this profile is held back because its cursors could not be read.
    bool isWaitingForHistory(const QString& profileId) const
    {
        return m_heldForHistory.contains(profileId);
    }

    QList<Source*> sources() const;
    Source* source(const QString& profileId) const;
    QString nameOf(const QString& profileId) const;
    // The running source of the connection with this display name (as the signals carry it).
    Source* sourceForConnection(const QString& connection) const;
    // A sentence for the empty list: what is subscribed where.
    QString subscriptionSummary() const;

signals:
    void statusChanged(const QString& connection, const SourceStatus& status);
    void notificationsReceived(const QList<Notification>& notifications);
    void subscribed(const QString& connection, const QString& channelOrPattern);
    void subscriptionFailed(const QString& connection, const QString& channelOrPattern,
                            const QString& reason);
    void disconnected(const QString& connection, const QDateTime& from, const QDateTime& to);
    // A source reached these stream positions without a notification to store with them (first
    // contact with a stream): save them at once.
    void cursorsReached(const QString& connection, const QList<StreamCursor>& cursors);
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
    void applyLive(const QString& profileId, Source* source,
                   const ConnectionProfile::Subscriptions& wanted);
    void startSource(Running& running);
    void startWithCursors(const QString& profileId, Source* source);
    void holdForHistory(const QString& profileId, Source* source);
    void retryHeldSources();
    void stopSource(const QString& profileId);
    static bool sameConnection(const ConnectionProfile& a, const ConnectionProfile& b);

    SecretStore* m_secrets = nullptr;
    Factory m_factory;
    CursorProvider m_cursors;
    QHash<QString, Running> m_running;           // by profile id
    QHash<QString, ConnectionProfile> m_waiting; // profiles waiting for their password
    QHash<QString, QString> m_overrides;
    QSet<QString> m_heldForHistory; // profile ids not started: their cursors could not be read
    QSet<QString> m_withoutCursors; // profile ids started without cursors (no durable channels)
    QTimer m_cursorRetry;
    bool m_paused = false;
    bool m_readingHeld = false;
};
