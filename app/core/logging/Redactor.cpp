#include "logging/Redactor.h"

#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QSet>

namespace {

constexpr int kMinimumRegisteredLength = 8;

QMutex &secretsMutex()
{
    static QMutex mutex;
    return mutex;
}

QSet<QString> &registeredSecrets()
{
    static QSet<QString> secrets;
    return secrets;
}

struct Pattern
{
    QRegularExpression expression;
    QString replacement;
};

const QList<Pattern> &patterns()
{
    // Names of fields that carry credentials in Metronome, Salesforce and OAuth traffic.
    static const QString names =
        QStringLiteral("access_token|refresh_token|id_token|client_secret|code_verifier|api_key|apikey|"
                       "api_token|token|password|secret|authorization|sessionid|session_id|code");
    static const QList<Pattern> list = {
        // Authorization: Bearer xyz / Authorization: Basic xyz (header lines, curl -H, logs).
        {QRegularExpression(
             QStringLiteral(R"re((authorization\s*[:=]\s*)("?)(bearer|basic|oauth)?\s*[^\s",;]+)re"),
             QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("\\1\\2\\3 [REDACTED]")},
        // A bare "Bearer xyz" anywhere.
        {QRegularExpression(QStringLiteral(R"re(\b(bearer)\s+[A-Za-z0-9._~+/!=-]{6,})re"),
                            QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("\\1 [REDACTED]")},
        // JSON: "access_token": "xyz"
        {QRegularExpression(QStringLiteral(R"re("(%1)"\s*:\s*"(?:[^"\\]|\\.)*")re").arg(names),
                            QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("\"\\1\": \"[REDACTED]\"")},
        // Form bodies and query strings: access_token=xyz&...
        {QRegularExpression(QStringLiteral(R"re((^|[?&\s;,])(%1)=([^&\s;,"]+))re").arg(names),
                            QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("\\1\\2=[REDACTED]")},
        // Salesforce session ids: 00D<org>!<opaque>
        {QRegularExpression(QStringLiteral(R"re(\b00D[A-Za-z0-9]{12,15}![A-Za-z0-9._]+)re")),
         QStringLiteral("[REDACTED]")},
    };
    return list;
}

} // namespace

QString Redactor::redact(const QString &text)
{
    QString out = text;
    {
        QMutexLocker lock(&secretsMutex());
        for (const QString &secret : std::as_const(registeredSecrets())) {
            out.replace(secret, mask());
        }
    }
    for (const Pattern &pattern : patterns()) {
        out.replace(pattern.expression, pattern.replacement);
    }
    return out;
}

void Redactor::registerSecret(const QString &secret)
{
    if (secret.size() < kMinimumRegisteredLength) {
        return;
    }
    QMutexLocker lock(&secretsMutex());
    registeredSecrets().insert(secret);
}

void Redactor::forgetSecret(const QString &secret)
{
    QMutexLocker lock(&secretsMutex());
    registeredSecrets().remove(secret);
}
