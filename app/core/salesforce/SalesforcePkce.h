#pragma once

#include <QByteArray>

// PKCE (RFC 7636, S256) and the CSRF state for one authorization attempt.
struct SalesforcePkce
{
    QByteArray verifier;  // base64url (no padding) of 32 random bytes: 43 characters
    QByteArray challenge; // base64url(SHA-256(verifier))
    QByteArray state;     // base64url of 16 random bytes

    static SalesforcePkce generate();
    static QByteArray challengeFor(const QByteArray &verifier);
    static QByteArray randomUrlSafe(int bytes);
};
