#include "CliRunner.h"
#include "RedisServer.h"
#include "TestServices.h"
#include "sources/StreamCursor.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// herald-cli with durable channels and a state folder, end to end against a real redis-server:
// listen resumes from its stored cursor, history prints what was stored, publish --stdin
// pipelines many payloads.
class TestDurableCli : public QObject {
    Q_OBJECT

private:
    static void startServer(RedisServer& server)
    {
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
    }

    // `count` JSON payloads {"id":"<prefix>-<i>","title":"<prefix> <i>"} for i from `first`.
    static QByteArray payloads(const QString& prefix, int first, int count)
    {
        QByteArray lines;
        for (int i = first; i < first + count; ++i)
            lines += QStringLiteral("{\"id\":\"%1-%2\",\"title\":\"%1 %2\"}\n")
                         .arg(prefix)
                         .arg(i)
                         .toUtf8();
        return lines;
    }

    // Runs `herald-cli publish --stdin` with `input`; returns the exit code.
    static int publishLines(CliRunner& cli, const QStringList& arguments, const QByteArray& input,
                            int timeoutMs = 60'000)
    {
        cli.start(QStringList{"publish", "--stdin"} + arguments);
        cli.process().write(input);
        cli.process().closeWriteChannel();
        return cli.waitForFinished(timeoutMs) ? cli.exitCode() : -1;
    }

    static void publishDurable(const RedisServer& server, const QString& channel,
                               const QByteArray& input)
    {
        CliRunner cli;
        QCOMPARE(
            publishLines(cli, {"--source", server.url(), "--channel", channel, "--durable"}, input),
            0);
    }

    static QList<QJsonObject> jsonLines(CliRunner& cli)
    {
        QList<QJsonObject> objects;
        for (const QByteArray& line : cli.outputLines())
            objects << QJsonDocument::fromJson(line).object();
        return objects;
    }

    static QStringList ids(const QList<QJsonObject>& objects)
    {
        QStringList list;
        for (const QJsonObject& object : objects)
            list << object["id"].toString();
        return list;
    }

    static QStringList expectedIds(const QString& prefix, int first, int count)
    {
        QStringList list;
        for (int i = first; i < first + count; ++i)
            list << QStringLiteral("%1-%2").arg(prefix).arg(i);
        return list;
    }

    static QStringList listenDurable(const RedisServer& server, const QString& stateDir,
                                     const QStringList& channels, int count)
    {
        QStringList arguments{
            "listen", "--source", server.url(),           "--state-dir", stateDir, "--format",
            "json",   "--count",  QString::number(count), "--timeout",   "30"};
        for (const QString& channel : channels)
            arguments << "--durable-channel" << channel;
        CliRunner cli;
        const int code = cli.run(arguments);
        if (code != 0)
            qWarning() << cli.standardError();
        return code == 0 ? ids(jsonLines(cli)) : QStringList{QStringLiteral("exit %1").arg(code)};
    }

private slots:
    void listenResumesFromTheStoredCursor()
    {
        RedisServer server;
        startServer(server);
        QTemporaryDir state;
        publishDurable(server, "alerts", payloads("a", 1, 5));
        // First contact shows the newest entries of the stream (the five).
        QCOMPARE(listenDurable(server, state.path(), {"alerts"}, 5), expectedIds("a", 1, 5));

        publishDurable(server, "alerts", payloads("a", 6, 5));
        QCOMPARE(listenDurable(server, state.path(), {"alerts"}, 5), expectedIds("a", 6, 5));

        // Nothing new: nothing is read twice.
        CliRunner idle;
        QCOMPARE(idle.run({"listen", "--source", server.url(), "--state-dir", state.path(),
                           "--durable-channel", "alerts", "--count", "1", "--timeout", "2"}),
                 8);
        QCOMPARE(idle.standardOutput(), QByteArray());

        CliRunner history;
        QCOMPARE(history.run({"history", "--state-dir", state.path(), "--format", "json"}), 0);
        const QList<QJsonObject> rows = jsonLines(history);
        QCOMPARE(ids(rows), expectedIds("a", 1, 10));
        QString previous = "0-0";
        for (const QJsonObject& row : rows) {
            QCOMPARE(row["kind"].toString(), "message");
            QCOMPARE(row["stream"]["key"].toString(), "herald:stream:alerts");
            const QString id = row["stream"]["id"].toString();
            QVERIFY2(StreamCursor::compareIds(id, previous) > 0, qPrintable(id));
            previous = id;
        }
    }

    void listenBeforeTheFirstEntryMissesNothing()
    {
        RedisServer server;
        startServer(server);
        QTemporaryDir state;
        CliRunner cli;
        cli.start({"listen", "--source", server.url(), "--state-dir", state.path(),
                   "--durable-channel", "late", "--stream-key", "late=custom:key", "--format",
                   "json", "--count", "30", "--timeout", "30"});
        QTRY_VERIFY_WITH_TIMEOUT(cli.standardError().contains("connected to"), 10'000);
        CliRunner publish;
        QCOMPARE(publishLines(publish,
                              {"--source", server.url(), "--channel", "late", "--durable",
                               "--stream-key", "custom:key"},
                              payloads("l", 1, 30)),
                 0);
        QVERIFY(cli.waitForFinished());
        QCOMPARE(cli.exitCode(), 0);
        QCOMPARE(ids(jsonLines(cli)), expectedIds("l", 1, 30));
        QCOMPARE(server.cli({"XLEN", "custom:key"}), QByteArray("30"));
    }

    void listenWillNotStartWithoutItsCursors()
    {
        RedisServer server;
        startServer(server);
        QTemporaryDir state;
        publishDurable(server, "kept", payloads("k", 1, 3));
        QCOMPARE(listenDurable(server, state.path(), {"kept"}, 3), expectedIds("k", 1, 3));
        publishDurable(server, "kept", payloads("k", 4, 2));

        // The cursors cannot be read (another process took the table away): starting anyway
        // would begin at the stream's end and skip k-4 and k-5.
        const auto onHistory = [&state](const QString& sql) {
            bool ok = false;
            {
                QSqlDatabase db =
                    QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
                db.setDatabaseName(state.filePath("history.sqlite"));
                ok = db.open() && QSqlQuery(db).exec(sql);
            }
            QSqlDatabase::removeDatabase(QStringLiteral("other"));
            return ok;
        };
        QVERIFY(onHistory("ALTER TABLE stream_cursors RENAME TO hidden"));
        CliRunner refused;
        QCOMPARE(refused.run({"listen", "--source", server.url(), "--state-dir", state.path(),
                              "--durable-channel", "kept", "--count", "1", "--timeout", "10"}),
                 1);
        QVERIFY2(refused.standardError().contains("cannot read where the durable channels"),
                 refused.standardError().constData());
        QCOMPARE(refused.standardOutput(), QByteArray());

        QVERIFY(onHistory("ALTER TABLE hidden RENAME TO stream_cursors"));
        QCOMPARE(listenDurable(server, state.path(), {"kept"}, 2), expectedIds("k", 4, 2));
    }

    void twoListensSharingAHistoryBothPrintEverything()
    {
        // As listen and the tray app do: whoever stores an entry first, both print it.
        RedisServer server;
        startServer(server);
        QTemporaryDir state;
        QList<CliRunner*> listens;
        for (int i = 0; i < 2; ++i) {
            auto* cli = new CliRunner;
            listens << cli;
            cli->start({"listen", "--source", server.url(), "--state-dir", state.path(),
                        "--durable-channel", "shared", "--format", "json", "--count", "20",
                        "--timeout", "30"});
            QTRY_VERIFY_WITH_TIMEOUT(cli->standardError().contains("connected to"), 10'000);
        }
        publishDurable(server, "shared", payloads("s", 1, 20));
        for (CliRunner* cli : std::as_const(listens)) {
            QVERIFY(cli->waitForFinished());
            QCOMPARE(cli->exitCode(), 0);
            QCOMPARE(ids(jsonLines(*cli)), expectedIds("s", 1, 20));
        }
        qDeleteAll(listens);
        CliRunner history;
        QCOMPARE(history.run({"history", "--state-dir", state.path(), "--format", "json"}), 0);
        QCOMPARE(ids(jsonLines(history)), expectedIds("s", 1, 20)); // stored once
    }

    void aRetryWithTheSameIdIsPrintedOnce()
    {
        RedisServer server;
        startServer(server);
        QTemporaryDir state;
        for (const bool stored : {false, true}) {
            CliRunner cli;
            QStringList arguments{"listen", "--source",  server.url(), "--channel",
                                  "retry",  "--format",  "json",       "--count",
                                  "2",      "--timeout", "30"};
            if (stored)
                arguments << "--state-dir" << state.path();
            cli.start(arguments);
            QTRY_COMPARE_WITH_TIMEOUT(server.numsub("retry"), QByteArray("1"), 10'000);
            const QString prefix = stored ? "s" : "m";
            server.publish("retry", QStringLiteral("{\"id\":\"%1-1\"}").arg(prefix).toUtf8());
            server.publish("retry", QStringLiteral("{\"id\":\"%1-1\"}").arg(prefix).toUtf8());
            server.publish("retry", QStringLiteral("{\"id\":\"%1-2\"}").arg(prefix).toUtf8());
            QVERIFY(cli.waitForFinished());
            QCOMPARE(cli.exitCode(), 0);
            QCOMPARE(ids(jsonLines(cli)), expectedIds(prefix, 1, 2));
        }
    }

    void publishStdinRefusesAnEndlessLine()
    {
        RedisServer server;
        startServer(server);
        CliRunner cli;
        cli.start({"publish", "--stdin", "--source", server.url(), "--channel", "long"});
        cli.process().write("one\ntwo\n");
        const QByteArray chunk(1024 * 1024, 'x');
        for (int i = 0; i < 65; ++i)
            cli.process().write(chunk); // no line end, and stdin stays open
        QVERIFY(cli.waitForFinished(60'000));
        QCOMPARE(cli.exitCode(), 1);
        QVERIFY2(cli.standardError().contains("line 3 is longer than 64 MiB"),
                 cli.standardError().constData());
        QVERIFY2(cli.standardError().contains("the first 2 lines"),
                 cli.standardError().constData());
    }

    void publishDurablePrintsTheStreamId()
    {
        RedisServer server;
        startServer(server);
        QProcess subscriber;
        subscriber.start(TestServices::findProgram("redis-cli"),
                         {"-p", QString::number(server.port()), "SUBSCRIBE", "deploys"});
        QTRY_COMPARE_WITH_TIMEOUT(server.numsub("deploys"), QByteArray("1"), 10'000);
        CliRunner cli;
        QCOMPARE(cli.run({"publish", "--source", server.url(), "--channel", "deploys", "--durable",
                          "--maxlen", "100", "--title", "Shipped"}),
                 0);
        const QByteArray entry =
            server.cli({"XREVRANGE", "herald:stream:deploys", "+", "-", "COUNT", "1"})
                .split('\n')
                .value(0);
        QVERIFY2(!entry.isEmpty() && cli.standardOutput().contains(entry),
                 cli.standardOutput().constData());
        QVERIFY2(cli.standardOutput().contains("1 subscriber"), cli.standardOutput().constData());
        QByteArray seen;
        QTRY_VERIFY((seen += subscriber.readAllStandardOutput()).contains("Shipped"));
        TestServices::stopProcess(subscriber);
    }

    void publishStdinPipelinesTenThousandDurable()
    {
        RedisServer server;
        startServer(server);
        CliRunner subscriber;
        subscriber.start({"listen", "--source", server.url(), "--channel", "bulk", "--count",
                          "10000", "--timeout", "60"});
        QTRY_COMPARE_WITH_TIMEOUT(server.numsub("bulk"), QByteArray("1"), 10'000);

        CliRunner cli;
        QCOMPARE(publishLines(cli, {"--source", server.url(), "--channel", "bulk", "--durable"},
                              payloads("b", 1, 10'000)),
                 0);
        QCOMPARE(cli.standardOutput().trimmed(), QByteArray("Published 10000 notifications."));
        QCOMPARE(server.cli({"XLEN", "herald:stream:bulk"}), QByteArray("10000"));
        QVERIFY(subscriber.waitForFinished(60'000));
        QCOMPARE(subscriber.exitCode(), 0);
        QCOMPARE(subscriber.outputLines().size(), 10'000);
    }

    void publishStdinTakesAHundredThousandLines()
    {
        RedisServer server;
        startServer(server);
        CliRunner subscriber;
        subscriber.start({"listen", "--source", server.url(), "--channel", "many", "--count",
                          "100000", "--timeout", "120"});
        QTRY_COMPARE_WITH_TIMEOUT(server.numsub("many"), QByteArray("1"), 10'000);
        QByteArray input;
        for (int i = 1; i <= 100'000; ++i)
            input += (i % 1000 == 0 ? "\n  \r\n" : "") + QByteArray::number(i) + "\r\n";
        input.chop(2); // the last line has no line end

        CliRunner cli;
        QCOMPARE(publishLines(cli, {"--source", server.url(), "--channel", "many"}, input, 120'000),
                 0);
        QCOMPARE(cli.standardOutput().trimmed(), QByteArray("Published 100000 notifications."));
        QVERIFY(subscriber.waitForFinished(120'000));
        QCOMPARE(subscriber.exitCode(), 0);
        const QList<QByteArray> lines = subscriber.outputLines();
        QCOMPARE(lines.size(), 100'000);
        QVERIFY2(lines.last().endsWith(" 100000"), lines.last().constData());
    }

    void publishStdinStopsAtTheFirstFailure()
    {
        RedisServer server;
        startServer(server);
        server.cli({"SET", "herald:stream:taken", "not a stream"});
        CliRunner wrongType;
        QCOMPARE(publishLines(wrongType,
                              {"--source", server.url(), "--channel", "taken", "--durable"},
                              payloads("w", 1, 3)),
                 7);
        QVERIFY2(wrongType.standardError().contains("the first 0 lines"),
                 wrongType.standardError().constData());

        // The connection is lost midway: what was acknowledged is a prefix of the input.
        CliRunner cli;
        cli.start(
            {"publish", "--stdin", "--source", server.url(), "--channel", "lost", "--durable"});
        cli.process().write(payloads("x", 1, 1500)); // stdin stays open: no full batch
        QTRY_COMPARE_WITH_TIMEOUT(server.cli({"XLEN", "herald:stream:lost"}), QByteArray("1500"),
                                  30'000);
        server.kill();
        QVERIFY(cli.waitForFinished());
        QCOMPARE(cli.exitCode(), 3);
        const QRegularExpression written("the first (\\d+) lines");
        const QRegularExpressionMatch match = written.match(QString::fromUtf8(cli.standardError()));
        QVERIFY2(match.hasMatch(), cli.standardError().constData());
        QCOMPARE(match.captured(1).toInt(), 1500);
    }

    void historyFiltersAndFormats()
    {
        RedisServer server;
        startServer(server);
        QTemporaryDir state;
        publishDurable(server, "red", payloads("r", 1, 3));
        publishDurable(server, "blue", payloads("b", 1, 2));
        QCOMPARE(listenDurable(server, state.path(), {"red", "blue"}, 5).size(), 5);

        CliRunner all;
        QCOMPARE(all.run({"history", "--state-dir", state.path(), "--format", "json"}), 0);
        QCOMPARE(all.outputLines().size(), 5);
        CliRunner red;
        QCOMPARE(red.run({"history", "--state-dir", state.path(), "--channel", "red", "--format",
                          "json"}),
                 0);
        QCOMPARE(ids(jsonLines(red)), expectedIds("r", 1, 3));
        CliRunner newest;
        QCOMPARE(newest.run({"history", "--state-dir", state.path(), "--channel", "red", "--limit",
                             "2", "--format", "json"}),
                 0);
        QCOMPARE(ids(jsonLines(newest)), expectedIds("r", 2, 2));
        CliRunner text;
        QCOMPARE(text.run({"history", "--state-dir", state.path(), "--channel", "blue"}), 0);
        const QList<QByteArray> lines = text.outputLines();
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines[0].endsWith("[blue] P3 b 1") && lines[1].endsWith("[blue] P3 b 2"),
                 text.standardOutput().constData());
    }

    void historyOfNothing()
    {
        QTemporaryDir state;
        CliRunner missingDir;
        QCOMPARE(missingDir.run({"history", "--state-dir", state.filePath("nowhere")}), 1);
        QVERIFY2(missingDir.standardError().contains("no state folder"),
                 missingDir.standardError().constData());
        CliRunner noHistory;
        QCOMPARE(noHistory.run({"history", "--state-dir", state.path()}), 1);
        QVERIFY2(noHistory.standardError().contains("no history in"),
                 noHistory.standardError().constData());
        QVERIFY(!QFile::exists(state.filePath("history.sqlite"))); // reading created nothing

        // A listen with a state folder that received nothing leaves an empty history.
        RedisServer server;
        startServer(server);
        CliRunner listen;
        QCOMPARE(listen.run({"listen", "--source", server.url(), "--state-dir", state.path(),
                             "--channel", "quiet", "--timeout", "1"}),
                 0);
        CliRunner empty;
        QCOMPARE(empty.run({"history", "--state-dir", state.path(), "--format", "json"}), 0);
        QCOMPARE(empty.standardOutput(), QByteArray());
    }

    void pubSubWithAStateDirStoresMessagesAndGaps()
    {
        RedisServer server;
        startServer(server);
        QTemporaryDir state;
        CliRunner cli;
        cli.start({"listen", "--source", server.url(), "--state-dir", state.path(), "--channel",
                   "live", "--format", "json", "--count", "2", "--timeout", "60", "--retry-max-ms",
                   "200"});
        QTRY_COMPARE_WITH_TIMEOUT(server.numsub("live"), QByteArray("1"), 10'000);
        server.publish("live", "{\"id\":\"p-1\",\"title\":\"before\"}");
        QTRY_VERIFY(cli.standardOutput().contains("p-1"));
        server.kill();
        QTRY_VERIFY(cli.standardError().contains("reconnecting"));
        QString error;
        QVERIFY2(server.restart(&error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(server.numsub("live"), QByteArray("1"), 10'000);
        server.publish("live", "{\"id\":\"p-2\",\"title\":\"after\"}");
        QVERIFY(cli.waitForFinished());
        QCOMPARE(cli.exitCode(), 0);
        QVERIFY2(cli.standardError().contains("gap: Disconnected"),
                 cli.standardError().constData());
        QStringList printed;
        for (const QJsonObject& object : jsonLines(cli))
            printed << object["kind"].toString() + ':' + object["id"].toString().left(4);
        QCOMPARE(printed, QStringList({"message:p-1", "gap:gap-", "message:p-2"}));

        CliRunner history;
        QCOMPARE(history.run({"history", "--state-dir", state.path(), "--format", "json"}), 0);
        QCOMPARE(history.standardOutput(), cli.standardOutput());
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("stream key without durable")
            << QStringList{"listen", "--channel", "a", "--stream-key", "a=k"};
        QTest::newRow("stream key without key")
            << QStringList{"listen", "--durable-channel", "a", "--stream-key", "a"};
        QTest::newRow("stdin and title")
            << QStringList{"publish", "--channel", "a", "--stdin", "--title", "t"};
        QTest::newRow("maxlen without durable")
            << QStringList{"publish", "--channel", "a", "--maxlen", "5", "--raw", "x"};
        QTest::newRow("bad maxlen") << QStringList{"publish",  "--channel", "a",     "--durable",
                                                   "--maxlen", "-1",        "--raw", "x"};
        QTest::newRow("bad limit") << QStringList{"history", "--limit", "0"};
        QTest::newRow("history format") << QStringList{"history", "--format", "xml"};
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        CliRunner cli;
        QCOMPARE(cli.run(arguments), 2);
        QVERIFY(!cli.standardError().isEmpty());
    }
};

HERALD_TEST_MAIN(TestDurableCli, "redis-server", "redis-cli")
#include "tst_durablecli.moc"
