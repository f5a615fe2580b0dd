#include "TestServices.h"
#include "desktop/Autostart.h"
#include "desktop/XdgAutostart.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

// Autostart on an XDG desktop: enabling writes a desktop entry that a desktop accepts into
// $XDG_CONFIG_HOME/autostart, disabling removes it. XDG_CONFIG_HOME points at a temporary
// directory, so the user's own autostart folder is never touched.
class TestAutostart : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_config;
    QByteArray m_savedConfigHome;
    bool m_hadConfigHome = false;

    QString entryPath() const
    {
        return m_config.filePath(QStringLiteral("autostart/") + Autostart::appId() +
                                 QStringLiteral(".desktop"));
    }

    // The [Desktop Entry] group of a desktop entry file as key -> raw value; empty (with a
    // failed check) when it is not a desktop entry.
    static QHash<QString, QString> parseDesktopEntry(const QString& path)
    {
        QHash<QString, QString> keys;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return keys;
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
        QString group;
        for (const QString& line : lines) {
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            if (line.startsWith(u'[') && line.endsWith(u']')) {
                if (group.isEmpty() && line != QStringLiteral("[Desktop Entry]"))
                    return {}; // the first group must be [Desktop Entry]
                group = line.mid(1, line.size() - 2);
                continue;
            }
            const qsizetype eq = line.indexOf(u'=');
            if (group.isEmpty() || eq <= 0)
                return {}; // a key outside a group, or a line that is no key
            if (group == QStringLiteral("Desktop Entry"))
                keys.insert(line.left(eq).trimmed(), line.mid(eq + 1).trimmed());
        }
        return keys;
    }

    // desktop-file-validate's verdict on `path`: empty when it passes. Skips (or, with
    // HERALD_REQUIRE_SERVICES=1, fails) when the tool is not installed.
    static bool validates(const QString& path, QString* output)
    {
        const QString tool = TestServices::findProgram(QStringLiteral("desktop-file-validate"));
        if (tool.isEmpty()) {
            *output = QStringLiteral("desktop-file-validate is not installed "
                                     "(package desktop-file-utils)");
            return false;
        }
        QProcess validate;
        validate.setProcessChannelMode(QProcess::MergedChannels);
        validate.start(tool, {path});
        if (!validate.waitForFinished(30'000)) {
            *output = QStringLiteral("desktop-file-validate did not finish");
            TestServices::stopProcess(validate);
            return false;
        }
        *output = QString::fromLocal8Bit(validate.readAll());
        return validate.exitStatus() == QProcess::NormalExit && validate.exitCode() == 0 &&
               output->trimmed().isEmpty();
    }

    static bool haveValidator()
    {
        return !TestServices::findProgram(QStringLiteral("desktop-file-validate")).isEmpty();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        m_hadConfigHome = qEnvironmentVariableIsSet("XDG_CONFIG_HOME");
        m_savedConfigHome = qgetenv("XDG_CONFIG_HOME");
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
        if (!haveValidator() && qEnvironmentVariableIntValue("HERALD_REQUIRE_SERVICES") == 1)
            QFAIL("desktop-file-validate is not installed (package desktop-file-utils)");
    }

    void cleanupTestCase()
    {
        if (m_hadConfigHome)
            qputenv("XDG_CONFIG_HOME", m_savedConfigHome);
        else
            qunsetenv("XDG_CONFIG_HOME");
    }

    void cleanup() { QFile::remove(entryPath()); }

    void theFileIsUnderXdgConfigHome()
    {
        QCOMPARE(XdgAutostart::filePath(), entryPath());
        QCOMPARE(Autostart::appId(), QStringLiteral("io.github.herald_notify.Herald"));
    }

    void enablingWritesAValidDesktopEntryAndDisablingRemovesIt()
    {
        const std::unique_ptr<Autostart> autostart(Autostart::create(nullptr));
        QVERIFY(qobject_cast<XdgAutostart*>(autostart.get()));
        QVERIFY(!autostart->isEnabled());

        QString error;
        QVERIFY2(autostart->setEnabled(true, &error), qPrintable(error));
        QVERIFY(QFile::exists(entryPath()));
        QVERIFY(autostart->isEnabled());

        const QHash<QString, QString> entry = parseDesktopEntry(entryPath());
        QVERIFY2(!entry.isEmpty(), "not a desktop entry");
        QCOMPARE(entry.value("Type"), QStringLiteral("Application"));
        QCOMPARE(entry.value("Name"), QStringLiteral("Herald"));
        QVERIFY(!entry.value("Comment").isEmpty());
        QCOMPARE(entry.value("Exec"),
                 XdgAutostart::execArgument(QCoreApplication::applicationFilePath()) +
                     QStringLiteral(" --minimized"));
        QVERIFY(entry.value("Exec").contains(QCoreApplication::applicationFilePath()));
        QCOMPARE(entry.value("Icon"), Autostart::appId());
        QCOMPARE(entry.value("X-GNOME-Autostart-enabled"), QStringLiteral("true"));
        QVERIFY(!entry.contains("Hidden"));

        // Enabling twice leaves one valid entry.
        QVERIFY2(autostart->setEnabled(true, &error), qPrintable(error));

        if (haveValidator()) {
            QString output;
            QVERIFY2(validates(entryPath(), &output), qPrintable(output));
        }

        QVERIFY2(autostart->setEnabled(false, &error), qPrintable(error));
        QVERIFY(!QFile::exists(entryPath()));
        QVERIFY(!autostart->isEnabled());
        // Disabling what is off is no error.
        QVERIFY2(autostart->setEnabled(false, &error), qPrintable(error));
    }

    void execArgumentIsQuotedPerTheSpec_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("exec");
        QTest::newRow("plain") << "/usr/bin/herald"
                               << "/usr/bin/herald";
        QTest::newRow("space") << "/opt/My Apps/herald"
                               << "\"/opt/My Apps/herald\"";
        // Inside quotes $ takes a backslash, which the string escapes double.
        QTest::newRow("dollar") << "/opt/a$b/herald"
                                << "\"/opt/a\\\\$b/herald\"";
        QTest::newRow("quote") << "/opt/a\"b/herald"
                               << "\"/opt/a\\\\\"b/herald\"";
        // A literal backslash is four of them.
        QTest::newRow("backslash") << "/opt/a\\b/herald"
                                   << "\"/opt/a\\\\\\\\b/herald\"";
        QTest::newRow("percent") << "/opt/100%/herald"
                                 << "/opt/100%%/herald";
    }

    void execArgumentIsQuotedPerTheSpec()
    {
        QFETCH(QString, path);
        QFETCH(QString, exec);
        QCOMPARE(XdgAutostart::execArgument(path), exec);

        XdgAutostart autostart(path);
        QString error;
        QVERIFY2(autostart.setEnabled(true, &error), qPrintable(error));
        QCOMPARE(parseDesktopEntry(entryPath()).value("Exec"),
                 exec + QStringLiteral(" --minimized"));
        if (haveValidator()) {
            QString output;
            QVERIFY2(validates(entryPath(), &output), qPrintable(output));
        }
    }

    void aFailureToWriteIsReported()
    {
        // XDG_CONFIG_HOME/autostart cannot be created where XDG_CONFIG_HOME is a file.
        QTemporaryDir dir;
        const QString notADir = dir.filePath(QStringLiteral("file"));
        {
            QFile file(notADir);
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(notADir));
        const auto restore =
            qScopeGuard([this] { qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path())); });

        XdgAutostart autostart(QStringLiteral("/usr/bin/herald"));
        QString error;
        QVERIFY(!autostart.setEnabled(true, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!autostart.isEnabled());
    }
};

HERALD_TEST_MAIN(TestAutostart)
#include "tst_autostart.moc"
