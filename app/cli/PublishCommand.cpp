#include "PublishCommand.h"

#include "cli/CliOptions.h"
#include "cli/ExitCode.h"
#include "sources/DurableChannel.h"
#include "sources/redis/RedisPublisher.h"

#include <QCoreApplication>
#include <QUrl>
#include <cstdio>

namespace {
void printOut(const QString& text)
{
    const QByteArray line = text.toUtf8() + '\n';
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stdout);
    std::fflush(stdout);
}

QString deliveredTo(qint64 receivers)
{
    return receivers == 1 ? PublishCommand::tr("Delivered to 1 subscriber.")
                          : PublishCommand::tr("Delivered to %1 subscribers.").arg(receivers);
}
} // namespace

struct PublishCommand::Options {
    QCommandLineOption channel{QStringLiteral("channel"), tr("Publish on NAME."), tr("NAME")};
    QCommandLineOption title{QStringLiteral("title"), tr("The title."), tr("T")};
    QCommandLineOption body{QStringLiteral("body"), tr("The body."), tr("B")};
    QCommandLineOption priority{QStringLiteral("priority"), tr("Priority 1 (min) to 5 (urgent)."),
                                tr("1-5")};
    QCommandLineOption url{QStringLiteral("url"), tr("Where a click on it leads."), tr("U")};
    QCommandLineOption raw{QStringLiteral("raw"), tr("Publish PAYLOAD exactly as given."),
                           tr("PAYLOAD")};
    QCommandLineOption input{QStringLiteral("stdin"),
                             tr("Publish each line of the standard input as a raw payload (blank "
                                "lines are skipped), pipelined; print how many were written.")};
    QCommandLineOption durable{QStringLiteral("durable"),
                               tr("Also append it to the channel's Redis Stream, so listeners "
                                  "that were away still get it; print the stream entry id.")};
    QCommandLineOption streamKey{QStringLiteral("stream-key"),
                                 tr("The stream of a durable publish (default "
                                    "herald:stream:<channel>)."),
                                 tr("KEY")};
    QCommandLineOption maxLength{QStringLiteral("maxlen"),
                                 tr("Trim the stream to about N entries (default %1).")
                                     .arg(RedisPublisher::DefaultStreamMaxLength),
                                 tr("N")};
};

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
    const Options options;
    parser.addOptions({options.channel, options.title, options.body, options.priority, options.url,
                       options.raw, options.input, options.durable, options.streamKey,
                       options.maxLength});
    if (int code = 0; !CliOptions::parse(parser, arguments, &code))
        return code;
    QString error;
    RedisEndpoint endpoint;
    int timeout = 0;
    BackoffPolicy::Settings backoff;
    if (!common.endpoint(&endpoint, &error) || !common.timeoutMs(10'000, &timeout, &error) ||
        !common.backoff(&backoff, &error)) {
        CliOptions::printError(error);
        return ExitUsage;
    }
    if (const int code = readTarget(parser, options); code >= 0)
        return code;
    if (const int code = readPayload(parser, options); code >= 0)
        return code;
    if (parser.isSet(options.input)) {
        // --timeout bounds connecting here: the input may be endless (tail -f | herald-cli ...).
        m_stdinPublisher = std::make_unique<StdinPublisher>(endpoint, m_target);
        connect(m_stdinPublisher.get(), &StdinPublisher::finished, this,
                [](int code) { QCoreApplication::exit(code); });
        m_stdinPublisher->start(timeout, backoff);
        return -1;
    }
    publishOne(endpoint, timeout);
    return -1;
}

int PublishCommand::readTarget(const QCommandLineParser& parser, const Options& options)
{
    if (parser.value(options.channel).trimmed().isEmpty()) {
        CliOptions::printError(tr("give the --channel to publish on"));
        return ExitUsage;
    }
    m_target.channel = parser.value(options.channel).toUtf8();
    m_target.durable = parser.isSet(options.durable);
    if (!m_target.durable && (parser.isSet(options.streamKey) || parser.isSet(options.maxLength))) {
        CliOptions::printError(tr("--stream-key and --maxlen need --durable"));
        return ExitUsage;
    }
    const QString key = parser.value(options.streamKey);
    m_target.streamKey =
        (key.isEmpty() ? DurableChannel::defaultStreamKey(QString::fromUtf8(m_target.channel))
                       : key)
            .toUtf8();
    if (parser.isSet(options.maxLength)) {
        bool ok = false;
        m_target.maxLength = parser.value(options.maxLength).toLongLong(&ok);
        if (!ok || m_target.maxLength <= 0) {
            CliOptions::printError(tr("--maxlen takes a positive number"));
            return ExitUsage;
        }
    }
    return -1;
}

int PublishCommand::readPayload(const QCommandLineParser& parser, const Options& options)
{
    const bool structured = parser.isSet(options.title) || parser.isSet(options.body) ||
                            parser.isSet(options.priority) || parser.isSet(options.url);
    if (parser.isSet(options.input)) {
        if (!structured && !parser.isSet(options.raw))
            return -1;
        CliOptions::printError(tr("--stdin cannot be combined with --raw, --title, --body, "
                                  "--priority or --url"));
        return ExitUsage;
    }
    if (parser.isSet(options.raw)) {
        if (structured) {
            CliOptions::printError(tr("--raw cannot be combined with --title, --body, --priority "
                                      "or --url"));
            return ExitUsage;
        }
        m_payload = parser.value(options.raw).toUtf8();
        return -1;
    }
    RedisPublisher::Message message;
    message.title = parser.value(options.title);
    message.body = parser.value(options.body);
    if (parser.isSet(options.priority)) {
        bool ok = false;
        message.priority = parser.value(options.priority).toInt(&ok);
        if (!ok || message.priority < 1)
            message.priority = -1; // validate() names the rule
    }
    message.url = QUrl(parser.value(options.url), QUrl::StrictMode);
    const QString problem = RedisPublisher::validate(message);
    if (!problem.isEmpty()) {
        CliOptions::printError(problem);
        return ExitUsage;
    }
    m_payload = RedisPublisher::payload(message);
    return -1;
}

void PublishCommand::publishOne(const RedisEndpoint& endpoint, int timeoutMs)
{
    m_publisher = std::make_unique<RedisPublisher>();
    connect(m_publisher.get(), &RedisPublisher::published, this, [](qint64 receivers) {
        printOut(deliveredTo(receivers));
        QCoreApplication::exit(ExitOk);
    });
    connect(m_publisher.get(), &RedisPublisher::publishedDurable, this,
            [this](const QString& streamId, qint64 receivers) {
                printOut(tr("Stored as %1 in %2. %3")
                             .arg(streamId, QString::fromUtf8(m_target.streamKey),
                                  deliveredTo(receivers)));
                QCoreApplication::exit(ExitOk);
            });
    connect(m_publisher.get(), &RedisPublisher::failed, this,
            [](SourceStatus::Cause cause, const QString& reason) {
                CliOptions::printError(reason);
                QCoreApplication::exit(exitCodeFor(cause));
            });
    connect(m_publisher.get(), &RedisPublisher::retrying, this,
            [](const SourceStatus& status) { CliOptions::printLine(status.describe()); });
    if (m_target.durable)
        m_publisher->publishDurable(endpoint, m_target.channel, m_payload, m_target.streamKey,
                                    m_target.maxLength, timeoutMs);
    else
        m_publisher->publish(endpoint, m_target.channel, m_payload, timeoutMs);
}
