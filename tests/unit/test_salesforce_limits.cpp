#include "salesforce/SalesforceError.h"
#include "salesforce/SalesforceLimits.h"
#include "salesforce/SalesforceRetryRules.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

TEST(SforceLimitInfo, ParsesTheOrgWideUsage)
{
    const SalesforceLimits::Usage u = SalesforceLimits::parseHeader("api-usage=10018/100000");
    ASSERT_TRUE(u.isValid());
    EXPECT_EQ(u.used, 10018);
    EXPECT_EQ(u.max, 100000);
    EXPECT_EQ(u.remaining(), 89982);
}

TEST(SforceLimitInfo, ParsesPerAppUsageWithoutConfusingIt)
{
    const SalesforceLimits::Usage u = SalesforceLimits::parseHeader(
        "api-usage=25/5000; per-app-api-usage=17/250(appName=sample-connected-app)");
    EXPECT_EQ(u.used, 25);
    EXPECT_EQ(u.max, 5000);
    EXPECT_EQ(u.appUsed, 17);
    EXPECT_EQ(u.appMax, 250);
    EXPECT_EQ(u.appName, QStringLiteral("sample-connected-app"));
    // Only the per-app figure: the org-wide usage is unknown.
    EXPECT_FALSE(SalesforceLimits::parseHeader("per-app-api-usage=17/250(appName=x)").isValid());
}

TEST(SforceLimitInfo, IgnoresGarbage)
{
    EXPECT_FALSE(SalesforceLimits::parseHeader("").isValid());
    EXPECT_FALSE(SalesforceLimits::parseHeader("api-usage=abc/100").isValid());
    EXPECT_FALSE(SalesforceLimits::parseHeader("api-usage=5/0").isValid());
}

TEST(SalesforceLimitsResource, ReadsMaxAndRemaining)
{
    const QJsonObject json = QJsonDocument::fromJson(R"({"DailyApiRequests":{"Max":100000,"Remaining":99873},
        "DailyBulkApiBatches":{"Max":15000,"Remaining":15000},"Other":{"Foo":1}})")
                                 .object();
    const auto limits = SalesforceLimits::parseLimits(json);
    EXPECT_EQ(limits.size(), 2);
    EXPECT_EQ(limits.value(QStringLiteral("DailyApiRequests")).max, 100000);
    EXPECT_EQ(limits.value(QStringLiteral("DailyApiRequests")).remaining, 99873);
}

namespace {
HttpResponse answer(int status, const QByteArray &body)
{
    HttpResponse r;
    r.outcome = HttpResponse::Outcome::Finished;
    r.status = status;
    r.body = body;
    return r;
}
} // namespace

TEST(SalesforceErrors, TellsTheTwoRequestLimitFormsApart)
{
    const HttpResponse daily =
        answer(403, R"([{"message":"TotalRequests Limit exceeded.","errorCode":"REQUEST_LIMIT_EXCEEDED"}])");
    const HttpResponse concurrent = answer(
        403,
        R"([{"message":"ConcurrentPerOrgLongTxn Limit exceeded.","errorCode":"REQUEST_LIMIT_EXCEEDED"}])");
    EXPECT_EQ(SalesforceError::fromResponse(daily).kind(), SalesforceError::Kind::DailyLimitExceeded);
    EXPECT_EQ(SalesforceError::fromResponse(concurrent).kind(), SalesforceError::Kind::ConcurrencyLimit);
    HttpRequest request;
    EXPECT_EQ(SalesforceRetryRules::verdict(request, daily), HttpTransport::Verdict::Done);
    EXPECT_EQ(SalesforceRetryRules::verdict(request, concurrent), HttpTransport::Verdict::Retry);
    EXPECT_TRUE(SalesforceError::fromResponse(daily).userMessage().contains(QStringLiteral("daily")));
}

TEST(SalesforceErrors, ReadsErrorArraysAndOtherBodies)
{
    const SalesforceError field = SalesforceError::fromResponse(answer(
        400,
        R"([{"message":"No such column 'Foo__c' on sobject of type Account","errorCode":"INVALID_FIELD","fields":["Foo__c"]}])"));
    EXPECT_EQ(field.kind(), SalesforceError::Kind::Api);
    EXPECT_EQ(field.httpStatus(), 400);
    EXPECT_EQ(field.errorCode(), QStringLiteral("INVALID_FIELD"));
    EXPECT_EQ(field.fields(), QStringList{QStringLiteral("Foo__c")});
    const SalesforceError html = SalesforceError::fromResponse(answer(502, "<html>Bad gateway</html>"));
    EXPECT_EQ(html.errorCode(), QStringLiteral("ERROR_HTTP_502"));
    const SalesforceError session = SalesforceError::fromResponse(
        answer(401, R"([{"message":"Session expired or invalid","errorCode":"INVALID_SESSION_ID"}])"));
    EXPECT_EQ(session.kind(), SalesforceError::Kind::AuthenticationRequired);
    EXPECT_EQ(SalesforceError::fromResponse(answer(300, "[\"/a\",\"/b\"]")).kind(),
              SalesforceError::Kind::AmbiguousExternalId);
    EXPECT_FALSE(SalesforceError::fromResponse(answer(204, QByteArray())).isError());
}

TEST(SalesforceErrors, ReadsTokenEndpointErrors)
{
    const SalesforceError grant = SalesforceError::fromOAuthResponse(
        answer(400, R"({"error":"invalid_grant","error_description":"expired access/refresh token"})"));
    EXPECT_EQ(grant.kind(), SalesforceError::Kind::AuthenticationRequired);
    EXPECT_EQ(grant.oauthError(), QStringLiteral("invalid_grant"));
    EXPECT_TRUE(grant.userMessage().contains(QStringLiteral("Sign in")));
    const SalesforceError client = SalesforceError::fromOAuthResponse(
        answer(400, R"({"error":"invalid_client_id","error_description":"client identifier invalid"})"));
    EXPECT_EQ(client.kind(), SalesforceError::Kind::OAuth);
    EXPECT_TRUE(client.userMessage().contains(QStringLiteral("consumer key")));
    const SalesforceError form =
        SalesforceError::fromOAuthResponse(answer(400, "error=invalid_token&error_description=x"));
    EXPECT_EQ(form.oauthError(), QStringLiteral("invalid_token"));
}

TEST(SalesforceRetry, RetriesOnlyWhatIsTransient)
{
    HttpRequest upsert;
    upsert.method = "PATCH";
    upsert.idempotent = true;
    HttpRequest create = upsert;
    create.method = "POST";
    create.idempotent = false;
    EXPECT_EQ(SalesforceRetryRules::verdict(upsert, answer(503, "")), HttpTransport::Verdict::Retry);
    EXPECT_EQ(SalesforceRetryRules::verdict(create, answer(503, "")), HttpTransport::Verdict::Retry);
    EXPECT_EQ(SalesforceRetryRules::verdict(create, answer(500, "")), HttpTransport::Verdict::Done);
    const QByteArray lock =
        R"([{"message":"unable to obtain exclusive access","errorCode":"UNABLE_TO_LOCK_ROW"}])";
    EXPECT_EQ(SalesforceRetryRules::verdict(upsert, answer(400, lock)), HttpTransport::Verdict::Retry);
    EXPECT_EQ(SalesforceRetryRules::verdict(create, answer(400, lock)), HttpTransport::Verdict::Done);
    EXPECT_EQ(SalesforceRetryRules::verdict(
                  upsert, answer(400, R"([{"message":"x","errorCode":"STRING_TOO_LONG"}])")),
              HttpTransport::Verdict::Done);
    EXPECT_EQ(SalesforceRetryRules::verdict(upsert, answer(401, "")), HttpTransport::Verdict::Done);
}
