#include "CliOptions.h"

#include "cli/ExitCode.h"

#include <QCoreApplication>
#include <QFile>
#include <algorithm>
#include <cstdio>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("CliOptions", text);
}
} // namespace

CliOptions::CliOptions(QCommandLineParser& parser)
    : m_parser(parser)
    , m_source(QStringLiteral("source"),
               tr("Redis server: redis://[[user]:password@]host[:port] or rediss:// for TLS "
                  "(default redis://127.0.0.1:6379). listen also takes gateways: "
                  "socketio+ws://host:port[/namespace], nchan+ws://host:port/location/, ws://, "
                  "and their TLS forms (socketio+wss://, nchan+wss://, wss://); repeatable."),
               tr("URL"))
    , m_passwordFile(QStringLiteral("password-file"),
                     tr("Read the password from the first line of FILE (or set HERALD_PASSWORD)."),
                     tr("FILE"))
    , m_tokenFile(QStringLiteral("token-file"),
                  tr("Read a gateway's token from the first line of FILE (or set HERALD_TOKEN)."),
                  tr("FILE"))
    , m_caCert(QStringLiteral("cacert"), tr("Trust only this CA certificate (PEM) for TLS."),
               tr("FILE"))
    , m_cert(QStringLiteral("cert"), tr("Client certificate (PEM) for TLS."), tr("FILE"))
    , m_key(QStringLiteral("key"), tr("Private key (PEM) of the client certificate."), tr("FILE"))
    , m_timeout(QStringLiteral("timeout"),
                tr("Give up after SECONDS in all (an overall deadline)."), tr("SECONDS"))
    , m_retryMax(QStringLiteral("retry-max-ms"), tr("Wait at most MS between reconnect attempts."),
                 tr("MS"))
{
    m_retryMax.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(m_source);
    parser.addOption(m_passwordFile);
    parser.addOption(m_tokenFile);
    parser.addOption(m_caCert);
    parser.addOption(m_cert);
    parser.addOption(m_key);
    parser.addOption(m_timeout);
    parser.addOption(m_retryMax);
}

bool CliOptions::endpoint(RedisEndpoint* endpoint, QString* error) const
{
    const QString url = m_parser.isSet(m_source) ? m_parser.value(m_source)
                                                 : QStringLiteral("redis://127.0.0.1:6379");
    if (!RedisEndpoint::parse(url, endpoint, error))
        return false;
    if (m_parser.isSet(m_passwordFile)) {
        QFile file(m_parser.value(m_passwordFile));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("Cannot read the password file %1").arg(file.fileName());
            return false;
        }
        endpoint->password = QString::fromUtf8(file.readLine()).trimmed();
    } else if (endpoint->password.isEmpty()) {
        endpoint->password = qEnvironmentVariable("HERALD_PASSWORD");
    }
    endpoint->caFile = m_parser.value(m_caCert);
    endpoint->certFile = m_parser.value(m_cert);
    endpoint->keyFile = m_parser.value(m_key);
    if (!endpoint->caFile.isEmpty() || !endpoint->certFile.isEmpty()) {
        if (!endpoint->tls) {
            *error = tr("--cacert and --cert need a rediss:// URL");
            return false;
        }
    }
    return true;
}

bool CliOptions::sources(QStringList* urls, CommandLineProfiles* profiles, QString* error) const
{
    *urls = m_parser.isSet(m_source) ? m_parser.values(m_source)
                                     : QStringList{QStringLiteral("redis://127.0.0.1:6379")};
    const auto secret = [&](const QCommandLineOption& option, const char* variable,
                            QString* value) {
        if (!m_parser.isSet(option)) {
            *value = qEnvironmentVariable(variable);
            return true;
        }
        if (CommandLineProfiles::readSecretFile(m_parser.value(option), value))
            return true;
        *error = tr("Cannot read the file %1").arg(m_parser.value(option));
        return false;
    };
    if (!secret(m_passwordFile, "HERALD_PASSWORD", &profiles->password) ||
        !secret(m_tokenFile, "HERALD_TOKEN", &profiles->token))
        return false;
    profiles->caFile = m_parser.value(m_caCert);
    profiles->certFile = m_parser.value(m_cert);
    profiles->keyFile = m_parser.value(m_key);
    const bool anyTls = std::any_of(urls->cbegin(), urls->cend(), [](const QString& url) {
        const QString scheme = url.trimmed().section(QLatin1String("://"), 0, 0).toLower();
        return scheme == QLatin1String("rediss") || scheme.endsWith(QLatin1String("wss"));
    });
    if ((!profiles->caFile.isEmpty() || !profiles->certFile.isEmpty()) && !anyTls) {
        *error = tr("--cacert and --cert need a TLS URL (rediss://, wss://, socketio+wss:// or "
                    "nchan+wss://)");
        return false;
    }
    return true;
}

bool CliOptions::timeoutMs(int fallback, int* timeout, QString* error) const
{
    if (!m_parser.isSet(m_timeout)) {
        *timeout = fallback;
        return true;
    }
    bool ok = false;
    const double seconds = m_parser.value(m_timeout).toDouble(&ok);
    if (!ok || seconds <= 0 || seconds > 24 * 3600 * 365) {
        *error = tr("--timeout takes a positive number of seconds");
        return false;
    }
    *timeout = static_cast<int>(seconds * 1000);
    return true;
}

bool CliOptions::backoff(BackoffPolicy::Settings* settings, QString* error) const
{
    *settings = BackoffPolicy::Settings{};
    if (!m_parser.isSet(m_retryMax))
        return true;
    bool ok = false;
    const int maxMs = m_parser.value(m_retryMax).toInt(&ok);
    if (!ok || maxMs <= 0) {
        *error = tr("--retry-max-ms takes a positive number of milliseconds");
        return false;
    }
    settings->maxMs = maxMs;
    settings->initialMs = std::min(settings->initialMs, maxMs);
    return true;
}

bool CliOptions::parse(QCommandLineParser& parser, const QStringList& arguments, int* exitCode)
{
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        *exitCode = ExitUsage;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        *exitCode = ExitOk;
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        printError(tr("unexpected argument: %1").arg(parser.positionalArguments().first()));
        *exitCode = ExitUsage;
        return false;
    }
    return true;
}

void CliOptions::printError(const QString& message)
{
    printLine(tr("error: %1").arg(message));
}

void CliOptions::printLine(const QString& message)
{
    const QByteArray line = "herald-cli: " + message.toUtf8() + '\n';
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stderr);
    std::fflush(stderr);
}
