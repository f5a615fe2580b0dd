#include "PublishCommand.h"

#include "cli/CliOptions.h"
#include "cli/ExitCode.h"
#include "sources/redis/RedisCommandClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <cstdio>

PublishCommand::PublishCommand(QObject* parent)
    : QObject(parent)
{
}

PublishCommand::~PublishCommand() = default;

int PublishCommand::start(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Publish one notification as JSON ({\"title\", \"body\", \"priority\", \"url\"}) or a "
           "raw payload, and print how many subscribers received it."));
    parser.addHelpOption();
    CliOptions common(parser);
    const QCommandLineOption channel(QStringLiteral("channel"), tr("Publish on NAME."), tr("NAME"));
    const QCommandLineOption title(QStringLiteral("title"), tr("The title."), tr("T"));
    const QCommandLineOption body(QStringLiteral("body"), tr("The body."), tr("B"));
    const QCommandLineOption priority(QStringLiteral("priority"), tr("Priority 1 (min) to 5 (urgent)."),
                                      tr("1-5"));
    const QCommandLineOption url(QStringLiteral("url"), tr("Where a click on it leads."), tr("U"));
    const QCommandLineOption raw(QStringLiteral("raw"), tr("Publish PAYLOAD exactly as given."),
                                 tr("PAYLOAD"));
    parser.addOptions({channel, title, body, priority, url, raw});
    if (!parser.parse(arguments)) {
        CliOptions::printError(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return ExitOk;
    }
    QString error;
    RedisEndpoint endpoint;
    int timeout = 0;
    if (!common.endpoint(&endpoint, &error) || !common.timeoutMs(10'000, &timeout, &error)) {
        CliOptions::printError(error);
        return ExitUsage;
    }
    if (parser.value(channel).trimmed().isEmpty()) {
        CliOptions::printError(tr("give the --channel to publish on"));
        return ExitUsage;
    }
    m_channel = parser.value(channel).toUtf8();
    const bool structured = parser.isSet(title) || parser.isSet(body) || parser.isSet(priority) ||
                            parser.isSet(url);
    if (parser.isSet(raw)) {
        if (structured) {
            CliOptions::printError(tr("--raw cannot be combined with --title, --body, --priority "
                                      "or --url"));
            return ExitUsage;
        }
        m_payload = parser.value(raw).toUtf8();
    } else {
        if (!parser.isSet(title) && !parser.isSet(body)) {
            CliOptions::printError(tr("give a --title, a --body or a --raw payload"));
            return ExitUsage;
        }
        QJsonObject message;
        if (parser.isSet(title))
            message.insert(QStringLiteral("title"), parser.value(title));
        if (parser.isSet(body))
            message.insert(QStringLiteral("body"), parser.value(body));
        if (parser.isSet(priority)) {
            bool ok = false;
            const int value = parser.value(priority).toInt(&ok);
            if (!ok || value < 1 || value > 5) {
                CliOptions::printError(tr("--priority takes a number from 1 to 5"));
                return ExitUsage;
            }
            message.insert(QStringLiteral("priority"), value);
        }
        if (parser.isSet(url)) {
            const QUrl target(parser.value(url), QUrl::StrictMode);
            const QString scheme = target.scheme().toLower();
            if (!target.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https") &&
                                      scheme != QLatin1String("mailto"))) {
                CliOptions::printError(tr("--url must be an http, https or mailto URL"));
                return ExitUsage;
            }
            message.insert(QStringLiteral("url"), target.toString());
        }
        m_payload = QJsonDocument(message).toJson(QJsonDocument::Compact);
    }

    m_client = std::make_unique<RedisCommandClient>(endpoint);
    connect(m_client.get(), &RedisCommandClient::ready, this, &PublishCommand::onReady);
    connect(m_client.get(), &RedisCommandClient::failed, this, &PublishCommand::onFailed);
    connect(m_client.get(), &RedisCommandClient::retrying, this,
            [](const SourceStatus& status) { CliOptions::printLine(status.describe()); });
    m_client->open(timeout);
    return -1;
}

void PublishCommand::onReady()
{
    m_client->send({"PUBLISH", m_channel, m_payload}, [this](const RespReply& reply) {
        if (reply.isError()) {
            const QString reason = reply.errorCode() == "NOPERM"
                                       ? tr("No permission to publish on \"%1\": %2")
                                             .arg(QString::fromUtf8(m_channel), reply.text())
                                       : tr("PUBLISH failed: %1").arg(reply.text());
            CliOptions::printError(reason);
            QCoreApplication::exit(reply.errorCode() == "NOPERM" ? ExitPermission : ExitProtocol);
            return;
        }
        const QByteArray line =
            tr("Delivered to %n subscriber(s).", nullptr, static_cast<int>(reply.integer)).toUtf8() + '\n';
        std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stdout);
        std::fflush(stdout);
        m_client->close();
        QCoreApplication::exit(ExitOk);
    });
}

void PublishCommand::onFailed(const SourceStatus& status)
{
    CliOptions::printError(status.reason);
    QCoreApplication::exit(exitCodeFor(status.cause));
}
