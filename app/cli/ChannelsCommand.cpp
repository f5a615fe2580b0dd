#include "ChannelsCommand.h"

#include "cli/CliOptions.h"
#include "cli/ExitCode.h"
#include "sources/redis/RedisCommandClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace {

void writeOut(const QByteArray& text)
{
    std::fwrite(text.constData(), 1, static_cast<size_t>(text.size()), stdout);
    std::fflush(stdout);
}
} // namespace

ChannelsCommand::ChannelsCommand(QObject* parent)
    : QObject(parent)
{
}

ChannelsCommand::~ChannelsCommand() = default;

int ChannelsCommand::start(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("List the server's active channels (those with at least one subscriber) and how many "
           "subscribers each has."));
    parser.addHelpOption();
    CliOptions common(parser);
    const QCommandLineOption pattern(QStringLiteral("pattern"), tr("Only channels matching GLOB."),
                                     tr("GLOB"));
    const QCommandLineOption format(QStringLiteral("format"), tr("Output: text (default) or json."),
                                    tr("FORMAT"), QStringLiteral("text"));
    parser.addOptions({pattern, format});
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
    const QString formatName = parser.value(format);
    if (formatName != QLatin1String("text") && formatName != QLatin1String("json")) {
        CliOptions::printError(tr("--format takes text or json"));
        return ExitUsage;
    }
    m_json = formatName == QLatin1String("json");
    m_pattern = parser.value(pattern).toUtf8();

    m_client = std::make_unique<RedisCommandClient>(endpoint);
    connect(m_client.get(), &RedisCommandClient::ready, this, &ChannelsCommand::onReady);
    connect(m_client.get(), &RedisCommandClient::failed, this, &ChannelsCommand::onFailed);
    connect(m_client.get(), &RedisCommandClient::retrying, this,
            [](const SourceStatus& status) { CliOptions::printLine(status.describe()); });
    m_client->open(timeout);
    return -1;
}

void ChannelsCommand::onReady()
{
    QList<QByteArray> command{"PUBSUB", "CHANNELS"};
    if (!m_pattern.isEmpty())
        command << m_pattern;
    m_client->send(command, [this](const RespReply& reply) { onChannels(reply); });
}

bool ChannelsCommand::failOnError(const RespReply& reply)
{
    if (!reply.isError())
        return false;
    CliOptions::printError(tr("PUBSUB failed: %1").arg(reply.text()));
    QCoreApplication::exit(reply.errorCode() == "NOPERM" ? ExitPermission : ExitProtocol);
    return true;
}

void ChannelsCommand::onChannels(const RespReply& reply)
{
    if (failOnError(reply))
        return;
    QList<QByteArray> command{"PUBSUB", "NUMSUB"};
    for (const RespReply& channel : reply.elements)
        command << channel.string;
    m_client->send(command, [this](const RespReply& counts) { onCounts(counts); });
}

void ChannelsCommand::onCounts(const RespReply& reply)
{
    if (failOnError(reply))
        return;
    QList<std::pair<QString, qint64>> rows;
    for (qsizetype i = 0; i + 1 < reply.elements.size(); i += 2)
        rows.append({reply.elements[i].text(), reply.elements[i + 1].integer});
    std::sort(rows.begin(), rows.end());
    QByteArray out;
    if (m_json) {
        QJsonArray array;
        for (const auto& [name, count] : rows)
            array.append(QJsonObject{{QStringLiteral("channel"), name},
                                     {QStringLiteral("subscribers"), count}});
        out = QJsonDocument(array).toJson(QJsonDocument::Compact) + '\n';
    } else {
        for (const auto& [name, count] : rows)
            out += name.toUtf8() + '\t' + QByteArray::number(count) + '\n';
    }
    writeOut(out);
    m_client->close();
    QCoreApplication::exit(ExitOk);
}

void ChannelsCommand::onFailed(const SourceStatus& status)
{
    CliOptions::printError(status.reason);
    QCoreApplication::exit(exitCodeFor(status.cause));
}
