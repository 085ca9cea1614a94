#include "net/HttpTransport.h"
#include "net/RetryPolicy.h"
#include "net/UrlPolicy.h"

#include <gtest/gtest.h>

TEST(UrlPolicy, AllowsHttpsEverywhereAndHttpOnlyOnLoopback)
{
    EXPECT_TRUE(UrlPolicy::isAllowed(QUrl(QStringLiteral("https://api.metronome.com/v1/customers"))));
    EXPECT_TRUE(UrlPolicy::isAllowed(QUrl(QStringLiteral("http://127.0.0.1:8080/v1"))));
    EXPECT_TRUE(UrlPolicy::isAllowed(QUrl(QStringLiteral("http://localhost:1717/OauthRedirect"))));
    EXPECT_TRUE(UrlPolicy::isAllowed(QUrl(QStringLiteral("http://[::1]:9000/"))));
    QString reason;
    EXPECT_FALSE(UrlPolicy::isAllowed(QUrl(QStringLiteral("http://api.metronome.com/v1")), &reason));
    EXPECT_TRUE(reason.contains(QStringLiteral("https://")));
    EXPECT_FALSE(UrlPolicy::isAllowed(QUrl(QStringLiteral("http://10.0.0.5/"))));
    EXPECT_FALSE(UrlPolicy::isAllowed(QUrl(QStringLiteral("http://localhost.evil.com/"))));
    EXPECT_FALSE(UrlPolicy::isAllowed(QUrl(QStringLiteral("ftp://127.0.0.1/"))));
    EXPECT_FALSE(UrlPolicy::isAllowed(QUrl()));
}

TEST(RetryPolicy, BacksOffExponentiallyWithCapAndJitter)
{
    RetryPolicy policy;
    auto noJitter = []() { return 0.0; };
    EXPECT_EQ(policy.backoffMs(1, noJitter), 500);
    EXPECT_EQ(policy.backoffMs(2, noJitter), 1000);
    EXPECT_EQ(policy.backoffMs(3, noJitter), 2000);
    EXPECT_EQ(policy.backoffMs(5, noJitter), 8000);
    EXPECT_EQ(policy.backoffMs(12, noJitter), 8000);
    auto fullJitter = []() { return 0.999999; };
    EXPECT_NEAR(policy.backoffMs(1, fullJitter), 375, 1);
}

TEST(RetryPolicy, HonoursServerHints)
{
    const QDateTime now = QDateTime(QDate(2026, 10, 21), QTime(7, 28, 0), Qt::UTC);
    EXPECT_EQ(RetryPolicy::serverHintMs("250", "9", now), 250);
    EXPECT_EQ(RetryPolicy::serverHintMs("", "3", now), 3000);
    EXPECT_EQ(RetryPolicy::serverHintMs("", "Wed, 21 Oct 2026 07:28:05 GMT", now), 5000);
    EXPECT_EQ(RetryPolicy::serverHintMs("", "", now), -1);
    EXPECT_EQ(RetryPolicy::serverHintMs("", "soon", now), -1);
    RetryPolicy policy;
    policy.maxServerDelayMs = 10000;
    EXPECT_EQ(policy.delayMs(1, "", "3600", nullptr), 10000);
}

TEST(HttpTransport, RetriesOnlyWhatIsSafeToRepeat)
{
    HttpRequest read;
    HttpRequest create;
    create.idempotent = false;
    HttpResponse r;
    r.outcome = HttpResponse::Outcome::Finished;
    for (int status : {408, 500, 502, 503, 504}) {
        r.status = status;
        EXPECT_EQ(HttpTransport::defaultVerdict(read, r), HttpTransport::Verdict::Retry) << status;
    }
    r.status = 429;
    EXPECT_EQ(HttpTransport::defaultVerdict(create, r), HttpTransport::Verdict::Retry);
    r.status = 500;
    EXPECT_EQ(HttpTransport::defaultVerdict(create, r), HttpTransport::Verdict::Done);
    for (int status : {200, 400, 401, 403, 404, 409}) {
        r.status = status;
        EXPECT_EQ(HttpTransport::defaultVerdict(read, r), HttpTransport::Verdict::Done) << status;
    }
    HttpResponse network;
    network.outcome = HttpResponse::Outcome::Network;
    network.networkError = QNetworkReply::RemoteHostClosedError;
    EXPECT_EQ(HttpTransport::defaultVerdict(read, network), HttpTransport::Verdict::Retry);
    EXPECT_EQ(HttpTransport::defaultVerdict(create, network), HttpTransport::Verdict::Done);
    network.networkError = QNetworkReply::SslHandshakeFailedError;
    EXPECT_EQ(HttpTransport::defaultVerdict(read, network), HttpTransport::Verdict::Done);
}
