#pragma once

#include "sources/BackoffPolicy.h"
#include "sources/redis/RedisEndpoint.h"
#include "storage/CommandLineProfiles.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>

// The options every herald-cli command shares: where the server is and how to log in.
class CliOptions {
public:
    explicit CliOptions(QCommandLineParser& parser);

    // Reads --source, --password-file, HERALD_PASSWORD, --cacert, --cert, --key (one Redis
    // server: the last --source).
    bool endpoint(RedisEndpoint* endpoint, QString* error) const;
    // Every --source (Redis or gateway; redis://127.0.0.1:6379 when none is given) with the
    // secrets and TLS files of the options above, --token-file and HERALD_TOKEN. The caller adds
    // the channel options to *profiles.
    bool sources(QStringList* urls, CommandLineProfiles* profiles, QString* error) const;
    // --timeout in milliseconds, or `fallback` when it was not given.
    bool timeoutMs(int fallback, int* timeout, QString* error) const;
    // Reconnect backoff; the hidden --retry-max-ms caps it (tests that restart servers use it).
    bool backoff(BackoffPolicy::Settings* settings, QString* error) const;

    // Parses `arguments`; false when the command should stop at once with *exitCode (a usage
    // error, or --help printed). Positional arguments are refused.
    static bool parse(QCommandLineParser& parser, const QStringList& arguments, int* exitCode);
    static void printError(const QString& message);
    static void printLine(const QString& message); // to stderr, prefixed "herald-cli: "

private:
    QCommandLineParser& m_parser;
    QCommandLineOption m_source;
    QCommandLineOption m_passwordFile;
    QCommandLineOption m_tokenFile;
    QCommandLineOption m_caCert;
    QCommandLineOption m_cert;
    QCommandLineOption m_key;
    QCommandLineOption m_timeout;
    QCommandLineOption m_retryMax;
};
