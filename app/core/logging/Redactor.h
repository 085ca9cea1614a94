#pragma once

#include <QString>

// Removes secrets from text before it is logged, stored or exported.
// Two layers: patterns that look like credentials (bearer tokens, Authorization headers,
// token fields in JSON, form bodies and URLs), and the exact values of secrets the app has
// loaded, registered at run time, so even an unexpected echo of a token is masked.
class Redactor
{
public:
    static QString redact(const QString &text);

    // Registers a secret value; every later redact() masks it. Short values are ignored
    // because masking them would garble ordinary text.
    static void registerSecret(const QString &secret);
    static void forgetSecret(const QString &secret);

    static QString mask() { return QStringLiteral("[REDACTED]"); }
};
