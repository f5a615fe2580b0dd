#include "HistoryCommand.h"

#include "cli/CliOptions.h"
#include "cli/ExitCode.h"
#include "cli/StateDir.h"
#include "storage/HistoryStore.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <algorithm>

HistoryCommand::HistoryCommand(QObject* parent)
    : QObject(parent)
{
}

int HistoryCommand::start(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Print the stored history (what the tray app and 'listen' with a state folder "
           "stored), oldest first, one notification per line."));
    parser.addHelpOption();
    const QCommandLineOption stateDir(
        QStringLiteral("state-dir"),
        tr("Read the history in DIR (default: the tray app's data folder, %1).")
            .arg(StateDir::defaultPath()),
        tr("DIR"));
    const QCommandLineOption channel(QStringLiteral("channel"), tr("Only the channel NAME."),
                                     tr("NAME"));
    const QCommandLineOption format(QStringLiteral("format"), tr("Output: text (default) or json."),
                                    tr("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   tr("Only the N newest (still oldest "
                                      "first)."),
                                   tr("N"));
    parser.addOptions({stateDir, channel, format, limit});
    if (int code = 0; !CliOptions::parse(parser, arguments, &code))
        return code;

    NotificationPrinter::Format printFormat;
    if (!NotificationPrinter::parseFormat(parser.value(format), &printFormat)) {
        CliOptions::printError(tr("--format takes text or json"));
        return ExitUsage;
    }
    int newest = 0;
    if (parser.isSet(limit)) {
        bool ok = false;
        newest = parser.value(limit).toInt(&ok);
        if (!ok || newest <= 0) {
            CliOptions::printError(tr("--limit takes a positive number"));
            return ExitUsage;
        }
    }
    m_filter.channel = parser.value(channel);

    HistoryStore store;
    if (!openStore(&store,
                   parser.isSet(stateDir) ? parser.value(stateDir) : StateDir::defaultPath()))
        return ExitFailure;
    // A failed read returns an empty page, which would otherwise read as the end of the history.
    connect(&store, &HistoryStore::error, this, [this](const QString& message) {
        if (m_readError.isEmpty())
            m_readError = message;
    });
    NotificationPrinter printer(printFormat);
    const qint64 first = newest > 0 ? oldestOfNewest(store, newest) : 0;
    if (m_readError.isEmpty())
        printFrom(store, first > 0 ? first - 1 : 0, &printer);
    printer.flush();
    if (!m_readError.isEmpty()) {
        CliOptions::printError(tr("could not read the whole history: %1").arg(m_readError));
        return ExitFailure;
    }
    return ExitOk;
}

bool HistoryCommand::openStore(HistoryStore* store, const QString& dir)
{
    // Reading must not create an empty history where there was none, so check before opening.
    const QString file = StateDir::historyFile(dir);
    if (!QFileInfo(dir).isDir()) {
        CliOptions::printError(tr("there is no state folder %1").arg(dir));
        return false;
    }
    if (!QFileInfo::exists(file)) {
        CliOptions::printError(tr("there is no history in %1 (the tray app, or 'listen' with "
                                  "--durable-channel or --state-dir, makes one)")
                                   .arg(dir));
        return false;
    }
    QString error;
    if (!store->open(file, &error)) {
        CliOptions::printError(error);
        return false;
    }
    return true;
}

void HistoryCommand::printFrom(const HistoryStore& store, qint64 afterRowId,
                               NotificationPrinter* printer) const
{
    for (;;) {
        const QList<Notification> page = store.oldestFirst(m_filter, afterRowId, PageSize);
        for (const Notification& notification : page)
            printer->print(notification);
        printer->flush(); // a page at a time: a reader sees output while the rest is read
        if (page.size() < PageSize || !m_readError.isEmpty())
            return;
        afterRowId = page.last().rowId;
    }
}

qint64 HistoryCommand::oldestOfNewest(const HistoryStore& store, int limit) const
{
    // Walks back through newest-first pages keeping only the last row id, so --limit costs
    // memory for one page whatever N is.
    qint64 oldest = 0;
    for (int left = limit; left > 0;) {
        const int wanted = std::min(left, PageSize);
        const QList<Notification> page = store.page(m_filter, oldest, wanted);
        if (page.isEmpty() || !m_readError.isEmpty())
            break;
        oldest = page.last().rowId;
        left -= static_cast<int>(page.size());
        if (page.size() < wanted)
            break;
    }
    return oldest;
}
