#include "LanguageLoader.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLibraryInfo>
#include <QLoggingCategory>

namespace {
Q_LOGGING_CATEGORY(lcLanguage, "herald.app.language", QtInfoMsg)

const QString English = QStringLiteral("en");

// "de-CH", "de_DE", "de" -> "de"; "" for names that are no language.
QString codeOf(const QString& name)
{
    if (name.isEmpty())
        return {};
    const QLocale locale(name);
    return locale.language() == QLocale::C ? QString() : locale.name().section(u'_', 0, 0);
}
} // namespace

LanguageLoader::LanguageLoader(QObject* parent)
    : QObject(parent)
{
}

LanguageLoader::~LanguageLoader()
{
    if (QCoreApplication* app = QCoreApplication::instance())
        app->removeEventFilter(this);
    removeTranslators();
}

QList<LanguageLoader::Language> LanguageLoader::languages()
{
    // One line per translations/herald_<code>.ts built into Herald.
    return {{English, QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("es"), QStringLiteral("Español")},
            {QStringLiteral("fr"), QStringLiteral("Français")},
            {QStringLiteral("ja"), QStringLiteral("日本語")}};
}

QString LanguageLoader::nameOf(const QString& code)
{
    for (const Language& language : languages()) {
        if (language.code == code)
            return language.name;
    }
    return {};
}

QString LanguageLoader::resolve(const QString& setting, const QStringList& uiLanguages)
{
    const QString chosen = codeOf(setting);
    if (!nameOf(chosen).isEmpty())
        return chosen;
    if (!setting.isEmpty())
        qCWarning(lcLanguage) << "Herald does not speak the language" << setting
                              << "of the settings file; following the system's";
    for (const QString& name : uiLanguages) {
        const QString code = codeOf(name);
        if (!nameOf(code).isEmpty())
            return code;
    }
    return English;
}

QString LanguageLoader::install(const QString& setting)
{
    QCoreApplication* app = QCoreApplication::instance();
    Q_ASSERT(app);
    app->removeEventFilter(this);
    removeTranslators();
    m_language = resolve(setting);
    // English needs its file too: it holds the English plural forms ("1 notification").
    if (!m_herald.load(QStringLiteral("herald_") + m_language, QStringLiteral(":/i18n")))
        qCWarning(lcLanguage) << "The translation" << m_language << "is missing from this build";
    // Optional: Qt's standard buttons and dialogs stay English where Qt was installed without
    // its translations.
    if (!m_qt.load(QStringLiteral("qtbase_") + m_language,
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        qCInfo(lcLanguage) << "Qt's own translation" << m_language << "is not installed";
    installTranslators();
    app->installEventFilter(this);
    QLocale::setDefault(setting.isEmpty() ? QLocale::system() : localeFor(m_language));
    return m_language;
}

QLocale LanguageLoader::localeFor(const QString& code)
{
    // The system's own locale when it is of that language: a Swiss user choosing German keeps
    // Swiss dates and numbers.
    const QLocale system = QLocale::system();
    return codeOf(system.name()) == code ? system : QLocale(code);
}

void LanguageLoader::installTranslators()
{
    // Installed last, searched first: Herald's own texts before Qt's.
    QCoreApplication::installTranslator(&m_qt);
    QCoreApplication::installTranslator(&m_herald);
    m_installed = true;
}

void LanguageLoader::removeTranslators()
{
    if (!m_installed)
        return;
    m_installed = false;
    QCoreApplication::removeTranslator(&m_herald);
    QCoreApplication::removeTranslator(&m_qt);
}

bool LanguageLoader::eventFilter(QObject* watched, QEvent* event)
{
    // The application hears of every translator installed or removed; widgets hear of it
    // later, one posted event each, and are no reason to reorder.
    if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance() &&
        m_installed && !m_reordering) {
        m_reordering = true;
        removeTranslators();
        installTranslators();
        m_reordering = false;
    }
    return QObject::eventFilter(watched, event);
}
