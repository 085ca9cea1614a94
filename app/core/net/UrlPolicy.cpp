#include "net/UrlPolicy.h"

#include <QCoreApplication>
#include <QHostAddress>

bool UrlPolicy::isLoopback(const QUrl &url)
{
    const QString host = url.host().toLower();
    if (host == QLatin1String("localhost") || host.endsWith(QLatin1String(".localhost"))) {
        return true;
    }
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool UrlPolicy::isAllowed(const QUrl &url, QString *reason)
{
    if (!url.isValid() || url.host().isEmpty()) {
        if (reason) {
            *reason = QCoreApplication::translate("UrlPolicy", "The address \"%1\" is not a valid URL.")
                          .arg(url.toDisplayString());
        }
        return false;
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https")) {
        return true;
    }
    if (scheme == QLatin1String("http") && isLoopback(url)) {
        return true;
    }
    if (reason) {
        *reason = QCoreApplication::translate(
                      "UrlPolicy", "NomeSync only connects over HTTPS (plain HTTP is allowed for this "
                                   "computer only). Change \"%1\" to an https:// address.")
                      .arg(url.toDisplayString(QUrl::RemoveUserInfo));
    }
    return false;
}
