#include "SourceManager.h"

#include "sources/Source.h"
#include "storage/SecretStore.h"

#include <QCoreApplication>

SourceManager::SourceManager(SecretStore* secrets, Factory factory, QObject* parent)
    : QObject(parent)
    , m_factory(std::move(factory))
{
    m_cursorRetry.setSingleShot(true);
    m_cursorRetry.setInterval(DefaultCursorRetryMs);
    connect(&m_cursorRetry, &QTimer::timeout, this, &SourceManager::retryHeldSources);
    setSecretStore(secrets);
}

void SourceManager::setSecretStore(SecretStore* secrets)
{
    if (m_secrets)
        m_secrets->disconnect(this);
    m_secrets = secrets;
    connect(m_secrets, &SecretStore::readFinished, this, &SourceManager::onPasswordRead);
    // A password changed in the settings dialog must reach the running connection.
    connect(m_secrets, &SecretStore::writeFinished, this,
            [this](const QString& key, const QString& error) {
                if (error.isEmpty() && m_running.contains(key) && !m_overrides.contains(key)) {
                    m_waiting.insert(key, m_running[key].profile);
                    m_secrets->read(key);
                }
            });
    for (const QString& key : m_waiting.keys())
        m_secrets->read(key);
}

SourceManager::~SourceManager()
{
    for (const QString& id : m_running.keys())
        stopSource(id);
}

void SourceManager::setProfiles(const QList<ConnectionProfile>& profiles,
                                const QHash<QString, QString>& passwords)
{
    m_overrides = passwords;
    QSet<QString> wanted;
    for (const ConnectionProfile& profile : profiles) {
        if (!profile.enabled)
            continue;
        wanted.insert(profile.id);
        if (m_overrides.contains(profile.id)) {
            apply(profile, m_overrides.value(profile.id));
        } else if (m_running.contains(profile.id) &&
                   sameConnection(m_running[profile.id].profile, profile)) {
            apply(profile, m_running[profile.id].password); // channels only: no new password needed
        } else {
            m_waiting.insert(profile.id, profile);
            m_secrets->read(profile.id);
        }
    }
    for (const QString& id : m_running.keys())
        if (!wanted.contains(id))
            stopSource(id);
    for (const QString& id : m_waiting.keys())
        if (!wanted.contains(id))
            m_waiting.remove(id);
}

void SourceManager::onPasswordRead(const QString& key, const QString& secret, const QString& error)
{
    if (!m_waiting.contains(key))
        return;
    const ConnectionProfile profile = m_waiting.take(key);
    if (!error.isEmpty())
        emit configurationError(
            profile.displayName(),
            tr("The password could not be read from the keychain: %1").arg(error));
    apply(profile, secret);
}

bool SourceManager::sameConnection(const ConnectionProfile& a, const ConnectionProfile& b)
{
    return a.url == b.url && a.username == b.username && a.caFile == b.caFile &&
           a.certFile == b.certFile && a.keyFile == b.keyFile && a.name == b.name &&
           a.headers == b.headers && a.proxy == b.proxy && a.maxMessageKiB == b.maxMessageKiB &&
           a.rooms == b.rooms;
}

void SourceManager::apply(const ConnectionProfile& profile, const QString& password)
{
    QString error;
    ConnectionProfile::Subscriptions wanted;
    if (!profile.subscriptions(password, &wanted, &error)) {
        stopSource(profile.id);
        emit configurationError(profile.displayName(), error);
        return;
    }
    auto it = m_running.find(profile.id);
    if (it != m_running.end() && sameConnection(it->profile, profile) && it->password == password) {
        it->profile = profile;
        applyLive(profile.id, it->source, wanted);
        return;
    }
    stopSource(profile.id);
    Source* source = m_factory(profile, password, this);
    if (!source) {
        emit configurationError(profile.displayName(), tr("This kind of connection is not known"));
        return;
    }
    if (!profile.isGateway())
        source->setDurableChannels(wanted.durable);
    source->setReadingHeld(m_readingHeld);
    m_running.insert(profile.id, Running{profile, password, source});
    startSource(m_running[profile.id]);
}

void SourceManager::applyLive(const QString& profileId, Source* source,
                              const ConnectionProfile::Subscriptions& wanted)
{
    // Applied without reconnecting. Pub/Sub first: a channel that stops being durable is
    // subscribed before its stream is let go; one that becomes durable is backfilled from its
    // stream, which covers the moment between.
    source->setChannels(wanted.channels);
    source->setPatterns(wanted.patterns);
    if (m_running[profileId].profile.isGateway() || source->durableChannels() == wanted.durable)
        return;
    source->setDurableChannels(wanted.durable);
    // Started without cursors (they could not be read, and nothing was durable then): its new
    // streams must not start from their newest entries. Start again, properly.
    if (m_withoutCursors.contains(profileId) && !wanted.durable.isEmpty() && !m_paused) {
        source->stop();
        startWithCursors(profileId, source);
    }
}

void SourceManager::startSource(Running& running)
{
    Source* source = running.source;
    const QString name = running.profile.displayName();
    connect(source, &Source::statusChanged, this,
            [this, name](const SourceStatus& status) { emit statusChanged(name, status); });
    connect(source, &Source::notificationsReceived, this, &SourceManager::notificationsReceived);
    connect(source, &Source::subscribed, this,
            [this, name](const QString& channel) { emit subscribed(name, channel); });
    connect(source, &Source::subscriptionFailed, this,
            [this, name](const QString& channel, const QString& reason) {
                emit subscriptionFailed(name, channel, reason);
            });
    connect(source, &Source::disconnected, this,
            [this, name](const QDateTime& from, const QDateTime& to) {
                emit disconnected(name, from, to);
            });
    connect(
        source, &Source::cursorsReached, this,
        [this, name](const QList<StreamCursor>& cursors) { emit cursorsReached(name, cursors); });
    if (!m_paused)
        startWithCursors(running.profile.id, source);
}

void SourceManager::startWithCursors(const QString& profileId, Source* source)
{
    // The history is the truth about how far each stream was read, also after a pause.
    m_withoutCursors.remove(profileId);
    if (m_cursors) {
        const std::optional<QList<StreamCursor>> saved = m_cursors(source->name());
        if (saved) {
            source->setCursors(*saved);
        } else if (!source->durableChannels().isEmpty()) {
            holdForHistory(profileId, source);
            return;
        } else {
            m_withoutCursors.insert(profileId); // Pub/Sub only: nothing to resume
        }
    }
    m_heldForHistory.remove(profileId);
    source->start();
}

void SourceManager::holdForHistory(const QString& profileId, Source* source)
{
    m_heldForHistory.insert(profileId);
    if (!m_cursorRetry.isActive())
        m_cursorRetry.start();
    const int retryMs = m_cursorRetry.interval();
    emit statusChanged(
        nameOf(profileId),
        {SourceStatus::State::Error, SourceStatus::Cause::None,
         tr("The history could not be read, so where the durable channels of %1 stopped is not "
            "known: not connecting until it can be read (trying again in %2 s)")
             .arg(source->name())
             .arg((retryMs + 999) / 1000),
         retryMs});
}

void SourceManager::retryHeldSources()
{
    if (m_paused)
        return; // setPaused(false) tries them all
    const QSet<QString> held = m_heldForHistory;
    for (const QString& profileId : held) {
        const auto it = m_running.constFind(profileId);
        if (it == m_running.cend())
            m_heldForHistory.remove(profileId);
        else
            startWithCursors(profileId, it->source);
    }
}

void SourceManager::rereadFromSavedCursors(const QString& sourceName)
{
    if (!m_cursors)
        return;
    for (auto it = m_running.cbegin(); it != m_running.cend(); ++it) {
        if (it->source->name() != sourceName)
            continue;
        if (m_heldForHistory.contains(it.key()))
            continue; // not running: it is given the saved cursors when it starts
        if (const std::optional<QList<StreamCursor>> saved = m_cursors(sourceName)) {
            it->source->setCursors(*saved);
            continue;
        }
        // Its cursors in memory have moved past what could not be stored: it must not go on
        // from them. Stopped until the saved ones can be read.
        it->source->stop();
        holdForHistory(it.key(), it->source);
    }
}

void SourceManager::stopSource(const QString& profileId)
{
    auto it = m_running.find(profileId);
    if (it == m_running.end())
        return;
    const QString name = it->profile.displayName();
    Source* source = it->source;
    m_running.erase(it);
    m_heldForHistory.remove(profileId);
    m_withoutCursors.remove(profileId);
    source->disconnect(this);
    source->stop();
    source->deleteLater();
    emit connectionRemoved(name);
}

void SourceManager::setReadingHeld(bool held)
{
    if (m_readingHeld == held)
        return;
    m_readingHeld = held;
    for (const Running& running : std::as_const(m_running))
        running.source->setReadingHeld(held);
}

void SourceManager::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    for (auto it = m_running.cbegin(); it != m_running.cend(); ++it) {
        if (paused)
            it->source->stop();
        else
            startWithCursors(it.key(), it->source);
    }
}

void SourceManager::retryAll()
{
    for (auto it = m_running.cbegin(); it != m_running.cend(); ++it) {
        if (!m_heldForHistory.contains(it.key()))
            it->source->retryNow();
    }
}

void SourceManager::reconnectAll()
{
    for (auto it = m_running.cbegin(); it != m_running.cend(); ++it) {
        if (!m_heldForHistory.contains(it.key()) && !m_paused)
            it->source->reconnectNow();
    }
}

QList<Source*> SourceManager::sources() const
{
    QList<Source*> list;
    for (const Running& running : m_running)
        list << running.source;
    return list;
}

Source* SourceManager::source(const QString& profileId) const
{
    const auto it = m_running.find(profileId);
    return it == m_running.end() ? nullptr : it->source;
}

QString SourceManager::nameOf(const QString& profileId) const
{
    const auto it = m_running.find(profileId);
    return it == m_running.end() ? QString() : it->profile.displayName();
}

Source* SourceManager::sourceForConnection(const QString& connection) const
{
    for (const Running& running : m_running) {
        if (running.profile.displayName() == connection)
            return running.source;
    }
    return nullptr;
}

QString SourceManager::subscriptionSummary() const
{
    QStringList parts;
    for (const Running& running : m_running) {
        QStringList names = running.source->channels() + running.source->patterns();
        for (const DurableChannel& durable : running.source->durableChannels())
            names << tr("%1 (durable)").arg(durable.channel);
        parts << tr("%1 on %2")
                     .arg(names.isEmpty() ? tr("nothing yet") : names.join(QStringLiteral(", ")),
                          running.profile.displayName());
    }
    return parts.isEmpty() ? QString()
                           : tr("Listening to %1.").arg(parts.join(QStringLiteral("; ")));
}
