#pragma once

#include "cli/NotificationPrinter.h"
#include "sources/SourceStatus.h"
#include "sources/StreamCursor.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>
#include <deque>
#include <memory>
#include <vector>

class CliOptions;
class HistoryStore;
class NetworkMonitor;
class Source;
struct CommandLineProfiles;

// herald-cli listen: subscribe and print every notification until --count or --timeout.
//
// --source may be given more than once, of any kind (Redis, Socket.IO, Nchan, JSON WebSocket):
// every connection runs at once and prints into the same output; each notification names its
// source.
//
// With durable channels or an Nchan source (or --state-dir) it keeps a history: each batch is
// stored with the stream cursors it reaches, in one transaction, before anything of it is printed,
// so a later listen resumes exactly where this one stopped and nothing is printed that was not
// stored. That history (by default the tray app's) and its cursors are shared with the tray app, so
// what is printed is every notification of a stored batch not printed before by this process (by
// id: a publisher's retry, or the Pub/Sub copy of a stream entry, is printed once), whether this
// listen or the tray app stored it first.
class ListenCommand : public QObject {
    Q_OBJECT

public:
    explicit ListenCommand(QObject* parent = nullptr);
    ~ListenCommand() override;

    // Returns -1 when started (the exit code follows through QCoreApplication::exit), or an
    // exit code at once for usage errors.
    int start(const QStringList& arguments);

private:
    struct Options;
    struct Setup;

    int readOptions(const QCommandLineParser& parser, const Options& options,
                    const CliOptions& common, Setup* setup);
    int readSubscriptions(const QCommandLineParser& parser, const Options& options,
                          CommandLineProfiles* profiles) const;
    int createSources(const Setup& setup);
    int checkSubscriptions(const Setup& setup) const;
    static bool needsCursors(const Setup& setup);
    bool openStore(const QString& dir);
    bool giveCursors();
    void connectSource(Source* source);
    void onStatus(const Source* source, const SourceStatus& status);
    void printConnected(const Source* source);
    void onNotifications(const QList<Notification>& notifications);
    void onDisconnected(const Source* source, const QDateTime& from, const QDateTime& to);
    void onCursorsReached(const QList<StreamCursor>& cursors);
    bool store(const QList<Notification>& notifications);
    bool print(const QList<Notification>& notifications);
    bool wasPrinted(const Notification& notification) const;
    void rememberPrinted(const Notification& notification);
    qsizetype endOfWanted(const QList<Notification>& batch, qsizetype from, qint64 wanted) const;
    void onDeadline();
    void finish(int code);

    std::unique_ptr<HistoryStore> m_store;
    std::vector<std::unique_ptr<Source>> m_sources;
    std::unique_ptr<NetworkMonitor> m_network;
    std::unique_ptr<NotificationPrinter> m_printer;
    QTimer m_deadline;
    QString m_storeError;
    qint64 m_wanted = -1;
    qint64 m_printed = 0;
    // The ids printed so far, the newest MaxRememberedIds of them.
    static constexpr qsizetype MaxRememberedIds = 100'000;
    QSet<QString> m_printedIds;
    std::deque<QString> m_printedOrder;
    QHash<const Source*, SourceStatus> m_statuses;
    bool m_finished = false;
};
