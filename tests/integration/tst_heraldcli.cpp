#include "CliRunner.h"
#include "RedisServer.h"
#include "TestCertificates.h"
#include "TestServices.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryFile>
#include <QTest>

// herald-cli end to end, run as a user runs it, against a real redis-server.
class TestHeraldCli : public QObject {
    Q_OBJECT

private:
    static void startServer(RedisServer& server)
    {
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
    }

    static int lineCount(const QByteArray& text) { return static_cast<int>(text.count('\n')); }

private slots:
    void listenPrintsJsonLines()
    {
        RedisServer server;
        startServer(server);
        CliRunner cli;
        cli.start({"listen", "--source", server.url(), "--channel", "alerts", "--pattern",
                   "deploy:*", "--format", "json", "--count", "2", "--timeout", "30"});
        QTRY_COMPARE_WITH_TIMEOUT(server.numsub("alerts"), QByteArray("1"), 10'000);
        QTRY_VERIFY(cli.standardError().contains("connected to"));
        server.publish("alerts", "{\"title\":\"CPU "
                                 "hot\",\"body\":\"92%\",\"priority\":\"high\",\"url\":\"https://"
                                 "grafana.example/d/1\"}");
        server.publish("deploy:web", "shipped");
        QVERIFY(cli.waitForFinished());
        QCOMPARE(cli.exitCode(), 0);

        const QList<QByteArray> lines = cli.outputLines();
        QCOMPARE(lines.size(), 2);
        const QJsonObject first = QJsonDocument::fromJson(lines[0]).object();
        QCOMPARE(first["channel"].toString(), "alerts");
        QVERIFY(first["pattern"].isNull());
        QCOMPARE(first["title"].toString(), "CPU hot");
        QCOMPARE(first["body"].toString(), "92%");
        QCOMPARE(first["priority"].toInt(), 4);
        QCOMPARE(first["url"].toString(), "https://grafana.example/d/1");
        for (const char* key : {"id", "time", "received"})
            QVERIFY2(!first[key].toString().isEmpty(), key);
        const QJsonObject second = QJsonDocument::fromJson(lines[1]).object();
        QCOMPARE(second["pattern"].toString(), "deploy:*");
        QCOMPARE(second["body"].toString(), "shipped");
    }

    void listenPrintsTextLines()
    {
        RedisServer server;
        startServer(server);
        CliRunner cli;
        cli.start({"listen", "--source", server.url() + "?channel=news", "--count", "1"});
        QTRY_COMPARE_WITH_TIMEOUT(server.numsub("news"), QByteArray("1"), 10'000);
        server.publish("news", "{\"title\":\"Hello\",\"message\":\"line one\\nline two\"}");
        QVERIFY(cli.waitForFinished());
        QCOMPARE(cli.exitCode(), 0);
        const QByteArray out = cli.standardOutput();
        QVERIFY2(out.contains("[news] P3 Hello: line one ⏎ line two"), out.constData());
        QCOMPARE(lineCount(out), 1);
    }

    void listenSurvivesARedisRestart()
    {
        RedisServer server;
        startServer(server);
        CliRunner cli;
        cli.start({"listen", "--source", server.url(), "--channel", "alerts", "--count", "2",
                   "--format", "json", "--timeout", "60"});
        QTRY_COMPARE_WITH_TIMEOUT(server.numsub("alerts"), QByteArray("1"), 10'000);
        server.publish("alerts", "before");
        QTRY_COMPARE(lineCount(cli.standardOutput()), 1);

        server.kill();
        QTRY_VERIFY(cli.standardError().contains("reconnecting"));
        QString error;
        QVERIFY2(server.restart(&error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(server.numsub("alerts"), QByteArray("1"), 10'000);
        server.publish("alerts", "after");
        QVERIFY(cli.waitForFinished());
        QCOMPARE(cli.exitCode(), 0);
        QVERIFY(cli.standardOutput().contains("\"body\":\"after\""));
        QVERIFY2(cli.standardError().contains("gap: Disconnected"),
                 cli.standardError().constData());
    }

    void publishReachesRedisCliSubscribe()
    {
        RedisServer server;
        startServer(server);
        QProcess subscriber;
        subscriber.start(TestServices::findProgram("redis-cli"),
                         {"-p", QString::number(server.port()), "SUBSCRIBE", "deploys"});
        QTRY_COMPARE_WITH_TIMEOUT(server.numsub("deploys"), QByteArray("1"), 10'000);

        CliRunner cli;
        QCOMPARE(cli.run({"publish", "--source", server.url(), "--channel", "deploys", "--title",
                          "Deploy finished", "--body", "web-42", "--priority", "4", "--url",
                          "https://ci.example/42"}),
                 0);
        QVERIFY2(cli.standardOutput().contains("Delivered to 1 subscriber"),
                 cli.standardOutput().constData());
        QByteArray seen;
        QTRY_VERIFY((seen += subscriber.readAllStandardOutput()).contains("Deploy finished"));
        const QByteArray payload = seen.mid(seen.indexOf('{')).trimmed();
        const QJsonObject message = QJsonDocument::fromJson(payload).object();
        QCOMPARE(message["title"].toString(), "Deploy finished");
        QCOMPARE(message["body"].toString(), "web-42");
        QCOMPARE(message["priority"].toInt(), 4);
        QCOMPARE(message["url"].toString(), "https://ci.example/42");
        subscriber.kill();
        subscriber.waitForFinished();

        CliRunner nobody;
        QCOMPARE(nobody.run({"publish", "--source", server.url(), "--channel", "empty", "--raw",
                             "plain text"}),
                 0);
        QVERIFY(nobody.standardOutput().contains("Delivered to 0 subscriber"));
    }

    void channelsListsSubscriberCounts()
    {
        RedisServer server;
        startServer(server);
        CliRunner a, b;
        a.start({"listen", "--source", server.url(), "--channel", "alerts", "--channel", "builds"});
        b.start({"listen", "--source", server.url(), "--channel", "alerts"});
        QTRY_COMPARE_WITH_TIMEOUT(server.numsub("alerts"), QByteArray("2"), 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(server.numsub("builds"), QByteArray("1"), 10'000);

        CliRunner cli;
        QCOMPARE(cli.run({"channels", "--source", server.url()}), 0);
        QCOMPARE(cli.standardOutput(), QByteArray("alerts\t2\nbuilds\t1\n"));
        CliRunner filtered;
        QCOMPARE(filtered.run(
                     {"channels", "--source", server.url(), "--pattern", "b*", "--format", "json"}),
                 0);
        QCOMPARE(filtered.standardOutput().trimmed(),
                 QByteArray("[{\"channel\":\"builds\",\"subscribers\":1}]"));

        // Sampling finds a channel nobody subscribes to, as long as it carries traffic.
        CliRunner sampling;
        sampling.start({"channels", "--source", server.url(), "--sample", "3"});
        QTRY_COMPARE_WITH_TIMEOUT(server.cli({"PUBSUB", "NUMPAT"}), QByteArray("1"), 10'000);
        server.publish("quiet:chan", "hello");
        server.publish("quiet:chan", "again");
        QVERIFY(sampling.waitForFinished());
        QCOMPARE(sampling.exitCode(), 0);
        QVERIFY2(sampling.standardOutput().contains("quiet:chan\t0\t2\n"),
                 sampling.standardOutput().constData());
    }

    void wrongPasswordExitsFourWithoutEchoingIt()
    {
        RedisServer::Options serverOptions;
        serverOptions.password = "correct-horse";
        RedisServer server(serverOptions);
        startServer(server);
        const QString url =
            QStringLiteral("redis://:battery-staple@127.0.0.1:%1").arg(server.port());
        for (const QString command : {"listen", "publish", "channels"}) {
            CliRunner cli;
            QStringList args{command, "--source", url, "--channel", "x", "--timeout", "20"};
            if (command == "publish")
                args << "--title"
                     << "t";
            if (command == "channels")
                args = QStringList{command, "--source", url};
            QCOMPARE(cli.run(args), 4);
            const QByteArray err = cli.standardError();
            QVERIFY2(err.contains("Wrong password"), err.constData());
            QCOMPARE(lineCount(err), 1);
            QVERIFY(!err.contains("battery-staple") &&
                    !cli.standardOutput().contains("battery-staple"));
        }
    }

    void passwordsFromAFileOrTheEnvironment()
    {
        RedisServer::Options serverOptions;
        serverOptions.password = "from-elsewhere";
        RedisServer server(serverOptions);
        startServer(server);
        const QString url = QStringLiteral("redis://127.0.0.1:%1").arg(server.port());
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write("from-elsewhere\n");
        file.flush();
        CliRunner viaFile;
        QCOMPARE(viaFile.run({"channels", "--source", url, "--password-file", file.fileName()}), 0);
        CliRunner viaEnvironment;
        viaEnvironment.setEnvironmentVariable("HERALD_PASSWORD", "from-elsewhere");
        QCOMPARE(viaEnvironment.run({"channels", "--source", url}), 0);
    }

    void aclRefusalExitsFive()
    {
        RedisServer::Options serverOptions;
        serverOptions.extraArguments = {"--user", "eve", "on", ">evepw", "~*", "&public", "+@all"};
        RedisServer server(serverOptions);
        startServer(server);
        const QString url = QStringLiteral("redis://eve:evepw@127.0.0.1:%1").arg(server.port());
        CliRunner cli;
        QCOMPARE(cli.run({"listen", "--source", url, "--channel", "payroll", "--timeout", "20"}),
                 5);
        const QByteArray err = cli.standardError();
        QVERIFY2(err.contains("No permission to subscribe to \"payroll\""), err.constData());

        CliRunner publish;
        QCOMPARE(publish.run({"publish", "--source", url, "--channel", "payroll", "--body", "x"}),
                 5);
        QVERIFY(publish.standardError().contains("payroll"));
    }

    void tlsFailuresExitSix()
    {
        TestCertificates certs;
        QString error;
        QVERIFY2(certs.generate(&error), qPrintable(error));
        RedisServer::Options serverOptions;
        serverOptions.tls = &certs;
        RedisServer server(serverOptions);
        startServer(server);

        CliRunner untrusted;
        QCOMPARE(untrusted.run(
                     {"listen", "--source", server.tlsUrl(), "--channel", "x", "--timeout", "20"}),
                 6);
        QVERIFY2(untrusted.standardError().contains("trusted certificate authority"),
                 untrusted.standardError().constData());
        QCOMPARE(lineCount(untrusted.standardError()), 1);

        CliRunner trusted;
        trusted.start({"listen", "--source", server.tlsUrl(), "--cacert", certs.caCert(),
                       "--channel", "x", "--count", "1", "--timeout", "20"});
        QTRY_COMPARE_WITH_TIMEOUT(server.numsub("x"), QByteArray("1"), 10'000);
        server.publish("x", "over tls");
        QVERIFY(trusted.waitForFinished());
        QCOMPARE(trusted.exitCode(), 0);
    }

    void unreachableIsRetriedUntilTheTimeout()
    {
        const int port = TestServices::freePort();
        CliRunner cli;
        QCOMPARE(cli.run({"listen", "--source", QStringLiteral("redis://127.0.0.1:%1").arg(port),
                          "--channel", "x", "--timeout", "1.5"}),
                 3);
        const QByteArray err = cli.standardError();
        QVERIFY2(err.contains("reconnecting") && err.contains("Connection refused"),
                 err.constData());
        QVERIFY(err.contains("not connected when the timeout ran out"));

        CliRunner publish;
        QCOMPARE(
            publish.run({"publish", "--source", QStringLiteral("redis://127.0.0.1:%1").arg(port),
                         "--channel", "x", "--body", "b", "--timeout", "1"}),
            3);
        QVERIFY(publish.standardError().contains("Connection refused"));
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no command") << QStringList{};
        QTest::newRow("unknown command") << QStringList{"frobnicate"};
        QTest::newRow("listen without channel") << QStringList{"listen"};
        QTest::newRow("empty channel") << QStringList{"listen", "--channel", "  "};
        QTest::newRow("bad url") << QStringList{"listen", "--source", "http://x", "--channel", "a"};
        QTest::newRow("bad priority")
            << QStringList{"publish", "--channel", "a", "--title", "t", "--priority", "9"};
        QTest::newRow("javascript url") << QStringList{
            "publish", "--channel", "a", "--title", "t", "--url", "javascript:alert(1)"};
        QTest::newRow("raw and title")
            << QStringList{"publish", "--channel", "a", "--title", "t", "--raw", "x"};
        QTest::newRow("bad format") << QStringList{"listen", "--channel", "a", "--format", "xml"};
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        CliRunner cli;
        QCOMPARE(cli.run(arguments), 2);
        QVERIFY(!cli.standardError().isEmpty());
    }
};

HERALD_TEST_MAIN(TestHeraldCli, "redis-server", "redis-cli", "openssl")
#include "tst_heraldcli.moc"
