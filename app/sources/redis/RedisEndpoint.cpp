#include "RedisEndpoint.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("RedisEndpoint", text);
}
} // namespace

bool RedisEndpoint::parse(const QString& text, RedisEndpoint* endpoint, QString* error)
{
    // QUrl::errorString() may quote the whole URL, password included: never pass it on.
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("redis") && scheme != QLatin1String("rediss"))) {
        *error = tr("Not a Redis URL; expected redis://[user:password@]host[:port] or rediss://");
        return false;
    }
    RedisEndpoint result;
    result.tls = scheme == QLatin1String("rediss");
    if (!url.host().isEmpty())
        result.host = url.host();
    result.port = url.port(DefaultPort);
    if (result.port <= 0 || result.port > 65535) {
        *error = tr("The port must be between 1 and 65535");
        return false;
    }
    result.username = url.userName(QUrl::FullyDecoded);
    result.password = url.password(QUrl::FullyDecoded);
    const QString path = url.path().mid(1);
    if (!path.isEmpty()) {
        bool ok = false;
        result.database = path.toInt(&ok);
        if (!ok || result.database < 0) {
            *error = tr("The database in the URL path must be a number");
            return false;
        }
    }
    const QUrlQuery query(url);
    result.channels = query.allQueryItemValues(QStringLiteral("channel"), QUrl::FullyDecoded);
    result.patterns = query.allQueryItemValues(QStringLiteral("pattern"), QUrl::FullyDecoded);
    for (const QString& channel :
         query.allQueryItemValues(QStringLiteral("durable"), QUrl::FullyDecoded))
        result.durableChannels.append(DurableChannel::make(channel));
    *endpoint = result;
    return true;
}

QString RedisEndpoint::hostAndPort() const
{
    const QString shownHost = host.contains(u':') ? u'[' + host + u']' : host;
    return shownHost + u':' + QString::number(port);
}

QString RedisEndpoint::displayName() const
{
    QString name = tls ? QStringLiteral("rediss://") : QStringLiteral("redis://");
    if (!username.isEmpty())
        name += username + u'@';
    name += hostAndPort();
    // Two databases of one server are two sources: their cursors and ids must not mix.
    if (database != 0)
        name += u'/' + QString::number(database);
    return name;
}
