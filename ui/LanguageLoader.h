#pragma once

#include <QList>
#include <QLocale>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTranslator>

// Puts Herald in one language: Herald's own translation (built in as :/i18n/herald_<code>.qm),
// Qt's translation of its standard texts (qtbase_<code>.qm from Qt's translations folder, when
// it is there) and QLocale(), so dates, times and numbers are written as that language writes
// them. The tray app installs it once, before any window exists, so a change of the language
// setting applies when Herald is restarted.
//
// Qt searches the translators installed last first: one installed after this one (an English
// plural-forms file, say) would hide the language chosen here. So while installed, this one
// moves back in front whenever another is installed.
class LanguageLoader : public QObject {
    Q_OBJECT

public:
    struct Language {
        QString code; // "de"
        QString name; // in the language itself: "Deutsch"
    };

    explicit LanguageLoader(QObject* parent = nullptr);
    ~LanguageLoader() override;

    // The languages Herald speaks, English (the source language) first.
    static QList<Language> languages();
    static QString nameOf(const QString& code);
    // The language `setting` stands for: itself when Herald speaks it; otherwise (empty means
    // the system's language) the first of `uiLanguages` that Herald speaks; otherwise English.
    static QString resolve(const QString& setting,
                           const QStringList& uiLanguages = QLocale::system().uiLanguages());

    // Installs the translations for `setting` (a code such as "de"; empty: the system's
    // language) in the running QCoreApplication, replacing what this loader installed before,
    // and makes QLocale() that language's. Returns the code of the language now spoken.
    QString install(const QString& setting);
    QString language() const { return m_language; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void installTranslators();
    void removeTranslators();
    static QLocale localeFor(const QString& code);

    QTranslator m_herald;
    QTranslator m_qt;
    QString m_language;
    bool m_installed = false;
    bool m_reordering = false;
};
