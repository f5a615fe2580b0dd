#pragma once

#include "storage/ConnectionProfile.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// The connections given with --source on the command line of herald and herald-cli listen, as
// profiles that are used for one run and never saved.
//
// Each URL may carry its own subscriptions (redis: ?channel=, ?pattern=, ?durable=; Nchan:
// ?channel=; Socket.IO: ?event=); the --channel, --pattern and --durable-channel options apply
// to the sources whose URL names none. Secrets come from the URL, else from the password (Redis)
// or the token (gateways) given on the command line or in the environment.
struct CommandLineProfiles {
    QStringList channels;
    QStringList patterns;
    QStringList durableChannels;
    QHash<QString, QString> streamKeys; // durable channel -> stream key (--stream-key)
    QString password;                   // --password-file / HERALD_PASSWORD
    QString token;                      // --token-file / HERALD_TOKEN
    QString caFile;
    QString certFile;
    QString keyFile;

    // One profile per URL, with ids "command-line-<n>"; the secret of each goes to *secrets
    // under its id.
    QList<ConnectionProfile> build(const QStringList& urls, QHash<QString, QString>* secrets) const;
    // Whether `url` names subscriptions of its own.
    static bool urlNamesSubscriptions(const QString& url);
    // Reads the first line of `path` (a password or token file). False when it cannot be read.
    static bool readSecretFile(const QString& path, QString* secret);
};
