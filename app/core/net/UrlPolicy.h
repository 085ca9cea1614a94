#pragma once

#include <QString>
#include <QUrl>

// NomeSync talks HTTPS to every host except loopback (the local sandbox and the OAuth
// redirect listener). Checked before any request leaves the process.
class UrlPolicy
{
public:
    static bool isLoopback(const QUrl &url);
    // true when the URL may be used; otherwise fills *reason with a message for the user.
    static bool isAllowed(const QUrl &url, QString *reason = nullptr);
};
