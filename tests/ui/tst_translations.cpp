#include "GeneralSettingsPage.h"
#include "LanguageLoader.h"
#include "NotificationWindow.h"
#include "SettingsDialog.h"
#include "notifications/NotificationCenter.h"
#include "notifications/NotificationModel.h"
#include "storage/HistoryStore.h"
#include "storage/SessionSecretStore.h"
#include "storage/Settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <memory>

// Herald speaks the system's language, or the one chosen in Settings > General, through the
// LanguageLoader the tray app's main() installs. The system here speaks German: initMain() sets
// its locale before the application exists.
class TestTranslations : public QObject {
    Q_OBJECT

public:
    static void initMain()
    {
        qputenv("LANGUAGE", "de");
        qputenv("LC_ALL", "de_DE.UTF-8");
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<HistoryStore> m_store;
    std::unique_ptr<NotificationModel> m_model;

    // The window and the settings as a user opens them, built after the language is installed
    // (as in the tray app).
    std::unique_ptr<NotificationWindow> makeWindow()
    {
        return std::make_unique<NotificationWindow>(m_model.get(), m_store.get(), UrlOpener());
    }

    std::unique_ptr<SettingsDialog> makeSettings(Settings* settings, SecretStore* secrets)
    {
        return std::make_unique<SettingsDialog>(settings, secrets, nullptr);
    }

    static QStringList tabTexts(const SettingsDialog& dialog)
    {
        QStringList texts;
        for (int i = 0; i < dialog.tabs()->count(); ++i)
            texts << dialog.tabs()->tabText(i);
        return texts;
    }

    static QStringList menuTitles(const NotificationWindow& window)
    {
        QStringList titles;
        for (const QAction* action : window.menuBar()->actions())
            titles << action->text();
        return titles;
    }

    static QString closeButtonText(const SettingsDialog& dialog)
    {
        const auto* box = dialog.findChild<QDialogButtonBox*>();
        return box ? box->button(QDialogButtonBox::Close)->text() : QString();
    }

    static bool qtTranslationInstalled(const QString& code)
    {
        return QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) +
                             QStringLiteral("/qtbase_") + code + QStringLiteral(".qm"));
    }

    static QString catchUpTitle(int count)
    {
        QList<Notification> backlog;
        for (int i = 0; i < count; ++i) {
            Notification n;
            n.source = QStringLiteral("redis://test");
            n.channel = QStringLiteral("alerts");
            backlog << n;
        }
        NotificationCenter center;
        return center.catchUpSummary(backlog).title;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<HistoryStore>();
        QString error;
        QVERIFY2(m_store->open(QStringLiteral(":memory:"), &error), qPrintable(error));
        m_model = std::make_unique<NotificationModel>(m_store.get());
    }

    void cleanupTestCase()
    {
        m_model.reset();
        m_store.reset();
    }

    void everyLanguageIsBuiltIn()
    {
        QStringList offered;
        for (const LanguageLoader::Language& language : LanguageLoader::languages()) {
            offered << language.code;
            QVERIFY2(QFile::exists(QStringLiteral(":/i18n/herald_%1.qm").arg(language.code)),
                     qPrintable(language.code));
            QVERIFY(!language.name.isEmpty());
        }
        // ...and every translation built in is offered in the language setting.
        const QStringList built =
            QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("herald_*.qm")}, QDir::Files);
        for (const QString& file : built)
            QVERIFY2(offered.contains(file.mid(7).chopped(3)), qPrintable(file));
        QCOMPARE(built.size(), offered.size());
    }

    void resolvesTheSettingOrTheSystemLanguage()
    {
        QCOMPARE(LanguageLoader::resolve(QString()), QStringLiteral("de"));
        QCOMPARE(LanguageLoader::resolve(QStringLiteral("fr")), QStringLiteral("fr"));
        QCOMPARE(LanguageLoader::resolve(QStringLiteral("ja_JP")), QStringLiteral("ja"));
        // A language Herald does not speak, written into the file by hand: the system's.
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("does not speak")));
        QCOMPARE(LanguageLoader::resolve(QStringLiteral("xx")), QStringLiteral("de"));
        QCOMPARE(
            LanguageLoader::resolve(QString(), {QStringLiteral("it-IT"), QStringLiteral("es")}),
            QStringLiteral("es"));
        QCOMPARE(LanguageLoader::resolve(QString(), {QStringLiteral("it-IT")}),
                 QStringLiteral("en"));
    }

    void speaksGermanWhenTheSystemDoes()
    {
        LanguageLoader language;
        QCOMPARE(language.install(QString()), QStringLiteral("de"));

        const auto window = makeWindow();
        QCOMPARE(window->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"))->placeholderText(),
                 QStringLiteral("Benachrichtigungen durchsuchen (Strg+F)"));
        QVERIFY2(menuTitles(*window).contains(QStringLiteral("Be&nachrichtigungen")),
                 qPrintable(menuTitles(*window).join(u'|')));

        Settings settings(m_dir.filePath(QStringLiteral("german.ini")));
        SessionSecretStore secrets;
        const auto dialog = makeSettings(&settings, &secrets);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Herald-Einstellungen"));
        QCOMPARE(tabTexts(*dialog),
                 (QStringList{QStringLiteral("Verbindungen"), QStringLiteral("Benachrichtigungen"),
                              QStringLiteral("Allgemein")}));
        if (qtTranslationInstalled(QStringLiteral("de")))
            QCOMPARE(closeButtonText(*dialog), QStringLiteral("Schließen")); // Qt's own text

        // Plural forms, and dates as German writes them.
        const QDateTime now = QDateTime::currentDateTime();
        QCOMPARE(NotificationModel::relativeTime(now.addSecs(-5 * 60), now),
                 QStringLiteral("vor 5 Min."));
        QCOMPARE(catchUpTitle(1), QStringLiteral("1 Benachrichtigung während Ihrer Abwesenheit"));
        QCOMPARE(catchUpTitle(3), QStringLiteral("3 Benachrichtigungen während Ihrer Abwesenheit"));
        const QDateTime march(QDate(2024, 3, 1), QTime(14, 2));
        QVERIFY2(QLocale().toString(march, QLocale::LongFormat).contains(QStringLiteral("März")),
                 qPrintable(QLocale().toString(march, QLocale::LongFormat)));
    }

    void settingOverridesTheSystemLanguage()
    {
        Settings settings(m_dir.filePath(QStringLiteral("override.ini")));
        SessionSecretStore secrets;
        {
            LanguageLoader language;
            QCOMPARE(language.install(QStringLiteral("fr")), QStringLiteral("fr"));
            QCOMPARE(makeSettings(&settings, &secrets)->windowTitle(),
                     QStringLiteral("Paramètres de Herald"));
            QCOMPARE(catchUpTitle(2), QStringLiteral("2 notifications pendant votre absence"));
            QCOMPARE(QLocale().language(), QLocale::French);
        }
        {
            LanguageLoader language;
            QCOMPARE(language.install(QStringLiteral("ja")), QStringLiteral("ja"));
            QCOMPARE(makeSettings(&settings, &secrets)->windowTitle(),
                     QStringLiteral("Herald の設定"));
            QCOMPARE(catchUpTitle(2), QStringLiteral("不在中の通知 2 件"));
        }
        {
            LanguageLoader language;
            QCOMPARE(language.install(QStringLiteral("en")), QStringLiteral("en"));
            const auto dialog = makeSettings(&settings, &secrets);
            QCOMPARE(dialog->windowTitle(), QStringLiteral("Herald Settings"));
            if (qtTranslationInstalled(QStringLiteral("en")))
                QCOMPARE(closeButtonText(*dialog), QStringLiteral("Close"));
            // English needs its file too: "1 notification", not "1 notifications".
            QCOMPARE(catchUpTitle(1), QStringLiteral("1 notification while you were away"));
        }
    }

    void generalPageStoresTheChosenLanguage()
    {
        Settings settings(m_dir.filePath(QStringLiteral("chosen.ini")));
        {
            LanguageLoader language;
            language.install(settings.value(SettingKeys::language));
            GeneralSettingsPage page(&settings, nullptr);
            auto* combo = page.findChild<QComboBox*>(QStringLiteral("languageComboBox"));
            QVERIFY(combo);
            QCOMPARE(combo->currentData().toString(), QString()); // the system's, by default
            QCOMPARE(combo->itemText(0), QStringLiteral("Systemstandard (Deutsch)"));
            QVERIFY(page.findChild<QLabel*>(QStringLiteral("languageRestartLabel")));
            combo->setCurrentIndex(combo->findData(QStringLiteral("es")));
            QCOMPARE(settings.value(SettingKeys::language), QStringLiteral("es"));
        }
        // The next start reads it.
        LanguageLoader language;
        QCOMPARE(language.install(settings.value(SettingKeys::language)), QStringLiteral("es"));
        QCOMPARE(makeWindow()
                     ->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"))
                     ->placeholderText(),
                 QStringLiteral("Buscar notificaciones (Ctrl+F)"));
    }

    void laterTranslatorsDoNotHideTheLanguage()
    {
        LanguageLoader language;
        language.install(QString());
        // Installed later, the English plural forms would be searched first.
        QTranslator english;
        QVERIFY(english.load(QStringLiteral(":/i18n/herald_en.qm")));
        QVERIFY(QCoreApplication::installTranslator(&english));
        QCOMPARE(catchUpTitle(2), QStringLiteral("2 Benachrichtigungen während Ihrer Abwesenheit"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
