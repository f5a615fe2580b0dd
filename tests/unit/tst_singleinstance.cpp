#include "desktop/SingleInstance.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <cstdio>
#include <memory>

namespace {

constexpr int childTimeoutMs = 10'000;

const QString holdMode = QStringLiteral("--hold");
const QString notifyMode = QStringLiteral("--notify");

// Exit codes of the --notify child.
constexpr int delivered = 0;
constexpr int notDelivered = 1;
constexpr int unexpectedlyClaimed = 2;

// A copy of this test binary in one of its helper modes, a direct child stopped by its PID.
class Helper {
public:
    ~Helper()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    void start(const QString& mode, const QString& settingsFile)
    {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QCoreApplication::applicationFilePath(), {mode, settingsFile});
    }

    // The --hold child says "claimed" once it holds the instance.
    QByteArray waitForLine()
    {
        QSignalSpy output(&m_process, &QProcess::readyReadStandardOutput);
        while (!m_process.canReadLine() && output.wait(childTimeoutMs)) {
        }
        return m_process.readLine().trimmed();
    }

    // SIGKILL: the child leaves its lock file and socket behind, as a crash would.
    bool killHard()
    {
        QSignalSpy finished(&m_process, &QProcess::finished);
        m_process.kill();
        return finished.wait(childTimeoutMs);
    }

    bool waitForFinished()
    {
        if (m_process.state() == QProcess::NotRunning)
            return true;
        QSignalSpy finished(&m_process, &QProcess::finished);
        return finished.wait(childTimeoutMs);
    }

    int exitCode() const { return m_process.exitCode(); }

private:
    QProcess m_process;
};

} // namespace

// SingleInstance with real lock files and local sockets. The second instance runs as a separate
// process (this binary in a helper mode), as it does for users: notifyRunning() blocks, so the
// first instance must be free to answer.
class TestSingleInstance : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString settingsFile(const QString& name) const { return m_dir.filePath(name + ".conf"); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Lock files go to the runtime directory: a private one, shared with our children.
        const QString runtime = m_dir.filePath(QStringLiteral("run"));
        QVERIFY(QDir().mkpath(runtime));
        QVERIFY(
            QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        qputenv("XDG_RUNTIME_DIR", runtime.toUtf8());
    }

    void firstClaimsSecondIsRefused()
    {
        SingleInstance first(settingsFile(QStringLiteral("refused")));
        QVERIFY(first.claim());
        QVERIFY(first.isClaimed());
        QVERIFY(first.claim()); // claiming again is harmless
        QVERIFY(first.lockFilePath().startsWith(m_dir.path()));

        SingleInstance second(settingsFile(QStringLiteral("refused")));
        QCOMPARE(second.key(), first.key());
        QVERIFY(!second.claim());
        QVERIFY(!second.isClaimed());
    }

    void secondProcessActivatesTheFirst()
    {
        SingleInstance first(settingsFile(QStringLiteral("activate")));
        QVERIFY(first.claim());
        QSignalSpy activated(&first, &SingleInstance::activationRequested);

        Helper second;
        second.start(notifyMode, settingsFile(QStringLiteral("activate")));
        QVERIFY(activated.wait(childTimeoutMs));
        QVERIFY(second.waitForFinished());
        QCOMPARE(second.exitCode(), delivered);
        QCOMPARE(activated.size(), 1);
    }

    void samePathSpelledDifferentlyIsTheSameInstance()
    {
        const QString absolute = settingsFile(QStringLiteral("spelling"));
        const QString roundabout =
            m_dir.path() + QStringLiteral("/run/../spelling.conf"); // QFileInfo cleans it
        QCOMPARE(SingleInstance(roundabout).key(), SingleInstance(absolute).key());
    }

    void differentSettingsFilesAreIndependent()
    {
        SingleInstance work(settingsFile(QStringLiteral("work")));
        SingleInstance home(settingsFile(QStringLiteral("home")));
        QVERIFY(work.key() != home.key());
        QVERIFY(work.claim());
        QVERIFY(home.claim());

        // Activation reaches only the instance of the same settings file.
        QSignalSpy workActivated(&work, &SingleInstance::activationRequested);
        QSignalSpy homeActivated(&home, &SingleInstance::activationRequested);
        Helper second;
        second.start(notifyMode, settingsFile(QStringLiteral("home")));
        QVERIFY(homeActivated.wait(childTimeoutMs));
        QVERIFY(second.waitForFinished());
        QCOMPARE(second.exitCode(), delivered);
        QCOMPARE(workActivated.size(), 0);
    }

    void releasedWhenDestroyed()
    {
        auto first = std::make_unique<SingleInstance>(settingsFile(QStringLiteral("released")));
        QVERIFY(first->claim());
        first.reset();
        SingleInstance next(settingsFile(QStringLiteral("released")));
        QVERIFY(next.claim());
    }

    void notifyWithoutARunningInstanceFails()
    {
        SingleInstance nobody(settingsFile(QStringLiteral("nobody")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("cannot reach the running instance"));
        QVERIFY(!nobody.notifyRunning(500));
    }

    void staleLockOfAKilledProcessIsRecovered()
    {
        const QString file = settingsFile(QStringLiteral("stale"));
        Helper crashed;
        crashed.start(holdMode, file);
        QCOMPARE(crashed.waitForLine(), QByteArray("claimed"));

        SingleInstance instance(file);
        QVERIFY(!instance.claim()); // the child is alive and holds it
        QVERIFY(crashed.killHard());
        QVERIFY(QFile::exists(instance.lockFilePath())); // left behind by the "crash"

        QVERIFY(instance.claim());
        // The dead child's socket name was reclaimed too: activation works.
        QSignalSpy activated(&instance, &SingleInstance::activationRequested);
        Helper second;
        second.start(notifyMode, file);
        QVERIFY(activated.wait(childTimeoutMs));
        QVERIFY(second.waitForFinished());
        QCOMPARE(second.exitCode(), delivered);
    }
};

namespace {

// Helper mode --hold: claim, say so, and stay until killed (or give up after a while, so a
// crashed test run leaves nothing behind).
int hold(QCoreApplication& app, const QString& settingsFile)
{
    SingleInstance instance(settingsFile);
    if (!instance.claim()) {
        std::printf("refused\n");
        return 1;
    }
    std::printf("claimed\n");
    std::fflush(stdout);
    QTimer::singleShot(60'000, &app, &QCoreApplication::quit);
    return app.exec();
}

// Helper mode --notify: behave like a second Herald started for the same settings file.
int notify(const QString& settingsFile)
{
    SingleInstance instance(settingsFile);
    if (instance.claim())
        return unexpectedlyClaimed;
    return instance.notifyRunning() ? delivered : notDelivered;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() == 3 && arguments[1] == holdMode)
        return hold(app, arguments[2]);
    if (arguments.size() == 3 && arguments[1] == notifyMode)
        return notify(arguments[2]);
    TestSingleInstance test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_singleinstance.moc"
