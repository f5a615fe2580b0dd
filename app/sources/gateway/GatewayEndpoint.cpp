#include "GatewayEndpoint.h"

#include <QCoreApplication>
#include <QNetworkProxyFactory>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QUrlQuery>
#include <algorithm>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("GatewayEndpoint", text);
}

struct Scheme {
    QLatin1String name;
    GatewayEndpoint::Kind kind;
    bool tls;
};

constexpr Scheme Schemes[] = {
    {QLatin1String("socketio+ws"), GatewayEndpoint::Kind::SocketIo, false},
    {QLatin1String("socketio+wss"), GatewayEndpoint::Kind::SocketIo, true},
    {QLatin1String("nchan+ws"), GatewayEndpoint::Kind::Nchan, false},
    {QLatin1String("nchan+wss"), GatewayEndpoint::Kind::Nchan, true},
    {QLatin1String("ws"), GatewayEndpoint::Kind::JsonWebSocket, false},
    {QLatin1String("wss"), GatewayEndpoint::Kind::JsonWebSocket, true},
};

const Scheme* findScheme(const QString& scheme)
{
    for (const Scheme& candidate : Schemes)
        if (scheme == candidate.name)
            return &candidate;
    return nullptr;
}

// Herald's own query items: taken out of the URL that is opened.
QStringList takeAll(QUrlQuery* query, const QString& key)
{
    const QStringList values = query->allQueryItemValues(key, QUrl::FullyDecoded);
    query->removeAllQueryItems(key);
    return values;
}

QString takeLast(QUrlQuery* query, const QString& key)
{
    const QStringList values = takeAll(query, key);
    return values.isEmpty() ? QString() : values.last();
}

void appendUnique(QStringList* list, const QStringList& values)
{
    for (const QString& value : values)
        if (!value.isEmpty() && !list->contains(value))
            list->append(value);
}

bool applySocketIoOptions(QUrlQuery* query, GatewayEndpoint* endpoint, QString* error)
{
    appendUnique(&endpoint->channels, takeAll(query, QStringLiteral("event")));
    appendUnique(&endpoint->rooms, takeAll(query, QStringLiteral("room")));
    const QString path = takeLast(query, QStringLiteral("path"));
    if (!path.isEmpty())
        endpoint->socketIoPath = path.startsWith(u'/') ? path : u'/' + path;
    if (!endpoint->socketIoPath.endsWith(u'/'))
        endpoint->socketIoPath += u'/';
    endpoint->subscribeEvent = takeLast(query, QStringLiteral("subscribe"));
    if (endpoint->subscribeEvent.isEmpty() && !endpoint->rooms.isEmpty())
        endpoint->subscribeEvent = QStringLiteral("subscribe");
    // The URL path is the namespace, as in io("http://host/admin").
    const QString ns = endpoint->url.path();
    endpoint->socketIoNamespace = ns.isEmpty() ? QStringLiteral("/") : ns;
    if (endpoint->socketIoNamespace.contains(u',')) {
        *error = QCoreApplication::translate("GatewayEndpoint",
                                             "A Socket.IO namespace cannot contain a comma");
        return false;
    }
    return true;
}
} // namespace

bool GatewayEndpoint::isGatewayUrl(const QString& url)
{
    const qsizetype end = url.indexOf(QLatin1String("://"));
    return end > 0 && findScheme(url.left(end).trimmed().toLower()) != nullptr;
}

bool GatewayEndpoint::parse(const QString& text, GatewayEndpoint* endpoint, QString* error)
{
    QUrl url(text.trimmed(), QUrl::StrictMode);
    const Scheme* scheme = findScheme(url.scheme().toLower());
    if (!url.isValid() || !scheme) {
        *error = tr("Not a gateway URL; expected socketio+ws://, nchan+ws://, ws:// or their "
                    "TLS forms (socketio+wss://, nchan+wss://, wss://)");
        return false;
    }
    if (url.host().isEmpty()) {
        *error = tr("The URL names no host");
        return false;
    }
    if (url.port() == 0 || url.port() > 65535) {
        *error = tr("The port must be between 1 and 65535");
        return false;
    }
    GatewayEndpoint result;
    result.kind = scheme->kind;
    // A token in the URL would end up in logs and settings: it belongs in the keychain.
    result.token = url.password(QUrl::FullyDecoded);
    url.setUserInfo(QString());
    url.setScheme(scheme->tls ? QStringLiteral("wss") : QStringLiteral("ws"));
    QUrlQuery query(url);
    appendUnique(&result.channels, takeAll(&query, QStringLiteral("channel")));
    result.url = url;
    if (result.kind == Kind::SocketIo && !applySocketIoOptions(&query, &result, error))
        return false;
    if (result.kind == Kind::SocketIo && result.channels.isEmpty())
        result.channels = {QStringLiteral("notification")};
    result.url.setQuery(query);
    *endpoint = result;
    return true;
}

QString GatewayEndpoint::displayName() const
{
    QString scheme;
    switch (kind) {
    case Kind::SocketIo:
        scheme = QStringLiteral("socketio+");
        break;
    case Kind::Nchan:
        scheme = QStringLiteral("nchan+");
        break;
    case Kind::JsonWebSocket:
        break;
    }
    QUrl shown = url;
    shown.setQuery(QString());
    shown.setFragment(QString());
    shown.setUserInfo(QString());
    QString text = shown.toString(QUrl::FullyEncoded);
    if (text.endsWith(u'/') && shown.path() == QLatin1String("/"))
        text.chop(1);
    return scheme + text;
}

QByteArray GatewayEndpoint::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

bool GatewayEndpoint::parseHeaders(const QStringList& lines,
                                   QList<std::pair<QByteArray, QByteArray>>* headers,
                                   QString* error)
{
    QList<std::pair<QByteArray, QByteArray>> result;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString& line = lines[i];
        if (line.trimmed().isEmpty())
            continue;
        const qsizetype colon = line.indexOf(u':');
        const QString name = line.left(colon).trimmed();
        const bool validName =
            colon > 0 && !name.isEmpty() && std::all_of(name.cbegin(), name.cend(), [](QChar c) {
                return c.unicode() > 32 && c.unicode() < 127 && c != u':';
            });
        const QString value = line.mid(colon + 1).trimmed();
        const bool validValue = std::none_of(value.cbegin(), value.cend(), [](QChar c) {
            return c == u'\r' || c == u'\n' || c.unicode() > 255;
        });
        if (!validName || !validValue) {
            // The line number, not the text: a header often holds a secret.
            *error = tr("Header line %1 is not of the form \"Name: value\" (a name without "
                        "spaces, a value in Latin-1 without line breaks)")
                         .arg(i + 1);
            return false;
        }
        result.append({name.toLatin1(), value.toLatin1()});
    }
    *headers = result;
    return true;
}

QNetworkProxy GatewayEndpoint::proxyFor(const QUrl& target) const
{
    if (proxy.isEmpty()) {
        const QList<QNetworkProxy> system =
            QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(target));
        return system.isEmpty() ? QNetworkProxy(QNetworkProxy::NoProxy) : system.first();
    }
    if (proxy.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
        return QNetworkProxy(QNetworkProxy::NoProxy);
    const QUrl setting(proxy);
    const bool socks = setting.scheme().startsWith(QLatin1String("socks"));
    return QNetworkProxy(socks ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy,
                         setting.host(), quint16(setting.port(socks ? 1080 : 8080)),
                         setting.userName(QUrl::FullyDecoded),
                         setting.password(QUrl::FullyDecoded));
}

QNetworkRequest GatewayEndpoint::request(const QUrl& target) const
{
    QNetworkRequest request(target);
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    if (!token.isEmpty() && header("Authorization").isNull() && kind != Kind::SocketIo)
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    request.setTransferTimeout(connectTimeoutMs);
    if (!caFile.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(caFile));
        request.setSslConfiguration(tls);
    }
    return request;
}
