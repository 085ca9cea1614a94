#include "logging/LogFile.h"
#include "logging/Redactor.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

void expectMasked(const QString &input, const QString &secret)
{
    const QString out = Redactor::redact(input);
    EXPECT_FALSE(out.contains(secret)) << qPrintable(out);
    EXPECT_TRUE(out.contains(Redactor::mask())) << qPrintable(out);
}

} // namespace

TEST(Redactor, MasksBearerTokensAndAuthorizationHeaders)
{
    expectMasked(QStringLiteral("Authorization: Bearer mtr_live_abcdef0123456789"),
                 QStringLiteral("mtr_live_abcdef0123456789"));
    expectMasked(QStringLiteral("sending with authorization=Basic dXNlcjpwYXNzd29yZA=="),
                 QStringLiteral("dXNlcjpwYXNzd29yZA=="));
    expectMasked(QStringLiteral("header Bearer 00Dxx0000000001!AQ0AQH.abc_def"),
                 QStringLiteral("AQ0AQH.abc_def"));
}

TEST(Redactor, MasksTokenFieldsInJsonFormsAndUrls)
{
    expectMasked(QStringLiteral(R"({"access_token":"00Dxx0000000001!AQ0AQabc","instance_url":"https://x"})"),
                 QStringLiteral("AQ0AQabc"));
    expectMasked(QStringLiteral(R"({"refresh_token": "5Aep861TSESvWeug_xvFHRBTTbf"})"),
                 QStringLiteral("5Aep861TSESvWeug_xvFHRBTTbf"));
    expectMasked(QStringLiteral("grant_type=refresh_token&refresh_token=5Aep861Tabc&client_id=x"),
                 QStringLiteral("5Aep861Tabc"));
    expectMasked(QStringLiteral("GET /cb?code=aPrxSECRETCODE%3D%3D&state=xyz"),
                 QStringLiteral("aPrxSECRETCODE"));
    expectMasked(QStringLiteral("code_verifier=dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
                 QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));
    expectMasked(QStringLiteral(R"({"api_key": "sk_live_123456789"})"), QStringLiteral("sk_live_123456789"));
}

TEST(Redactor, KeepsOrdinaryTextIntact)
{
    const QString text =
        QStringLiteral("synced 1,240 customers; 3 rows failed with STRING_TOO_LONG on NOME__Name__c");
    EXPECT_EQ(Redactor::redact(text), text);
    const QString json =
        QStringLiteral(R"({"statusCode":"UNABLE_TO_LOCK_ROW","message":"unable to obtain"})");
    EXPECT_EQ(Redactor::redact(json), json);
}

TEST(Redactor, MasksRegisteredSecretsWherever_they_appear)
{
    const QString secret = QStringLiteral("sandbox-token-that-could-appear-anywhere");
    Redactor::registerSecret(secret);
    expectMasked(QStringLiteral("echo: ") + secret + QStringLiteral(" (end)"), secret);
    Redactor::forgetSecret(secret);
    EXPECT_TRUE(Redactor::redact(secret).contains(secret));
}

TEST(Redactor, LogFileNeverWritesASecretAndRotates)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    LogFile log(dir.path(), QStringLiteral("test.log"), /*maxBytes*/ 400, /*keepFiles*/ 2);
    ASSERT_TRUE(log.open());
    for (int i = 0; i < 20; ++i) {
        log.write(QStringLiteral("line %1 Authorization: Bearer tok_%1_verysecretvalue").arg(i));
    }
    for (const QString &name :
         {QStringLiteral("test.log"), QStringLiteral("test.log.1"), QStringLiteral("test.log.2")}) {
        QFile file(dir.filePath(name));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(name);
        const QByteArray content = file.readAll();
        EXPECT_FALSE(content.contains("verysecretvalue")) << content.constData();
        EXPECT_LE(content.size(), 400);
        EXPECT_EQ(file.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                  QFileDevice::Permissions());
    }
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("test.log.3"))));
}
