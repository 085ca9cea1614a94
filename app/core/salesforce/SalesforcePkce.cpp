#include "salesforce/SalesforcePkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

QByteArray SalesforcePkce::randomUrlSafe(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    // The system generator: these values guard the sign-in, so they must not be predictable.
    QRandomGenerator *generator = QRandomGenerator::system();
    for (int i = 0; i < bytes; ++i) {
        raw[i] = static_cast<char>(generator->bounded(256));
    }
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray SalesforcePkce::challengeFor(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

SalesforcePkce SalesforcePkce::generate()
{
    SalesforcePkce pkce;
    pkce.verifier = randomUrlSafe(32);
    pkce.challenge = challengeFor(pkce.verifier);
    pkce.state = randomUrlSafe(16);
    return pkce;
}
