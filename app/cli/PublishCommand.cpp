#include "PublishCommand.h"

#include "cli/CliOptions.h"
#include "cli/ExitCode.h"
#include "sources/redis/RedisPublisher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
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
    const QCommandLineOption priority(QStringLiteral("priority"),
                                      tr("Priority 1 (min) to 5 (urgent)."), tr("1-5"));
    const QCommandLineOption url(QStringLiteral("url"), tr("Where a click on it leads."), tr("U"));
    const QCommandLineOption raw(QStringLiteral("raw"), tr("Publish PAYLOAD exactly as given."),
                                 tr("PAYLOAD"));
    parser.addOptions({channel, title, body, priority, url, raw});
    if (int code = 0; !CliOptions::parse(parser, arguments, &code))
        return code;
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
    const bool structured =
        parser.isSet(title) || parser.isSet(body) || parser.isSet(priority) || parser.isSet(url);
    if (parser.isSet(raw)) {
        if (structured) {
            CliOptions::printError(tr("--raw cannot be combined with --title, --body, --priority "
                                      "or --url"));
            return ExitUsage;
        }
        m_payload = parser.value(raw).toUtf8();
    } else {
        RedisPublisher::Message message;
        message.title = parser.value(title);
        message.body = parser.value(body);
        if (parser.isSet(priority)) {
            bool ok = false;
            message.priority = parser.value(priority).toInt(&ok);
            if (!ok || message.priority < 1)
                message.priority = -1; // validate() names the rule
        }
        message.url = QUrl(parser.value(url), QUrl::StrictMode);
        const QString problem = RedisPublisher::validate(message);
        if (!problem.isEmpty()) {
            CliOptions::printError(problem);
            return ExitUsage;
        }
        m_payload = RedisPublisher::payload(message);
    }

    m_publisher = std::make_unique<RedisPublisher>();
    connect(m_publisher.get(), &RedisPublisher::published, this, [](qint64 receivers) {
        const QByteArray line = (receivers == 1 ? tr("Delivered to 1 subscriber.")
                                                : tr("Delivered to %1 subscribers.").arg(receivers))
                                    .toUtf8() +
                                '\n';
        std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stdout);
        std::fflush(stdout);
        QCoreApplication::exit(ExitOk);
    });
    connect(m_publisher.get(), &RedisPublisher::failed, this,
            [](SourceStatus::Cause cause, const QString& reason) {
                CliOptions::printError(reason);
                QCoreApplication::exit(exitCodeFor(cause));
            });
    connect(m_publisher.get(), &RedisPublisher::retrying, this,
            [](const SourceStatus& status) { CliOptions::printLine(status.describe()); });
    m_publisher->publish(endpoint, m_channel, m_payload, timeout);
    return -1;
}
