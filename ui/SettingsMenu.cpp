#include "SettingsMenu.h"

#include "UiLanguage.h"
#include "desktop/SystemdUserTimer.h"
#include "util/AppPaths.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QMessageBox>
#include <QStandardPaths>

SettingsMenu::SettingsMenu(QWidget *parent)
    : QMenu(tr("Se&ttings"), parent)
    , m_timer(new SystemdUserTimer(this))
{
    setObjectName(QStringLiteral("settingsMenu"));
    buildLanguageMenu();
    addSeparator();

    m_backgroundSync = addAction(tr("Daily Sync in the &Background"));
    m_backgroundSync->setObjectName(QStringLiteral("actionBackgroundSync"));
    m_backgroundSync->setCheckable(true);
    m_backgroundSync->setToolTip(tr("Sync every workspace daily at 07:00 UTC with a systemd user timer, "
                                    "also while NomeSync is closed"));
    connect(m_backgroundSync, &QAction::triggered, this, &SettingsMenu::onBackgroundSyncTriggered);
    connect(m_timer, &SystemdUserTimer::finished, this, &SettingsMenu::onTimerFinished);
    connect(m_timer, &SystemdUserTimer::stateKnown, this,
            [this](bool enabled) { m_backgroundSync->setChecked(enabled); });
    // Ask systemd each time the menu opens: the timer may have been changed from a terminal.
    connect(this, &QMenu::aboutToShow, m_timer, &SystemdUserTimer::queryState);
}

void SettingsMenu::buildLanguageMenu()
{
    QMenu *language = addMenu(tr("&Language"));
    language->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(language);
    const QString current = UiLanguage::chosen();
    QList<UiLanguage::Choice> choices{{QString(), tr("System Language")}};
    choices += UiLanguage::available();
    for (const UiLanguage::Choice &choice : std::as_const(choices)) {
        QAction *action = language->addAction(choice.nativeName);
        action->setObjectName(QString(QStringLiteral("language_") +
                                      (choice.code.isEmpty() ? QStringLiteral("system") : choice.code)));
        action->setCheckable(true);
        action->setChecked(choice.code == current);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = choice.code]() {
            if (code == UiLanguage::chosen()) {
                return;
            }
            UiLanguage::setChosen(code);
            QMessageBox::information(parentWidget(), tr("Language"),
                                     tr("NomeSync uses the new language the next time it starts."));
        });
        if (choice.code.isEmpty()) {
            language->addSeparator();
        }
    }
}

void SettingsMenu::onBackgroundSyncTriggered(bool enable)
{
    m_backgroundSync->setEnabled(false);
    if (!enable) {
        m_timer->disable();
        return;
    }
    // Units written by the app run this very binary on this data folder.
    const QString root = AppPaths::dataRoot();
    const bool defaultRoot = root == QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    m_timer->enable(QCoreApplication::applicationFilePath(), defaultRoot ? QString() : root);
}

void SettingsMenu::onTimerFinished(bool ok, const QString &message)
{
    m_backgroundSync->setEnabled(true);
    if (ok) {
        QMessageBox::information(parentWidget(), tr("Daily Sync in the Background"), message);
    } else {
        QMessageBox::warning(parentWidget(), tr("Daily Sync in the Background"), message);
    }
    m_timer->queryState();
}
