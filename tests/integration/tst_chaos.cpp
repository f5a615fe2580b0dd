#include "CliRunner.h"
#include "RedisServer.h"
#include "TestServices.h"
#include "storage/HistoryStore.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace {

// Feeds sequence-numbered durable notifications to `herald-cli publish --stdin --durable` and,
// as a careful producer would, starts it again after every failure with every line not
// acknowledged yet. A resent line may already be in the stream (its reply was lost with the
// connection): the history drops the second entry by the payload's id.
class ChaosPublisher {
public:
    ChaosPublisher(const QStringList& arguments, int total)
        : m_arguments(arguments)
        , m_total(total)
    {
    }

    static QByteArray line(int seq)
    {
        return QStringLiteral("{\"id\":\"seq-%1\",\"seq\":%1,\"title\":\"seq %1\"}\n")
            .arg(seq)
            .toUtf8();
    }

    // Lines [0, line) may be published now.
    void feedTo(int line) { m_fed = std::min(line, m_total); }
    int fed() const { return m_fed; }
    int acknowledged() const { return m_acknowledged; }
    int attempts() const { return m_attempts; }
    bool isDone() const { return m_acknowledged == m_total; }
    QString problem() const { return m_problem; }
    // What the running attempt (or the last one) said on standard error, for a failure message.
    QString lastError() const
    {
        return m_cli ? QString::fromUtf8(m_cli->standardError().right(600)) : m_lastError;
    }

    // Notices a finished attempt, starts the next one, and hands the current one what was fed.
    void poll()
    {
        if (m_cli && !m_cli->isRunning())
            concludeAttempt();
        if (isDone())
            return;
        if (!m_cli)
            launch();
        QByteArray input;
        for (; m_written < m_fed; ++m_written)
            input += line(m_written + 1);
        m_cli->process().write(input);
        if (m_written == m_total && !m_inputClosed) {
            m_cli->process().closeWriteChannel();
            m_inputClosed = true;
        }
    }

private:
    void launch()
    {
        m_cli = std::make_unique<CliRunner>();
        m_cli->start(m_arguments);
        m_base = m_acknowledged;
        m_written = m_acknowledged;
        m_inputClosed = false;
        ++m_attempts;
    }

    // Replies come in order, so what an attempt acknowledged is a prefix of its input.
    void concludeAttempt()
    {
        m_cli->waitForFinished(0);
        const QString out = QString::fromUtf8(m_cli->standardOutput());
        const QString err = QString::fromUtf8(m_cli->standardError());
        static const QRegularExpression published("Published (\\d+) notifications");
        static const QRegularExpression partial("the first (\\d+) lines");
        const QRegularExpressionMatch match =
            m_cli->exitCode() == 0 ? published.match(out) : partial.match(err);
        if (match.hasMatch())
            m_acknowledged = m_base + match.captured(1).toInt();
        else
            m_problem = QStringLiteral("publish exited %1 without saying how far it got: %2")
                            .arg(m_cli->exitCode())
                            .arg(err);
        m_lastError = err.right(600);
        m_cli.reset();
    }

    QStringList m_arguments;
    int m_total = 0;
    int m_fed = 0;
    int m_base = 0;    // the first line of the running attempt (a 0-based index)
    int m_written = 0; // lines handed to the running attempt, counted from the input's start
    int m_acknowledged = 0;
    int m_attempts = 0;
    bool m_inputClosed = false;
    std::unique_ptr<CliRunner> m_cli;
    QString m_problem;
    QString m_lastError;
};

} // namespace

// Exactly-once under fire: a durable channel fed by a publisher that retries, while the Redis
// server (persisting every write) and the consuming `herald-cli listen` are killed with SIGKILL
// and restarted. Afterwards the stored history holds every sequence number exactly once.
class TestChaos : public QObject {
    Q_OBJECT

    static constexpr int Total = 20'000;
    static constexpr int Chunk = 500;
    static constexpr int Burst = 4'000;

    RedisServer::Options persistentServer()
    {
        RedisServer::Options options;
        options.extraArguments = {"--appendonly", "yes", "--appendfsync", "always"};
        return options;
    }

    qint64 streamLength(const RedisServer& server) const
    {
        bool ok = false;
        const qint64 length = server.cli({"XLEN", "herald:stream:chaos"}).toLongLong(&ok);
        return ok ? length : -1;
    }

    void startListener(CliRunner* listener, const RedisServer& server, const QString& stateDir)
    {
        listener->start({"listen", "--source", server.url(), "--durable-channel", "chaos",
                         "--state-dir", stateDir, "--format", "json", "--timeout", "600",
                         "--retry-max-ms", "200"});
    }

private slots:
    void everySequenceNumberExactlyOnce()
    {
        RedisServer server(persistentServer());
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QTemporaryDir stateDir;
        auto listener = std::make_unique<CliRunner>();
        startListener(listener.get(), server, stateDir.path());
        QTRY_VERIFY_WITH_TIMEOUT(listener->standardError().contains("connected to"), 10'000);
        // Read the stored count from the side, the way any other reader of the history would.
        HistoryStore store;
        QVERIFY2(store.open(stateDir.filePath("history.sqlite"), &error), qPrintable(error));

        ChaosPublisher publisher({"publish", "--stdin", "--durable", "--source", server.url(),
                                  "--channel", "chaos", "--maxlen", "1000000", "--timeout", "60",
                                  "--retry-max-ms", "200"},
                                 Total);
        // Events, not timers: Redis dies as the stream grows, the listener as the history does.
        QList<qint64> redisKillsAt{3'000, 6'500, 10'000, 13'500, 17'000};
        QList<int> listenerKillsAt{5'000, 12'000};
        qint64 killAt = -1; // armed: kill Redis once the stream has this many entries
        int redisKills = 0;
        int listenerKills = 0;
        int stored = 0;
        const auto step = [&] {
            const qint64 entries = streamLength(server);
            stored = std::max(stored, store.count({}));
            if (killAt < 0 && !redisKillsAt.isEmpty() && entries >= redisKillsAt.first()) {
                // A burst first, so that Redis dies with commands in flight: some executed,
                // their replies lost, to be resent.
                redisKillsAt.removeFirst();
                publisher.feedTo(publisher.fed() + Burst);
                killAt = entries + Burst / 4;
            } else if (killAt >= 0 && entries >= killAt) {
                killAt = -1;
                server.kill();
                ++redisKills;
                if (!server.restart(&error))
                    return true;
            }
            if (!listenerKillsAt.isEmpty() && stored >= listenerKillsAt.first()) {
                listenerKillsAt.removeFirst();
                listener->process().kill();
                listener->waitForFinished();
                ++listenerKills;
                listener = std::make_unique<CliRunner>();
                startListener(listener.get(), server, stateDir.path());
            }
            // Paced by both ends, so that every kill lands while both are busy.
            if (entries >= publisher.fed() - Chunk && stored >= publisher.fed() - 4 * Chunk)
                publisher.feedTo(publisher.fed() + Chunk);
            publisher.poll();
            return !publisher.problem().isEmpty() || !listener->isRunning() ||
                   (publisher.isDone() && stored >= Total);
        };
        // QTRY_* counts its steps rather than the time they take, and a step here runs
        // redis-cli: a real deadline keeps the test within its budget.
        const QDeadlineTimer deadline(120'000);
        bool finished = false;
        while (!(finished = step()) && !deadline.hasExpired())
            QTest::qWait(20);
        const QString state =
            QStringLiteral("fed %1, acknowledged %2 in %3 runs, stream entries %4, stored %5, "
                           "redis kills %6, listener kills %7; publisher: %8; listener: %9")
                .arg(publisher.fed())
                .arg(publisher.acknowledged())
                .arg(publisher.attempts())
                .arg(streamLength(server))
                .arg(stored)
                .arg(redisKills)
                .arg(listenerKills)
                .arg(publisher.lastError(),
                     QString::fromUtf8(listener->standardError().right(600)));
        QVERIFY2(finished, qPrintable(state));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(publisher.problem().isEmpty(), qPrintable(publisher.problem()));
        QVERIFY2(listener->isRunning(), listener->standardError().constData());
        QCOMPARE(redisKills, 5);
        QCOMPARE(listenerKills, 2);
        const qint64 entries = streamLength(server);
        TestServices::stopProcess(listener->process());

        CliRunner history;
        QCOMPARE(history.run({"history", "--state-dir", stateDir.path(), "--format", "json"}), 0);
        QList<int> seen(Total + 1, 0);
        int gaps = 0;
        int foreign = 0;
        for (const QByteArray& line : history.outputLines()) {
            const QJsonObject row = QJsonDocument::fromJson(line).object();
            const QString id = row["id"].toString();
            const int seq = id.startsWith("seq-") ? id.mid(4).toInt() : 0;
            if (row["kind"].toString() == "gap")
                ++gaps;
            else if (seq >= 1 && seq <= Total)
                ++seen[seq];
            else
                ++foreign;
        }
        int duplicates = 0;
        int missing = 0;
        for (int seq = 1; seq <= Total; ++seq) {
            duplicates += std::max(0, seen[seq] - 1);
            missing += seen[seq] == 0 ? 1 : 0;
        }
        qInfo("published %d (acknowledged, in %d publisher runs); stream entries %lld (%lld "
              "retried duplicates); stored %d; duplicates %d; missing %d; gap markers %d; "
              "redis kills %d; listener kills %d",
              publisher.acknowledged(), publisher.attempts(), entries, entries - Total,
              static_cast<int>(history.outputLines().size()), duplicates, missing, gaps, redisKills,
              listenerKills);
        QCOMPARE(publisher.acknowledged(), Total);
        QCOMPARE(duplicates, 0);
        QCOMPARE(missing, 0);
        QCOMPARE(foreign, 0);
        QCOMPARE(gaps, 0);
    }
};

HERALD_TEST_MAIN(TestChaos, "redis-server", "redis-cli")
#include "tst_chaos.moc"
