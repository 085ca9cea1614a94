#include "secrets/SecretResult.h"

#include <QCoreApplication>

QString SecretResult::userMessage() const
{
    switch (status) {
    case Status::Ok:
        return QString();
    case Status::NotFound:
        return QCoreApplication::translate("SecretResult",
                                           "No saved key was found in the system keychain. Enter it again to "
                                           "store it. (If your keyring is locked, unlock it first.)");
    case Status::NoService:
        return QCoreApplication::translate(
            "SecretResult",
            "No system keychain is available, so NomeSync cannot store keys safely. Install and start a "
            "Secret Service provider (for example GNOME Keyring or KWallet) and try again.");
    case Status::Locked:
        return QCoreApplication::translate(
            "SecretResult", "Your keyring is locked or not set up yet. Unlock it (for example with "
                            "the \"Passwords and Keys\" app, or by logging in again) and try again.");
    case Status::Denied:
        return QCoreApplication::translate("SecretResult",
                                           "Access to the system keychain was refused. Allow NomeSync to use "
                                           "the keychain and try again.");
    case Status::Failed:
        break;
    }
    return QCoreApplication::translate("SecretResult", "The system keychain reported an error: %1")
        .arg(detail);
}

QString SecretResult::statusName(Status status)
{
    switch (status) {
    case Status::Ok:
        return QStringLiteral("ok");
    case Status::NotFound:
        return QStringLiteral("not-found");
    case Status::NoService:
        return QStringLiteral("no-service");
    case Status::Locked:
        return QStringLiteral("locked");
    case Status::Denied:
        return QStringLiteral("denied");
    case Status::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("failed");
}
