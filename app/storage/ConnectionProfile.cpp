#include "ConnectionProfile.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>
#include <algorithm>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ConnectionProfile", text);
}

QStringList enabledNames(const QList<ChannelEntry>& entries, bool patterns)
{
    QStringList names;
    for (const ChannelEntry& entry : entries) {
        // A durable channel is read from its stream, not subscribed on Pub/Sub as well.
        const bool durable = entry.durable && !entry.isPattern;
        if (entry.enabled && !durable && entry.isPattern == patterns && !names.contains(entry.name))
            names.append(entry.name);
    }
    return names;
}

QList<DurableChannel> enabledDurable(const QList<ChannelEntry>& entries,
                                     const QList<DurableChannel>& fromUrl)
{
    QList<DurableChannel> durable;
    for (const ChannelEntry& entry : entries) {
        if (entry.enabled && entry.durable && !entry.isPattern)
            durable.append(DurableChannel::make(entry.name, entry.streamKey));
    }
    for (const DurableChannel& channel : fromUrl) {
        const bool listed = std::any_of(entries.cbegin(), entries.cend(), [&](const auto& entry) {
            return !entry.isPattern && entry.name == channel.channel;
        });
        if (!listed && !durable.contains(channel))
            durable.append(channel);
    }
    return durable;
}

// Adds what the URL named unless an entry (enabled or not) already decides about that name.
void addFromUrl(QStringList* names, const QStringList& fromUrl, const QList<ChannelEntry>& entries,
                bool patterns)
{
    for (const QString& name : fromUrl) {
        const bool listed = std::any_of(entries.cbegin(), entries.cend(), [&](const auto& entry) {
            return entry.isPattern == patterns && entry.name == name;
        });
        if (!listed && !names->contains(name))
            names->append(name);
    }
}

// The authority's user-info part of a URL that QUrl could not parse: "scheme://" up to the last
// '@' before the path. Returns -1 when there is none.
qsizetype userInfoEnd(const QString& url, qsizetype* begin)
{
    const qsizetype schemeEnd = url.indexOf(QLatin1String("://"));
    if (schemeEnd < 0)
        return -1;
    *begin = schemeEnd + 3;
    qsizetype pathStart = url.indexOf(u'/', *begin);
    if (pathStart < 0)
        pathStart = url.size();
    return url.lastIndexOf(u'@', pathStart - 1) >= *begin ? url.lastIndexOf(u'@', pathStart - 1)
                                                          : -1;
}
} // namespace

QString ConnectionProfile::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

RedisEndpoint ConnectionProfile::toEndpoint(const QString& password, QString* error) const
{
    RedisEndpoint endpoint;
    QString parseError;
    if (!RedisEndpoint::parse(url, &endpoint, &parseError)) {
        if (error)
            *error = parseError;
        endpoint.host.clear();
        return endpoint;
    }
    if (!username.isEmpty())
        endpoint.username = username;
    endpoint.password = password;
    endpoint.caFile = caFile;
    endpoint.certFile = certFile;
    endpoint.keyFile = keyFile;
    const QStringList urlChannels = endpoint.channels;
    const QStringList urlPatterns = endpoint.patterns;
    endpoint.channels = enabledNames(channels, false);
    endpoint.patterns = enabledNames(channels, true);
    addFromUrl(&endpoint.channels, urlChannels, channels, false);
    addFromUrl(&endpoint.patterns, urlPatterns, channels, true);
    endpoint.durableChannels = enabledDurable(channels, endpoint.durableChannels);
    if (error)
        error->clear();
    return endpoint;
}

ConnectionProfile::Kind ConnectionProfile::kind() const
{
    const QString scheme = url.trimmed().section(QLatin1String("://"), 0, 0).toLower();
    if (scheme.startsWith(QLatin1String("socketio+")))
        return Kind::SocketIo;
    if (scheme.startsWith(QLatin1String("nchan+")))
        return Kind::Nchan;
    if (scheme == QLatin1String("ws") || scheme == QLatin1String("wss"))
        return Kind::JsonWebSocket;
    return Kind::Redis;
}

GatewayEndpoint ConnectionProfile::toGatewayEndpoint(const QString& secret, QString* error) const
{
    GatewayEndpoint endpoint;
    QString problem;
    if (!GatewayEndpoint::parse(url, &endpoint, &problem) ||
        !GatewayEndpoint::parseHeaders(headers, &endpoint.headers, &problem)) {
        if (error)
            *error = problem;
        endpoint.url = QUrl();
        return endpoint;
    }
    if (!secret.isEmpty())
        endpoint.token = secret;
    endpoint.caFile = caFile;
    endpoint.proxy = proxy.trimmed();
    endpoint.maxMessageBytes = qint64(std::max(1, maxMessageKiB)) * 1024;
    const bool socketIo = endpoint.kind == GatewayEndpoint::Kind::SocketIo;
    const QUrlQuery query{QUrl(url)};
    const bool urlNamesEvents = query.hasQueryItem(QStringLiteral("event")) ||
                                query.hasQueryItem(QStringLiteral("channel"));
    // The parser's default event must not stand beside the events the user listed.
    QStringList urlChannels = socketIo && !urlNamesEvents ? QStringList() : endpoint.channels;
    if (endpoint.kind == GatewayEndpoint::Kind::JsonWebSocket)
        urlChannels.clear();
    endpoint.channels = endpoint.kind == GatewayEndpoint::Kind::JsonWebSocket
                            ? QStringList()
                            : enabledNames(channels, false);
    addFromUrl(&endpoint.channels, urlChannels, channels, false);
    if (socketIo && endpoint.channels.isEmpty())
        endpoint.channels = {QStringLiteral("notification")};
    for (const QString& room : rooms)
        if (!room.trimmed().isEmpty() && !endpoint.rooms.contains(room.trimmed()))
            endpoint.rooms.append(room.trimmed());
    if (socketIo && endpoint.subscribeEvent.isEmpty() && !endpoint.rooms.isEmpty())
        endpoint.subscribeEvent = QStringLiteral("subscribe");
    if (error)
        error->clear();
    return endpoint;
}

bool ConnectionProfile::subscriptions(const QString& secret, Subscriptions* subscriptions,
                                      QString* error) const
{
    error->clear();
    if (isGateway()) {
        const GatewayEndpoint endpoint = toGatewayEndpoint(secret, error);
        *subscriptions = {endpoint.channels, {}, {}};
    } else {
        const RedisEndpoint endpoint = toEndpoint(secret, error);
        *subscriptions = {endpoint.channels, endpoint.patterns, endpoint.durableChannels};
    }
    return error->isEmpty();
}

bool ConnectionProfile::isValidChannelName(const QString& name, QString* error)
{
    QString reason;
    if (name.trimmed().isEmpty()) {
        reason = tr("A channel name cannot be empty");
    } else if (std::any_of(name.cbegin(), name.cend(),
                           [](QChar c) { return c.category() == QChar::Other_Control; })) {
        reason = tr("A channel name cannot contain control characters such as tabs or line breaks");
    }
    if (error)
        *error = reason;
    return reason.isEmpty();
}

QString ConnectionProfile::stripPassword(const QString& url)
{
    QUrl parsed(url.trimmed(), QUrl::TolerantMode);
    if (parsed.isValid()) {
        if (parsed.password().isNull())
            return url;
        // Without a user, QUrl would keep an empty "@" after dropping the password.
        if (parsed.userName().isEmpty())
            parsed.setUserInfo(QString());
        else
            parsed.setPassword(QString());
        return parsed.toString();
    }
    // QUrl gave up, but the text may still hold a password: cut "user:password@" to "user@".
    qsizetype begin = 0;
    const qsizetype at = userInfoEnd(url, &begin);
    const qsizetype colon = at < 0 ? -1 : url.indexOf(u':', begin);
    if (colon < 0 || colon > at)
        return url;
    return url.left(colon) + url.mid(at);
}

QString ConnectionProfile::passwordInUrl(const QString& url)
{
    return QUrl(url.trimmed(), QUrl::TolerantMode).password(QUrl::FullyDecoded);
}

QString ConnectionProfile::displayName() const
{
    if (!name.trimmed().isEmpty())
        return name.trimmed();
    if (isGateway()) {
        GatewayEndpoint gateway;
        QString error;
        return GatewayEndpoint::parse(url, &gateway, &error) ? gateway.displayName()
                                                             : stripPassword(url);
    }
    RedisEndpoint endpoint;
    QString error;
    if (RedisEndpoint::parse(url, &endpoint, &error)) {
        if (!username.isEmpty())
            endpoint.username = username;
        return endpoint.displayName();
    }
    return stripPassword(url);
}
