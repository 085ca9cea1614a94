#include "SandboxProcess.h"
#include "TestEnvironment.h"
#include "net/HttpTransport.h"

#include <QJsonArray>
#include <QTest>

#include <gtest/gtest.h>

namespace {

class SandboxTransport : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_sandbox = new SandboxProcess({QStringLiteral("--customers"), QStringLiteral("20")});
        QString error;
        ASSERT_TRUE(s_sandbox->start(&error)) << qPrintable(error);
    }
    static void TearDownTestSuite()
    {
        delete s_sandbox;
        s_sandbox = nullptr;
    }
    void SetUp() override
    {
        s_sandbox->admin("PUT", QStringLiteral("/metronome/faults"), QJsonDocument(QJsonObject()));
    }

    static HttpResponse call(HttpTransport &transport, const HttpRequest &request)
    {
        HttpResponse out;
        bool done = false;
        transport.send(request, nullptr, [&](const HttpResponse &r) {
            out = r;
            done = true;
        });
        EXPECT_TRUE(TestEnvironment::waitFor([&]() { return done; }, 60000));
        return out;
    }

    static HttpRequest metronomeGet(const QString &path)
    {
        HttpRequest request;
        QUrl url = s_sandbox->info().metronomeUrl;
        url.setPath(path);
        request.url = url;
        request.label = path;
        return request;
    }

    static SandboxProcess *s_sandbox;
};

SandboxProcess *SandboxTransport::s_sandbox = nullptr;

} // namespace

TEST_F(SandboxTransport, StartUpLineNamesEveryEndpoint)
{
    const SandboxProcess::Info &info = s_sandbox->info();
    EXPECT_EQ(info.metronomeUrl.host(), QStringLiteral("127.0.0.1"));
    EXPECT_GT(info.metronomeUrl.port(), 0);
    EXPECT_FALSE(info.metronomeToken.isEmpty());
    EXPECT_GT(info.salesforceLoginUrl.port(), 0);
    EXPECT_FALSE(info.salesforceClientId.isEmpty());
    int status = 0;
    const QJsonDocument health = s_sandbox->adminGet(QStringLiteral("/health"), &status);
    EXPECT_EQ(status, 200);
    EXPECT_TRUE(health.object().value(QStringLiteral("ok")).toBool());
}

TEST_F(SandboxTransport, RetriesInjectedServerErrorsThenSucceeds)
{
    s_sandbox->adminPost(QStringLiteral("/metronome/faults"),
                         QJsonObject{{QStringLiteral("fail_path"), QStringLiteral("/probe-retry")},
                                     {QStringLiteral("fail_count"), 2},
                                     {QStringLiteral("fail_status"), 503}});
    HttpTransport transport;
    RetryPolicy fast;
    fast.baseDelayMs = 5;
    transport.setRetryPolicy(fast);
    const HttpResponse response = call(transport, metronomeGet(QStringLiteral("/probe-retry")));
    EXPECT_EQ(response.outcome, HttpResponse::Outcome::Finished);
    EXPECT_EQ(response.attempts, 3);
    EXPECT_NE(response.status, 503);
    EXPECT_EQ(transport.stats().retries, 2u);
}

TEST_F(SandboxTransport, GivesUpAfterTheRetryBudget)
{
    s_sandbox->adminPost(QStringLiteral("/metronome/faults"),
                         QJsonObject{{QStringLiteral("fail_path"), QStringLiteral("/probe-budget")},
                                     {QStringLiteral("fail_count"), 50},
                                     {QStringLiteral("fail_status"), 500}});
    HttpTransport transport;
    RetryPolicy fast;
    fast.baseDelayMs = 1;
    fast.maxRetries = 3;
    transport.setRetryPolicy(fast);
    const HttpResponse response = call(transport, metronomeGet(QStringLiteral("/probe-budget")));
    EXPECT_EQ(response.status, 500);
    EXPECT_EQ(response.attempts, 4);
}

TEST_F(SandboxTransport, HonoursRetryAfterOn429)
{
    s_sandbox->adminPost(QStringLiteral("/metronome/faults"),
                         QJsonObject{{QStringLiteral("fail_path"), QStringLiteral("/probe-429")},
                                     {QStringLiteral("fail_count"), 1},
                                     {QStringLiteral("fail_status"), 429},
                                     {QStringLiteral("retry_after_seconds"), 1}});
    HttpTransport transport;
    RetryPolicy fast;
    fast.baseDelayMs = 1;
    transport.setRetryPolicy(fast);
    const HttpResponse response = call(transport, metronomeGet(QStringLiteral("/probe-429")));
    EXPECT_EQ(response.attempts, 2);
    EXPECT_GE(response.elapsedMs, 950); // waited for the server's Retry-After, not the 1 ms backoff
}

TEST_F(SandboxTransport, CancelsAHangingRequestAndLeavesNothingRunning)
{
    s_sandbox->adminPost(
        QStringLiteral("/metronome/faults"),
        QJsonObject{{QStringLiteral("hang_paths"), QJsonArray{QStringLiteral("/probe-hang")}}});
    HttpTransport transport;
    HttpResponse result;
    bool done = false;
    transport.send(metronomeGet(QStringLiteral("/probe-hang")), nullptr, [&](const HttpResponse &r) {
        result = r;
        done = true;
    });
    ASSERT_TRUE(TestEnvironment::waitFor([&]() { return transport.inFlight() == 1; }));
    QTest::qWait(200);
    EXPECT_FALSE(done);
    transport.cancelAll();
    EXPECT_TRUE(done);
    EXPECT_EQ(result.outcome, HttpResponse::Outcome::Cancelled);
    EXPECT_EQ(transport.inFlight(), 0);
    EXPECT_EQ(transport.pending(), 0);
}

TEST_F(SandboxTransport, TimesOutAHangingRequestAndRetriesIt)
{
    s_sandbox->adminPost(
        QStringLiteral("/metronome/faults"),
        QJsonObject{{QStringLiteral("hang_paths"), QJsonArray{QStringLiteral("/probe-timeout")}}});
    HttpTransport transport;
    RetryPolicy fast;
    fast.baseDelayMs = 1;
    fast.maxRetries = 1;
    transport.setRetryPolicy(fast);
    HttpRequest request = metronomeGet(QStringLiteral("/probe-timeout"));
    request.timeoutMs = 300;
    const HttpResponse response = call(transport, request);
    EXPECT_EQ(response.outcome, HttpResponse::Outcome::Network);
    EXPECT_EQ(response.attempts, 2);
}

TEST_F(SandboxTransport, RefusesPlainHttpToARemoteHostWithoutSending)
{
    HttpTransport transport;
    HttpRequest request;
    request.url = QUrl(QStringLiteral("http://api.metronome.com/v1/customers"));
    const HttpResponse response = call(transport, request);
    EXPECT_EQ(response.outcome, HttpResponse::Outcome::Refused);
    EXPECT_EQ(transport.stats().sent, 0u);
}
