#include "CommandLineProfiles.h"

#include <QFile>
#include <QUrl>
#include <QUrlQuery>

QList<ConnectionProfile> CommandLineProfiles::build(const QStringList& urls,
                                                    QHash<QString, QString>* secrets) const
{
    QList<ConnectionProfile> profiles;
    for (qsizetype i = 0; i < urls.size(); ++i) {
        const QString& url = urls[i];
        ConnectionProfile profile;
        profile.id = QStringLiteral("command-line-%1").arg(i);
        profile.url = ConnectionProfile::stripPassword(url);
        profile.caFile = caFile;
        if (!profile.isGateway()) {
            profile.certFile = certFile;
            profile.keyFile = keyFile;
        }
        if (!urlNamesSubscriptions(url)) {
            for (const QString& channel : channels)
                profile.channels.append({channel, false, true, false, 1, false, {}});
            // Patterns and streams are Redis's: a gateway has neither.
            if (!profile.isGateway()) {
                for (const QString& pattern : patterns)
                    profile.channels.append({pattern, true, true, false, 1, false, {}});
                for (const QString& channel : durableChannels)
                    profile.channels.append(
                        {channel, false, true, false, 1, true, streamKeys.value(channel)});
            }
        }
        const QString inUrl = ConnectionProfile::passwordInUrl(url);
        secrets->insert(profile.id,
                        !inUrl.isEmpty() ? inUrl : (profile.isGateway() ? token : password));
        profiles << profile;
    }
    return profiles;
}

bool CommandLineProfiles::urlNamesSubscriptions(const QString& url)
{
    const QUrlQuery query{QUrl(url.trimmed())};
    for (const char* key : {"channel", "pattern", "durable", "event"})
        if (query.hasQueryItem(QLatin1String(key)))
            return true;
    return false;
}

bool CommandLineProfiles::readSecretFile(const QString& path, QString* secret)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    *secret = QString::fromUtf8(file.readLine()).trimmed();
    return true;
}
