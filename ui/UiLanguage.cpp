#include "UiLanguage.h"

#include <QDir>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace {

const QString kLanguageKey = QStringLiteral("ui/language");

bool installFrom(QCoreApplication &app, const QLocale &locale, const QString &name,
                 const QStringList &directories)
{
    for (const QString &directory : directories) {
        auto *translator = new QTranslator(&app);
        if (translator->load(locale, name, QStringLiteral("_"), directory)) {
            QCoreApplication::installTranslator(translator);
            return true;
        }
        delete translator;
    }
    return false;
}

} // namespace

QList<UiLanguage::Choice> UiLanguage::available()
{
    // Native names on purpose: someone who cannot read the current language finds theirs.
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("fr"), QStringLiteral("Français")}};
}

QString UiLanguage::chosen()
{
    return QSettings().value(kLanguageKey).toString();
}

void UiLanguage::setChosen(const QString &code)
{
    QSettings settings;
    if (code.isEmpty()) {
        settings.remove(kLanguageKey);
    } else {
        settings.setValue(kLanguageKey, code);
    }
}

QLocale UiLanguage::locale()
{
    const QString code = chosen();
    return code.isEmpty() ? QLocale::system() : QLocale(code);
}

void UiLanguage::installTranslators(QCoreApplication &app)
{
    const QLocale uiLocale = locale();
    if (!chosen().isEmpty()) {
        // Dates and numbers follow the chosen language too.
        QLocale::setDefault(uiLocale);
    }
    const QString appDir = QCoreApplication::applicationDirPath();
    installFrom(app, uiLocale, QStringLiteral("nomesync"), {QStringLiteral(":/i18n")});
    installFrom(app, uiLocale, QStringLiteral("qtbase"),
                {QLibraryInfo::path(QLibraryInfo::TranslationsPath)});
    installFrom(app, uiLocale, QStringLiteral("qtkeychain"),
                {QStringLiteral("/usr/share/qt6keychain/translations"),
                 QDir(appDir).filePath(QStringLiteral("../share/qt6keychain/translations")),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)});
}
