#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

// The language of the user interface: the system's unless chosen in Settings ▸ Language
// (kept in QSettings, applied at the next start). Loads NomeSync's, Qt's and QtKeychain's
// translations for it.
class UiLanguage
{
    Q_DECLARE_TR_FUNCTIONS(UiLanguage)

public:
    struct Choice
    {
        QString code;       // "de"; empty for the system's language
        QString nativeName; // "Deutsch"
    };

    // The languages NomeSync is translated into (English is the source).
    static QList<Choice> available();
    // The saved choice; empty when NomeSync follows the system.
    static QString chosen();
    static void setChosen(const QString &code);
    // The locale the interface uses: the chosen language, or the system's.
    static QLocale locale();
    // Installs the translators for locale() into `app` (call once the app names are set).
    static void installTranslators(QCoreApplication &app);
};
