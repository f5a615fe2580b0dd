#include "ChannelsCommand.h"

#include "cli/CliOptions.h"
#include "cli/ExitCode.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

ChannelsCommand::ChannelsCommand(QObject* parent)
    : QObject(parent)
{
    connect(&m_discovery, &ChannelDiscovery::finished, this, &ChannelsCommand::print);
    connect(&m_discovery, &ChannelDiscovery::failed, this,
            [](SourceStatus::Cause cause, const QString& reason) {
                CliOptions::printError(reason);
                QCoreApplication::exit(exitCodeFor(cause));
            });
}

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
    const QCommandLineOption sample(
        QStringLiteral("sample"),
        tr("Also listen for SECONDS and list the channels that carried messages meanwhile."),
        tr("SECONDS"));
    parser.addOptions({pattern, format, sample});
    if (int code = 0; !CliOptions::parse(parser, arguments, &code))
        return code;
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
    int sampleMs = 0;
    if (parser.isSet(sample)) {
        bool ok = false;
        const double seconds = parser.value(sample).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 3600) {
            CliOptions::printError(tr("--sample takes a number of seconds up to 3600"));
            return ExitUsage;
        }
        sampleMs = static_cast<int>(seconds * 1000);
    }
    m_json = formatName == QLatin1String("json");
    m_sampling = sampleMs > 0;
    m_discovery.start(endpoint, parser.value(pattern), sampleMs, timeout);
    return -1;
}

void ChannelsCommand::print(const QList<ChannelDiscovery::Channel>& channels)
{
    QByteArray out;
    if (m_json) {
        QJsonArray array;
        for (const ChannelDiscovery::Channel& channel : channels) {
            QJsonObject row{{QStringLiteral("channel"), channel.name},
                            {QStringLiteral("subscribers"), channel.subscribers}};
            if (m_sampling)
                row.insert(QStringLiteral("sampled"), channel.sampled);
            array.append(row);
        }
        out = QJsonDocument(array).toJson(QJsonDocument::Compact) + '\n';
    } else {
        for (const ChannelDiscovery::Channel& channel : channels) {
            out += channel.name.toUtf8() + '\t' + QByteArray::number(channel.subscribers);
            if (m_sampling)
                out += '\t' + QByteArray::number(channel.sampled);
            out += '\n';
        }
    }
    std::fwrite(out.constData(), 1, static_cast<size_t>(out.size()), stdout);
    std::fflush(stdout);
    QCoreApplication::exit(ExitOk);
}
